/**
 * What Parley does to Seller Central's Contact Buyer form, step by step, with
 * the page's own elements (selectors.ts): pick the reason, wait for the text
 * box, put the text into the real textarea inside kat-textarea's shadow root
 * so the page notices, press Send, and read the page's verdict. Content
 * scripts live in an isolated world: page-side element properties are not
 * visible here, so every check reads the DOM (attributes, shadow roots).
 */
import type { FormOutcome } from '../domain/queue-view';
import { matchReasonOption, type PageReasonOption } from '../domain/reason-labels';
import { observe } from './observe';
import { anyOf, CONTACT_PAGE, mainSend, queryAll, queryFirst, type ContactSelectorName } from './selectors';

export const FORM_TIMEOUT_MS = 15_000;
export const TEXT_BOX_TIMEOUT_MS = 10_000;
export const ACCEPT_TIMEOUT_MS = 3_000;
export const BANNER_TIMEOUT_MS = 20_000;

export interface Step {
  outcome: FormOutcome;
  /** The page's words (reason names it offers, its error text). */
  message?: string;
}

/** The first element for `name` (now or later), or null after `timeoutMs` or when `signal` aborts. */
export function waitFor<E extends Element = Element>(
  names: ContactSelectorName[],
  timeoutMs: number | undefined,
  signal: AbortSignal,
  root: ParentNode & Node = document,
): Promise<{ name: ContactSelectorName; element: E } | null> {
  return new Promise((resolve) => {
    const local = new AbortController();
    const done = (value: { name: ContactSelectorName; element: E } | null) => {
      local.abort();
      resolve(value);
    };
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => done(null), timeoutMs);
    local.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
    signal.addEventListener('abort', () => done(null), { once: true });
    if (signal.aborted) return done(null);
    for (const name of names) {
      observe<E>(anyOf(CONTACT_PAGE[name]), (element) => !local.signal.aborted && done({ name, element }), { signal: local.signal, root });
    }
  });
}

/**
 * The control a person would click in a Katal element: the button or input of its
 * open shadow root, else its light-DOM radio input (kat-radiobutton slots its
 * `<input type=radio slot="radio">` in the light DOM on the real page), else the element.
 */
function control(host: Element): HTMLElement {
  return (host.shadowRoot?.querySelector<HTMLElement>('button, input') ??
    host.querySelector<HTMLElement>(':scope > input[type="radio"], :scope > [slot="radio"]') ??
    host) as HTMLElement;
}

/** Click like a person: on the control inside the Katal element (the click is composed, the host hears it too). */
export function press(host: Element): void {
  control(host).click();
}

const radioInput = (el: Element): HTMLInputElement | null =>
  el instanceof HTMLInputElement ? el : el.querySelector<HTMLInputElement>(':scope > input[type="radio"]');
const labelOf = (radio: Element): string =>
  (
    radio.getAttribute('label') ??
    radioInput(radio)?.getAttribute('aria-label') ??
    radio.shadowRoot?.querySelector('[part="label"]')?.textContent ??
    (radio instanceof HTMLInputElement ? radio.labels?.[0]?.textContent : radio.textContent) ??
    ''
  ).trim();
const isDisabled = (el: Element): boolean =>
  el.hasAttribute('disabled') ||
  el.getAttribute('aria-disabled') === 'true' ||
  !!radioInput(el)?.disabled ||
  !!el.shadowRoot?.querySelector('input:disabled');
// Whether Katal writes a `checked` attribute is unknown: the input itself is read too.
const isChecked = (el: Element): boolean =>
  el.hasAttribute('checked') ||
  el.getAttribute('aria-checked') === 'true' ||
  !!radioInput(el)?.checked ||
  !!el.shadowRoot?.querySelector<HTMLInputElement>('input:checked');

/** The reasons the page offers now, in its own words (for the seller, when ours is not among them). */
export const offeredReasons = (root: ParentNode = document): string =>
  queryAll(root, CONTACT_PAGE.contactReason)
    .filter((r) => !isDisabled(r))
    .map(labelOf)
    .filter(Boolean)
    .join(', ');

const optionOf = (r: Element): PageReasonOption => ({ label: labelOf(r), value: r.getAttribute('value') ?? '' });

/** The option the form has checked now (the seller's choice when Parley asked), or undefined. */
export const checkedOption = (root: ParentNode = document): PageReasonOption | undefined => {
  const radio = queryAll(root, CONTACT_PAGE.contactReason).find(isChecked);
  return radio && optionOf(radio);
};

/**
 * Pick Parley's reason among the page's options by what each says: the option the
 * seller chose for it before (`remembered`), its label in the page's language, else
 * its value as a hint (lib/domain/reason-labels.ts). When every option is known to
 * be another reason: 'reasonUnavailable' with the page's reason names. When some
 * option is not understood: 'reasonAsked', and the seller chooses. Never a guess.
 */
export function chooseReason(reason: string, root: ParentNode = document, remembered?: PageReasonOption): Step | undefined {
  const radios = queryAll(root, CONTACT_PAGE.contactReason);
  const match = matchReasonOption(radios.map(optionOf), reason, remembered);
  if (match.index === undefined)
    return { outcome: match.why === 'absent' ? 'reasonUnavailable' : 'reasonAsked', message: offeredReasons(root) };
  const radio = radios[match.index]!;
  if (isDisabled(radio)) return { outcome: 'reasonDisabled', message: offeredReasons(root) };
  if (!isChecked(radio)) press(radio);
  return isChecked(radio) ? undefined : { outcome: 'reasonDisabled', message: offeredReasons(root) };
}

/** Resolves when `el` no longer has the `disabled` attribute, or false after the timeout. */
function whenEnabled(el: Element, timeoutMs: number, signal: AbortSignal): Promise<boolean> {
  if (!el.hasAttribute('disabled')) return Promise.resolve(true);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!el.hasAttribute('disabled')) finish(true);
    });
    const timer = setTimeout(() => finish(false), timeoutMs);
    const finish = (v: boolean) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(v);
    };
    signal.addEventListener('abort', () => finish(false), { once: true });
    observer.observe(el, { attributes: true, attributeFilter: ['disabled'] });
  });
}

/** Set a textarea's value through the prototype's setter: a framework-wrapped `value` on the element itself would swallow the change. */
export function setFieldValue(field: HTMLTextAreaElement, text: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  if (setter) setter.call(field, text);
  else field.value = text;
}

/** Put the text into the real textarea and make the page hear it; true when the page enabled Send. */
export async function typeText(box: Element, text: string, signal: AbortSignal, root: ParentNode = document): Promise<Step | undefined> {
  const field =
    queryFirst<HTMLTextAreaElement>(box.shadowRoot ?? box, CONTACT_PAGE.contactTextAreaInner) ??
    (box instanceof HTMLTextAreaElement ? box : null);
  if (!field) return { outcome: 'noTextBox' };
  field.focus();
  setFieldValue(field, text);
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  if (field.value !== text) return { outcome: 'textNotAccepted' };
  const send = mainSend(root);
  if (!send) return { outcome: 'noForm' };
  return (await whenEnabled(send, ACCEPT_TIMEOUT_MS, signal)) ? undefined : { outcome: 'textNotAccepted' };
}

const textOf = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 500);

/**
 * The page's verdict: the success banner, or (when `errors` is on) an error
 * alert that appeared after we started watching. Undefined on timeout/abort.
 */
export async function verdict(
  signal: AbortSignal,
  timeoutMs: number | undefined,
  errors: boolean,
  root: ParentNode & Node = document,
): Promise<Step | undefined> {
  const before = new Set(queryAll(root, CONTACT_PAGE.contactError));
  const local = new AbortController();
  signal.addEventListener('abort', () => local.abort(), { once: true });
  const found = await new Promise<Step | undefined>((resolve) => {
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => resolve(undefined), timeoutMs);
    local.signal.addEventListener('abort', () => (clearTimeout(timer), resolve(undefined)), { once: true });
    observe(anyOf(CONTACT_PAGE.contactSuccess), () => resolve({ outcome: 'sent' }), { signal: local.signal, root });
    if (errors) {
      observe(
        anyOf(CONTACT_PAGE.contactError),
        (el) => {
          if (!before.has(el)) resolve({ outcome: 'sendFailed', message: textOf(el) });
        },
        { signal: local.signal, root },
      );
    }
  });
  local.abort();
  return found;
}
