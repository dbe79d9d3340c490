import { describe, expect, it } from 'vitest';
import { chooseReason } from '@/lib/page/contact-form-dom';
import { loadFixture, US } from './load-fixture';

const CONTACT = `${US}/messaging/contact?orderID=112-3456789-0123456&marketplaceID=ATVPDKIKX0DER`;
const section = (id: string) => document.querySelector<HTMLElement>(`#${id}`)!;

describe('Contact Buyer reasons by meaning', () => {
  it('picks a Japanese-labelled Katal radio without a value, reading its light-DOM input', () => {
    loadFixture('handmade-fallbacks.html', CONTACT);
    const root = section('reasons-no-value');
    expect(chooseReason('invoice', root)).toBeUndefined();
    const inputs = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(inputs.map((i) => i.checked)).toEqual([false, true]);
  });

  it('picks a plain radio by its label whatever its numeric value', () => {
    loadFixture('handmade-fallbacks.html', CONTACT);
    const root = section('reasons-plain');
    expect(chooseReason('additionalInformation', root)).toBeUndefined();
    expect(root.querySelector<HTMLInputElement>('input[value="3"]')!.checked).toBe(true);
    expect(root.querySelector<HTMLInputElement>('input[value="1"]')!.checked).toBe(false);
  });

  it("hands the choice back with the page's own reason names when none is ours", () => {
    loadFixture('handmade-fallbacks.html', CONTACT);
    const root = section('reasons-plain');
    expect(chooseReason('warranty', root)).toEqual({
      outcome: 'reasonUnavailable',
      message: 'Confirm order details, Send an invoice, Other',
    });
    expect([...root.querySelectorAll<HTMLInputElement>('input')].some((i) => i.checked)).toBe(false);
  });

  it('refuses a disabled light-DOM radio instead of pressing it', () => {
    loadFixture('handmade-fallbacks.html', CONTACT);
    const root = section('reasons-no-value');
    root.querySelectorAll('input')[1]!.disabled = true;
    expect(chooseReason('invoice', root)).toMatchObject({ outcome: 'reasonDisabled' });
    expect(root.querySelectorAll<HTMLInputElement>('input')[1]!.checked).toBe(false);
  });
});
