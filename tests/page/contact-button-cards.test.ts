import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as v from 'valibot';
import { OrderFactsSchema } from '@/lib/domain/order';
import { contactButton } from '@/lib/page/features/contact-button';
import { factsFromCard, orderCardOf } from '@/lib/page/order-card';
import { loadFixture, US } from './load-fixture';

// Manage Orders drawn as cards (a redesign): no table, no data-test-id; each buyer
// name is still a Contact Buyer link (tests/fixtures/seller-central/public/orders-cards.js).
const tick = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const CONTACT = 'a[href*="/messaging/contact?"]';
let running: AbortController[] = [];
const start = () => {
  const c = new AbortController();
  running.push(c);
  void contactButton.init({} as never, c.signal);
};
const cards = () => loadFixture('orders-list-cards.html', `${US}/orders-v3?pageSize=100&mock=cards`);
const wrappers = () => [...document.querySelectorAll<HTMLElement>('[data-parley="contact"]')];
afterEach(() => {
  for (const c of running) c.abort();
  running = [];
});

describe('contact buttons on a card layout', () => {
  it('one button right after every Contact Buyer link, for the order the link names', async () => {
    cards();
    start();
    await tick();
    const links = [...document.querySelectorAll(CONTACT)];
    expect(links).toHaveLength(25);
    expect(wrappers()).toHaveLength(25);
    for (const link of links) {
      const next = link.nextElementSibling as HTMLElement;
      expect(next.dataset.parley).toBe('contact');
      expect(link.getAttribute('href')).toContain(`orderID=${next.dataset.orderId}`);
    }
    expect(document.querySelector('[data-order-id="112-3456789-0123456"] button')!.getAttribute('aria-label')).toBe(
      'Contact buyer John Smith about order 112-3456789-0123456',
    );
  });

  it("reads a canceled order from the card's status label", async () => {
    cards();
    start();
    await tick();
    expect(document.querySelector<HTMLButtonElement>('[data-order-id="114-6666666-1111111"] button')!.disabled).toBe(true);
    expect(document.querySelector<HTMLButtonElement>('[data-order-id="112-3456789-0123456"] button')!.disabled).toBe(false);
  });

  it('stays one per name through re-renders of every card', async () => {
    cards();
    const list = document.querySelector('.order-cards')!;
    const pristine = [...list.children].map((c) => c.cloneNode(true) as Element);
    start();
    await tick();
    for (let round = 0; round < 10; round += 1) {
      list.replaceChildren(...pristine.map((c) => c.cloneNode(true)));
      if (round % 3 === 0) await tick();
    }
    await tick();
    expect(wrappers()).toHaveLength(25);
    for (const link of document.querySelectorAll(CONTACT)) expect((link.nextElementSibling as HTMLElement).dataset.parley).toBe('contact');
  });

  it('the card is the order alone, and its facts say only what it surely shows', () => {
    cards();
    const link = document.querySelector(`${CONTACT}[href*="112-3456789-0123456"]`)!;
    const card = orderCardOf(link, '112-3456789-0123456');
    expect(card.matches('article.order-card')).toBe(true);
    const facts = factsFromCard(card, link, '112-3456789-0123456');
    expect(v.safeParse(OrderFactsSchema, facts).success).toBe(true);
    expect(facts).toMatchObject({
      orderId: '112-3456789-0123456',
      buyerName: 'John Smith',
      marketplaceId: 'ATVPDKIKX0DER',
      status: 'unknown',
      fulfillment: 'unknown',
      items: [],
    });
    expect(facts.statusLabel).toBe('Unshipped');
    expect(facts.purchaseDate).toBeUndefined(); // a date we cannot place is not guessed
  });

  it('reports the cards to the background in idle time', async () => {
    const reported: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener(((
      m: { type: string; input: { facts: unknown[] } },
      _s: unknown,
      reply: (r: unknown) => void,
    ) => {
      if (m.type === 'orders/report') reported.push(...m.input.facts);
      reply({ ok: true, value: { stored: 1, refused: [] } });
      return true;
    }) as never);
    cards();
    start();
    await tick();
    await new Promise((r) => setTimeout(r, 100));
    expect(reported.length).toBe(25);
    expect(reported).toContainEqual(expect.objectContaining({ orderId: '114-6666666-1111111', statusLabel: 'Canceled' }));
  });
});
