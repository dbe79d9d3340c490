/**
 * The Buyer-Seller Messages inbox end to end, shared by Chromium and Firefox:
 * beside the reply box (kat-textarea, and a plain textarea) Parley's "Quick
 * replies" opens the picker; a reply template chosen with the keyboard fills
 * the box with the thread's order id; a violating text typed by hand shows its
 * findings under the box; the seller's press on the page's Send records exactly
 * one reply; the inbox list shows who waits, the thread past 20 hours at risk,
 * and the popup counts it. The mock's clock is the real one: its threads are
 * 20, 10 and 5 hours old.
 */
import { expect } from 'vitest';
import type { MockSite } from '../fixtures/seller-central/server.ts';
import { evaluateIn, poll, type AnyPage } from './support/poll.ts';

export interface InboxDriver {
  site: MockSite;
  /** An extension page (options.html): finds the inbox's tab id. */
  control: AnyPage;
  /** A tab at this Seller Central path. */
  openSellerCentral(path: string): Promise<AnyPage>;
  /** The toolbar popup's page in a tab, with this query. */
  openPopup(query: Record<string, string>): Promise<AnyPage>;
}

export const THREAD_ORDER = '112-3456789-0123456'; // John Smith asked 20 hours ago
const INBOX = `/messaging/inbox-v3?fi=responseNeeded&t=${THREAD_ORDER}`;
const VIOLATION = 'Please leave us a 5-star review and write to me at help@example.com';

interface ToolsState {
  button: string | null;
  expanded: string | null;
  options: string[];
  value: string;
  note: string;
  check: string;
  findings: number;
  severities: string[];
  besideBox: boolean;
}

/** What Parley's tools beside the reply box show, and the box's text (read through the open shadow roots). */
function toolsState(page: AnyPage): Promise<ToolsState> {
  return evaluateIn(page, () => {
    const host = document.querySelector('[data-parley="reply-tools"]');
    const root = host?.shadowRoot;
    const box = document.querySelector('[data-test-id="bsm-thread"] kat-textarea, [data-test-id="bsm-thread"] textarea');
    const field = (box?.shadowRoot?.querySelector('textarea') ?? box) as HTMLTextAreaElement | null;
    const button = root?.querySelector('button');
    const check = root?.querySelector('[data-parley-check]');
    return {
      button: button?.textContent ?? null,
      expanded: button?.getAttribute('aria-expanded') ?? null,
      options: [...(root?.querySelectorAll('[role="option"]') ?? [])].map((o) => o.querySelector('div')?.textContent ?? ''),
      value: field?.value ?? '',
      note: root?.querySelector('[data-parley-note]')?.textContent ?? '',
      check: check?.textContent ?? '',
      findings: Number(check?.getAttribute('data-findings') ?? -1),
      severities: [...(check?.querySelectorAll('li') ?? [])].map((li) => li.getAttribute('data-severity') ?? ''),
      besideBox: !!box && box.nextElementSibling === host,
    };
  });
}

const clickToolsButton = (page: AnyPage) =>
  evaluateIn(page, () =>
    (document.querySelector('[data-parley="reply-tools"]')!.shadowRoot!.querySelector('button') as HTMLButtonElement).click(),
  );

/** Focus the reply box's own textarea (where a person's typing goes) and empty it the way select-all + delete would. */
const focusEmptyBox = (page: AnyPage) =>
  evaluateIn(page, () => {
    const box = document.querySelector('[data-test-id="bsm-thread"] kat-textarea, [data-test-id="bsm-thread"] textarea')!;
    const field = (box.shadowRoot?.querySelector('textarea') ?? box) as HTMLTextAreaElement;
    field.focus();
    field.select();
  });

async function pickWithKeyboard(page: AnyPage, query: string): Promise<ToolsState> {
  await clickToolsButton(page);
  await poll(async () => (await toolsState(page)).options.length > 1, { message: 'the quick-reply picker' });
  await page.keyboard.type(query);
  const filtered = await poll(
    async () => {
      const s = await toolsState(page);
      return s.options.length >= 1 && s.options.every((o) => o.toLowerCase().includes(query)) ? s : false;
    },
    { message: `the picker filtered to "${query}"` },
  );
  await page.keyboard.press('Enter');
  await poll(async () => (await toolsState(page)).value.includes(THREAD_ORDER), { message: 'the reply box filled with the order id' });
  return filtered;
}

export async function replyBoxStory(d: InboxDriver, plain: boolean): Promise<void> {
  const page = await d.openSellerCentral(plain ? `${INBOX}&mock=plainreply` : INBOX);
  const ready = await poll(async () => ((await toolsState(page)).button ? toolsState(page) : false), {
    message: 'the Quick replies button beside the reply box',
  });
  expect(ready).toMatchObject({ button: 'Quick replies', expanded: 'false', besideBox: true, value: '' });

  // A reply template, found and inserted with the keyboard only.
  const filtered = await pickWithKeyboard(page, 'where');
  expect(filtered.options).toEqual(['Reply: where is my order']);
  const inserted = await toolsState(page);
  expect(inserted.expanded).toBe('false');
  expect(inserted.value).toContain(`Your order ${THREAD_ORDER} is on its way.`);
  // No order details cached for this thread: the delivery date is left for the seller, and said so.
  expect(inserted.value).toContain('{{deliver_by}}');
  expect(inserted.note).toContain('{{deliver_by}}');

  // A violating text typed by hand: the check under the box shows its findings as the seller types.
  await focusEmptyBox(page);
  await page.keyboard.type(VIOLATION);
  const violated = await poll(
    async () => {
      const s = await toolsState(page);
      return s.value === VIOLATION && s.findings >= 2 ? s : false;
    },
    { message: 'the findings of the typed text' },
  );
  expect(violated.severities).toContain('error');
  expect(violated.check).toMatch(/review/i);

  // Back to the template, then the seller presses the page's Send: exactly one reply, the text as shown.
  await focusEmptyBox(page);
  await page.keyboard.press('Backspace');
  await pickWithKeyboard(page, 'where');
  const shown = (await toolsState(page)).value;
  expect(d.site.replies()).toEqual([]);
  await evaluateIn(page, () =>
    (document.querySelector('kat-button.bsm-reply-send')!.shadowRoot!.querySelector('button') as HTMLButtonElement).click(),
  );
  const replies = await poll(
    async () => {
      const r = d.site.replies();
      return r.length > 0 ? r : false;
    },
    { message: 'the reply recorded' },
  );
  await new Promise((r) => setTimeout(r, 1500)); // the page reloads after sending: nothing more may be sent
  expect(d.site.replies()).toEqual([{ orderId: THREAD_ORDER, text: shown, at: expect.any(Number) }]);
  expect(replies).toHaveLength(1);
  expect(d.site.sent()).toEqual([]);
  await page.close();
}

export async function waitingStory(d: InboxDriver): Promise<void> {
  const page = await d.openSellerCentral('/messaging/inbox-v3?fi=responseNeeded');
  const badges = await poll(
    async () => {
      const b = await evaluateIn(page, () =>
        [...document.querySelectorAll('.bsm-thread-item')].map((li) => ({
          order: li.querySelector('.bsm-thread-order')?.textContent ?? '',
          state: li.querySelector('[data-parley="reply-wait"]')?.getAttribute('data-state') ?? null,
          longest: li.querySelector('[data-parley="reply-wait"]')?.hasAttribute('data-longest') ?? false,
          text: li.querySelector('[data-parley="reply-wait"]')?.textContent ?? '',
        })),
      );
      return b.length > 0 && b.every((x) => x.state) ? b : false;
    },
    { message: 'a waiting badge on every thread that needs a response' },
  );
  expect(badges).toHaveLength(3);
  const john = badges.find((b) => b.order === THREAD_ORDER)!;
  expect(john).toMatchObject({ state: 'atRisk', longest: true });
  // 20 h and under a minute waited: 3 h 59 min left, rounded down.
  expect(john.text).toBe('Waiting 20 h · 3 h left · longest wait');
  expect(badges.filter((b) => b.order !== THREAD_ORDER).map((b) => b.state)).toEqual(['ok', 'ok']);

  // The popup, for that tab: the count at risk.
  const tabId = await poll(
    () =>
      evaluateIn(d.control, async () => {
        type Tabs = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
        const g = globalThis as unknown as { browser?: Tabs; chrome?: Tabs };
        const tabs = await (g.browser ?? g.chrome)!.tabs.query({});
        return tabs.find((tab) => /\/messaging\/inbox-v3\?fi=responseNeeded$/.test(tab.url ?? ''))?.id;
      }),
    { message: 'the inbox tab' },
  );
  const popup = await d.openPopup({ tab: String(tabId) });
  const counted = await poll(() => evaluateIn(popup, () => document.querySelector('.parley-inbox-waiting')?.textContent ?? false), {
    message: "the popup's inbox count",
  });
  expect(counted).toBe('On this inbox page: 3 waiting for a reply, 1 at risk (20 h or more), 0 past 24 h.');
  await popup.close();
  await page.close();
}
