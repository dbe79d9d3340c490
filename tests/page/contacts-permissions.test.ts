import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { permissionsImport, PROMPT_SELECTOR, readPermissions } from '@/lib/page/features/permissions-import';
import { permissionStatus } from '@/lib/domain/senders';
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
  it.each(['messaging-permissions.html', 'messaging-permissions-table.html', 'messaging-permissions-fallback.html'])(
    'reads every address and status of %s',
    (file) => {
      loadFixture(file, `${US}/messaging/permissions`);
      expect(readPermissions()).toEqual(EXPECTED);
    },
  );

  it('reads the German Authorized Email Addresses page by its headings, statuses in German', () => {
    loadFixture('messaging-permissions-de.html', 'https://sellercentral.amazon.de/messaging/permissions');
    const read = readPermissions();
    expect(read.map((p) => p.email)).toEqual(EXPECTED.map((p) => p.email));
    expect(read.map((p) => permissionStatus(p.status))).toEqual(['approved', 'approved', 'approved', 'blocked']);
  });

  it('reads ARIA list items under role=heading headings (Japanese)', () => {
    loadFixture('handmade-fallbacks.html', `${US}/messaging/permissions`);
    const section = document.querySelector('#permission-listitems')!;
    expect(readPermissions(section).map((p) => [p.email, permissionStatus(p.status)])).toEqual([
      ['seller@parley-test-store.example', 'approved'],
      ['newsletter@parley-test-store.example', 'blocked'],
    ]);
  });

  it('reads nothing by meaning on a page that does not name itself the permissions page', () => {
    loadFixture('contact-buyer.html', `${US}/messaging/contact?orderID=112-3456789-0123456&marketplaceID=ATVPDKIKX0DER`);
    expect(document.body.textContent).toMatch(/@marketplace\.amazon\.com/);
    expect(readPermissions()).toEqual([]);
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
