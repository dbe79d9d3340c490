/**
 * The inbox's reply box, piece by piece: the thread's order read by meaning
 * (its Order Details link, else an order id in its text), text put where the
 * cursor is so the page hears it (through kat-textarea's shadow root), the
 * rules check drawn under the box, and the picker driven by the keyboard.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { STARTER_TEMPLATES } from '@/lib/domain/quick-replies';
import { templateKind } from '@/lib/domain/templates';
import { insertReply, readReply, threadFacts } from '@/lib/page/reply-box';
import { drawCheck } from '@/lib/page/reply-check-panel';
import { buildPicker } from '@/lib/page/reply-picker';
import { fixtureDocument, loadFixture, US } from './load-fixture';

const ORDER = '112-3456789-0123456';

describe("the thread's order", () => {
  it('from the Order Details link of the thread shown, with the buyer heading it', () => {
    loadFixture('inbox-search.html', `${US}/messaging/inbox-v3?fi=search&ss=${ORDER}`);
    expect(threadFacts(document, location.href)).toEqual({ orderId: ORDER, buyerName: 'John Smith' });
  });

  it('without a link: an order id in the thread, else the URL; never one made up', () => {
    const doc = fixtureDocument('handmade-fallbacks.html');
    const main = doc.querySelector('#thread-main')!;
    doc.body.replaceChildren(main);
    expect(threadFacts(doc, `${US}/messaging/inbox`)).toEqual({ orderId: ORDER });
    main.textContent = 'No order here';
    expect(threadFacts(doc, `${US}/messaging/inbox-v3?fi=search&ss=303-1122334-5566778`)).toEqual({ orderId: '303-1122334-5566778' });
    expect(threadFacts(doc, `${US}/messaging/inbox`)).toEqual({});
  });
});

describe('writing into the reply box', () => {
  let box: HTMLElement;
  let field: HTMLTextAreaElement;
  let heard: string[];
  beforeEach(() => {
    document.body.replaceChildren();
    box = document.createElement('kat-textarea');
    field = document.createElement('textarea');
    box.attachShadow({ mode: 'open' }).append(field);
    document.body.append(box);
    heard = [];
    box.addEventListener('input', () => heard.push(field.value));
  });

  it('at the end of what is there, heard by the page through the shadow root', () => {
    field.value = 'Hello,';
    expect(insertReply(box, ' your order ships today.')).toBe(true);
    expect(readReply(box)).toBe('Hello, your order ships today.');
    expect(heard).toEqual(['Hello, your order ships today.']);
  });

  it('replacing the selection where the seller had the cursor', () => {
    field.value = 'Dear NAME, thanks.';
    field.focus();
    field.setSelectionRange(5, 9);
    expect(insertReply(box, 'Ann')).toBe(true);
    expect(readReply(box)).toBe('Dear Ann, thanks.');
  });

  it('refuses, changing nothing, a box that is disabled or would go over its limit', () => {
    field.maxLength = 10;
    field.value = 'abc';
    expect(insertReply(box, 'more than ten')).toBe(false);
    field.removeAttribute('maxlength');
    field.disabled = true;
    expect(insertReply(box, 'x')).toBe(false);
    expect(readReply(box)).toBe('abc');
    expect(heard).toEqual([]);
  });
});

describe('the rules check under the box', () => {
  const panel = () => document.createElement('div');

  it('lists the findings of a violating reply, errors first, and says when a text is clean', () => {
    const p = panel();
    const findings = drawCheck(p, `Order ${ORDER}: leave us a 5-star review, mail help@example.com`, { isReply: true, orderId: ORDER });
    expect(findings.some((f) => f.severity === 'error')).toBe(true);
    expect(p.getAttribute('data-findings')).toBe(String(findings.length));
    expect(p.querySelector('li')?.getAttribute('data-severity')).toBe('error');
    drawCheck(p, `Your order ${ORDER} ships today.`, { isReply: true, orderId: ORDER });
    expect(p.querySelectorAll('li')).toHaveLength(0);
    expect(p.textContent).toContain('nothing against');
    drawCheck(p, '', { isReply: true });
    expect(p.textContent).toBe('');
  });

  it('a variable left unfilled is listed while it is still in the text', () => {
    const p = panel();
    drawCheck(p, `Your order ${ORDER} arrives by {{deliver_by}}.`, { isReply: true, orderId: ORDER }, ['{{deliver_by}}']);
    expect(p.textContent).toContain('{{deliver_by}}');
    drawCheck(p, `Your order ${ORDER} arrives by Friday.`, { isReply: true, orderId: ORDER }, ['{{deliver_by}}']);
    expect(p.textContent).not.toContain('{{deliver_by}}');
  });
});

describe('the picker', () => {
  const replies = STARTER_TEMPLATES.filter((t) => templateKind(t) === 'reply');
  const key = (target: Element, k: string) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

  it('offers the reply templates, filters as the seller types, and inserts the highlighted one on Enter', () => {
    const box = document.createElement('div');
    document.body.replaceChildren(box);
    const onPick = vi.fn();
    const search = buildPicker(box, { templates: replies, lang: 'de', onPick, onClose: vi.fn() });
    expect(box.querySelectorAll('[role="option"]')).toHaveLength(replies.length);
    expect((box.querySelector('select') as HTMLSelectElement).value).toBe('de');
    search.value = 'damaged';
    search.dispatchEvent(new Event('input'));
    expect([...box.querySelectorAll('[role="option"]')].map((o) => o.getAttribute('data-template-id'))).toEqual(['starter.reply-damaged']);
    search.value = '';
    search.dispatchEvent(new Event('input'));
    key(search, 'ArrowDown');
    expect(search.getAttribute('aria-activedescendant')).toBe('parley-reply-1');
    key(search, 'Enter');
    expect(onPick).toHaveBeenCalledWith(replies[1], 'de');
  });

  it('Esc closes; with nothing to offer it says where to add reply templates', () => {
    const box = document.createElement('div');
    const onClose = vi.fn();
    const search = buildPicker(box, { templates: [], onPick: vi.fn(), onClose });
    expect(box.textContent).toContain("Parley's options");
    key(search, 'Escape');
    expect(onClose).toHaveBeenCalledOnce();
  });
});
