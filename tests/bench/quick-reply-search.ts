/**
 * Quick-reply search: the time from a keystroke in the composer's search box
 * to the filtered list painted (the frame after the input event: Preact
 * renders in a microtask, so the list is in that frame unless the app defers
 * it). After each keystroke the probe reads what the picker says it found, and
 * the bench checks that against Parley's own search over the same quick
 * replies (lib/domain/template-search.ts), so a list that lags behind the query
 * cannot pass as fast.
 *
 * Each rep types a word letter by letter and deletes it again, at a typing
 * pace (one key every 50 ms).
 */
import type { Page } from 'playwright-core';

/** Words typed in turn: name words in English and Chinese, and a body word. */
export const SEARCH_WORDS = ['gift', '发货', 'invoice', 'delay'];

export interface SearchSample {
  ms: number;
  query: string;
  /** The picker's status line after the keystroke ("1014 quick replies"). */
  status: string;
}

async function searchInPage(word: string): Promise<SearchSample[]> {
  const box = document.querySelector('.parley-quick__search') as HTMLInputElement;
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const status = () => document.querySelector('.parley-quick [role="status"]')?.textContent ?? '';
  box.focus();
  const queries = [...word].map((_, i) => word.slice(0, i + 1));
  queries.push(...queries.slice(0, -1).reverse(), '');
  const samples: SearchSample[] = [];
  for (const query of queries) {
    await new Promise((r) => setTimeout(r, 50));
    const typing = query.length > box.value.length;
    const t0 = performance.now();
    setter.call(box, query);
    box.dispatchEvent(
      new InputEvent('input', {
        bubbles: true,
        inputType: typing ? 'insertText' : 'deleteContentBackward',
        data: typing ? query.slice(-1) : null,
      }),
    );
    await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    samples.push({ ms: performance.now() - t0, query, status: status() });
  }
  return samples;
}

/** One rep: `word` typed and deleted in the popup's search box. */
export const searchOnce = (page: Page, word: string): Promise<SearchSample[]> => page.evaluate(searchInPage, word);

/** Whether the status line says `count` was found (the number appears in it for 2 or more). */
export const statusSays = (status: string, count: number): boolean =>
  count >= 2 ? new RegExp(`(^|\\D)${count}(\\D|$)`).test(status) : status.trim() !== '';
