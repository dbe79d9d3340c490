/**
 * The bulk review's UI state: the selected order ids (from the page URL), what
 * the background answered for them, the seller's choices (quick reply, reason,
 * orders included one by one, Send-for-me) and the Confirm result. The plan
 * itself is derived (lib/domain/bulk.ts), never stored.
 */
import { create } from 'zustand';
import { BULK_LIMIT, bulkJobs, planBulk, type BulkItem } from '../domain/bulk';
import { isOrderId } from '../domain/order';
import { reasonById } from '../domain/reasons';
import type { Template } from '../domain/templates';
import { sendMessage } from '../messaging';
import type { BulkEnqueued, BulkPrepared } from '../protocol/contacts';
import type { ParleyError } from '../result';

export interface BulkState {
  status: 'loading' | 'ready' | 'failed';
  error?: ParleyError;
  orderIds: string[];
  prepared?: BulkPrepared;
  templates: Template[];
  templateId?: string;
  reason?: string;
  include: Set<string>;
  autoSubmit: boolean;
  confirming: boolean;
  result?: BulkEnqueued;
  load(search: string): Promise<void>;
  chooseTemplate(id: string): void;
  chooseReason(reason: string): void;
  toggleInclude(orderId: string): void;
  setAutoSubmit(on: boolean): void;
  confirm(now?: Date): Promise<void>;
}

/** The order ids of `?orders=a,b,c`: valid ids only, unique, at most BULK_LIMIT. */
export function orderIdsOf(search: string): string[] {
  const raw = new URLSearchParams(search).get('orders') ?? '';
  return [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim())
        .filter(isOrderId),
    ),
  ].slice(0, BULK_LIMIT);
}

/** The plan for the current choices (empty until a quick reply and a reason are chosen). */
export function currentPlan(
  s: Pick<BulkState, 'prepared' | 'templates' | 'templateId' | 'reason' | 'include'>,
  now = new Date(),
): BulkItem[] {
  const template = s.templates.find((x) => x.id === s.templateId);
  if (!s.prepared || !template || !s.reason) return [];
  return planBulk(s.prepared.orders, {
    template,
    reason: s.reason,
    now,
    past: s.prepared.past,
    include: s.include,
    settings: { sellerName: s.prepared.sellerName },
  });
}

/** The reason a template suggests: its first composable one. */
function suggestedReason(template: Template | undefined): string | undefined {
  return template?.reasons.find((r) => reasonById(r)?.composable);
}

export const useBulk = create<BulkState>((set, get) => ({
  status: 'loading',
  orderIds: [],
  templates: [],
  include: new Set(),
  autoSubmit: false,
  confirming: false,
  async load(search) {
    const orderIds = orderIdsOf(search);
    set({ orderIds, status: 'loading', error: undefined, result: undefined });
    if (orderIds.length === 0) return set({ status: 'ready' });
    const [prepared, templates] = await Promise.all([
      sendMessage('contacts/bulkPrepare', { orderIds }),
      sendMessage('composer/templates', {}),
    ]);
    if (!prepared.ok) return set({ status: 'failed', error: prepared.error });
    set({
      status: 'ready',
      prepared: prepared.value,
      autoSubmit: prepared.value.autoSubmit,
      templates: templates.ok ? templates.value.templates : [],
    });
  },
  chooseTemplate(id) {
    const template = get().templates.find((x) => x.id === id);
    set({ templateId: id, reason: get().reason ?? suggestedReason(template), result: undefined });
  },
  chooseReason(reason) {
    set({ reason, result: undefined });
  },
  toggleInclude(orderId) {
    const include = new Set(get().include);
    if (include.has(orderId)) include.delete(orderId);
    else include.add(orderId);
    set({ include });
  },
  setAutoSubmit(on) {
    set({ autoSubmit: on });
  },
  async confirm(now = new Date()) {
    const s = get();
    if (s.confirming || !s.reason) return;
    const items = bulkJobs(currentPlan(s, now), s.reason);
    if (items.length === 0) return;
    set({ confirming: true, error: undefined });
    const answer = await sendMessage('contacts/bulkEnqueue', { items, autoSubmit: s.autoSubmit });
    if (answer.ok) set({ confirming: false, result: answer.value });
    else set({ confirming: false, error: answer.error });
  },
}));
