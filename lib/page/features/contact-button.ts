import type { OrderFacts } from '../../domain/order';
import { isCanceledLabel } from '../../domain/order-status';
import { t } from '../../i18n';
import { sendMessage } from '../../messaging';
import { CONTACT_BUTTON_SELECTOR, contactButtons, HOVER_BACKGROUND, REST_BACKGROUND } from '../contact-button-dom';
import type { PageFeature } from '../feature-registry';
import { observe } from '../observe';
import { factsFromDetails, factsFromRow, orderIdOfLink } from '../order-facts';
import { cardStatusOf, factsFromCard, orderCardOf } from '../order-card';
import { orderReporter } from '../order-reporter';
import { anyOf, ORDER_PAGE, queryFirst } from '../selectors';
import { showToast } from '../toast';
import { isOrderDetailsPath } from '../../domain/seller-central-urls';

/**
 * A Contact button right after every buyer name: on Manage Orders after each
 * row's buyer link, on Order Details after the shipping section's contact
 * value. Exactly one per name through re-renders (observe() + insertAfter's
 * sibling check), removed when the feature's signal aborts. The insertion path
 * does the least it can; reading the order's facts for the background's cache
 * happens later, in idle time (order-reporter.ts).
 */
/** How often an orphaned script notices the extension is gone (ms). */
export const HEARTBEAT_MS = 2000;

export const contactButton: PageFeature = {
  id: 'contact-button',
  pages: ['orders-list', 'order-details'],
  init(ctx, signal) {
    const onDetails = isOrderDetailsPath(location.pathname);
    const buttons = contactButtons();
    const rowSelector = anyOf(ORDER_PAGE.orderRow);
    const contactLink = anyOf(ORDER_PAGE.contactLink);
    // A card (no table row) is reported through the link it was found by.
    const cardLinks = new WeakMap<Element, { link: Element; orderId: string }>();
    const readFacts = (el: Element): OrderFacts | undefined => {
      if (onDetails) return factsFromDetails();
      const card = cardLinks.get(el);
      return card ? factsFromCard(el, card.link, card.orderId) : factsFromRow(el);
    };
    const reporter = orderReporter(readFacts, signal);
    // Status labels repeat ("Shipped" 500 times): normalise each distinct label once.
    const canceledLabels = new Map<string, boolean>();
    const isCanceled = (label: string | null | undefined): boolean => {
      const key = label ?? '';
      let known = canceledLabels.get(key);
      if (known === undefined) canceledLabels.set(key, (known = isCanceledLabel(key)));
      return known;
    };

    // The insertion path is a clone and an insert, nothing more: it runs inside the
    // page's own render. Which order a list button is for (read from its link: a
    // string out of the DOM and one into it per row, about a third of the
    // insertion cost on a 2000-row page), its name and the canceled check are set
    // for all new buttons at once in the next animation frame, before the rows are
    // first painted. Two parallel lists (no object per button on the insertion path).
    let nodes: HTMLElement[] = [];
    let anchors: Element[] = [];
    let frame = false;
    const decorateQueued = (): void => {
      frame = false;
      const [batch, from] = [nodes, anchors];
      nodes = [];
      anchors = [];
      if (signal.aborted) return;
      for (let i = 0; i < batch.length; i += 1) {
        const node = batch[i]!;
        const anchor = from[i]!;
        if (!node.isConnected) continue; // re-rendered away
        // List: only buyer links of an order: inside an order row, or (no table: a
        // card layout) a Contact Buyer link naming its order. A stray button is
        // gone again before the frame is painted.
        const row = onDetails ? null : anchor.closest(rowSelector);
        const orderId = onDetails ? node.getAttribute('data-order-id') : orderIdOfLink(anchor);
        const card = !onDetails && !row && orderId && anchor.matches(contactLink) ? orderCardOf(anchor, orderId) : null;
        if ((!onDetails && !row && !card) || !orderId) {
          node.remove();
          continue;
        }
        if (!onDetails) node.setAttribute('data-order-id', orderId); // Order Details: set on insertion
        if (card) cardLinks.set(card, { link: anchor, orderId });
        const status = row
          ? queryFirst(row, ORDER_PAGE.rowMainStatus)
          : card
            ? cardStatusOf(card)
            : queryFirst(document, ORDER_PAGE.detailsItemStatus);
        buttons.decorate(node, anchor.textContent ?? '', orderId, isCanceled(status?.textContent));
        reporter.add(row ?? card ?? document.documentElement, orderId);
      }
    };
    const insert = (anchor: Element, orderId?: string): void => {
      const node = buttons.place(anchor, orderId);
      if (!node) return;
      nodes.push(node);
      anchors.push(anchor);
      if (frame) return;
      frame = true;
      // Hidden tabs get no animation frames: decorate on a timer there.
      if (document.visibilityState === 'hidden') setTimeout(decorateQueued, 0);
      else requestAnimationFrame(decorateQueued);
    };

    const onDetailsValue = (value: Element): void => {
      if (value.closest(rowSelector)) return;
      // The second fallback (a buyer link) inside the first (the contact value) is handled by the outer one.
      if (value.parentElement?.closest(ORDER_PAGE.detailsBuyerName[0])) return;
      const link = value.matches('a') ? value : queryFirst(value, ORDER_PAGE.contactLink);
      const orderId = orderIdOfLink(link) ?? factsFromDetails()?.orderId;
      // No link: Amazon offers no messaging here (e.g. some FBA orders).
      if (link && orderId) insert(value, orderId);
    };

    observe(onDetails ? ORDER_PAGE.detailsBuyerName : ORDER_PAGE.buyerNameLink, onDetails ? onDetailsValue : insert, {
      signal,
      ignoreOwnMutations: true,
      // place() is idempotent (it checks the next sibling): no need to remember every link.
      repeat: true,
    });

    const pending = new Set<string>();
    const open = async (button: HTMLButtonElement): Promise<void> => {
      // Clicked before its frame came (a script's click, a very early key press): decorate now.
      if (frame) decorateQueued();
      const wrapper = button.parentElement!;
      if (!wrapper.isConnected) return; // not a buyer link of an order after all
      const orderId = wrapper.getAttribute('data-order-id') ?? '';
      if (pending.has(orderId)) return; // a double click opens one composer
      pending.add(orderId);
      try {
        const row = wrapper.closest(rowSelector);
        const link = wrapper.previousElementSibling;
        const facts = onDetails
          ? factsFromDetails()
          : row
            ? factsFromRow(row)
            : link
              ? factsFromCard(orderCardOf(link, orderId), link, orderId)
              : undefined;
        // Clicked before its frame came (or the row changed): a canceled order opens nothing.
        if (isCanceled(facts?.statusLabel)) return showToast(t('ordersContactCanceledWhy'), 'error', signal);
        const answer = await sendMessage('orders/openComposer', { orderId, ...(facts?.orderId === orderId ? { facts } : {}) });
        if (!answer.ok && !signal.aborted) showToast(answer.error.message, 'error', signal);
      } finally {
        pending.delete(orderId);
      }
    };

    // One delegated listener for every button (capture: the row's own click handlers never see our clicks).
    const ours = (target: EventTarget | null): HTMLButtonElement | null =>
      target instanceof Element && target.tagName === 'BUTTON' && target.matches(CONTACT_BUTTON_SELECTOR)
        ? (target as HTMLButtonElement)
        : null;
    document.addEventListener(
      'click',
      (event) => {
        const button = ours(event.target);
        if (!button) return;
        event.preventDefault();
        event.stopPropagation();
        if (!button.disabled) void open(button);
      },
      { capture: true, signal },
    );
    for (const [type, background] of [
      ['mouseover', HOVER_BACKGROUND],
      ['mouseout', REST_BACKGROUND],
    ] as const) {
      document.addEventListener(
        type,
        (event) => {
          const button = ours(event.target);
          if (button && !button.disabled) button.style.background = background;
        },
        { signal },
      );
    }

    // An updated, reloaded or disabled extension leaves this script orphaned with
    // nothing to tell it. Every ctx timer tick checks the extension is still
    // there (a property read, no message) and aborts everything when it is not,
    // which removes the buttons below. The Navigation API version of WXT's
    // location watcher has no timer of its own to do that.
    // (Page tests run features with a bare stand-in context: no timer there.)
    const heartbeat = typeof ctx?.setInterval === 'function' ? ctx.setInterval(() => undefined, HEARTBEAT_MS) : undefined;
    signal.addEventListener(
      'abort',
      () => {
        clearInterval(heartbeat);
        buttons.removeAll();
      },
      { once: true },
    );
  },
};
