import 'fake-indexeddb/auto';
/**
 * The inbox area's messages: only Parley's content script on Seller Central
 * may ask for the reply templates and a fill, only Parley's pages for the
 * waiting count; a fill uses the order Parley saw (dates, language) and else
 * only what the thread shows, leaving the rest for the seller; a template for
 * new messages only, or one deleted meanwhile, is refused in words.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch } from '@/lib/background/router';
import { inboxHandlers } from '@/lib/background/handlers/inbox';
import { putOrders } from '@/lib/background/orders-cache';
import { saveTemplate } from '@/lib/background/composer-templates';
import { saveSettings } from '@/lib/background/composer-settings';
import type { ReplyFill, ReplyTemplates } from '@/lib/protocol/inbox';
import { makeOrder } from './composer-domain-fixtures';

const ORDER = '302-1234567-7654321';
const content = () => ({
  id: fakeBrowser.runtime.id,
  url: 'https://sellercentral.amazon.de/messaging/inbox-v3?fi=responseNeeded',
  frameId: 0,
  tab: { id: 4 } as never,
});
const popup = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
const send = (type: string, input: unknown, sender: object = content()) =>
  dispatch({ parley: 1, type, input }, sender as never, inboxHandlers);
async function value<T>(type: string, input: unknown): Promise<T> {
  const answer = await send(type, input);
  if (!answer.ok) throw new Error(`${type}: ${answer.error.code}`);
  return answer.value as T;
}
const WHERE = 'starter.reply-where-is-my-order';

beforeEach(() => fakeBrowser.reset());

describe('who may ask', () => {
  it.each([
    ['a popup asking for templates', 'inbox/templates', {}, popup()],
    ['a web page asking for a fill', 'inbox/fill', { templateId: WHERE, lang: 'en', thread: {} }, { url: 'https://example.com' }],
    ['a content script asking for the waiting count', 'inbox/waiting', {}, content()],
  ])('refuses %s', async (_name, type, input, sender) => {
    expect(await send(type, input, sender)).toMatchObject({ ok: false, error: { code: 'bad-sender' } });
  });

  it('refuses a bad language, order id or a stray field', async () => {
    for (const input of [
      { templateId: WHERE, lang: 'xx', thread: {} },
      { templateId: WHERE, lang: 'en', orderId: '../x', thread: {} },
      { templateId: WHERE, lang: 'en', thread: { buyerName: 'A', email: 'a@b.c' } },
    ])
      expect(await send('inbox/fill', input)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('reply templates and fills', () => {
  it('offers reply and both kinds, not new-message-only ones, with the buyer’s language when the order is known', async () => {
    await saveTemplate({ name: 'Only new', reasons: [], bodies: { en: 'Hello {{order_id}}' }, kind: 'start' });
    await saveTemplate({ name: 'Either', reasons: [], bodies: { en: 'Hi, about {{order_id}}' } });
    await putOrders([makeOrder()]);
    const list = await value<ReplyTemplates>('inbox/templates', { orderId: ORDER });
    const names = list.templates.map((t) => t.name);
    expect(names).toContain('Either');
    expect(names).toContain('Reply: where is my order');
    expect(names).not.toContain('Only new');
    expect(list.lang).toBe('de');
    expect((await value<ReplyTemplates>('inbox/templates', {})).lang).toBeUndefined();
  });

  it('fills from the order Parley saw: its date in the body’s language', async () => {
    await putOrders([makeOrder()]);
    await saveSettings({ sellerName: 'Lotus Home Goods' });
    const fill = await value<ReplyFill>('inbox/fill', { templateId: WHERE, lang: 'de', orderId: ORDER, thread: {} });
    expect(fill).toMatchObject({ lang: 'de', unfilled: [], fromOrder: true });
    expect(fill.text).toContain(`Ihre Bestellung ${ORDER} ist unterwegs`);
    expect(fill.text).toContain('24. März 2026');
    expect(fill.text).toContain('Lotus Home Goods');
  });

  it('without the order: the thread’s id and buyer only, the rest left as written and named', async () => {
    const fill = await value<ReplyFill>('inbox/fill', {
      templateId: WHERE,
      lang: 'en',
      orderId: ORDER,
      thread: { buyerName: 'Anna Schmidt' },
    });
    // No seller name in the settings either: both are named for the seller to fill in.
    expect(fill).toMatchObject({ lang: 'en', unfilled: ['{{deliver_by}}', '{{seller_name}}'], fromOrder: false });
    expect(fill.text).toContain(`Your order ${ORDER} is on its way`);
    expect(fill.text).toContain('{{deliver_by}}');
  });

  it('a template for new messages only, or one gone, is refused in words', async () => {
    const saved = await saveTemplate({ name: 'Only new', reasons: [], bodies: { en: 'Hello {{order_id}}' }, kind: 'start' });
    const id = 'saved' in saved ? saved.saved.id : '';
    for (const templateId of [id, 'gone-template']) {
      const answer = await send('inbox/fill', { templateId, lang: 'en', thread: {} });
      expect(answer).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(answer.ok ? '' : answer.error.message).toMatch(/no longer|gone/i);
    }
  });

  it('the waiting count is null when the tab is no inbox', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://sellercentral.amazon.de/orders-v3' });
    expect(await send('inbox/waiting', { tabId: tab.id }, popup())).toEqual({ ok: true, value: { waiting: null } });
  });
});
