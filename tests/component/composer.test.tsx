import { afterEach, describe, expect, it, beforeEach } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Composer } from '@/components/Composer';
import { useComposer } from '@/lib/ui/composer-store';
import { connectBackground, reportOrder, unshippedOrder, useSettings, type Enqueued } from './composer-harness';

const radio = (name: RegExp) => screen.getByRole('radio', { name });
const message = () => screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
const send = () => screen.getByRole('button', { name: 'Send' });
const why = () => document.getElementById(send().getAttribute('aria-describedby') ?? '')?.textContent ?? '';
const descriptionOf = (el: HTMLElement) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '';

let enqueued: Enqueued[];
beforeEach(async () => {
  useComposer.getState().reset();
  enqueued = connectBackground();
  await useSettings({ sellerName: 'Lotus Home Goods' });
});

afterEach(async () => {
  // Unmounting flushes the draft: let that write land before the next test's fresh storage.
  cleanup();
  await useComposer.getState().settled();
});

async function openComposer(order = unshippedOrder()) {
  await reportOrder(order);
  const view = render(<Composer orderId={order.orderId} />);
  await screen.findByRole('textbox', { name: 'Message' });
  return view;
}

describe('composer for an unshipped order', () => {
  it('shows who and what, and every reason: unavailable ones disabled with the reason why', async () => {
    await openComposer();
    expect(screen.getByRole('heading', { name: 'To Zoë Fischer' })).toBeTruthy();
    expect(screen.getByTestId('composer-order-id').textContent).toBe('112-7654321-1234567');
    expect(screen.getByText('Ceramic Coffee Mug, 350 ml')).toBeTruthy();
    expect(screen.getByRole('radiogroup', { name: 'Reason' })).toBeTruthy();
    expect((radio(/^Confirm order details/) as HTMLInputElement).disabled).toBe(false);
    const ret = radio(/^Ask about a return/) as HTMLInputElement;
    expect(ret.disabled).toBe(true);
    expect(descriptionOf(ret)).toBe('Not offered for Unshipped orders.');
    expect(descriptionOf(radio(/^Confirm customization details/))).toBe('Only for orders with a customized item.');
    expect(descriptionOf(radio(/^Request a review/))).toBe('Only after delivery; this order is Unshipped.');
  });

  it('inserts a quick reply by keyboard alone, fills the variables, and the preview is what Send queues', async () => {
    const user = userEvent.setup();
    await openComposer();
    expect(why()).toBe('Choose a reason first. (1 more to fix)');
    await user.click(radio(/^Confirm order details/));
    // "/" from outside a field (here: nothing focused) focuses the search; typing filters; Enter inserts the active option.
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('/');
    const search = screen.getByRole('combobox', { name: 'Search quick replies' });
    expect(document.activeElement).toBe(search);
    await user.keyboard('quantity');
    const list = screen.getByRole('listbox', { name: 'Quick replies' });
    const options = within(list).getAllByRole('option');
    expect(options[0]!.textContent).toContain('Confirm the ordered quantity');
    expect(search.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    await waitFor(() => expect(message().value).toContain('112-7654321-1234567'));
    expect(message().value).toMatch(/^Hello Zoë,/);
    expect(message().value).toContain('2 × Ceramic Coffee Mug, 350 ml');
    expect(message().value).toContain('Lotus Home Goods');
    expect(message().value).not.toContain('{{');
    await waitFor(() => expect((send() as HTMLButtonElement).disabled).toBe(false));
    // The preview follows a moment after the text (a frame of its own), then says exactly what is queued.
    await waitFor(() => expect(screen.getByTestId('composer-preview').textContent).toBe(message().value));
    await user.click(send());
    await screen.findByText(/^Queued: Parley will open the Contact Buyer form/);
    expect(enqueued).toEqual([
      {
        orderId: '112-7654321-1234567',
        marketplaceId: 'ATVPDKIKX0DER',
        host: 'sellercentral.amazon.com',
        reason: 'confirmOrderDetails',
        text: message().value,
        transport: 'form',
        autoSubmit: false,
      },
    ]);
    await waitFor(async () => expect(await fakeBrowser.storage.local.get('composerDrafts')).toEqual({ composerDrafts: {} }));
  });

  it('Esc clears the search, then goes back to the message', async () => {
    const user = userEvent.setup();
    await openComposer();
    const search = screen.getByRole('combobox', { name: 'Search quick replies' });
    await user.click(search);
    await user.keyboard('zzzz');
    expect(screen.getByText('No quick reply matches "zzzz".')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect((search as HTMLInputElement).value).toBe('');
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(message());
    // In the message, "/" is just a character.
    await user.keyboard('1/2');
    expect(message().value).toBe('1/2');
    expect(document.activeElement).toBe(message());
  });

  it('blocks a violating message with its findings, and Send comes back once it is fixed', async () => {
    const user = userEvent.setup();
    await openComposer();
    await user.click(radio(/^Confirm order details/));
    await user.click(message());
    await user.keyboard('About order 112-7654321-1234567: write to me at shop@example.com and leave a 5-star review for a discount.');
    const findings = await screen.findByRole('heading', { name: /^Rules check: \d+ to look at/ });
    const list = findings.parentElement!;
    expect(within(list).getAllByText('Error:').length).toBeGreaterThanOrEqual(2);
    expect(list.textContent).toContain('shop@example.com');
    expect((send() as HTMLButtonElement).disabled).toBe(true);
    expect(why()).toMatch(/^Fix the \d+ problems marked as errors: Amazon would block this message\./);
    // The offending span is marked in the mirror, and a finding's quote selects it in the message box.
    const marks = screen.getByTestId('composer-highlights').querySelectorAll('mark[data-severity="error"]');
    expect([...marks].map((m) => m.textContent)).toContain('shop@example.com');
    await user.click(within(list).getByRole('button', { name: 'Show "shop@example.com" in the message' }));
    expect(message().value.slice(message().selectionStart, message().selectionEnd)).toBe('shop@example.com');
    fireEvent.input(message(), {
      target: { value: 'About order 112-7654321-1234567: the mug you ordered comes in two sizes; which one do you need?' },
    });
    await waitFor(() => expect((send() as HTMLButtonElement).disabled).toBe(false));
    expect(why()).toBe("Parley will open the Contact Buyer form, fill it in, and leave Amazon's Send for you to press.");
  });

  it('a keystroke updates the findings in its own render; the preview follows a moment later', async () => {
    await openComposer();
    const preview = () => screen.queryByTestId('composer-preview')?.textContent;
    fireEvent.input(message(), { target: { value: 'Thanks for your order.' } });
    await waitFor(() => expect(preview()).toBe('Thanks for your order.'));
    fireEvent.input(message(), { target: { value: 'Thanks for your order. Visit www.lotus-home.example today.' } });
    expect(screen.getByTestId('composer-highlights').querySelector('mark')?.textContent).toBe('www.lotus-home.example');
    expect(preview()).toBe('Thanks for your order.');
    await waitFor(() => expect(preview()).toBe('Thanks for your order. Visit www.lotus-home.example today.'));
  });

  it('names an unknown variable and an unfilled one, and neither can be sent', async () => {
    const user = userEvent.setup();
    await openComposer();
    await user.click(radio(/^Confirm order details/));
    fireEvent.input(message(), { target: { value: 'Order {{order_id}}: dear {{nickname}}, it arrives by {{deliver_by}}.' } });
    await screen.findByText('{{nickname}} is not a Parley variable.');
    expect(screen.getByText('{{deliver_by}} has no value for this order.')).toBeTruthy();
    expect((send() as HTMLButtonElement).disabled).toBe(true);
    expect(why()).toContain('{{deliver_by}} has no value for this order');
    // Known, filled variables are filled in the preview.
    await waitFor(() =>
      expect(screen.getByTestId('composer-preview').textContent).toBe(
        'Order 112-7654321-1234567: dear {{nickname}}, it arrives by {{deliver_by}}.',
      ),
    );
  });

  it('saves the draft as the seller types and restores it after the popup closed', async () => {
    const user = userEvent.setup();
    const view = await openComposer();
    await user.click(radio(/^Confirm order details/));
    fireEvent.input(message(), { target: { value: 'Half-written note about 112-7654321-1234567' } });
    await screen.findByText('Draft saved.');
    view.unmount();
    cleanup();
    useComposer.getState().reset();
    render(<Composer orderId="112-7654321-1234567" />);
    await waitFor(() => expect(message().value).toBe('Half-written note about 112-7654321-1234567'));
    expect((radio(/^Confirm order details/) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Your draft was restored.')).toBeTruthy();
  });

  it('saves the draft at once when the popup is hidden', async () => {
    await openComposer();
    fireEvent.input(message(), { target: { value: 'Typed just before the popup lost focus' } });
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () =>
      expect(Object.keys((await fakeBrowser.storage.local.get('composerDrafts')).composerDrafts ?? {})).toEqual(['112-7654321-1234567']),
    );
  });

  it('shows the queue refusal in words', async () => {
    fakeBrowser.reset();
    connectBackground({ refuse: { code: 'duplicate-sent', message: 'This exact message was already sent to order 112-7654321-1234567.' } });
    await useSettings({ sellerName: 'Lotus Home Goods' });
    const user = userEvent.setup();
    await openComposer();
    await user.click(radio(/^Confirm order details/));
    fireEvent.input(message(), { target: { value: 'About order 112-7654321-1234567: which size do you need, 350 ml or 500 ml?' } });
    await waitFor(() => expect((send() as HTMLButtonElement).disabled).toBe(false));
    await user.click(send());
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Not queued: This exact message was already sent to order 112-7654321-1234567.',
    );
  });
});

describe('composer for other orders', () => {
  it('canceled: nothing can be chosen, and the Customer Service route is explained', async () => {
    await openComposer(unshippedOrder({ status: 'canceled' }));
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios.length).toBe(12);
    expect(radios.every((r) => r.disabled)).toBe(true);
    expect(screen.getByText(/Customer Service: the buyer uses the "Contact Us" form/)).toBeTruthy();
    expect(why()).toMatch(/^Send is off: the order is canceled\./);
  });

  it('a Spanish buyer: the quick reply has no Spanish text, and a note says English was used', async () => {
    const user = userEvent.setup();
    await openComposer(unshippedOrder({ host: 'sellercentral.amazon.com.mx', marketplaceId: 'A1AM78C64UM0Y8' }));
    expect(screen.getByText(/The buyer's language: (Spanish|español)/)).toBeTruthy();
    await user.click(radio(/^Confirm order details/));
    await user.click(screen.getByRole('combobox', { name: 'Search quick replies' }));
    await user.keyboard('quantity{Enter}');
    const note = await screen.findByTestId('composer-language-note');
    expect(note.textContent).toMatch(
      /^"Confirm the ordered quantity" has no (Spanish|español) text, so the (English|inglés) text was inserted\./,
    );
    expect(message().value).toMatch(/^Hello Zoë,/);
  });

  it('an unknown buyer language is said out loud', async () => {
    await openComposer(unshippedOrder({ host: 'sellercentral-europe.amazon.com', marketplaceId: undefined }));
    expect(screen.getByTestId('composer-language-note').textContent).toContain('Parley does not know which language this buyer reads');
  });

  it('an order Parley has not seen: says what to do, and opens it once a page reports it', async () => {
    const order = unshippedOrder();
    render(<Composer orderId={order.orderId} />);
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      `Parley does not know order ${order.orderId} yet. Open Manage Orders or the order's details in Seller Central and press Contact there.` +
        "Open the order list or the order's page in Seller Central: the composer opens here as soon as Parley sees the order there.",
    );
    expect(screen.queryByRole('textbox', { name: 'Message' })).toBeNull();
    await reportOrder(unshippedOrder({ orderId: '112-0000000-0000001' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('textbox', { name: 'Message' })).toBeNull(); // another order: still missing
    await reportOrder(order);
    expect(await screen.findByRole('textbox', { name: 'Message' })).toBeTruthy();
    expect(screen.getByTestId('composer-order-id').textContent).toBe(order.orderId);
  });
});
