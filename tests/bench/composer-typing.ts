/**
 * Typing in the composer's Message box: the time from an input event to the
 * rules check's findings painted, for a 4000-character message with several
 * findings. Each keystroke types or deletes one letter inside the message's
 * e-mail address, so the finding's quoted text changes with it: the findings
 * are fresh once the list quotes the new address (and not the old one), then
 * the frame after that is painted (rAF, then a task). The baseline: the bench's
 * baseline page, whose input handler only counts characters, painted the same.
 *
 * Keystrokes come at a typing pace (one every 50 ms), set the value as the
 * browser does and fire the same `input` event a key would.
 */
import type { Page } from 'playwright-core';

const EMAIL = 'lotus.shop@example.com';
/** Where the keystrokes go: after "lotus." in the address. */
const KEY_AT = EMAIL.indexOf('shop');

const CLEAN = [
  'Thank you for your order 112-3456789-0123456 of the ceramic mug in black.',
  'We checked it again before packing, and it leaves our warehouse tomorrow morning with the carrier you chose.',
  'The parcel is padded for the trip and the tracking number follows in a separate message once it is scanned.',
];
const FINDINGS = [
  'Visit www.lotus-home.example/care for care tips.',
  'Call us on +1 555 123 4567 if anything is unclear.',
  'Leave a 5-star review and get a discount on your next order!',
  `Or email me at ${EMAIL} any time.`,
];

/** A 3999-character message (4000 with the typed letter) with several findings, the address near the end. */
export function typingMessage(): string {
  const tail = ` ${FINDINGS.join(' ')}`;
  let text = '';
  for (let i = 0; text.length + tail.length < 3999; i += 1) text += `${i ? ' ' : ''}${CLEAN[i % CLEAN.length]}`;
  text = text.slice(0, 3999 - tail.length);
  text = text.slice(0, text.lastIndexOf(' ')).padEnd(3999 - tail.length, '.');
  return text + tail;
}

interface TypeArgs {
  box: string;
  /** 'findings': wait for the findings to quote the address as typed; 'count': for the baseline's count. */
  mode: 'findings' | 'count';
  at: number;
  keys: number;
  email: string;
}

/** In the page: `keys` keystrokes at `at`, each timed from its input event to the frame after its result is on screen. */
async function typeInPage(a: TypeArgs): Promise<number[]> {
  const box = document.querySelector(a.box) as HTMLTextAreaElement;
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
  const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const until = (done: () => boolean) =>
    new Promise<boolean>((resolve) => {
      if (done()) return resolve(true);
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve(true);
      });
      const timer = setTimeout(() => (observer.disconnect(), resolve(false)), 3000);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    });
  const times: number[] = [];
  const typed = a.email.slice(0, a.at) + 'x' + a.email.slice(a.at);
  for (let k = 0; k < a.keys; k += 1) {
    await new Promise((r) => setTimeout(r, 50));
    const start = box.value.indexOf(typed) >= 0 ? box.value.indexOf(typed) : box.value.indexOf(a.email);
    const insert = box.value.indexOf(typed) < 0;
    const at = start + a.at;
    const next = insert ? box.value.slice(0, at) + 'x' + box.value.slice(at) : box.value.slice(0, at) + box.value.slice(at + 1);
    const [want, old] = insert ? [typed, a.email] : [a.email, typed];
    const done =
      a.mode === 'count'
        ? () => document.querySelector('#bench-count')?.textContent === String(next.length)
        : () => {
            const quotes = [...document.querySelectorAll('.parley-finding__quote')].map((q) => q.textContent ?? '');
            return quotes.some((q) => q.includes(want)) && !quotes.some((q) => q.includes(old));
          };
    const t0 = performance.now();
    setter.call(box, next);
    box.setSelectionRange(at + (insert ? 1 : 0), at + (insert ? 1 : 0));
    box.dispatchEvent(
      new InputEvent('input', { bubbles: true, inputType: insert ? 'insertText' : 'deleteContentBackward', data: insert ? 'x' : null }),
    );
    const ok = await until(done);
    await frame();
    times.push(ok ? performance.now() - t0 : Number.POSITIVE_INFINITY);
  }
  return times;
}

/** Put the whole message in the box at once (a paste), and wait until its findings are listed. */
export async function fillMessage(page: Page, box: string, findings: boolean): Promise<void> {
  const text = typingMessage();
  await page.evaluate(
    ({ box, text }) => {
      const area = document.querySelector(box) as HTMLTextAreaElement;
      area.focus();
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, text);
      area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    },
    { box, text },
  );
  if (findings) await page.waitForSelector('.parley-finding__quote', { timeout: 10_000 });
}

/** `keys` timed keystrokes in the composer's Message box (ms each). */
export const typeInComposer = (page: Page, keys: number): Promise<number[]> =>
  page.evaluate(typeInPage, { box: '#parley-message', mode: 'findings', at: KEY_AT, keys, email: EMAIL } as TypeArgs);

/** The same keystrokes in the baseline page's textarea. */
export const typeInBaseline = (page: Page, keys: number): Promise<number[]> =>
  page.evaluate(typeInPage, { box: '#bench-message', mode: 'count', at: KEY_AT, keys, email: EMAIL } as TypeArgs);

/** How many findings the composer lists now (to print "several"). */
export const findingCount = (page: Page): Promise<number> => page.$$eval('.parley-finding', (els) => els.length);
