/**
 * The contact-form feature against the mock Seller Central's own Contact Buyer
 * script (tests/fixtures/seller-central/public/contact.js) and Katal stand-ins,
 * with a fake background: the same obstacles as in the browser, shadow roots
 * and input events included. Importing this installs the before/after hooks.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contactForm } from '@/lib/page/features/contact-form';
import type { FormReportOutput, FormWork } from '@/lib/domain/queue-view';
import { en } from '../fixtures/seller-central/strings/en';
import { pageReason, type ContactVariant } from '../fixtures/seller-central/contact-variants';

export const ORDER = '112-1234567-1234567';
const URL_BASE = `https://sellercentral.amazon.com/messaging/contact?orderID=${ORDER}&marketplaceID=ATVPDKIKX0DER`;
export const TEXT = 'Hello, your order 112-1234567-1234567 ships tomorrow.';

export interface PageOptions {
  mock?: Partial<Record<'slow' | 'notextbox' | 'sendfail' | 'katmodal', boolean>>;
  languageDiffers?: boolean;
  canceled?: boolean;
  sendNeverAnswers?: boolean;
  /** How the page writes its reasons (tests/fixtures/seller-central/contact-variants.ts). */
  variant?: ContactVariant;
}

/** What the page sent, what the feature reported, the work it gets and the background's answers to "filled". */
export const h = {
  sends: [] as unknown[],
  reports: [] as { outcome: string; message?: string; chosen?: { label: string; value: string } }[],
  work: null as FormWork,
  answers: [] as FormReportOutput['next'][],
};

export async function openPage(opts: PageOptions = {}): Promise<void> {
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
    reasons: (['confirmOrderDetails', 'unexpectedProblem', 'returnQuestion'] as const).map((id, i) =>
      pageReason(opts.variant ?? 'standard', 'en_US', id, i, id === 'returnQuestion'),
    ),
    mock: { slow: false, notextbox: false, sendfail: false, katmodal: false, variant: opts.variant ?? 'standard', ...opts.mock },
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
      h.sends.push(JSON.parse(init.body));
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
    msg: { type: string; input: { outcome: string; message?: string; chosen?: { label: string; value: string } } },
    _s: unknown,
    respond: (r: unknown) => void,
  ) => {
    if (msg.type === 'queue/formReady') respond({ ok: true, value: { work: h.work } });
    if (msg.type === 'queue/formReport') {
      h.reports.push({
        outcome: msg.input.outcome,
        ...(msg.input.message ? { message: msg.input.message } : {}),
        ...(msg.input.chosen ? { chosen: msg.input.chosen } : {}),
      });
      // A hand-over for the reason is always answered "watch" (the background never submits it).
      const next = msg.input.outcome === 'reasonAsked' ? 'watch' : msg.input.outcome === 'filled' ? (h.answers.shift() ?? 'stop') : 'stop';
      respond({ ok: true, value: { next } });
    }
    return true;
  }) as never);
}

export const fillWork = (patch: object = {}): FormWork => ({
  mode: 'fill',
  jobId: 'j1',
  attempt: 1,
  reason: 'confirmOrderDetails',
  text: TEXT,
  autoSubmit: false,
  ...patch,
});
export const box = () => document.querySelector('kat-textarea') as (Element & { value: string }) | null;
export const sendButton = () => document.querySelector('kat-button.ayb-contact-form-send-button')!;
export const banner = () => document.querySelector('.kat-alert-success-content');
export const flush = async (ms = 0) => {
  await vi.advanceTimersByTimeAsync(ms);
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

let controller: AbortController;
let running: Promise<void>;
export const start = () => {
  running = Promise.resolve(contactForm.init({} as never, controller.signal));
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  h.sends = [];
  h.reports = [];
  h.answers = [];
  h.work = fillWork();
  controller = new AbortController();
  fakeBackground();
});
afterEach(async () => {
  controller.abort();
  await running;
  vi.useRealTimers();
  vi.unstubAllGlobals();
});
