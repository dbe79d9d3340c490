/**
 * The composer's UI state for one order: what the seller chose and typed, and
 * where the Send stands. Persisted things (order facts, templates, settings,
 * the draft, the queue) are loaded from and written through the background;
 * nothing here is a second copy of them. The draft is written as the seller
 * types (debounced) and flushed when the popup is about to close.
 *
 * The quick replies come in two steps: their heads with the order (what the
 * picker lists), their bodies when the composer asks, after its first paint
 * (lib/domain/template-heads.ts says why); an insert waits for the bodies.
 */
import { create } from 'zustand';
import type { OrderFacts } from '../domain/order';
import { renderTemplate } from '../domain/template-render';
import type { ListedTemplate } from '../domain/template-heads';
import { startsMessages, type Template } from '../domain/templates';
import { sendMessage } from '../messaging';
import type { ParleyError } from '../result';
import { DEFAULT_SETTINGS, getSettings, orderCacheItem, type Settings } from '../storage';
import type { Draft } from '../storage/composer';
import { useAttachments } from './attachments-store';

export const DRAFT_SAVE_DELAY_MS = 400;

type SendState = { state: 'idle' } | { state: 'sending' } | { state: 'queued'; jobId: string } | { state: 'refused'; error: ParleyError };

export interface ComposerState {
  orderId?: string;
  status: 'loading' | 'ready' | 'missing';
  order?: OrderFacts;
  loadError?: ParleyError;
  settings: Settings;
  /** The quick replies that start messages: heads first, the templates once their bodies came. */
  templates: ListedTemplate[];
  reason?: string;
  text: string;
  /** Language of the inserted template body (dates in the preview), if any. */
  lang?: string;
  templateId?: string;
  draft: 'none' | 'restored' | 'saving' | 'saved' | 'failed';
  send: SendState;
  open(orderId: string): Promise<void>;
  /** Ask for the quick replies' bodies (once per open; the composer does after its first paint). */
  loadBodies(): Promise<Template[]>;
  /** The quick reply with its bodies, once they came; undefined if it is not in the list (or the list failed). */
  fullTemplate(id: string): Promise<Template | undefined>;
  chooseReason(reason: string): void;
  setText(text: string): void;
  /** Insert a quick reply at [start, end) of the text (the whole text when it is blank); answers the caret position. */
  insertTemplate(template: Template, start: number, end: number): number;
  flushDraft(): Promise<void>;
  /** Resolves when the last draft write has finished (tests, and a clean unmount). */
  settled(): Promise<void>;
  discardDraft(): Promise<void>;
  markQueued(jobId: string): Promise<void>;
  setSend(send: SendState): void;
  reset(): void;
}

let saveTimer: ReturnType<typeof setTimeout> | undefined;
let lastWrite: Promise<unknown> = Promise.resolve();
/** The open order's quick replies with their bodies, once asked for (loadBodies). */
let bodies: { orderId: string; list: Promise<Template[]> } | undefined;
/** An open started before the popup rendered (preloadComposer): the composer's own open takes it over. */
let preloaded: { orderId: string; opening: Promise<void> } | undefined;

// Reply templates belong to the inbox; the composer starts messages.
const startingMessages = <T extends ListedTemplate>(list: T[]): T[] => list.filter(startsMessages);

const INITIAL = {
  orderId: undefined,
  status: 'loading' as const,
  order: undefined,
  loadError: undefined,
  settings: DEFAULT_SETTINGS,
  templates: [] as ListedTemplate[],
  reason: undefined,
  text: '',
  lang: undefined,
  templateId: undefined,
  draft: 'none' as const,
  send: { state: 'idle' } as SendState,
};

export const useComposer = create<ComposerState>((set, get) => {
  const draftOf = (): Draft => {
    const { reason, text, lang, templateId } = get();
    const draft: Draft = { text };
    if (reason) draft.reason = reason;
    if (lang) draft.lang = lang;
    if (templateId) draft.templateId = templateId;
    return draft;
  };
  const scheduleSave = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void get().flushDraft(), DRAFT_SAVE_DELAY_MS);
  };
  return {
    ...INITIAL,
    async open(orderId) {
      if (preloaded?.orderId === orderId) {
        const { opening } = preloaded;
        preloaded = undefined;
        return opening;
      }
      preloaded = undefined;
      bodies = undefined;
      clearTimeout(saveTimer);
      set({ ...INITIAL, orderId });
      const [order, settings, heads, draft] = await Promise.all([
        sendMessage('orders/get', { orderId }),
        getSettings().catch(() => DEFAULT_SETTINGS),
        sendMessage('composer/templateHeads', {}),
        sendMessage('composer/draftGet', { orderId }),
      ]);
      if (get().orderId !== orderId) return; // another order was opened meanwhile
      if (!order.ok) {
        set({ status: 'missing', loadError: order.error, settings });
        return;
      }
      const restored = draft.ok ? draft.value.entry?.draft : undefined;
      set({
        status: 'ready',
        order: order.value,
        settings,
        templates: heads.ok ? startingMessages(heads.value.templates) : [],
        ...(restored
          ? { reason: restored.reason, text: restored.text, lang: restored.lang, templateId: restored.templateId, draft: 'restored' }
          : {}),
      });
    },
    loadBodies() {
      const { orderId, status } = get();
      if (!orderId || status !== 'ready') return Promise.resolve([]);
      if (bodies?.orderId === orderId) return bodies.list;
      const list = sendMessage('composer/templates', {}).then((answer) => (answer.ok ? startingMessages(answer.value.templates) : []));
      const asked = (bodies = { orderId, list });
      void list.then((templates) => {
        if (get().orderId === orderId && bodies === asked) set({ templates });
      });
      return list;
    },
    async fullTemplate(id) {
      return (await get().loadBodies()).find((x) => x.id === id);
    },
    chooseReason(reason) {
      set({ reason });
      scheduleSave();
    },
    setText(text) {
      set({ text, send: get().send.state === 'refused' ? { state: 'idle' } : get().send });
      scheduleSave();
    },
    insertTemplate(template, start, end) {
      const { order, settings, text } = get();
      if (!order) return 0;
      const rendered = renderTemplate(template, order, { sellerName: settings.sellerName });
      const blank = text.trim() === '';
      const next = blank ? rendered.text : text.slice(0, start) + rendered.text + text.slice(end);
      set({ text: next, lang: rendered.lang, templateId: template.id });
      scheduleSave();
      return blank ? rendered.text.length : start + rendered.text.length;
    },
    async flushDraft() {
      clearTimeout(saveTimer);
      const { orderId, status, send } = get();
      if (!orderId || status !== 'ready' || send.state === 'queued') return;
      set({ draft: 'saving' });
      const write = sendMessage('composer/draftSave', { orderId, draft: draftOf() });
      lastWrite = write;
      const answer = await write;
      if (get().orderId === orderId) set({ draft: answer.ok ? 'saved' : 'failed' });
    },
    async settled() {
      await lastWrite.catch(() => undefined);
    },
    async discardDraft() {
      clearTimeout(saveTimer);
      const { orderId } = get();
      set({ reason: undefined, text: '', lang: undefined, templateId: undefined, draft: 'none', send: { state: 'idle' } });
      // The draft's files go with it (the background deletes them on draftClear).
      useAttachments.setState({ files: [], error: undefined });
      if (orderId) await (lastWrite = sendMessage('composer/draftClear', { orderId }));
    },
    async markQueued(jobId) {
      clearTimeout(saveTimer);
      set({ send: { state: 'queued', jobId }, draft: 'none' });
      // The files went to the job: the draft has none now.
      useAttachments.setState({ files: [], error: undefined });
      const { orderId } = get();
      if (orderId) await (lastWrite = sendMessage('composer/draftClear', { orderId }));
    },
    setSend(send) {
      set({ send });
    },
    reset() {
      clearTimeout(saveTimer);
      preloaded = undefined;
      bodies = undefined;
      set({ ...INITIAL });
    },
  };
});

/**
 * Start loading the order before the page has rendered (the popup's entry, for
 * popup.html?order=ID): the requests go out while the UI language loads, and
 * the composer's own open(orderId) takes this one over instead of starting again.
 */
export function preloadComposer(orderId: string): Promise<void> {
  preloaded = { orderId, opening: useComposer.getState().open(orderId) };
  return preloaded.opening;
}

/** Called by the composer when the popup is hidden or unloads: it closes as soon as it loses focus. */
export function flushComposerDraft(): void {
  void useComposer.getState().flushDraft();
}

/**
 * A composer open on an order Parley has not seen yet ("does not know order …")
 * opens it as soon as a Seller Central page reports it: pages report the orders
 * on screen in idle time (lib/page/order-reporter.ts), so a composer opened
 * right after the page loaded, or a seller who now opens Manage Orders as the
 * notice asks, gets the composer without opening it again. Answers the unwatch.
 */
export function openWhenReported(orderId: string): () => void {
  const stillMissing = () => {
    const now = useComposer.getState();
    return now.orderId === orderId && now.status === 'missing';
  };
  const retry = () => {
    if (!stillMissing()) return;
    void sendMessage('orders/get', { orderId }).then((answer) => {
      if (answer.ok && stillMissing()) void useComposer.getState().open(orderId);
    });
  };
  const unwatch = orderCacheItem.watch(retry);
  retry(); // a report that landed between the open's ask and this watch
  return unwatch;
}
