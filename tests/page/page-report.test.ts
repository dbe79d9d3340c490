import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageReport, REPORT_LIMITS } from '@/lib/page/page-report';
import { fixtureDocument, fixtureHtml } from './load-fixture';
import { ORDERS } from '../fixtures/seller-central/orders';

// A report a seller pastes into a bug report: the page's shape, never its data.
const INFO = {
  version: '9.9.9',
  url: 'https://sellercentral.amazon.com/orders-v3/order/112-3456789-0123456?q=John%20Smith&t=1',
  at: '2026-12-06T00:00:00Z',
};
const ORDER_ID = /\d{3}-\d{7}-\d{7}/;
const PAGES = readdirSync(join(import.meta.dirname, '../fixtures/pages')).filter((f) => f.endsWith('.html'));

/** Text the fixture pages show that names a buyer, an address or an order (what must never leak). */
function secretsOf(html: string): string[] {
  const names = ORDERS.map((o) => o.buyer).filter((n) => n.length > 3 && html.includes(n));
  const emails = html.match(/[\w.+-]+@[\w.-]+\.[a-z]{2,}/gi) ?? [];
  return [...new Set([...names, ...emails])];
}

describe('page report', () => {
  it.each(PAGES)('%s: no buyer name, address, order id or text in it', (file) => {
    const report = pageReport(fixtureDocument(file), INFO);
    for (const secret of secretsOf(fixtureHtml(file))) expect(report, secret).not.toContain(secret);
    expect(report).not.toMatch(ORDER_ID);
    expect(report).not.toMatch(/@/);
    expect(report).not.toContain('John');
  });

  it('keeps what tells us how the page is built: tags, test ids, kat-* names, selector matches, query keys', () => {
    const report = pageReport(fixtureDocument('orders-list-en.html'), INFO);
    expect(report).toContain('Parley 9.9.9 page report');
    expect(report).toContain('page: sellercentral.amazon.com/orders-v3/order/…?q=…&t=…');
    expect(report).toContain('[data-test-id=buyer-name-with-link]');
    expect(report).toContain('table');
    expect(report).toMatch(/ORDER_PAGE\.buyerNameLink: 0 \(25\)/);
    expect(report).toMatch(/CONTACT_PAGE\.contactReason: -/);
    const contact = pageReport(fixtureDocument('contact-buyer.html'), INFO);
    expect(contact).toContain('kat-radiobutton');
    expect(contact).toMatch(/CONTACT_PAGE\.contactReason: 0 \(\d+\)/);
  });

  it('drops hostile and private values a page may hold anywhere', () => {
    const doc = new DOMParser().parseFromString(
      `
      <div class="buyer-Zoë order-112-3456789-0123456 a-row" data-test-id="x@y.com" title="Zoë Adams" aria-label="Zoë Adams">
        <a href="/messaging/contact?orderID=112-3456789-0123456&marketplaceID=ATVPDKIKX0DER">Zoë Adams</a>
        <input name="email" type="text" value="zoe@example.com"><textarea>12 Main St, Springfield</textarea>
        <span class="phone">+1 555 0100 2000</span><img src="x" onerror="alert(1)">
      </div>`,
      'text/html',
    );
    const host = doc.createElement('kat-textarea');
    const inner = doc.createElement('textarea');
    inner.setAttribute('part', 'textarea');
    inner.textContent = 'secret draft';
    host.attachShadow({ mode: 'open' }).append(inner);
    doc.body.append(host);
    const report = pageReport(doc, INFO);
    for (const secret of ['Zoë', 'Adams', '112-3456789', 'zoe@', 'Main St', '555', 'secret draft', 'alert', 'ATVPDKIKX0DER', 'x@y.com']) {
      expect(report, secret).not.toContain(secret);
    }
    expect(report).toContain('div.a-row[data-test-id=…]');
    expect(report).toContain('{title aria-label}');
    expect(report).toContain('input[name=email][type=text] {value}');
    expect(report).toContain('#shadow-root');
    expect(report).toContain('textarea');
  });

  it('stays pasteable on a huge page', () => {
    const doc = document.implementation.createHTMLDocument('x');
    const list = doc.createElement('ul');
    for (let i = 0; i < 5000; i++) list.append(doc.createElement('li'));
    doc.body.append(list);
    const report = pageReport(doc, INFO);
    expect(report).toContain(`… ${5000 - REPORT_LIMITS.children} more`);
    expect(report.split('\n').length).toBeLessThan(REPORT_LIMITS.nodes + 200);
  });
});
