/**
 * The content script's page-feature registry. A feature is one file: the page
 * kinds it runs on and `init(ctx, signal)`. Features fail alone: an error is
 * caught and logged once with the feature id. On single-page navigation the
 * features of the old page are aborted (their signal) and the new page's start.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageKindOf, type PageKind } from '../domain/seller-central-urls';

export interface PageFeature {
  id: string;
  pages: readonly PageKind[];
  init(ctx: ContentScriptContext, signal: AbortSignal): void | Promise<void>;
}

const reported = new Set<string>();

function report(id: string, error: unknown): void {
  if (reported.has(id)) return;
  reported.add(id);
  // No page data in logs: the error's name and message only.
  const what = error instanceof Error ? `${error.name}: ${error.message}` : 'error';
  console.warn(`[parley] feature “${id}” failed: ${what}`);
}

export async function runFeature(feature: PageFeature, ctx: ContentScriptContext, signal: AbortSignal): Promise<void> {
  try {
    await feature.init(ctx, signal);
  } catch (error) {
    report(feature.id, error);
  }
}

/** Start the features for the current page and follow SPA navigation. */
export function startFeatures(ctx: ContentScriptContext, features: readonly PageFeature[]): void {
  let current: AbortController | undefined;
  let currentKey = '';

  const start = (): void => {
    // The orders list re-renders itself (pagination, tabs, search): its features
    // keep running through that. Other pages restart when their URL changes.
    const kind = pageKindOf(location.href);
    const key = kind === 'orders-list' ? kind : `${kind} ${location.pathname}${location.search}`;
    if (key === currentKey) return;
    currentKey = key;
    current?.abort();
    const controller = new AbortController();
    current = controller;
    ctx.signal.addEventListener('abort', () => controller.abort(), { once: true });
    for (const feature of features) {
      if (feature.pages.includes(kind)) void runFeature(feature, ctx, controller.signal);
    }
  };

  start();
  // WXT fires this from the Navigation API's `navigate` event, i.e. before
  // history.pushState has changed location: read the URL once it has.
  ctx.addEventListener(window, 'wxt:locationchange', () => setTimeout(start, 0));
  // popstate is immediate where WXT's location watcher polls; both are idempotent.
  ctx.addEventListener(window, 'popstate', start);
}
