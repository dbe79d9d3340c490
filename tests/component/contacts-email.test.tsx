import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { Composer } from '@/components/Composer';
import { readJobs } from '@/lib/background/queue-store';
import { useComposer } from '@/lib/ui/composer-store';
import { useEmail } from '@/lib/ui/email-store';
import '@/lib/ui/contacts-slots';
import { reportOrder, unshippedOrder, useSettings } from './composer-harness';
import { ask, connectContacts, RELAY, type Harness } from './contacts-harness';

vi.mock('@/lib/background/queue-runner', () => ({ kick: vi.fn() }));

const ORDER = unshippedOrder();
const TEXT = `Hello Zoë, could you confirm the colour you would like for order ${ORDER.orderId}?`;
const send = () => screen.getByRole('button', { name: 'Send' }) as HTMLButtonElement;

let h: Harness;
beforeEach(async () => {
  useComposer.getState().reset();
  useEmail.setState({ orderId: undefined, senders: [], choice: '', typed: '', subject: '', answer: undefined, error: undefined });
  h = connectContacts('popup.html');
  await useSettings({ sellerName: 'Lotus Home Goods', sendMethod: 'email', emailClient: 'gmail' });
  await ask('contacts/senderAdd', { address: 'seller@lotus.example', status: 'approved' });
  await ask('contacts/senderAdd', { address: 'old@lotus.example', status: 'blocked' });
});
afterEach(async () => {
  cleanup();
  await useComposer.getState().settled();
});

async function compose(reason = /^Confirm order details/) {
  const user = userEvent.setup();
  await reportOrder(ORDER);
  render(<Composer orderId={ORDER.orderId} />);
  const box = (await screen.findByRole('textbox', { name: 'Message' })) as HTMLTextAreaElement;
  await user.click(screen.getByRole('radio', { name: reason }));
  fireEvent.input(box, { target: { value: TEXT } });
  await screen.findByTestId('sender-picker');
  return user;
}

describe('composer: send by email', () => {
  it('offers approved senders only, hands the message to Gmail with the relay address, and says what to check', async () => {
    const user = await compose();
    const from = screen.getByRole('combobox', { name: 'From' }) as HTMLSelectElement;
    expect([...from.options].map((o) => o.value)).toEqual(['seller@lotus.example', '__other__']);
    expect((screen.getByRole('textbox', { name: 'Subject' }) as HTMLInputElement).value).toBe(`Your Amazon order ${ORDER.orderId}`);
    await waitFor(() => expect(send().disabled).toBe(false));
    await user.click(send());
    const handed = await screen.findByTestId('email-handed');
    expect(handed.textContent).toContain('Handed to Gmail. Check the From address (seller@lotus.example)');
    expect(h.opened).toHaveLength(1);
    const url = new URL(h.opened[0]!);
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/');
    expect(url.searchParams.get('to')).toBe(RELAY);
    expect(url.searchParams.get('body')).toBe(TEXT);
    expect(url.searchParams.get('authuser')).toBe('seller@lotus.example');
    expect((await readJobs())[0]).toMatchObject({ state: 'sent', transport: 'email' });
  });

  it('explains that Amazon will reject another address, and holds the message until it is approved', async () => {
    const user = await compose();
    await user.selectOptions(screen.getByRole('combobox', { name: 'From' }), '__other__');
    await user.type(screen.getByRole('textbox', { name: 'Sender address' }), 'old@lotus.example');
    expect(screen.getByTestId('will-reject').textContent).toBe(
      'Amazon will reject mail from old@lotus.example: it is not approved on Messaging Permissions. Parley holds the message until you mark old@lotus.example approved.',
    );
    await waitFor(() => expect(send().disabled).toBe(false));
    await user.click(send());
    expect((await screen.findByTestId('email-held')).textContent).toContain('once old@lotus.example is marked approved');
    expect(h.opened).toEqual([]);
    expect((await readJobs())[0]).toMatchObject({ state: 'held', heldFor: 'senderNotApproved' });
  });

  it('keeps Send closed for an invalid sender, and [Important] for critical reasons only', async () => {
    const user = await compose();
    const important = screen.getByRole('checkbox', { name: 'Mark as [Important] (critical messages only)' }) as HTMLInputElement;
    expect(important.disabled).toBe(true);
    await user.selectOptions(screen.getByRole('combobox', { name: 'From' }), '__other__');
    await user.type(screen.getByRole('textbox', { name: 'Sender address' }), 'not an address');
    await waitFor(() => expect(send().disabled).toBe(true));
    expect(screen.getByText('That is not a valid email address.')).toBeTruthy();
    const subject = screen.getByRole('textbox', { name: 'Subject' });
    fireEvent.input(subject, { target: { value: '[Important] order' } });
    expect(screen.getByText(/\[Important\] is only for critical messages/)).toBeTruthy();
  });

  it('for a critical reason the [Important] switch adds and removes the tag', async () => {
    const user = await compose(/^Notify of a problem/);
    const important = screen.getByRole('checkbox', { name: 'Mark as [Important] (critical messages only)' }) as HTMLInputElement;
    expect(important.disabled).toBe(false);
    await user.click(important);
    expect((screen.getByRole('textbox', { name: 'Subject' }) as HTMLInputElement).value).toBe(
      `[Important] Your Amazon order ${ORDER.orderId}`,
    );
    await user.click(important);
    expect((screen.getByRole('textbox', { name: 'Subject' }) as HTMLInputElement).value).toBe(`Your Amazon order ${ORDER.orderId}`);
  });

  it('shows the order past messages from Parley beside the composer', async () => {
    await reportOrder(ORDER);
    await ask('contacts/emailHandoff', {
      orderId: ORDER.orderId,
      marketplaceId: 'ATVPDKIKX0DER',
      host: ORDER.host,
      reason: 'confirmOrderDetails',
      text: TEXT,
      subject: 'Your order',
      from: 'seller@lotus.example',
      client: 'gmail',
    });
    // The history record follows the queue change (recorded by the worker's listener; here by hand).
    const { recordJobs } = await import('@/lib/background/history');
    await recordJobs(await readJobs());
    render(<Composer orderId={ORDER.orderId} />);
    const history = await screen.findByTestId('contact-history');
    expect(history.textContent).toContain('Confirm order details');
    expect(history.textContent).toContain('Email · Handed to email');
    expect(history.textContent).toContain(TEXT);
  });
});
