import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { permissionsImport, PROMPT_SELECTOR, readPermissions } from '@/lib/page/features/permissions-import';
import { loadFixture, US } from './load-fixture';

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
let running: AbortController[] = [];
let seen: { type: string; input: unknown }[];

const EXPECTED = [
  { email: 'seller@parley-test-store.example', status: 'Approved' },
  { email: 'support@parley-test-store.example', status: 'Approved' },
  { email: 'orders-team@parley-test-store.example', status: 'Approved' },
  { email: 'newsletter@parley-test-store.example', status: 'Blocked' },
];

function start(): AbortController {
  const controller = new AbortController();
  running.push(controller);
  void permissionsImport.init({} as never, controller.signal);
  return controller;
}
const prompt = () => document.querySelector(PROMPT_SELECTOR)?.shadowRoot ?? null;

beforeEach(() => {
  seen = [];
  fakeBrowser.runtime.onMessage.addListener(((message: { type: string; input: unknown }, _s: unknown, reply: (r: unknown) => void) => {
    seen.push(message);
    reply({ ok: true, value: { count: 4 } });
    return true;
  }) as never);
});
afterEach(() => {
  for (const c of running) c.abort();
  running = [];
});

describe('Messaging Permissions import', () => {
  it.each(['messaging-permissions.html', 'messaging-permissions-fallback.html'])('reads every address and status of %s', (file) => {
    loadFixture(file, `${US}/messaging/permissions`);
    expect(readPermissions()).toEqual(EXPECTED);
  });

  it('offers the import and sends the list only when the seller clicks', async () => {
    loadFixture('messaging-permissions.html', `${US}/messaging/permissions`);
    start();
    await tick(400);
    const root = prompt()!;
    expect(root.querySelector('[data-parley-count]')!.textContent).toBe('Parley found 4 addresses on this page.');
    expect(root.querySelector('[role="dialog"]')!.getAttribute('aria-label')).toBe('Import from Messaging Permissions');
    expect(seen).toEqual([]);
    root.querySelector<HTMLButtonElement>('[data-parley-action="import"]')!.click();
    await tick(10);
    expect(seen).toEqual([{ parley: 1, type: 'contacts/permissionsFound', input: { entries: EXPECTED } }]);
    expect(prompt()).toBeNull();
  });

  it('"Not now" closes the prompt and sends nothing; no prompt on pages without the list', async () => {
    loadFixture('messaging-permissions.html', `${US}/messaging/permissions`);
    start();
    await tick(400);
    prompt()!.querySelector<HTMLButtonElement>('[data-parley-action="dismiss"]')!.click();
    expect(prompt()).toBeNull();
    expect(seen).toEqual([]);
    for (const c of running) c.abort();
    loadFixture('orders-list-en.html', `${US}/orders-v3`);
    start();
    await tick(400);
    expect(prompt()).toBeNull();
  });
});
