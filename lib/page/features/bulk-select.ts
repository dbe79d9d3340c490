import { BULK_LIMIT } from '../../domain/bulk-limit';
import type { OrderFacts } from '../../domain/order';
import { t } from '../../i18n';
import { sendMessage } from '../../messaging';
import { bulkBar } from '../bulk-bar';
import type { PageFeature } from '../feature-registry';
import { afterChanges } from '../observe';
import { factsFromRow, orderIdOfLink } from '../order-facts';
import { anyOf, ORDER_PAGE, queryAll, queryFirst } from '../selectors';
import { showToast } from '../toast';

/**
 * Bulk selection on Manage Orders: one checkbox per order row (in a light-DOM
 * `<label data-parley="bulk-select" data-order-id>` at the start of the order
 * details cell, exactly one per row through re-renders, like the Contact
 * button), a floating bar with "Select all on this page" and "Message
 * selected…". The selection is kept by order id, so it survives re-renders and
 * pagination. "Message selected…" reports the selected rows' facts to the
 * order cache and asks the background to open the review with the ids only.
 */
export const SELECT_SELECTOR = '[data-parley="bulk-select"]';
const LABEL_STYLE = 'display:inline-flex;align-items:center;margin:0 6px 0 0;padding:2px;vertical-align:middle;cursor:pointer';
const BOX_STYLE = 'margin:0;width:16px;height:16px;cursor:pointer';

const OWNER = Symbol('parley-bulk-owner');
type Owned = HTMLElement & { [OWNER]?: object };

function rowOrderId(row: Element): string | undefined {
  return orderIdOfLink(queryFirst(row, ORDER_PAGE.orderLink)) ?? orderIdOfLink(queryFirst(row, ORDER_PAGE.buyerNameLink));
}

export const bulkSelect: PageFeature = {
  id: 'bulk-select',
  pages: ['orders-list'],
  init(_ctx, signal) {
    const owner = {};
    const selected = new Set<string>();
    const rowSelector = anyOf(ORDER_PAGE.orderRow);
    const ours = (): Owned[] => [...document.querySelectorAll<Owned>(SELECT_SELECTOR)].filter((n) => n[OWNER] === owner && n.isConnected);

    const refresh = (): void => {
      const onPage = ours();
      bar.update(selected.size, onPage.length, onPage.filter((n) => selected.has(n.getAttribute('data-order-id') ?? '')).length);
    };
    // The counts scan the page: when rows arrive, once per animation frame however
    // many came in it (once per row, a 2000-row page took seconds). A seller's own
    // clicks still refresh at once.
    let frame = 0;
    const refreshSoon = (): void => {
      if (frame || signal.aborted) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (!signal.aborted) refresh();
      });
    };

    const create = (orderId: string): Owned => {
      const label = document.createElement('label') as Owned;
      label[OWNER] = owner;
      label.setAttribute('data-parley', 'bulk-select');
      label.setAttribute('data-order-id', orderId);
      label.style.cssText = LABEL_STYLE;
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.style.cssText = BOX_STYLE;
      box.checked = selected.has(orderId);
      box.setAttribute('aria-label', t('contactsSelectOrder', orderId));
      label.append(box);
      return label;
    };

    const onRow = (row: Element): void => {
      const orderId = rowOrderId(row);
      const cell = queryFirst(row, ORDER_PAGE.orderDetailsCell) ?? row.querySelector('td');
      if (!orderId || !cell) return;
      const existing = cell.querySelector<Owned>(`:scope > ${SELECT_SELECTOR}`);
      if (existing?.[OWNER] === owner && existing.getAttribute('data-order-id') === orderId) return;
      existing?.remove(); // another order in a reused row, or left by an older script instance
      cell.prepend(create(orderId));
      refreshSoon();
    };

    const setAll = (on: boolean): void => {
      for (const label of ours()) {
        const orderId = label.getAttribute('data-order-id') ?? '';
        const box = label.querySelector('input')!;
        if (on && selected.size >= BULK_LIMIT && !selected.has(orderId)) break;
        box.checked = on;
        if (on) selected.add(orderId);
        else selected.delete(orderId);
      }
      if (on && ours().some((l) => !selected.has(l.getAttribute('data-order-id') ?? ''))) {
        showToast(t('contactsBulkTooMany', String(BULK_LIMIT)), 'error', signal);
      }
      refresh();
    };

    const message = async (): Promise<void> => {
      const ids = [...selected];
      if (ids.length === 0) return;
      if (ids.length > BULK_LIMIT) return showToast(t('contactsBulkTooMany', String(BULK_LIMIT)), 'error', signal);
      // Facts of the selected rows on screen go to the order cache first (the review reads them there).
      const facts = ours()
        .filter((l) => selected.has(l.getAttribute('data-order-id') ?? ''))
        .map((l) => l.closest(rowSelector))
        .map((row) => (row ? factsFromRow(row) : undefined))
        .filter((f): f is OrderFacts => f !== undefined);
      if (facts.length) await sendMessage('orders/report', { facts });
      const answer = await sendMessage('contacts/openBulk', { orderIds: ids });
      if (!answer.ok && !signal.aborted) showToast(t('contactsBulkOpenFailed', answer.error.message), 'error', signal);
    };

    const clear = (): void => {
      selected.clear();
      for (const label of ours()) label.querySelector('input')!.checked = false;
      refresh();
    };

    const bar = bulkBar({ selectAll: setAll, message: () => void message(), clear });
    refresh();
    // Checkboxes are not on the page's critical path: rows are decorated in
    // timer slices of at most ~8 ms after the page's own render, so a 2000-row
    // page neither waits for them nor gets a long task from them.
    const pending = new Set<Element>();
    let slice = 0;
    const drain = (): void => {
      slice = 0;
      const started = performance.now();
      for (const row of pending) {
        pending.delete(row);
        if (row.isConnected) onRow(row);
        if (performance.now() - started > 8) return schedule();
      }
    };
    const schedule = (): void => {
      if (!slice && !signal.aborted) slice = window.setTimeout(drain, 0);
    };
    // One sweep after the page changes (the observer itself does no work on the
    // render path); rows already decorated are skipped cheaply by onRow. Rows the
    // page removed (pagination, filters) change the bar's "on this page" count.
    afterChanges(
      () => {
        for (const row of queryAll(document, ORDER_PAGE.orderRow)) pending.add(row);
        schedule();
        refreshSoon();
      },
      { signal },
    );

    document.addEventListener(
      'change',
      (event) => {
        const box = event.target instanceof HTMLInputElement ? event.target : null;
        const label = box?.parentElement as Owned | null;
        if (!box || !label || label[OWNER] !== owner) return;
        const orderId = label.getAttribute('data-order-id') ?? '';
        if (box.checked && selected.size >= BULK_LIMIT && !selected.has(orderId)) {
          box.checked = false;
          showToast(t('contactsBulkTooMany', String(BULK_LIMIT)), 'error', signal);
        } else if (box.checked) selected.add(orderId);
        else selected.delete(orderId);
        refresh();
      },
      { capture: true, signal },
    );

    signal.addEventListener(
      'abort',
      () => {
        cancelAnimationFrame(frame);
        clearTimeout(slice);
        pending.clear();
        bar.remove();
        for (const label of ours()) label.remove();
      },
      { once: true },
    );
  },
};
