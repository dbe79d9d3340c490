import { describe, expect, it, vi } from 'vitest';
import { afterChanges } from '@/lib/page/observe';

const turn = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('afterChanges', () => {
  it('sweeps once at start and once per burst of changes, off the mutation callback', async () => {
    const root = document.createElement('div');
    const sweep = vi.fn();
    const controller = new AbortController();
    afterChanges(sweep, { signal: controller.signal, root });
    await turn();
    expect(sweep).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 50; i++) root.append(document.createElement('p'));
    await turn();
    expect(sweep).toHaveBeenCalledTimes(2);
    controller.abort();
  });

  it('callers share one observer; each stops alone, and the last to stop disconnects it', async () => {
    const spy = vi.spyOn(MutationObserver.prototype, 'observe');
    const root = document.createElement('div');
    const [a, b] = [vi.fn(), vi.fn()];
    const [ca, cb] = [new AbortController(), new AbortController()];
    afterChanges(a, { signal: ca.signal, root });
    afterChanges(b, { signal: cb.signal, root });
    expect(spy).toHaveBeenCalledTimes(1);
    await turn();
    ca.abort(); // the caller that created the observer stops first
    root.append(document.createElement('p'));
    await turn();
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(2);
    cb.abort();
    root.append(document.createElement('p'));
    await turn();
    expect(b).toHaveBeenCalledTimes(2);
    afterChanges(a, { signal: new AbortController().signal, root }); // a new observer after all stopped
    expect(spy).toHaveBeenCalledTimes(2);
  });
});
