import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { seal, shredVaultKey, unseal, SealedSchema } from '@/lib/background/vault';
import * as v from 'valibot';

describe('vault', () => {
  it('round-trips values and stores no plaintext', async () => {
    const secret = { buyer: 'Zoë Müller', text: '王小明 order 123-1234567-1234567' };
    const sealed = await seal(secret);
    expect(v.is(SealedSchema, sealed)).toBe(true);
    expect(JSON.stringify(sealed)).not.toContain('Zo');
    expect(JSON.stringify(sealed)).not.toContain('1234567');
    expect(await unseal(sealed)).toEqual(secret);
  });

  it('uses a fresh IV each time', async () => {
    const a = await seal('same');
    const b = await seal('same');
    expect(a.iv).not.toBe(b.iv);
    expect(a.ct).not.toBe(b.ct);
  });

  it('seals long texts (no stack overflow) ', async () => {
    const long = 'x'.repeat(200_000);
    expect(await unseal(await seal(long))).toBe(long);
  });

  it('refuses tampered ciphertext', async () => {
    const sealed = await seal('hello');
    const bytes = atob(sealed.ct).split('');
    bytes[0] = String.fromCharCode(bytes[0]!.charCodeAt(0) ^ 1);
    await expect(unseal({ ...sealed, ct: btoa(bytes.join('')) })).rejects.toThrow();
  });

  it('shredding the key makes old values unreadable and new ones work', async () => {
    const sealed = await seal('before');
    await shredVaultKey();
    await expect(unseal(sealed)).rejects.toThrow();
    expect(await unseal(await seal('after'))).toBe('after');
  });
});
