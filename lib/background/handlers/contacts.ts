import { browser } from 'wxt/browser';
import { t } from '../../i18n';
import { err, ok } from '../../result';
import { getSettings } from '../../storage';
import { bulkEnqueue, bulkPrepare } from '../bulk';
import { emailHandoff, handOffJob } from '../email-handoff';
import { findExtensionTab } from '../extension-views';
import { marksFor, onJobChanges, pastMessages, reconcileHistory } from '../history';
import { waitingEmailJobs } from '../sender-holds';
import { buyerDataCounts, deleteAllBuyerData, setupRetention } from '../retention';
import {
  addSenderAddress,
  confirmImport,
  discardImport,
  offerImport,
  pendingImport,
  readSenders,
  removeSenderAddress,
  setSenderStatusOf,
} from '../senders';
import type { SenderAnswer } from '../../protocol/contacts';
import { readHistory } from '../contacts-items';
import { onQueueChange, readJobs } from '../queue-store';
import type { Handlers } from '../router';

const senderResult = (answer: SenderAnswer) =>
  answer.ok
    ? ok(answer)
    : err(
        `sender-${answer.why}`,
        t(
          answer.why === 'exists' || answer.why === 'notFound' || answer.why === 'full'
            ? `contactsSenderWhy_${answer.why}`
            : `contactsAddressWhy_${answer.why}`,
        ),
      );

/** Message handlers of the contacts area (see lib/protocol/). Sender and payload are checked by the router. */
export const contactsHandlers: Partial<Handlers> = {
  async 'contacts/senders'() {
    const [senders, jobs] = await Promise.all([readSenders(), readJobs()]);
    return ok({ senders, waiting: await waitingEmailJobs(jobs) });
  },
  async 'contacts/senderAdd'({ address, status }) {
    return senderResult(await addSenderAddress(address, status));
  },
  async 'contacts/senderSetStatus'({ address, status }) {
    return senderResult(await setSenderStatusOf(address, status));
  },
  async 'contacts/senderRemove'({ address }) {
    return senderResult(await removeSenderAddress(address));
  },
  async 'contacts/importPending'() {
    return ok({ review: await pendingImport() });
  },
  async 'contacts/importConfirm'({ addresses }) {
    return ok(await confirmImport(addresses));
  },
  async 'contacts/importDiscard'() {
    await discardImport();
    return ok({ discarded: true as const });
  },
  async 'contacts/emailHandoff'(input) {
    return emailHandoff(input);
  },
  async 'contacts/handOff'({ jobId, client, omitBody }) {
    return handOffJob(jobId, { ...(client ? { client } : {}), ...(omitBody !== undefined ? { omitBody } : {}) });
  },
  async 'contacts/history'({ orderId }) {
    return ok({ messages: await pastMessages(orderId) });
  },
  async 'contacts/bulkPrepare'({ orderIds }) {
    return ok(await bulkPrepare(orderIds));
  },
  async 'contacts/bulkEnqueue'({ items, autoSubmit }) {
    return ok(await bulkEnqueue(items, autoSubmit));
  },
  async 'contacts/buyerData'() {
    const [jobs, settings, history] = await Promise.all([readJobs(), getSettings(), readHistory()]);
    const counts = await buyerDataCounts(jobs);
    return ok({ counts, retentionDays: settings.retentionDays, ...(history.lastPurge ? { lastPurge: history.lastPurge } : {}) });
  },
  async 'contacts/deleteAll'() {
    return ok(await deleteAllBuyerData());
  },
  async 'contacts/marks'({ orderIds }) {
    return ok({ marks: await marksFor(orderIds) });
  },
  async 'contacts/permissionsFound'({ entries }, ctx) {
    const host = new URL(ctx.sender.url ?? 'https://invalid.invalid/').hostname;
    const count = await offerImport(host, entries);
    await openOptionsAt('senders').catch(() => undefined);
    return ok({ count });
  },
  async 'contacts/openBulk'({ orderIds }, ctx) {
    const url = browser.runtime.getURL(`/bulk.html?orders=${encodeURIComponent(orderIds.join(','))}`);
    const tab = ctx.sender.tab;
    await browser.tabs.create({
      url,
      active: true,
      ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
      ...(tab?.windowId !== undefined ? { windowId: tab.windowId } : {}),
    });
    return ok({ opened: true as const });
  },
};

/** Show the options page at a section: the open one if there is one, else a new tab. */
async function openOptionsAt(section: string): Promise<void> {
  const base = browser.runtime.getURL('/options.html');
  const url = `${base}#${section}`;
  const open = await findExtensionTab('/options.html');
  if (open) {
    await browser.tabs.update(open.tabId, { url, active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
  } else await browser.tabs.create({ url, active: true });
}

/** Start-up wiring of the contacts area: history follows the queue, the daily purge, missed records. Answers a teardown (tests). */
export function setupContacts(): () => void {
  const stopHistory = onQueueChange((changes) => {
    if (changes.length) void onJobChanges(changes).catch(report);
  });
  const stopRetention = setupRetention();
  void reconcileHistory().catch(report);
  return () => {
    stopHistory();
    stopRetention();
  };
}

function report(e: unknown): void {
  console.warn('[parley] contacts history failed', e instanceof Error ? e.name : 'error');
}
