/**
 * Composer steps shared by the Chromium and Firefox e2e tests, written
 * against a small driver so the same story runs in two places:
 *  - tabDriver: the composer at popup.html?order=ID in a tab, real mouse and keyboard;
 *  - toolbarPopupDriver (Chromium): the REAL toolbar popup that the Contact
 *    button opened. Automation cannot reach that popup directly, so an
 *    extension page (same origin) reaches into it with
 *    chrome.extension.getViews({type: 'popup'}) and sends DOM events.
 */
import { expect } from 'vitest';
import { evaluateIn, poll, type AnyPage } from './support/poll.ts';

/** The mock's unshipped, seller-fulfilled US order (John Smith, a mug). */
export const ORDER = '112-3456789-0123456';
export const SELLER_NAME = 'Lotus Home Goods';
export const VIOLATING_TEXT =
  'About order 112-3456789-0123456: email me at lotus.shop@example.com and leave a 5-star review for a discount on your next order.';
export const CLEAN_TEXT = `About order ${ORDER}: the mug comes in black and white; which colour would you like?`;

export interface Driver {
  /** Run `fn(document of the composer, arg)` in the page. `fn` must be self-contained. */
  run<R, A>(fn: (doc: Document, arg: A) => R, arg: A): Promise<R>;
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
}

interface PageLike {
  evaluate(expression: string): Promise<unknown>;
  click(selector: string): Promise<void>;
  keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
}
const asPage = (page: AnyPage) => page as unknown as PageLike;

/** The composer in a tab: real clicks and keys. */
export function tabDriver(page: AnyPage): Driver {
  const p = asPage(page);
  return {
    run: (fn, arg) => p.evaluate(`(${fn.toString()})(document, ${JSON.stringify(arg)})`) as never,
    click: (selector) => p.click(selector),
    press: (key) => p.keyboard.press(key),
    type: (text) => p.keyboard.type(text),
  };
}

/** The toolbar popup, reached from `page` (an extension page of the same extension). */
export function toolbarPopupDriver(page: AnyPage): Driver {
  return viewDriver(page, `chrome.extension.getViews({ type: 'popup' })[0]`);
}

/**
 * The composer window (popup.html?order=ID) reached the same way: Firefox's
 * automation shows extension pages in popup-type windows as about:blank.
 */
export function composerWindowDriver(page: AnyPage): Driver {
  return viewDriver(page, COMPOSER_WINDOW_VIEW);
}

/** The composer window's view, as an expression for an extension page of the same extension. */
const COMPOSER_WINDOW_VIEW = `chrome.extension.getViews({ type: 'tab' }).find((w) => w.location.href.includes('popup.html?order='))`;

/** Which composer `page` (an extension page) can see: the toolbar popup, the composer window, or neither. */
export async function openComposerView(page: AnyPage): Promise<'toolbar popup' | 'window' | undefined> {
  const seen = (await asPage(page).evaluate(
    `chrome.extension.getViews({ type: 'popup' }).length ? 'toolbar popup' : ${COMPOSER_WINDOW_VIEW} ? 'window' : ''`,
  )) as string;
  return seen === 'toolbar popup' || seen === 'window' ? seen : undefined;
}

/** Close the composer window, if one is open. Firefox 140 cannot add a tab while a popup-type window has the focus. */
export async function closeComposerWindow(page: AnyPage): Promise<void> {
  await asPage(page).evaluate(`${COMPOSER_WINDOW_VIEW}?.close()`);
}

function viewDriver(page: AnyPage, view: string): Driver {
  const p = asPage(page);
  const popupDoc = `${view}.document`;
  const run = <R, A>(fn: (doc: Document, arg: A) => R, arg: A) =>
    p.evaluate(`(${fn.toString()})(${popupDoc}, ${JSON.stringify(arg)})`) as Promise<R>;
  return {
    run,
    click: (selector) =>
      run((doc, sel) => {
        const el = doc.querySelector(sel) as HTMLElement;
        el.focus();
        el.click();
      }, selector),
    press: (key) =>
      run((doc, k) => {
        const target = doc.activeElement ?? doc.body;
        target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
      }, key),
    type: (text) =>
      run((doc, s) => {
        const input = doc.activeElement as HTMLInputElement;
        const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')!.set!;
        setter.call(input, input.value + s);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, text),
  };
}

/**
 * Wait until the toolbar popup has finished sizing itself (its window size the
 * same on three reads 100 ms apart). Headless Chromium 150 crashes the
 * extension's renderer when an <input> in the action popup is focused while
 * the popup is still sizing (3 of 3 runs; none once it has settled, none
 * headed under Xvfb), so "/" must wait for this. Sellers run headed browsers.
 */
export function waitForPopupSettled(page: AnyPage, api: 'chrome' | 'browser'): Promise<string> {
  const p = asPage(page);
  let last = '';
  let same = 0;
  return poll(
    async () => {
      const size = (await p.evaluate(
        `(() => { const w = ${api}.extension.getViews({ type: 'popup' })[0]; return w ? w.innerWidth + 'x' + w.innerHeight : ''; })()`,
      )) as string;
      same = size && size === last ? same + 1 : 0;
      last = size;
      return same >= 2 ? size : undefined;
    },
    { message: 'the toolbar popup to finish sizing itself', interval: 100 },
  );
}

export interface ComposerState {
  orderId: string;
  buyer: string;
  text: string;
  preview: string;
  sendDisabled: boolean;
  why: string;
  findings: string[];
  marks: string[];
  queued: string;
}

export function composerState(d: Driver): Promise<ComposerState> {
  return d.run((doc) => {
    const send = [...doc.querySelectorAll('button')].find((b) => b.textContent === 'Send') as HTMLButtonElement | undefined;
    const why = send ? doc.getElementById(send.getAttribute('aria-describedby') ?? '') : null;
    return {
      orderId: doc.querySelector('[data-testid="composer-order-id"]')?.textContent ?? '',
      buyer: doc.querySelector('#parley-order-title')?.textContent ?? '',
      text: (doc.querySelector('textarea#parley-message') as HTMLTextAreaElement | null)?.value ?? '',
      preview: doc.querySelector('[data-testid="composer-preview"]')?.textContent ?? '',
      sendDisabled: send?.disabled ?? true,
      why: why?.textContent ?? '',
      findings: [...doc.querySelectorAll('.parley-finding')].map((li) => li.textContent ?? ''),
      marks: [...doc.querySelectorAll('[data-testid="composer-highlights"] mark[data-severity="error"]')].map((m) => m.textContent ?? ''),
      queued: doc.querySelector('[data-testid="composer-queued"]')?.textContent ?? '',
    };
  }, null);
}

export function waitForComposer(d: Driver): Promise<ComposerState> {
  return poll(
    async () => {
      const ready = await d.run((doc) => doc.querySelector('#parley-reason-confirmOrderDetails') !== null, null);
      const state = ready ? await composerState(d) : undefined;
      return state?.orderId ? state : undefined;
    },
    { message: 'the composer with its reasons' },
  ).catch(async (e: unknown) => {
    // Say what the page showed instead: a rare Firefox run has timed out here, and the page is gone by the report.
    const shown = await d.run((doc) => `${doc.location.href}: ${(doc.body?.innerText ?? '').slice(0, 300)}`, null).catch(String);
    throw new Error(`${e instanceof Error ? e.message : String(e)}; the page showed ${JSON.stringify(shown)}`);
  });
}

/** Choose a reason with a click, then "/" to the quick-reply search, a query, Enter. */
export async function insertQuickReply(d: Driver, reason: string, query: string): Promise<void> {
  await d.click(`#parley-reason-${reason}`);
  await d.press('/');
  await poll(() => d.run((doc) => doc.activeElement?.getAttribute('role') === 'combobox', null), {
    message: '"/" focusing the quick-reply search',
  });
  await d.type(query);
  await d.press('Enter');
  await poll(() => d.run((doc) => ((doc.querySelector('textarea#parley-message') as HTMLTextAreaElement).value ?? '').length > 0, null), {
    message: 'the quick reply in the message box',
  });
}

/** Replace the message as typing would (the input event Preact listens to). */
export function setMessage(d: Driver, text: string): Promise<void> {
  return d.run((doc, value) => {
    const area = doc.querySelector('textarea#parley-message') as HTMLTextAreaElement;
    area.focus();
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(area), 'value')!.set!.call(area, value);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

export function waitForSend(d: Driver, enabled: boolean): Promise<ComposerState> {
  return poll(
    async () => {
      const state = await composerState(d);
      return state.sendDisabled === !enabled ? state : undefined;
    },
    { message: `Send ${enabled ? 'enabled' : 'disabled'}` },
  );
}

/** Set the seller's name on the options page, as the seller would: type it, press Enter. */
export async function setSellerName(page: AnyPage, name: string): Promise<void> {
  await poll(() => evaluateIn(page, () => document.querySelector('#parley-seller-name') !== null), { message: 'the settings form' });
  const d = tabDriver(page);
  await d.click('#parley-seller-name');
  await d.type(name);
  await d.press('Enter');
  await poll(() => evaluateIn(page, () => document.querySelector('.parley-settings [role="status"]')?.textContent === 'Saved.'), {
    message: 'settings saved',
  });
}

/** The preview follows the text in a frame of its own (MessagePreview), then shows exactly it. */
export async function waitForPreview(d: Driver, text: string): Promise<void> {
  await poll(async () => (await composerState(d)).preview === text, { message: `the preview showing "${text.slice(0, 40)}…"` });
}

/** The story's first half: a starter quick reply, inserted by keyboard, makes a clean message. */
export async function expectCleanQuickReply(d: Driver): Promise<void> {
  await insertQuickReply(d, 'confirmOrderDetails', 'quantity');
  const state = await waitForSend(d, true);
  expect(state.text).toMatch(/^Hello John,/);
  expect(state.text).toContain(ORDER);
  expect(state.text).toContain(SELLER_NAME);
  expect(state.text).not.toContain('{{');
  await waitForPreview(d, state.text);
  expect(state.findings.filter((f) => f.includes('Error:'))).toEqual([]);
  expect(state.why).toBe("Parley will open the Contact Buyer form, fill it in, and leave Amazon's Send for you to press.");
}

/** The second half: a message with an e-mail address and a review incentive is blocked, its spans marked. */
export async function expectViolationBlocked(d: Driver): Promise<void> {
  await setMessage(d, VIOLATING_TEXT);
  const state = await waitForSend(d, false);
  expect(state.why).toMatch(/^Fix the \d+ problems marked as errors/);
  expect(state.findings.some((f) => f.startsWith('✖Error:') && f.includes('lotus.shop@example.com'))).toBe(true);
  expect(state.findings.filter((f) => f.includes('Error:')).length).toBeGreaterThanOrEqual(2);
  expect(state.marks).toContain('lotus.shop@example.com');
}

export function waitForDraftSaved(d: Driver): Promise<true> {
  return poll(() => d.run((doc) => doc.querySelector('.parley-draft [role="status"]')?.textContent === 'Draft saved.', null), {
    message: 'the draft saved',
  });
}
