/**
 * Bulk messages in the background. The review page (entrypoints/bulk) asks
 * for the selected orders' facts and past contacts, plans every message itself
 * (lib/domain/bulk.ts) and shows each final text; on Confirm it sends exactly
 * those texts here. Each is checked again (order known and not canceled, reason
 * offered, text within limits and free of rule errors, not a duplicate) and
 * becomes one ordinary queue job, written in one go, then the runner is woken.
 */
import { lintMessage } from '../domain/policy';
import { createJob, findDuplicate } from '../domain/queue-plan';
import { reasonById } from '../domain/reasons';
import { t } from '../i18n';
import { getSettings } from '../storage';
import { deliveredTo } from './contacts-history';
import { getOrder } from './orders-cache';
import { sealPersonal, updateJobs, type StoredJob } from './queue-store';
import { kick } from './queue-runner';
import type { BulkPrepared } from '../protocol/contacts';
import type { BulkRefusal } from '../protocol/contacts';
import type { BulkEnqueued } from '../protocol/contacts';


export async function bulkPrepare(orderIds: readonly string[]): Promise<BulkPrepared> {
  const unique = [...new Set(orderIds)];
  const orders = await Promise.all(unique.map(async (orderId) => ({ orderId, facts: await getOrder(orderId) })));
  const settings = await getSettings();
  return {
    orders: orders.map((o) => (o.facts ? o : { orderId: o.orderId })),
    past: await deliveredTo(unique),
    sellerName: settings.sellerName,
    autoSubmit: settings.autoSubmit,
  };
}

export interface BulkEnqueueItem {
  orderId: string;
  marketplaceId: string;
  host: string;
  reason: string;
  text: string;
}



/** Why this item may not be queued, or undefined when it may. */
async function refusal(item: BulkEnqueueItem, now: Date): Promise<BulkRefusal | undefined> {
  const no = (code: string, message: string): BulkRefusal => ({ orderId: item.orderId, code, message });
  const facts = await getOrder(item.orderId);
  if (!facts) return no('not-cached', t('contactsBulkWhy_notCached'));
  if (facts.status === 'canceled') return no('canceled', t('contactsBulkWhy_canceled'));
  if (facts.host !== item.host || (facts.marketplaceId && facts.marketplaceId !== item.marketplaceId)) return no('mismatch', t('contactsBulkWhy_mismatch'));
  const reason = reasonById(item.reason);
  if (!reason?.composable || !reason.availability(facts, now).available) return no('reason', t('contactsBulkWhy_reasonUnavailable'));
  if (item.text.trim() === '') return no('empty', t('contactsBulkWhy_empty'));
  if (item.text.length > reason.text.max) return no('too-long', t('contactsBulkWhy_tooLong', String(reason.text.max)));
  const context = { reason: reason.id, maxLength: reason.text.max, critical: reason.critical, orderId: item.orderId };
  if (lintMessage(item.text, context).some((f) => f.severity === 'error')) return no('rules', t('contactsBulkWhy_rules'));
  return undefined;
}

export async function bulkEnqueue(items: readonly BulkEnqueueItem[], autoSubmit: boolean, now = Date.now()): Promise<BulkEnqueued> {
  const refused: BulkRefusal[] = [];
  const ready: StoredJob[] = [];
  for (const item of items) {
    const why = await refusal(item, new Date(now));
    if (why) {
      refused.push(why);
      continue;
    }
    const job = createJob(crypto.randomUUID(), { ...item, transport: 'form', autoSubmit }, now);
    ready.push({ ...job, personal: await sealPersonal(job.personal) });
  }
  const queued = await updateJobs((jobs) => {
    const added: StoredJob[] = [];
    for (const job of ready) {
      const dup = findDuplicate([...jobs, ...added], job.idempotencyKey);
      if (dup) {
        const key = dup.why === 'sent' ? 'queueErrDuplicateSent' : 'queueErrDuplicateLive';
        refused.push({ orderId: job.orderId, code: `duplicate-${dup.why}`, message: t(key, job.orderId) });
      } else added.push(job);
    }
    const changes = added.map((after) => ({ after }));
    return { jobs: added.length ? [...jobs, ...added] : undefined, changes, value: added.map((j) => ({ orderId: j.orderId, jobId: j.id })) };
  }, now);
  if (queued.length) kick();
  return { queued, refused };
}
