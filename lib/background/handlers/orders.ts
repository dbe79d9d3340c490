import { browser } from 'wxt/browser';
import * as v from 'valibot';
import { OrderFactsSchema } from '../../domain/order';
import { t } from '../../i18n';
import { err, ok } from '../../result';
import { getOrder, putOrders, recentOrders } from '../orders-cache';
import { createOrderMenus, loadScriptInto, onCopyMenuClick, ORDER_EXTRAS_SCRIPT } from '../orders-menus';
import { openComposer, takePendingOrder } from '../orders-open';
import { activeTabCheck, forgetTab, recordPageCheck } from '../orders-page-check';
import { pageReportOf, queueTabReport } from '../page-report';
import type { Handlers } from '../router';

/** Message handlers of the orders area (see lib/protocol/). */
export const ordersHandlers: Partial<Handlers> = {
  async 'orders/report'({ facts, check }, ctx) {
    if (check && ctx.tabId !== undefined) await recordPageCheck(ctx.tabId, ctx.sender.url, check);
    const result = await putOrders(facts);
    if (facts.length > 0 && result.stored === 0) {
      return err('invalid-input', t('errInvalidInput', result.refused[0]?.message ?? 'facts'));
    }
    return ok(result);
  },

  async 'orders/openComposer'({ orderId, facts }, ctx) {
    // The click's facts are the freshest; if they do not pass, the cached ones still serve.
    if (facts !== undefined) {
      const parsed = v.safeParse(OrderFactsSchema, facts);
      if (parsed.success && parsed.output.orderId === orderId) await putOrders([parsed.output]);
    }
    const opened = await openComposer(orderId, ctx.sender.tab?.windowId);
    return ok({ opened });
  },

  async 'orders/loadExtras'(_input, ctx) {
    if (ctx.tabId === undefined) return err('bad-sender', t('errBadSender'));
    return ok(await loadScriptInto(ctx.tabId, ORDER_EXTRAS_SCRIPT));
  },

  async 'orders/get'({ orderId }) {
    const facts = await getOrder(orderId);
    return facts ? ok(facts) : err('not-found', t('ordersNotCached', orderId));
  },

  async 'orders/recent'({ limit }) {
    return ok(await recentOrders(limit ?? 20));
  },

  async 'orders/pageCheck'({ tabId }) {
    return ok(await activeTabCheck(tabId));
  },

  'orders/pageReport'({ tabId, queueTab }) {
    return queueTab ? queueTabReport() : pageReportOf(tabId);
  },

  async 'orders/takePending'() {
    return ok({ orderId: await takePendingOrder() });
  },
};

/** Start-up wiring of the orders area: menus, alarms, listeners. Called once per worker start. */
export function setupOrders(): void {
  // Menus survive a worker restart but not an update: re-create on install and on browser start.
  browser.runtime.onInstalled.addListener(() => void createOrderMenus());
  browser.runtime.onStartup.addListener(() => void createOrderMenus());
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    void onCopyMenuClick(info, tab).then((answer) => {
      // The content script shows its own toast; only when it could not be reached do we speak up.
      if (answer && !answer.ok && (answer.error.code === 'unreachable' || answer.error.code === 'no-answer')) {
        void browser.notifications?.create({
          type: 'basic',
          iconUrl: browser.runtime.getURL('/icon/48.png'),
          title: t('extName'),
          message: answer.error.message,
        });
      }
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // e2e hook: headless browsers cannot open native context menus, so tests call
  // the click handler through the worker (only code inside Parley can reach it).
  Object.assign(globalThis, { parleyOnCopyMenuClick: onCopyMenuClick });
}
