/**
 * The Contact button's DOM: a light-DOM <span data-parley="contact"
 * data-order-id> holding a native <button>, placed right after a buyer name.
 * Built once as a template and cloned per buyer (cheap on 2000-row pages);
 * styles are inline, so nothing leaks into Seller Central's CSS and its CSS
 * (class-based) does not reach in. The buyer's name only ever becomes an
 * attribute value (aria-label), never markup.
 */
import { t } from '../i18n';

export const CONTACT_ATTR = 'data-parley';
export const CONTACT_SELECTOR = '[data-parley="contact"]';
/** Our button inside a wrapper: what delegated event handlers look for. */
export const CONTACT_BUTTON_SELECTOR = '[data-parley="contact"] > button';

/**
 * Which running instance made a wrapper: the template carries the instance's
 * run id (data-parley-run), so every clone has it for free. Run ids of live
 * instances are listed here; a wrapper with any other run id was left by a
 * script that no longer runs (extension updated) and is replaced.
 */
const RUN_ATTR = 'data-parley-run';
const liveRuns = new Set<string>();

// Amazon's small secondary button: grey gradient, 1px border, 3px radius, 12px Amazon Ember.
// No `all:initial`: it would also remove the browser's focus ring, which keyboard users need.
const BUTTON_STYLE =
  'box-sizing:border-box;display:inline-block;vertical-align:middle;margin:0;padding:1px 8px;' +
  'font:12px/16px "Amazon Ember",Arial,"Microsoft YaHei","PingFang SC",sans-serif;color:#0f1111;white-space:nowrap;' +
  'background:linear-gradient(#f7f8fa,#e7e9ec);border:1px solid #adb1b8;border-radius:3px;cursor:pointer';
const WRAPPER_STYLE = 'display:inline-block;margin:0 0 0 6px;padding:0;vertical-align:baseline;white-space:nowrap';
export const HOVER_BACKGROUND = '#e3e6e6';
export const REST_BACKGROUND = 'linear-gradient(#f7f8fa,#e7e9ec)';

/** A buyer name (page text) fit for an accessible name: bidi controls removed (they reorder speech), spaces collapsed, capped. */
export function labelName(name: string): string {
  const plain = name
    .replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > 80 ? `${plain.slice(0, 79)}…` : plain;
}

/**
 * A localised label with a buyer-name slot (\u0001) and an order slot
 * (\u0002), in whichever order the language puts them, split once: filling it
 * per row is then a concatenation (String.replace per row cost more than
 * every DOM write of the naming pass on a 2000-row page).
 */
export function labelFiller(template: string): (name: string, orderId: string) => string {
  const n = template.indexOf('\u0001');
  const o = template.indexOf('\u0002');
  if (n < 0 || o < 0) return (name, orderId) => template.replace('\u0001', () => name).replace('\u0002', () => orderId);
  const [first, second] = n < o ? [n, o] : [o, n];
  const [a, b, c] = [template.slice(0, first), template.slice(first + 1, second), template.slice(second + 1)];
  return n < o ? (name, orderId) => a + name + b + orderId + c : (name, orderId) => a + orderId + b + name + c;
}

export interface ContactButtons {
  /**
   * Put a new wrapper+button right after `anchor`, unless a live Parley button
   * is already there: the cheap part, on the insertion path. The caller sets
   * data-order-id now when it knows the order without reading the page (Order
   * Details), else before the first paint. Answers the new wrapper, or null
   * when there already was one.
   */
  place(anchor: Element, orderId?: string): HTMLElement | null;
  /** Name the button after the buyer and order; disable it (with the reason) for a canceled order. */
  decorate(node: HTMLElement, buyerName: string, orderId: string, canceled: boolean): void;
  /** Remove every button this instance made (and stop counting it as live). */
  removeAll(): void;
}

export function contactButtons(): ContactButtons {
  const run = Math.random().toString(36).slice(2, 10);
  liveRuns.add(run);
  const idPrefix = `parley-why-${run}-`;
  let ids = 0;
  const template = document.createElement('span');
  template.setAttribute(CONTACT_ATTR, 'contact');
  template.setAttribute(RUN_ATTR, run);
  template.style.cssText = WRAPPER_STYLE;
  const button = document.createElement('button');
  button.type = 'button';
  button.style.cssText = BUTTON_STYLE;
  button.textContent = t('ordersContactButton');
  template.append(button);
  // Localise once with markers, then fill per row: no i18n call per buyer.
  const label = labelFiller(t('ordersContactLabel', ['\u0001', '\u0002']));
  const canceledLabel = labelFiller(t('ordersContactCanceledLabel', ['\u0001', '\u0002']));
  const why = t('ordersContactCanceledWhy');

  return {
    place(anchor, orderId) {
      const next = anchor.nextElementSibling;
      if (next?.getAttribute(CONTACT_ATTR) === 'contact') {
        // Ours (this or another live instance of this script): nothing to do.
        if (liveRuns.has(next.getAttribute(RUN_ATTR) ?? '')) return null;
        // Left over by a script instance that no longer runs (extension updated): replace it.
        next.remove();
      }
      const node = template.cloneNode(true) as HTMLElement;
      if (orderId) node.setAttribute('data-order-id', orderId);
      anchor.after(node);
      return node;
    },
    decorate(node, buyerName, orderId, canceled) {
      const b = node.firstChild as HTMLButtonElement;
      const name = labelName(buyerName);
      b.setAttribute('aria-label', (canceled ? canceledLabel : label)(name, orderId));
      if (!canceled || b.disabled) return;
      const id = `${idPrefix}${++ids}`;
      const note = document.createElement('span');
      note.id = id;
      // Not shown; aria-describedby still reads hidden elements (the accessible
      // description is computed from them), so screen readers get the reason.
      note.hidden = true;
      note.textContent = why;
      node.append(note);
      b.disabled = true;
      b.setAttribute('aria-describedby', id);
      b.style.cursor = 'not-allowed';
      b.style.opacity = '0.55';
      // A disabled button shows no tooltip in every browser: the wrapper carries it too.
      b.title = why;
      node.title = why;
    },
    removeAll() {
      liveRuns.delete(run);
      for (const node of document.querySelectorAll(`[${RUN_ATTR}="${run}"]`)) node.remove();
    },
  };
}
