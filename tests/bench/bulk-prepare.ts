/**
 * Bulk prepare: from the navigation of bulk.html?orders=… (what "Message
 * selected…" on Manage Orders opens) to the review fully rendered: one item
 * per selected order, every order that gets a message showing its final text
 * and its rules check, painted (the frame after, rAF then a task). The quick
 * reply is chosen as soon as the page offers it (an init script does what the
 * seller's pick would, as soon as the option exists), so the time is the
 * page's, not a round trip's. The bench names the quick reply and the reason
 * in the URL's hash, which the page ignores.
 */
import type { Page } from 'playwright-core';
import type { Template } from '../../lib/domain/templates.ts';

interface BulkGlobal {
  __bulk?: { chosen: number; rendered: number; painted: number; items: number; texts: number };
}

/** The seller's bulk quick reply: every variable fills from the list page, in four languages. */
export const BULK_TEMPLATE: Template = {
  id: 'bench-bulk',
  name: 'Order details check',
  reasons: ['confirmOrderDetails'],
  bodies: {
    en: 'Hello {{buyer_name}}, before we ship your order {{order_id}} we would like to confirm its details. Please reply if anything should change.',
    de: 'Guten Tag {{buyer_name}}, bevor wir Ihre Bestellung {{order_id}} versenden, möchten wir die Angaben bestätigen. Bitte antworten Sie, falls sich etwas ändern soll.',
    zh: '{{buyer_name}}，您好：在发出您的订单 {{order_id}} 之前，我们想与您确认订单信息。如需更改，请回复此消息。',
    ja: '{{buyer_name}} 様、ご注文（注文番号：{{order_id}}）の発送前に、ご注文内容を確認させていただきたくご連絡いたしました。変更がございましたらご返信ください。',
  },
  kind: 'start',
  builtIn: false,
  updatedAt: Date.UTC(2026, 0, 3),
};

/** Runs at document start in every page; acts only in the bulk review opened with a bench hash. */
export function bulkInitScript(): void {
  if (location.pathname !== '/bulk.html' || !location.hash.startsWith('#bench-template=')) return;
  const w = window as unknown as BulkGlobal;
  const templateId = decodeURIComponent(location.hash.slice('#bench-template='.length));
  const orders = (new URLSearchParams(location.search).get('orders') ?? '').split(',').filter(Boolean).length;
  let chosen = 0;
  const choose = (): void => {
    const select = document.querySelector<HTMLSelectElement>('.parley-bulk__choices select');
    if (!select || ![...select.options].some((o) => o.value === templateId)) return;
    select.value = templateId;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    chosen = performance.now();
  };
  const complete = (): { items: number; texts: number } | undefined => {
    const items = document.querySelectorAll('[data-parley-bulk-order]');
    if (items.length !== orders) return undefined;
    let texts = 0;
    for (const item of items) {
      const status = item.getAttribute('data-status');
      const text = item.querySelector('.parley-bulk-item__text')?.textContent ?? '';
      if (status === 'ready' || status === 'blocked') {
        if (!text) return undefined;
        texts += 1;
      }
    }
    return { items: items.length, texts };
  };
  const observer = new MutationObserver(() => {
    if (!chosen) return choose();
    const done = complete();
    if (!done) return;
    observer.disconnect();
    const rendered = performance.now();
    requestAnimationFrame(() => setTimeout(() => (w.__bulk = { chosen, rendered, painted: performance.now(), ...done }), 0));
  });
  observer.observe(document, { childList: true, subtree: true });
}

export interface BulkRun {
  /** Navigation to the quick reply chosen (the page loaded its orders and quick replies). */
  chosen: number;
  /** Navigation to the review painted. */
  painted: number;
  items: number;
  /** Items showing a final text (ready or blocked ones). */
  texts: number;
  /** Items ready to queue. */
  ready: number;
}

/** Open the review of `orderIds` in `page` with the bench's quick reply chosen; answers its times. */
export async function bulkOnce(page: Page, url: string): Promise<BulkRun> {
  await page.goto(`${url}#bench-template=${BULK_TEMPLATE.id}`);
  const handle = await page.waitForFunction(() => (window as unknown as BulkGlobal).__bulk, null, { timeout: 30_000 });
  const run = (await handle.jsonValue()) as NonNullable<BulkGlobal['__bulk']>;
  const ready = await page.$$eval('[data-parley-bulk-order][data-status="ready"]', (els) => els.length);
  return { chosen: run.chosen, painted: run.painted, items: run.items, texts: run.texts, ready };
}
