/**
 * Last resort for a Contact Buyer page that renders its To field with
 * JavaScript (the fetched HTML is an empty app shell, so DOMParser finds
 * nothing): load it in a hidden, sandboxed, same-origin frame, wait for the
 * To field, read it, remove the frame. The sandbox allows scripts (the page
 * must render) but no forms, popups or top navigation; nothing in the frame is
 * clicked. The address stays inside Amazon's own page in the frame and is
 * never written into this page.
 */
import type { FetchedPage } from '../domain/relay-address';
import { CONTACT_PAGE, queryAll, queryFirst } from './selectors';
import { isSignInUrl } from '../domain/seller-central-urls';

/** How long a Contact Buyer page may take to render its To field (ms). */
export const FRAME_TIMEOUT_MS = 12_000;

/** What a parsed or rendered Contact Buyer / messages document shows. */
export function readDocument(doc: Document, status: number, url: string): FetchedPage {
  const root = queryFirst(doc, CONTACT_PAGE.contactRoot);
  const reasons = queryAll(doc, CONTACT_PAGE.contactReason).length;
  const to = queryFirst(doc, CONTACT_PAGE.relayAddress)?.textContent ?? undefined;
  return {
    status,
    url,
    hasForm: Boolean(root) || reasons > 0,
    // A rendered Contact Buyer page that offers no reason at all: Amazon allows no message (canceled order).
    noReasons: Boolean(root && root.childElementCount > 0 && reasons === 0),
    ...(to !== undefined ? { toField: to } : {}),
  };
}

/** An app shell: the Contact Buyer root is there, but nothing has been rendered into it. */
export function isUnrenderedShell(doc: Document): boolean {
  const root = queryFirst(doc, CONTACT_PAGE.contactRoot);
  return Boolean(root && root.childElementCount === 0 && !queryFirst(doc, CONTACT_PAGE.relayAddress));
}

export function readRenderedPage(path: string, signal?: AbortSignal, timeoutMs = FRAME_TIMEOUT_MS): Promise<FetchedPage> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.style.cssText = 'position:fixed;left:-10000px;top:0;width:800px;height:600px;border:0;visibility:hidden;pointer-events:none';
    let settled = false;
    const finish = (page: FetchedPage): void => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      clearTimeout(timeout);
      frame.remove();
      resolve(page);
    };
    const current = (): { doc: Document | null; url: string } => {
      try {
        return { doc: frame.contentDocument, url: frame.contentWindow?.location.href ?? path };
      } catch {
        return { doc: null, url: path }; // not same-origin (redirected away): nothing to read
      }
    };
    // A bounded wait for one element of one page we loaded ourselves (not page watching).
    const poll = setInterval(() => {
      const { doc, url } = current();
      if (!doc || doc.readyState === 'loading' || url === 'about:blank') return;
      const page = readDocument(doc, 200, url);
      if (isSignInUrl(url) || page.toField?.trim() || page.noReasons) finish(page);
    }, 100);
    const timeout = setTimeout(() => {
      const { doc, url } = current();
      finish(doc ? readDocument(doc, 200, url) : { status: 0, url, hasForm: false });
    }, timeoutMs);
    signal?.addEventListener('abort', () => finish({ status: 0, url: path, hasForm: false }), { once: true });
    frame.src = path;
    document.documentElement.append(frame);
  });
}
