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
import type { ConsoleMessage, Page } from 'playwright-core';

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in a
 * `__name(fn, "name")` helper; functions sent to the page (init scripts,
 * evaluate) then need it there too. Add this init script first.
 */
export const KEEP_NAMES_SHIM = { content: 'globalThis.__name ??= (fn) => fn;' };

/** What the init script logs once the page is painted: this, then the ms since navigation. */
const OPEN_MARK = 'parley-bench-open:';

/** Runs at document start in every page; acts only in the popup and the baseline page. */
export function openInitScript(): void {
  const popup = location.pathname === '/popup.html';
  if (!popup && location.pathname !== '/bench-baseline.html') return;
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
    // OPEN_MARK, written out: this function runs in the page, without the module around it.
    requestAnimationFrame(() => setTimeout(() => console.debug(`parley-bench-open:${performance.now()}`), 0));
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * After each page, measured or not: the popup asks for its quick replies' bodies after the first paint
 * (1.5 MB with 1000), and leaving while they travel would slow the next page, the baseline's, and flatter
 * the ratio.
 */
const SETTLE_MS = 300;

/**
 * Navigate `page` to `url` and answer the ms from navigation to interactive and painted. The page says
 * when on the console: polling it (waitForFunction) would inject Playwright's script into the page while
 * it loads, 7 ms of its main thread, in the popup's measured time and after the baseline's.
 */
export async function openTime(page: Page, url: string): Promise<number> {
  let heard: (ms: number) => void = () => undefined;
  const painted = new Promise<number>((resolve) => (heard = resolve));
  const listen = (message: ConsoleMessage) => {
    const text = message.text();
    if (text.startsWith(OPEN_MARK)) heard(Number(text.slice(OPEN_MARK.length)));
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  page.on('console', listen);
  try {
    await page.goto(url);
    const ms = await Promise.race([
      painted,
      new Promise<number>((_, fail) => (timer = setTimeout(() => fail(new Error(`${url}: not interactive in 20 s`)), 20_000))),
    ]);
    await page.waitForTimeout(SETTLE_MS);
    return ms;
  } finally {
    clearTimeout(timer);
    page.off('console', listen);
  }
}
