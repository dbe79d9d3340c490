/**
 * Order-page steps shared by the Chromium and Firefox e2e tests: how many
 * Contact buttons there are and where, what a button says, the page's own
 * test hooks (window.__mock). Everything goes through the page's DOM, which
 * Playwright and puppeteer pages offer alike.
 */
import { evaluateIn, poll, type AnyPage } from './support/poll.ts';

/** Mock orders used by the tests (tests/fixtures/seller-central/README.md). */
export const JOHN = '112-3456789-0123456'; // US, unshipped, seller-fulfilled
export const CANCELED = '114-6666666-1111111'; // US, canceled by the buyer
export const CUSTOMIZED = '113-9081726-3544321'; // US, unshipped, customized necklace
export const FBA_TEXT = '113-3141592-6535897'; // US, FBA, plain-text buyer on the list
export const HOSTILE_IMG = '113-6660001-0000001';
export const HOSTILE_SCRIPT = '113-6660002-0000002';
export const JOHN_RELAY = 'k6wkve5c0b7w00@marketplace.amazon.com';

export interface ButtonCensus {
  /** Buyer links in order rows (what should have a button). */
  links: number;
  /** Parley button wrappers anywhere on the page. */
  wrappers: number;
  /** Links not followed by exactly one wrapper for their own order. */
  wrong: number;
  /** Rows without a buyer link that nevertheless got a button. */
  strays: number;
  /** Buttons already named (aria-label): Parley names them in the frame after inserting them. */
  named: number;
}

/** Count links and buttons and check each link's next sibling is its one button. */
export function census(page: AnyPage): Promise<ButtonCensus> {
  return evaluateIn(page, () => {
    const links = [...document.querySelectorAll('#orders-table tbody > tr a[data-test-id="buyer-name-with-link"]')];
    let wrong = 0;
    for (const link of links) {
      const next = link.nextElementSibling as HTMLElement | null;
      const id = new URL(link.getAttribute('href')!, location.href).searchParams.get('orderID');
      const ok =
        next?.dataset.parley === 'contact' &&
        next.dataset.orderId === id &&
        next.nextElementSibling?.getAttribute('data-parley') !== 'contact';
      if (!ok) wrong += 1;
    }
    const strays = [...document.querySelectorAll('#orders-table tbody > tr')].filter(
      (row) => !row.querySelector('a[data-test-id="buyer-name-with-link"]') && row.querySelector('[data-parley="contact"]'),
    ).length;
    const wrappers = document.querySelectorAll('[data-parley="contact"]').length;
    const named = document.querySelectorAll('[data-parley="contact"] > button[aria-label]').length;
    return { links: links.length, wrappers, wrong, strays, named };
  });
}

/** Wait until every buyer link has its one button (and nothing else has one). */
export function waitForButtons(page: AnyPage, opts: { atLeast?: number } = {}): Promise<ButtonCensus> {
  const atLeast = opts.atLeast ?? 1;
  return poll(
    async () => {
      const c = await census(page);
      return c.links >= atLeast && c.wrappers === c.links && c.named === c.wrappers && c.wrong === 0 && c.strays === 0 ? c : false;
    },
    { message: `one Contact button per buyer link (at least ${atLeast}) on ${page.url()}`, timeout: 15_000 },
  );
}

export interface ButtonInfo {
  label: string | null;
  text: string;
  disabled: boolean;
  title: string;
  description: string;
  tag: string;
  type: string;
}

export function button(page: AnyPage, orderId: string): Promise<ButtonInfo | null> {
  return evaluateIn(
    page,
    (id: string) => {
      const b = document.querySelector<HTMLButtonElement>(`[data-parley="contact"][data-order-id="${id}"] > button`);
      if (!b) return null;
      const describedBy = b.getAttribute('aria-describedby');
      return {
        label: b.getAttribute('aria-label'),
        text: b.textContent ?? '',
        disabled: b.disabled,
        title: b.title,
        description: describedBy ? (document.getElementById(describedBy)?.textContent ?? '') : '',
        tag: b.tagName,
        type: b.type,
      };
    },
    orderId,
  );
}

/** The mock's React-style storm: new row elements `times` times, with shuffles in between. */
export function rerenderStorm(page: AnyPage, times: number): Promise<number> {
  return evaluateIn(
    page,
    (n: number) => {
      const mock = (window as unknown as { __mock: { rerender(): number; shuffle(): string[] } }).__mock;
      let rows = 0;
      for (let i = 0; i < n; i += 1) {
        rows = mock.rerender();
        if (i % 4 === 0) mock.shuffle();
      }
      return rows;
    },
    times,
  );
}

/** Did any hostile buyer name run or load anything? */
export function hostileTraces(page: AnyPage): Promise<{ pwned: boolean; imgX: number; scripts: number }> {
  return evaluateIn(page, () => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned !== undefined,
    imgX: document.querySelectorAll('img[src="x"]').length,
    scripts: document.querySelectorAll('[data-parley] script, [data-parley] img').length,
  }));
}

/** The page's own text, everywhere a script could read it (for "the address is never in the page"). */
export function pageHas(page: AnyPage, needle: string): Promise<boolean> {
  return evaluateIn(
    page,
    (text: string) => {
      const parts = [document.documentElement.outerHTML];
      for (const el of document.querySelectorAll('*')) if (el.shadowRoot) parts.push(el.shadowRoot.innerHTML);
      return parts.some((p) => p.includes(text));
    },
    needle,
  );
}

export function toastText(page: AnyPage): Promise<string> {
  return poll(() => evaluateIn(page, () => document.querySelector('[data-parley="toast"]')?.shadowRoot?.textContent || false), {
    message: 'the Parley toast',
  }) as Promise<string>;
}
