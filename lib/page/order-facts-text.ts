/**
 * Reading text and items off Seller Central's order pages, shared by the list
 * row and the details page adapters. Page text is data: it is read with
 * textContent, trimmed, length-capped and never parsed as markup.
 */
import type { OrderItem } from '../domain/order';
import { isCustomizedMarker, isDigitalMarker, isServiceMarker, itemFieldOf } from '../domain/order-labels';
import { anyOf, ORDER_PAGE, queryAll } from './selectors';

/** Whitespace collapsed, trimmed, at most `max` UTF-16 units without splitting a surrogate pair. */
export function clean(text: string | null | undefined, max: number): string {
  const s = (text ?? '').replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  const cut = /[\uD800-\uDBFF]/.test(s[max - 1]!) ? max - 1 : max;
  return s.slice(0, cut);
}

const BLOCK = /^(DIV|P|LI|TR|TD|TH|BR|UL|OL|TABLE|TBODY|SECTION|H[1-6]|DT|DD|ADDRESS|HEADER|FOOTER)$/;

/** The element's text as lines, breaking at block elements (innerText without layout). */
export function textLines(root: Node): string[] {
  let text = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const block = BLOCK.test((child as Element).tagName);
        if (block) text += '\n';
        walk(child);
        if (block) text += '\n';
      }
    }
  };
  walk(root);
  return text
    .split('\n')
    .map((line) => clean(line, 500))
    .filter(Boolean);
}

const PARAMS = new Map<string, RegExp>();

/** A query parameter of a link's href, without building a URL (cheap enough for every row). */
export function hrefParam(href: string | null, name: string): string | undefined {
  let re = PARAMS.get(name);
  if (!re) PARAMS.set(name, (re = new RegExp(`[?&]${name}=([^&#]*)`, 'i')));
  const m = href ? re.exec(href) : null;
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return undefined;
  }
}

/** The marketplace a Seller Central link names, else the one this host serves. */
export function marketplaceIdOf(link: Element | null): string | undefined {
  const fromLink = hrefParam(link?.getAttribute('href') ?? null, 'marketplaceID');
  // Only the link says: unified EU accounts show DE, FR, IT, ES and NL orders on the
  // .co.uk host, so the host is no evidence here (the background weighs it, marketplaceOf).
  return fromLink && /^[A-Z0-9]{8,20}$/.test(fromLink) ? fromLink : undefined;
}

/** Same-origin path + query of a link, for the Contact Buyer URL; undefined for other origins. */
export function sameOriginPath(link: Element | null): string | undefined {
  const href = link?.getAttribute('href');
  if (!href) return undefined;
  try {
    const url = new URL(href, location.href);
    return url.origin === location.origin ? (url.pathname + url.search).slice(0, 2000) : undefined;
  } catch {
    return undefined;
  }
}

const ASIN_IN_HREF = /\/dp\/([A-Z0-9]{10})(?:[/?#]|$)/;
const LABELLED = /^([^:：]{1,40})[:：]\s*(.+)$/;

/**
 * One item from a product block: the title link (href /dp/ASIN) and the
 * "ASIN: / SKU: / Quantity:" lines in whatever UI language the page uses.
 */
export function itemFromBlock(block: Element, titleLink: Element, quantityText?: string | null): OrderItem {
  const title = clean(titleLink.textContent, 500);
  let asin = ASIN_IN_HREF.exec(titleLink.getAttribute('href') ?? '')?.[1];
  let sku: string | undefined;
  let quantity = quantityText ? Number.parseInt(quantityText.replace(/[^\d]/g, ''), 10) : Number.NaN;
  let customized = false;
  let digital = false;
  let service = false;
  for (const line of textLines(block)) {
    if (line === title) continue;
    const m = LABELLED.exec(line);
    const field = m ? itemFieldOf(m[1]!) : undefined;
    if (field === 'asin' && !asin && /^[A-Z0-9]{10}$/.test(m![2]!)) asin = m![2];
    else if (field === 'sku') sku = clean(m![2], 100);
    else if (field === 'quantity' && Number.isNaN(quantity)) quantity = Number.parseInt(m![2]!.replace(/[^\d]/g, ''), 10);
    if (isCustomizedMarker(line)) customized = true;
    if (isDigitalMarker(line)) digital = true;
    if (isServiceMarker(line)) service = true;
  }
  return {
    title,
    ...(asin ? { asin } : {}),
    ...(sku ? { sku } : {}),
    // A block without a readable quantity is one item: Seller Central omits "1" on some layouts.
    quantity: Number.isFinite(quantity) ? Math.min(100000, Math.max(0, quantity)) : 1,
    ...(customized ? { customized } : {}),
    ...(digital ? { digital } : {}),
    ...(service ? { service } : {}),
  };
}

/** Items of a container holding several product blocks: each title link and the block around it alone. */
export function itemsIn(container: Element, max = 200): OrderItem[] {
  const titleLink = anyOf(ORDER_PAGE.productTitleLink);
  return queryAll(container, ORDER_PAGE.productTitleLink)
    .slice(0, max)
    .map((link) => {
      let block: Element = link;
      for (let up = link.parentElement; up && up !== container && up.querySelectorAll(titleLink).length === 1; up = up.parentElement) {
        block = up;
      }
      return itemFromBlock(block, link);
    });
}
