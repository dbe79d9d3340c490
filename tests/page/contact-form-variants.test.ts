import { describe, expect, it } from 'vitest';
import { box, fillWork, flush, h, openPage, ORDER, sendButton, start, TEXT } from './contact-page-harness';

// Contact Buyer pages written the ways Amazon's may be (contact-variants.ts).
// The seller presses Send in every case; the mock records the reason each
// option stands for, so a wrong pick would show.
const pressSend = () => (sendButton().shadowRoot!.querySelector('button') as HTMLButtonElement).click();
const pageText = () => (box() as { value?: string } | null)?.value ?? document.querySelector('textarea')?.value;
const note = () => document.querySelector('[data-parley="reason-note"]');
const option = (label: string) =>
  [...document.querySelectorAll('kat-radiobutton, .ayb-reasons label')].find(
    (o) => (o.getAttribute('label') ?? o.textContent ?? '').trim() === label,
  ) as HTMLElement;

describe('Contact Buyer variants: the reason by what it says', () => {
  it.each(['snake', 'numeric-de', 'ja-novalue', 'plain'] as const)(
    '%s: reason and text filled, one message after Send',
    async (variant) => {
      await openPage({ variant });
      h.answers = ['watch'];
      start();
      await flush();
      expect(h.reports).toEqual([{ outcome: 'filled' }]);
      expect(pageText()).toBe(TEXT);
      expect(note()).toBeNull();
      expect(h.sends).toEqual([]);
      pressSend();
      await flush();
      expect(h.sends).toEqual([expect.objectContaining({ orderId: ORDER, reason: 'confirmOrderDetails', text: TEXT })]);
      expect(h.reports.at(-1)).toEqual({ outcome: 'sent' });
    },
  );
});

describe('Contact Buyer variants: a reason Parley cannot tell', () => {
  it('asks the seller with a note, fills the text once they choose, and reports their choice with the banner', async () => {
    await openPage({ variant: 'unknown' });
    h.work = fillWork({ autoSubmit: true }); // "Send for me" never guesses either
    start();
    await flush();
    expect(h.reports).toEqual([{ outcome: 'reasonAsked', message: 'Order questions, Shipping trouble' }]);
    expect(note()?.shadowRoot?.querySelector('[role="status"]')?.textContent).toContain('Confirm order details');
    expect(document.querySelector('kat-radiobutton[checked]')).toBeNull();
    expect(box()).toBeNull();

    option('Order questions').click(); // the seller
    await flush();
    expect(note()).toBeNull();
    expect(pageText()).toBe(TEXT);
    await flush(30_000);
    expect(h.sends).toEqual([]); // nothing leaves before the seller presses Send

    pressSend();
    await flush();
    expect(h.sends).toEqual([expect.objectContaining({ reason: 'confirmOrderDetails', text: TEXT })]);
    expect(h.reports.at(-1)).toEqual({ outcome: 'sent', chosen: { label: 'Order questions', value: '300' } });
  });

  it('reports the option checked at Send when the seller changed their mind', async () => {
    await openPage({ variant: 'unknown' });
    start();
    await flush();
    option('Shipping trouble').click();
    await flush();
    option('Order questions').click();
    await flush();
    pressSend();
    await flush();
    expect(h.reports.at(-1)).toEqual({ outcome: 'sent', chosen: { label: 'Order questions', value: '300' } });
  });

  it("picks the seller's remembered option without asking", async () => {
    await openPage({ variant: 'unknown' });
    h.work = fillWork({ remembered: { label: 'Order questions', value: '300' } });
    h.answers = ['watch'];
    start();
    await flush();
    expect(h.reports).toEqual([{ outcome: 'filled' }]);
    expect(note()).toBeNull();
    expect(option('Order questions').hasAttribute('checked')).toBe(true);
    expect(pageText()).toBe(TEXT);
  });

  it('asks again when the remembered option is no longer on the page', async () => {
    await openPage({ variant: 'unknown' });
    h.work = fillWork({ remembered: { label: 'Order questions', value: '999' } });
    start();
    await flush();
    expect(h.reports).toEqual([{ outcome: 'reasonAsked', message: 'Order questions, Shipping trouble' }]);
  });
});
