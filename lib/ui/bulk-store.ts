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
import { startsMessages, type Template } from '../domain/templates';
import { sendMessage } from '../messaging';
import type { BulkEnqueued, BulkPrepared } from '../protocol/contacts';
import type { ParleyError } from '../result';
import { pairFilesWithOrders, type Pairing } from '../domain/invoice-pairing';

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
  /** Files added in the review for a reason that takes files (invoices), paired by the order id in their names. */
  invoices: File[];
  load(search: string): Promise<void>;
  chooseTemplate(id: string): void;
  chooseReason(reason: string): void;
  toggleInclude(orderId: string): void;
  setAutoSubmit(on: boolean): void;
  addInvoices(files: readonly File[]): void;
  clearInvoices(): void;
  confirm(now?: Date): Promise<void>;
}

/** The review's pairing of the added files with the ready orders (undefined: the reason takes no files). */
export function currentPairing(s: Pick<BulkState, 'reason' | 'invoices'>, plan: readonly BulkItem[]): Pairing | undefined {
  const reason = s.reason ? reasonById(s.reason) : undefined;
  if (!reason?.attachments.allowed) return undefined;
  const ready = bulkJobs(plan, reason.id).map((j) => j.orderId);
  return pairFilesWithOrders(
    ready,
    s.invoices.map((f) => f.name),
    reason.attachments.max,
  );
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
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
  invoices: [],
  addInvoices(files) {
    // The same file added twice (a folder and a pick) counts once.
    const known = new Set(get().invoices.map((f) => `${f.name}:${f.size}`));
    set({ invoices: [...get().invoices, ...files.filter((f) => !known.has(`${f.name}:${f.size}`))], result: undefined });
  },
  clearInvoices() {
    set({ invoices: [], result: undefined });
  },
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
      templates: templates.ok ? templates.value.templates.filter(startsMessages) : [],
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
    const plan = currentPlan(s, now);
    const pairing = currentPairing(s, plan);
    const needsFile = reasonById(s.reason)?.attachments.requiredBySpApi === true;
    const paired = new Set(pairing?.pairs.map((p) => p.orderId));
    // A reason that needs a file: only the orders the review paired with one are queued.
    const items = bulkJobs(plan, s.reason).filter((i) => !needsFile || paired.has(i.orderId));
    if (items.length === 0) return;
    set({ confirming: true, error: undefined });
    for (const pair of pairing?.pairs ?? []) {
      for (const index of pair.files) {
        const file = s.invoices[index]!;
        const data = toBase64(new Uint8Array(await file.arrayBuffer()));
        const added = await sendMessage('composer/fileAdd', { orderId: pair.orderId, name: file.name, type: file.type, data });
        if (!added.ok) return set({ confirming: false, error: added.error });
      }
    }
    const answer = await sendMessage('contacts/bulkEnqueue', { items, autoSubmit: s.autoSubmit });
    if (answer.ok) set({ confirming: false, result: answer.value });
    else set({ confirming: false, error: answer.error });
  },
}));
