/**
 * Page-side probes of the benchmark, all in the page's main world:
 *
 * - `first`: a MutationObserver made by an init script, i.e. before any
 *   content script's. MutationObserver callbacks run in creation order in one
 *   microtask checkpoint, so its callback time is "the rows were inserted".
 * - `last`: a MutationObserver made after the page (and Parley) started, so it
 *   runs after Parley's observer in the same checkpoint: the first callback
 *   that sees one button per buyer link is "all buttons present".
 * - the bare vanilla observer the extension is compared with (one plain
 *   <button> per buyer link, nothing else), for pages without Parley.
 * - a PerformanceObserver for long tasks (over 50 ms) in the page.
 * - two animation-frame probes around the frame after the insertion: one
 *   requested by `first` (so it runs before any content script's frame
 *   callback), one by `last` once all buttons are present (so it runs after
 *   them). Between them runs what Parley defers to that frame, before the
 *   first paint: each button's order id, accessible name and canceled state.
 */
import type { Page } from 'playwright-core';
import { poll } from '../e2e/support/poll.ts';

export const LINK = 'a[data-test-id="buyer-name-with-link"]';
export const PARLEY_BUTTON = '[data-parley="contact"]';
export const VANILLA_BUTTON = 'button.vanilla-contact';

interface BenchGlobal {
  __bench: {
    first: number;
    done: number;
    armed: boolean;
    buttons: string;
    longTasks: { start: number; duration: number }[];
    frameStart: number;
    frameEnd: number;
    /** At frameEnd: every button carries its order id (vanilla's plain buttons count as complete). */
    complete: boolean;
  };
}

/** Runs at document start in every page of the context. */
export function initScript(): void {
  const w = window as unknown as BenchGlobal;
  w.__bench = { first: 0, done: 0, armed: false, buttons: '', longTasks: [], frameStart: 0, frameEnd: 0, complete: false };
  new MutationObserver((records) => {
    const now = performance.now();
    // Only the batch that put rows into the table starts the clock (not, say, a late
    // decoration of the previous run's buttons).
    if (!w.__bench.armed || w.__bench.first) return;
    if (records.some((r) => r.target.nodeName === 'TBODY' && r.addedNodes.length > 0)) {
      w.__bench.first = now;
      requestAnimationFrame(() => (w.__bench.frameStart = performance.now()));
    }
  }).observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long task API: the trace still reports tasks
  }
}

/**
 * The bare vanilla observer: one plain <button> after every buyer link in what
 * was added, nothing else. Self-contained (no closure), so it can also be sent
 * into an isolated world by its source text.
 */
export function vanillaObserver(link: string): void {
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        for (const a of el.matches(link) ? [el] : el.querySelectorAll(link)) {
          const b = document.createElement('button');
          b.className = 'vanilla-contact';
          b.textContent = 'Contact';
          a.after(b);
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

/**
 * Install the `last` observer, and before it, on a page without Parley, the
 * vanilla one: in the page's main world, or in an isolated world of its own
 * (where any extension's content script runs, Parley's included).
 */
export async function installProbes(page: Page, buttons: string, vanilla: 'none' | 'main' | 'isolated'): Promise<void> {
  if (vanilla === 'main') await page.evaluate(vanillaObserver, LINK);
  if (vanilla === 'isolated') {
    const cdp = await page.context().newCDPSession(page);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'bench-vanilla' });
    await cdp.send('Runtime.evaluate', {
      expression: `(${vanillaObserver.toString()})(${JSON.stringify(LINK)})`,
      contextId: executionContextId,
    });
    await cdp.detach();
  }
  await page.evaluate(
    ({ link, buttons }) => {
      const w = window as unknown as BenchGlobal;
      w.__bench.buttons = buttons;
      new MutationObserver(() => {
        const now = performance.now();
        const b = w.__bench;
        if (!b.armed || !b.first) return;
        const links = document.querySelectorAll(link).length;
        if (links > 0 && document.querySelectorAll(b.buttons).length >= links) {
          b.done = now;
          b.armed = false;
          requestAnimationFrame(() => {
            b.frameEnd = performance.now();
            b.complete = [...document.querySelectorAll(b.buttons)].every(
              (el) => el.tagName === 'BUTTON' || el.hasAttribute('data-order-id'),
            );
          });
        }
      }).observe(document, { childList: true, subtree: true });
    },
    { link: LINK, buttons },
  );
}

export const arm = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const b = (window as unknown as BenchGlobal).__bench;
    Object.assign(b, { first: 0, done: 0, armed: true, frameStart: 0, frameEnd: 0, complete: false });
  });

/** Milliseconds from rows inserted to buttons present, once the armed run is done. */
export function elapsed(page: Page, timeoutMs = 30_000): Promise<number> {
  const read = () =>
    page.evaluate(() => {
      const b = (window as unknown as BenchGlobal).__bench;
      return b.done && b.first ? b.done - b.first : null;
    });
  return poll(read, { timeout: timeoutMs, interval: 20, message: `all buttons present on ${page.url()}` });
}

/**
 * The work done in the frame after the armed run's insertion, before its
 * first paint (ms), and whether every button was complete by then. NaN when
 * the page got no frame (a hidden page).
 */
export function frameWork(page: Page, timeoutMs = 3_000): Promise<{ ms: number; complete: boolean }> {
  const read = () =>
    page.evaluate(() => {
      const b = (window as unknown as BenchGlobal).__bench;
      return b.frameEnd && b.frameStart ? { ms: b.frameEnd - b.frameStart, complete: b.complete } : null;
    });
  return poll(read, { timeout: timeoutMs, interval: 20, message: 'the frame after the insertion' }).catch(() => ({
    ms: Number.NaN,
    complete: false,
  }));
}

export const longTasks = (page: Page): Promise<{ start: number; duration: number }[]> =>
  page.evaluate(() => (window as unknown as BenchGlobal).__bench.longTasks.splice(0));

/** Buttons per buyer link after the page has settled: duplicates and links without one. */
export function duplicates(page: Page, buttons: string): Promise<{ links: number; buttons: number; duplicates: number; missing: number }> {
  return page.evaluate(
    ({ link, buttons }) => {
      let dup = 0;
      let missing = 0;
      for (const a of document.querySelectorAll(link)) {
        let n = 0;
        for (let s = a.nextElementSibling; s && s.matches(buttons); s = s.nextElementSibling) n += 1;
        if (n === 0) missing += 1;
        if (n > 1) dup += n - 1;
      }
      return {
        links: document.querySelectorAll(link).length,
        buttons: document.querySelectorAll(buttons).length,
        duplicates: dup,
        missing,
      };
    },
    { link: LINK, buttons },
  );
}
