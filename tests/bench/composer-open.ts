/**
 * Popup open to interactive, in the page's own clock: from the navigation of
 * popup.html?order=ID (performance.now() counts from it) to the Message box
 * focused with the reason list and the quick replies rendered, painted (the
 * frame after that, rAF then a task). The baseline is the same for the bench's
 * baseline page (bench-baseline.html: one Preact component with a textarea).
 *
 * An init script watches every extension page of those two from document
 * start: at each DOM change it checks whether the page is ready, then focuses
 * the Message box as the seller's click would and checks that it took focus.
 */
import type { Page } from 'playwright-core';

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in a
 * `__name(fn, "name")` helper; functions sent to the page (init scripts,
 * evaluate) then need it there too. Add this init script first.
 */
export const KEEP_NAMES_SHIM = { content: 'globalThis.__name ??= (fn) => fn;' };

interface OpenGlobal {
  __open?: { ready: number; painted: number };
}

/** Runs at document start in every page; acts only in the popup and the baseline page. */
export function openInitScript(): void {
  const popup = location.pathname === '/popup.html';
  if (!popup && location.pathname !== '/bench-baseline.html') return;
  const w = window as unknown as OpenGlobal;
  const box = (): HTMLTextAreaElement | null => {
    const area = document.querySelector<HTMLTextAreaElement>(popup ? '#parley-message' : '#bench-message');
    if (!area || !popup) return area;
    const reasons = document.querySelector('.parley-reasons input[type="radio"]');
    const quickReplies = document.querySelector('#parley-qr-list [role="option"]');
    return reasons && quickReplies ? area : null;
  };
  const observer = new MutationObserver(() => {
    const area = box();
    if (!area) return;
    area.focus();
    if (document.activeElement !== area) return;
    observer.disconnect();
    const ready = performance.now();
    requestAnimationFrame(() => setTimeout(() => (w.__open = { ready, painted: performance.now() }), 0));
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * After each page, measured or not: the popup asks for its quick replies' bodies after the first paint
 * (1.5 MB with 1000), and leaving while they travel would slow the next page, the baseline's, and flatter
 * the ratio.
 */
const SETTLE_MS = 300;

/** Navigate `page` to `url` and answer the ms from navigation to interactive and painted. */
export async function openTime(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const handle = await page.waitForFunction(() => (window as unknown as OpenGlobal).__open?.painted, null, { timeout: 20_000 });
  const painted = (await handle.jsonValue()) as number;
  await page.waitForTimeout(SETTLE_MS);
  return painted;
}
