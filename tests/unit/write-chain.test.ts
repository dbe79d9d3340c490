import { describe, expect, it } from 'vitest';
import { writeChain } from '@/lib/background/write-chain';

describe('writeChain', () => {
  it('runs read-modify-write tasks one after another, so no update is lost', async () => {
    const serial = writeChain();
    let stored = 0;
    const bump = () =>
      serial(async () => {
        const read = stored;
        await new Promise((r) => setTimeout(r, 1));
        stored = read + 1;
      });
    await Promise.all(Array.from({ length: 20 }, bump));
    expect(stored).toBe(20);
  });

  it('a failed task rejects its caller but does not stop the chain', async () => {
    const serial = writeChain();
    await expect(serial(() => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    await expect(serial(async () => 'next')).resolves.toBe('next');
  });
});
