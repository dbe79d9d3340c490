import { describe, expect, it } from 'vitest';
import { en } from '../fixtures/seller-central/strings/en';
import { banner, box, fillWork, flush, h, openPage, sendButton, start, TEXT, ORDER, type PageOptions } from './contact-page-harness';

describe('contact form: hand-over', () => {
  it('fills reason and text so the page notices, then reports the banner after the seller sends', async () => {
    await openPage();
    h.answers = ['watch'];
    start();
    await flush();
    expect(document.querySelector('kat-radiobutton[value="confirmOrderDetails"]')!.hasAttribute('checked')).toBe(true);
    expect(box()!.value).toBe(TEXT); // what the page believes, from its input event
    expect(sendButton().hasAttribute('disabled')).toBe(false);
    expect(h.reports).toEqual([{ outcome: 'filled' }]);
    expect(h.sends).toEqual([]); // Parley never pressed Send

    (sendButton().shadowRoot!.querySelector('button') as HTMLButtonElement).click(); // the seller
    await flush();
    expect(banner()?.textContent).toBe('Your message has been sent');
    expect(h.reports).toEqual([{ outcome: 'filled' }, { outcome: 'sent' }]);
    expect(h.sends).toEqual([expect.objectContaining({ orderId: ORDER, reason: 'confirmOrderDetails', text: TEXT })]);
  });

  it('does not fail the job on a page error the seller can retry; their retry is reported', async () => {
    await openPage({ mock: { sendfail: true } });
    h.answers = ['watch'];
    start();
    await flush();
    (sendButton().shadowRoot!.querySelector('button') as HTMLButtonElement).click();
    await flush();
    expect(document.querySelector('.kat-alert-danger-content')).not.toBeNull();
    expect(h.reports).toEqual([{ outcome: 'filled' }]);
  });

  it('after a reload it only watches: nothing is filled again', async () => {
    await openPage();
    h.work = { mode: 'watch', jobId: 'j1', attempt: 1 };
    start();
    await flush();
    expect(box()).toBeNull();
    const alert = document.createElement('div');
    alert.className = 'kat-alert-success-content';
    alert.textContent = 'Your message has been sent';
    document.body.append(alert);
    await flush();
    expect(h.reports).toEqual([{ outcome: 'sent' }]);
  });

  it.each([['no work for this tab', null]])('does nothing when there is %s', async (_name, none) => {
    await openPage();
    h.work = none;
    start();
    await flush(20_000);
    expect(document.querySelector('kat-radiobutton[checked]')).toBeNull();
    expect(h.reports).toEqual([]);
  });
});

describe('contact form: Send for me (opt-in)', () => {
  it.each([
    ['same language', false, false],
    ['the review dialog (div role=dialog with its own Send)', true, false],
    ['the older kat-modal review', true, true],
  ])('presses Send once, through %s, and reports the banner', async (_name, languageDiffers, katmodal) => {
    await openPage({ languageDiffers, mock: { katmodal } });
    h.answers = ['submit'];
    start();
    await flush();
    await flush();
    expect(h.sends).toHaveLength(1);
    expect(document.querySelector('kat-modal.ayb-language-review, [role="dialog"]')).toBeNull();
    expect(h.reports).toEqual([{ outcome: 'filled' }, { outcome: 'sent' }]);
  });

  it('reports the page words when Amazon refuses the send', async () => {
    await openPage({ mock: { sendfail: true } });
    h.answers = ['submit'];
    start();
    await flush();
    expect(h.reports).toEqual([{ outcome: 'filled' }, { outcome: 'sendFailed', message: en.sendFailed }]);
  });

  it('no banner in time: not confirmed (the background turns that into needs-check, never a resend)', async () => {
    await openPage({ sendNeverAnswers: true });
    h.answers = ['submit'];
    start();
    await flush();
    expect(h.reports).toEqual([{ outcome: 'filled' }]);
    await flush(20_000);
    expect(h.reports).toEqual([{ outcome: 'filled' }, { outcome: 'notConfirmed' }]);
    expect(h.sends).toHaveLength(1);
  });

  it('never presses Send when the background says stop', async () => {
    await openPage();
    h.answers = ['stop'];
    start();
    await flush(30_000);
    expect(h.sends).toEqual([]);
    expect(h.reports).toEqual([{ outcome: 'filled' }]);
  });
});

describe('contact form: what the page refuses', () => {
  it.each([
    [
      'a reason it does not offer',
      {},
      fillWork({ reason: 'invoice' }),
      { outcome: 'reasonUnavailable', message: 'Confirm order details, Notify of a problem with shipping your order' },
    ],
    [
      'a disabled reason',
      {},
      fillWork({ reason: 'returnQuestion' }),
      { outcome: 'reasonDisabled', message: 'Confirm order details, Notify of a problem with shipping your order' },
    ],
    ['no text box', { mock: { notextbox: true } }, fillWork(), { outcome: 'noTextBox' }],
    ['a canceled order (no form)', { canceled: true }, fillWork(), { outcome: 'noForm' }],
  ] as const)('%s', async (_name, opts, job, expected) => {
    await openPage(opts as PageOptions);
    h.work = job;
    start();
    await flush(16_000);
    expect(h.reports).toEqual([expected]);
    expect(h.sends).toEqual([]);
  });

  it('waits for a slow text box', async () => {
    await openPage({ mock: { slow: true } });
    h.answers = ['watch'];
    start();
    await flush();
    expect(h.reports).toEqual([]);
    await flush(3000);
    expect(box()!.value).toBe(TEXT);
    expect(h.reports).toEqual([{ outcome: 'filled' }]);
  });
});
