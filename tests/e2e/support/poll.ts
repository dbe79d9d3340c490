/**
 * Waiting helpers shared by the Chromium (playwright) and Firefox (puppeteer)
 * tests. Firefox blocks waitForFunction on extension pages and never resolves
 * goto there, so everything here polls with plain evaluate calls instead.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

export type AnyPage = PlaywrightPage | PuppeteerPage;

export interface PollOptions {
  /** Give up after this long (ms). Default 15 000 (a loaded 2-core machine is slow); tests have 60 s each. */
  timeout?: number;
  /** Pause between attempts (ms). Default 100. */
  interval?: number;
  /** What we were waiting for, for the error message. */
  message?: string;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Reject with `message` if the promise has not settled after ms; never leaves a timer behind. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms: ${message}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Call fn until it returns something other than undefined/null/false, and return
 * that. Errors thrown by fn (page still navigating, worker restarting) count as
 * "not yet". On timeout the error names the last value or error seen.
 */
export async function poll<T>(fn: () => T | Promise<T>, opts: PollOptions = {}): Promise<Exclude<T, undefined | null | false>> {
  const { timeout = 15_000, interval = 100, message = 'condition' } = opts;
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value !== undefined && value !== null && value !== false) return value as Exclude<T, undefined | null | false>;
      last = value;
    } catch (e) {
      last = e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]}` : e;
    }
    if (Date.now() >= deadline) {
      throw new Error(`Timed out after ${timeout} ms waiting for ${message} (last: ${String(last)})`);
    }
    await sleep(interval);
  }
}

/**
 * Run a function in the page, in either browser. The function is serialized:
 * it must not close over test variables (pass them in arg).
 */
export function evaluateIn<R, A = undefined>(page: AnyPage, fn: (arg: A) => R, arg?: A): Promise<Awaited<R>> {
  // Both libraries take (function, one argument); their generic signatures differ.
  const evaluate = page.evaluate.bind(page) as (f: unknown, a: unknown) => Promise<unknown>;
  return evaluate(fn, arg) as Promise<Awaited<R>>;
}

/** Wait for at least `count` elements matching a CSS selector; returns how many there were. */
export function waitForSelectorIn(page: AnyPage, selector: string, opts: PollOptions & { count?: number } = {}): Promise<number> {
  const count = opts.count ?? 1;
  return poll(
    async () => {
      const n = await evaluateIn(page, (sel: string) => document.querySelectorAll(sel).length, selector);
      return n >= count ? n : false;
    },
    { message: `${count} x "${selector}" in ${page.url()}`, ...opts },
  );
}

/** Wait for the first element matching selector to have non-empty text matching `match` (default: any); returns the text. */
export function waitForTextIn(page: AnyPage, selector: string, match: RegExp = /\S/, opts: PollOptions = {}): Promise<string> {
  return poll(
    async () => {
      const text = await evaluateIn(page, (sel: string) => document.querySelector(sel)?.textContent ?? null, selector);
      return text !== null && match.test(text) ? text : false;
    },
    { message: `text ${match} in "${selector}" of ${page.url()}`, ...opts },
  );
}

/** Wait for Parley's content script to mark the page (lib/page/features/parley-mark.ts); returns the mark. */
export function waitForParleyMark(page: AnyPage, opts: PollOptions = {}): Promise<string> {
  return poll(() => readParleyMark(page), { message: `data-parley-active on ${page.url()}`, ...opts }) as Promise<string>;
}

/** The mark now, or null: the version after a ping round trip, 'disconnected' if the ping failed. */
export function readParleyMark(page: AnyPage): Promise<string | null> {
  return evaluateIn(page, () => document.documentElement.getAttribute('data-parley-active'));
}
