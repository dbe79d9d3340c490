import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contactForm } from '@/lib/page/features/contact-form';
import type { FormReportOutput, FormWork } from '@/lib/domain/queue-view';
import { en } from '../fixtures/seller-central/strings/en';

// The mock Seller Central's own Contact Buyer script and Katal stand-ins run
// here (tests/fixtures/seller-central/public/contact.js): the same obstacles
// as in the browser, shadow roots and input events included.
const ORDER = '112-1234567-1234567';
const URL_BASE = `https://sellercentral.amazon.com/messaging/contact?orderID=${ORDER}&marketplaceID=ATVPDKIKX0DER`;
const TEXT = 'Hello, your order 112-1234567-1234567 ships tomorrow.';

interface PageOptions {
  mock?: Partial<Record<'slow' | 'notextbox' | 'sendfail', boolean>>;
  languageDiffers?: boolean;
  canceled?: boolean;
  sendNeverAnswers?: boolean;
}

let sends: unknown[];
let reports: { outcome: string; message?: string }[];
let work: FormWork;
let answers: FormReportOutput['next'][];

async function openPage(opts: PageOptions = {}): Promise<void> {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(URL_BASE);
  const view = {
    kind: 'contact',
    found: true,
    orderId: ORDER,
    marketplaceId: 'ATVPDKIKX0DER',
    buyerName: 'Zoë Adams',
    firstName: 'Zoë',
    relay: 'x@marketplace.amazon.com',
    buyerLanguage: opts.languageDiffers ? 'es' : 'en',
    buyerLanguageName: opts.languageDiffers ? 'Spanish' : 'English',
    languageDiffers: !!opts.languageDiffers,
    status: 'unshipped',
    canceled: !!opts.canceled,
    productTitle: 'Lamp',
    detailsUrl: `/orders-v3/order/${ORDER}`,
    reasons: [
      { value: 'confirmOrderDetails', label: en.reason_confirmOrderDetails, disabled: false },
      { value: 'unexpectedProblem', label: en.reason_unexpectedProblem, disabled: false },
      { value: 'returnQuestion', label: en.reason_returnQuestion, disabled: true },
    ],
    mock: { slow: false, notextbox: false, sendfail: false, ...opts.mock },
  };
  const boot = document.createElement('script');
  boot.id = 'mock-boot';
  boot.type = 'application/json';
  boot.textContent = JSON.stringify({ strings: en, view });
  const root = document.createElement('div');
  root.id = 'ayb-contact-buyer';
  document.body.replaceChildren(boot, root);
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: { body: string }) => {
      sends.push(JSON.parse(init.body));
      if (opts.sendNeverAnswers) return new Promise(() => {});
      const okay = !JSON.parse(init.body).mock.includes('sendfail');
      return { ok: okay, status: okay ? 200 : 503, json: async () => ({}) };
    }),
  );
  vi.resetModules();
  // @ts-expect-error -- the mock's browser script is plain JS without types
  await import('../fixtures/seller-central/public/contact.js');
}

/** The background's side, as the feature sees it. */
function fakeBackground(): void {
  fakeBrowser.runtime.onMessage.addListener(((
    msg: { type: string; input: { outcome: string; message?: string } },
    _s: unknown,
    respond: (r: unknown) => void,
  ) => {
    if (msg.type === 'queue/formReady') respond({ ok: true, value: { work } });
    if (msg.type === 'queue/formReport') {
      reports.push({ outcome: msg.input.outcome, ...(msg.input.message ? { message: msg.input.message } : {}) });
      respond({ ok: true, value: { next: msg.input.outcome === 'filled' ? (answers.shift() ?? 'stop') : 'stop' } });
    }
    return true;
  }) as never);
}

const fillWork = (patch: object = {}): FormWork => ({
  mode: 'fill',
  jobId: 'j1',
  attempt: 1,
  reason: 'confirmOrderDetails',
  text: TEXT,
  autoSubmit: false,
  ...patch,
});
const box = () => document.querySelector('kat-textarea') as (Element & { value: string }) | null;
const sendButton = () => document.querySelector('kat-button.ayb-contact-form-send-button')!;
const banner = () => document.querySelector('.kat-alert-success-content');
const flush = async (ms = 0) => {
  await vi.advanceTimersByTimeAsync(ms);
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

let controller: AbortController;
let running: Promise<void>;
const start = () => {
  running = Promise.resolve(contactForm.init({} as never, controller.signal));
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  sends = [];
  reports = [];
  answers = [];
  work = fillWork();
  controller = new AbortController();
  fakeBackground();
});
afterEach(async () => {
  controller.abort();
  await running;
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('contact form: hand-over', () => {
  it('fills reason and text so the page notices, then reports the banner after the seller sends', async () => {
    await openPage();
    answers = ['watch'];
    start();
    await flush();
    expect(document.querySelector('kat-radiobutton[value="confirmOrderDetails"]')!.hasAttribute('checked')).toBe(true);
    expect(box()!.value).toBe(TEXT); // what the page believes, from its input event
    expect(sendButton().hasAttribute('disabled')).toBe(false);
    expect(reports).toEqual([{ outcome: 'filled' }]);
    expect(sends).toEqual([]); // Parley never pressed Send

    (sendButton().shadowRoot!.querySelector('button') as HTMLButtonElement).click(); // the seller
    await flush();
    expect(banner()?.textContent).toBe('Your message has been sent');
    expect(reports).toEqual([{ outcome: 'filled' }, { outcome: 'sent' }]);
    expect(sends).toEqual([expect.objectContaining({ orderId: ORDER, reason: 'confirmOrderDetails', text: TEXT })]);
  });

  it('does not fail the job on a page error the seller can retry; their retry is reported', async () => {
    await openPage({ mock: { sendfail: true } });
    answers = ['watch'];
    start();
    await flush();
    (sendButton().shadowRoot!.querySelector('button') as HTMLButtonElement).click();
    await flush();
    expect(document.querySelector('.kat-alert-danger-content')).not.toBeNull();
    expect(reports).toEqual([{ outcome: 'filled' }]);
  });

  it('after a reload it only watches: nothing is filled again', async () => {
    await openPage();
    work = { mode: 'watch', jobId: 'j1', attempt: 1 };
    start();
    await flush();
    expect(box()).toBeNull();
    const alert = document.createElement('div');
    alert.className = 'kat-alert-success-content';
    alert.textContent = 'Your message has been sent';
    document.body.append(alert);
    await flush();
    expect(reports).toEqual([{ outcome: 'sent' }]);
  });

  it.each([['no work for this tab', null]])('does nothing when there is %s', async (_name, none) => {
    await openPage();
    work = none;
    start();
    await flush(20_000);
    expect(document.querySelector('kat-radiobutton[checked]')).toBeNull();
    expect(reports).toEqual([]);
  });
});

describe('contact form: Send for me (opt-in)', () => {
  it.each([
    ['same language', false],
    ['the language review dialog', true],
  ])('presses Send once, through %s, and reports the banner', async (_name, languageDiffers) => {
    await openPage({ languageDiffers });
    answers = ['submit'];
    start();
    await flush();
    await flush();
    expect(sends).toHaveLength(1);
    expect(document.querySelector('kat-modal.ayb-language-review')).toBeNull();
    expect(reports).toEqual([{ outcome: 'filled' }, { outcome: 'sent' }]);
  });

  it('reports the page words when Amazon refuses the send', async () => {
    await openPage({ mock: { sendfail: true } });
    answers = ['submit'];
    start();
    await flush();
    expect(reports).toEqual([{ outcome: 'filled' }, { outcome: 'sendFailed', message: en.sendFailed }]);
  });

  it('no banner in time: not confirmed (the background turns that into needs-check, never a resend)', async () => {
    await openPage({ sendNeverAnswers: true });
    answers = ['submit'];
    start();
    await flush();
    expect(reports).toEqual([{ outcome: 'filled' }]);
    await flush(20_000);
    expect(reports).toEqual([{ outcome: 'filled' }, { outcome: 'notConfirmed' }]);
    expect(sends).toHaveLength(1);
  });

  it('never presses Send when the background says stop', async () => {
    await openPage();
    answers = ['stop'];
    start();
    await flush(30_000);
    expect(sends).toEqual([]);
    expect(reports).toEqual([{ outcome: 'filled' }]);
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
    work = job;
    start();
    await flush(16_000);
    expect(reports).toEqual([expected]);
    expect(sends).toEqual([]);
  });

  it('waits for a slow text box', async () => {
    await openPage({ mock: { slow: true } });
    answers = ['watch'];
    start();
    await flush();
    expect(reports).toEqual([]);
    await flush(3000);
    expect(box()!.value).toBe(TEXT);
    expect(reports).toEqual([{ outcome: 'filled' }]);
  });
});
