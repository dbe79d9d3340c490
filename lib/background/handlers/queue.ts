import { browser } from 'wxt/browser';
import { BUSY_STATES, SELLER_ACTIONS } from '../../domain/queue';
import { countTowardCap, dailyCapOf } from '../../domain/queue-plan';
import { sortViews, toView } from '../../domain/queue-view';
import { t } from '../../i18n';
import { err, ok } from '../../result';
import { getSettings, settingsItem } from '../../storage';
import type { Handlers } from '../router';
import { updateBadge } from '../queue-badge';
import { formFileData, formReady, formReport } from '../queue-form';
import { notifyChanges, notifyQuarantine, setupNotificationClicks } from '../queue-notify';
import { enqueueMessages, refusalError } from '../queue-enqueue';
import { deleteFilesOf, draftOwner, filesOf, jobOwner, moveFiles } from '../file-store';
import { kick, QUEUE_ALARM, QUEUE_WATCH_ALARM, startUp, wakeSoon } from '../queue-runner';
import { dismissQuarantined, onQuarantine, onQueueChange, readJobs, readQuarantine, transitionJob } from '../queue-store';
import { isSignInUrl } from '../../domain/seller-central-urls';
import { closeParleyTab, parleyTabId } from '../queue-tab';

/** Message handlers of the queue area (see lib/protocol/). */
export const queueHandlers: Partial<Handlers> = {
  async 'queue/enqueue'(input) {
    const settings = await getSettings();
    const now = Date.now();
    // A form message takes the files of the order's draft: the composer showed them beside the text.
    const files = input.transport === 'form' ? await filesOf(draftOwner(input.orderId)) : undefined;
    const message = { ...input, autoSubmit: input.autoSubmit ?? settings.autoSubmit, ...(files ? { files } : {}) };
    const { queued, refused } = await enqueueMessages([{ ...message, ...(files?.length ? { personal: { files } } : {}) }], {}, now);
    const job = queued[0];
    if (!job) return refusalError(refused[0], input);
    if (files?.length) await moveFiles(draftOwner(input.orderId), jobOwner(job.id));
    await wakeSoon(now);
    kick();
    return ok({ jobId: job.id });
  },

  async 'queue/list'() {
    const now = Date.now();
    const [jobs, quarantine, settings] = await Promise.all([readJobs(now), readQuarantine(), getSettings()]);
    return ok({
      jobs: sortViews(jobs.map((j) => toView(j, now))),
      quarantine: quarantine.map((q) => ({ id: q.id, at: q.at, ...(q.orderId ? { orderId: q.orderId } : {}) })),
      paused: settings.paused,
      dailyCap: dailyCapOf(settings),
      sentToday: countTowardCap(jobs, now),
    });
  },

  async 'queue/action'({ jobId, action }) {
    const result = await transitionJob(jobId, SELLER_ACTIONS[action]);
    if (!result.ok) {
      return result.why === 'not-found' ? err('not-found', t('queueErrNotFound')) : err('action-refused', t('queueErrActionRefused'));
    }
    // A canceled job's filled form must not stay in front of the seller.
    const from = result.job.history.at(-1)?.from;
    if (action === 'cancel' && from && BUSY_STATES.includes(from)) await closeParleyTab();
    if (result.job.state === 'queued') await wakeSoon();
    kick();
    return ok({ job: toView(result.job, Date.now()) });
  },

  async 'queue/pause'({ paused }) {
    const settings = await getSettings();
    await settingsItem.setValue({ ...settings, paused });
    kick();
    return ok({ paused });
  },

  async 'queue/dismissQuarantined'({ id }) {
    return ok({ dismissed: await dismissQuarantined(id) });
  },

  async 'queue/formReady'({ orderId }, ctx) {
    return ok({ work: await formReady(orderId, ctx.tabId) });
  },

  async 'queue/formReport'(input, ctx) {
    return ok(await formReport(input, ctx.tabId));
  },

  async 'queue/fileData'({ jobId, fileId }, ctx) {
    const file = await formFileData(jobId, fileId, ctx.tabId);
    return file ? ok(file) : err('not-found', t('queueErrFileGone'));
  },
};

/**
 * Start-up wiring of the queue area: listeners first (synchronously), then
 * resume from storage. Returns a teardown for tests.
 */
export function setupQueue(): () => void {
  const offChange = onQueueChange((changes, jobs) => {
    // Sent (the history keeps name, size and SHA-256) or canceled: the files' bytes go.
    for (const c of changes)
      if (c.after.state === 'sent' || c.after.state === 'canceled') void deleteFilesOf(jobOwner(c.after.id)).catch(() => 0);
    void updateBadge(jobs).catch(() => undefined);
    void notifyChanges(changes);
  });
  const offQuarantine = onQuarantine((entries) => void notifyQuarantine(entries));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === QUEUE_ALARM || alarm.name === QUEUE_WATCH_ALARM) kick();
  });
  browser.tabs.onRemoved.addListener((tabId) => ifParleyTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.url) ifParleyTab(tabId, isSignInUrl(info.url));
  });
  const unwatch = settingsItem.watch(() => kick());
  setupNotificationClicks();
  void startUp()
    .then(() => readJobs())
    .then(updateBadge)
    .catch(() => undefined);
  return () => {
    offChange();
    offQuarantine();
    unwatch();
  };
}

/** Tab events of any tab arrive here: only the Parley tab's are worth a tick. */
function ifParleyTab(tabId: number, signedOut = false): void {
  kick(async () => (await parleyTabId()) === tabId, signedOut);
}
