/**
 * Bulk messages in the background. The review page (entrypoints/bulk) asks
 * for the selected orders' facts and past contacts, plans every message itself
 * (lib/domain/bulk.ts) and shows each final text; on Confirm it sends exactly
 * those texts here. They go through the one enqueue service (queue-enqueue.ts),
 * which checks each again (order known and not canceled, reason offered, text
 * within limits and free of rule errors, not a duplicate) and writes the jobs in
 * one go; then the runner is woken.
 */
import { draftOwner, filesOf, jobOwner, moveFiles } from './file-store';
import { MAX_TEXT_LENGTH } from '../domain/queue-plan';
import { reasonById } from '../domain/reasons';
import { t } from '../i18n';
import { getSettings } from '../storage';
import { deliveredTo } from './history';
import { getOrders } from './orders-cache';
import { enqueueMessages, type Enqueued } from './queue-enqueue';
import { kick } from './queue-runner';
import type { BulkPrepared, BulkRefusal, BulkEnqueued } from '../protocol/contacts';

export async function bulkPrepare(orderIds: readonly string[]): Promise<BulkPrepared> {
  const unique = [...new Set(orderIds)];
  const [cached, settings] = await Promise.all([getOrders(unique), getSettings()]);
  return {
    orders: unique.map((orderId) => {
      const facts = cached.get(orderId);
      return facts ? { orderId, facts } : { orderId };
    }),
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

/** The review's words for each reason the worker refuses an item. */
const BULK_WHY: Record<Exclude<Enqueued['refused'][number]['why'], 'duplicate' | 'tooLong'>, { code: string; message: () => string }> = {
  notCached: { code: 'not-cached', message: () => t('contactsBulkWhy_notCached') },
  canceled: { code: 'canceled', message: () => t('contactsBulkWhy_canceled') },
  mismatch: { code: 'mismatch', message: () => t('contactsBulkWhy_mismatch') },
  reason: { code: 'reason', message: () => t('contactsBulkWhy_reasonUnavailable') },
  empty: { code: 'empty', message: () => t('contactsBulkWhy_empty') },
  rules: { code: 'rules', message: () => t('contactsBulkWhy_rules') },
  files: { code: 'files', message: () => t('queueErrFiles') },
  transition: { code: 'internal', message: () => t('errInternal') },
};

function bulkRefusal(refusal: Enqueued['refused'][number], reasonMax: number): BulkRefusal {
  if (refusal.why === 'duplicate') {
    const key = refusal.duplicateOf === 'sent' ? 'queueErrDuplicateSent' : 'queueErrDuplicateLive';
    return { orderId: refusal.orderId, code: `duplicate-${refusal.duplicateOf}`, message: t(key, refusal.orderId) };
  }
  if (refusal.why === 'tooLong')
    return { orderId: refusal.orderId, code: 'too-long', message: t('contactsBulkWhy_tooLong', String(reasonMax)) };
  const why = BULK_WHY[refusal.why];
  return { orderId: refusal.orderId, code: why.code, message: why.message() };
}

export async function bulkEnqueue(items: readonly BulkEnqueueItem[], autoSubmit: boolean, now = Date.now()): Promise<BulkEnqueued> {
  // For a reason that takes files, each order's message takes the files put on its draft (the review's invoices).
  const messages = await Promise.all(
    items.map(async (item) => {
      const files = reasonById(item.reason)?.attachments.allowed ? await filesOf(draftOwner(item.orderId)) : undefined;
      return {
        ...item,
        transport: 'form' as const,
        autoSubmit,
        ...(files ? { files, ...(files.length ? { personal: { files } } : {}) } : {}),
      };
    }),
  );
  const { queued, refused } = await enqueueMessages(messages, { requireFacts: true }, now);
  for (const job of queued) await moveFiles(draftOwner(job.orderId), jobOwner(job.id));
  if (queued.length) kick();
  const maxOf = (orderId: string) => reasonById(items.find((i) => i.orderId === orderId)?.reason ?? '')?.text.max ?? MAX_TEXT_LENGTH;
  return {
    queued: queued.map((j) => ({ orderId: j.orderId, jobId: j.id })),
    refused: refused.map((r) => bulkRefusal(r, maxOf(r.orderId))),
  };
}
