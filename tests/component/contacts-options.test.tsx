import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { BuyerDataSection } from '@/components/BuyerDataSection';
import { SendersSection } from '@/components/SendersSection';
import { offerImport } from '@/lib/background/senders';
import { readJobs } from '@/lib/background/queue-store';
import { useSenders } from '@/lib/ui/senders-store';
import { useSettingsStore } from '@/lib/ui/settings-store';
import { reportOrder, unshippedOrder } from './composer-harness';
import { ask, connectContacts, type Harness } from './contacts-harness';

vi.mock('@/lib/background/queue-runner', () => ({ kick: vi.fn() }));

const ORDER = unshippedOrder();
const handoff = (from: string) =>
  ask('contacts/emailHandoff', {
    orderId: ORDER.orderId,
    marketplaceId: 'ATVPDKIKX0DER',
    host: ORDER.host,
    reason: 'confirmOrderDetails',
    text: `Please confirm the colour for order ${ORDER.orderId}.`,
    subject: 'Your order',
    from,
    client: 'outlook',
  });

let h: Harness;
beforeEach(() => {
  useSenders.setState({ senders: [], waiting: [], review: null, notice: undefined });
  h = connectContacts();
});
afterEach(() => cleanup());

describe('options: approved sender addresses', () => {
  it('adds an address, refuses a bad one in words, marks and removes', async () => {
    const user = userEvent.setup();
    render(<SendersSection />);
    await screen.findByText(/No addresses yet/);
    await user.type(screen.getByRole('textbox', { name: 'Email address' }), 'abc@marketplace.amazon.com');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect((await screen.findByRole('alert')).textContent).toBe("That is a buyer's Amazon relay address, not one of yours.");
    await user.clear(screen.getByRole('textbox', { name: 'Email address' }));
    await user.type(screen.getByRole('textbox', { name: 'Email address' }), 'Team@Lotus.EXAMPLE');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'pending');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    const row = await waitFor(() => document.querySelector('[data-parley-sender="Team@lotus.example"]') as HTMLElement);
    expect(row.dataset.status).toBe('pending');
    await user.click(within(row).getByRole('button', { name: 'Mark Team@lotus.example approved' }));
    await waitFor(() => expect(row.dataset.status).toBe('approved'));
    await user.click(within(row).getByRole('button', { name: 'Remove Team@lotus.example' }));
    await screen.findByText(/No addresses yet/);
  });

  it('approving an address releases the message held for it, which then opens in email', async () => {
    const user = userEvent.setup();
    await reportOrder(ORDER);
    await ask('contacts/senderAdd', { address: 'new@lotus.example', status: 'pending' });
    expect(await handoff('new@lotus.example')).toMatchObject({ ok: true, value: { state: 'held' } });
    render(<SendersSection />);
    const waiting = await screen.findByText(`Order ${ORDER.orderId}: waits for new@lotus.example to be approved`);
    expect(waiting).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Mark new@lotus.example approved' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      '1 held messages for new@lotus.example can now be opened in your mail client.',
    );
    await user.click(await screen.findByRole('button', { name: `Open the message for order ${ORDER.orderId} in email` }));
    await waitFor(() => expect(h.opened).toHaveLength(1));
    expect(h.opened[0]).toMatch(/^mailto:k3x9q2abcd1234@marketplace\.amazon\.com\?subject=Your%20order&body=/);
    expect((await readJobs())[0]).toMatchObject({ state: 'sent' });
  });

  it('reviews what the Messaging Permissions page listed and imports only what the seller ticks', async () => {
    const user = userEvent.setup();
    await ask('contacts/senderAdd', { address: 'seller@lotus.example', status: 'pending' });
    await offerImport('sellercentral.amazon.com', [
      { email: 'seller@lotus.example', status: 'Approved' },
      { email: 'support@lotus.example', status: 'Approved' },
      { email: 'promo@lotus.example', status: 'Blocked' },
      { email: 'not-an-address', status: 'Approved' },
    ]);
    render(<SendersSection />);
    const review = await screen.findByTestId('senders-import');
    expect(within(review).getByText('now Approved (Parley had: Not yet approved)')).toBeTruthy();
    expect((within(review).getByRole('checkbox', { name: 'Import not-an-address' }) as HTMLInputElement).disabled).toBe(true);
    await user.click(within(review).getByRole('checkbox', { name: 'Import promo@lotus.example' }));
    await user.click(within(review).getByRole('button', { name: 'Import selected' }));
    expect((await screen.findByRole('status')).textContent).toBe('Imported 2 addresses; 0 held messages released.');
    await waitFor(() => expect(screen.queryByTestId('senders-import')).toBeNull());
    const listed = [...document.querySelectorAll<HTMLElement>('[data-parley-sender]')].map((li) => [
      li.dataset.parleySender,
      li.dataset.status,
    ]);
    expect(listed).toEqual([
      ['seller@lotus.example', 'approved'],
      ['support@lotus.example', 'approved'],
    ]);
  });
});

describe('options: buyer data', () => {
  it('says what Parley holds, changes the retention, and deletes only after the confirm step', async () => {
    const user = userEvent.setup();
    await useSettingsStore.getState().load();
    await reportOrder(ORDER);
    await ask('contacts/senderAdd', { address: 'seller@lotus.example', status: 'approved' });
    await handoff('seller@lotus.example');
    render(<BuyerDataSection />);
    expect((await screen.findByTestId('buyer-data-counts')).textContent).toBe(
      'Parley holds: 0 history records, 1 finished queue messages, 0 drafts, 1 orders seen, 0 messages still waiting.',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Keep buyer data for' }), '7');
    expect((await screen.findByRole('status')).textContent).toBe('Saved.');
    expect(h.calls.some((c) => c.type === 'composer/settingsSave' && JSON.stringify(c.input) === '{"patch":{"retentionDays":7}}')).toBe(
      true,
    );

    await user.click(screen.getByRole('button', { name: 'Delete all buyer data now' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete all buyer data?' });
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' })));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(h.calls.some((c) => c.type === 'contacts/deleteAll')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Delete all buyer data now' }));
    await user.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect((await screen.findByText(/^Deleted:/)).textContent).toBe(
      'Deleted: 0 history records, 1 queue messages, 0 drafts, 1 orders. The encryption key was replaced.',
    );
    expect(await readJobs()).toEqual([]);
  });
});

describe('queue view: a released email job', () => {
  it('opens in email from the queue', async () => {
    const user = userEvent.setup();
    const { QueueJob } = await import('@/components/QueueJob');
    await reportOrder(ORDER);
    await ask('contacts/senderAdd', { address: 'seller@lotus.example', status: 'pending' });
    const held = (await handoff('seller@lotus.example')).value as { jobId: string };
    await ask('contacts/senderSetStatus', { address: 'seller@lotus.example', status: 'approved' });
    const job = (await readJobs())[0]!;
    const { toView } = await import('@/lib/domain/queue-view');
    render(<QueueJob job={toView(job, Date.now())} busy={false} onAction={() => undefined} />);
    expect(toView(job, Date.now()).needsSeller).toBe(true);
    await user.click(screen.getByRole('button', { name: `Open the message for order ${ORDER.orderId} in email` }));
    await waitFor(() => expect(h.opened).toHaveLength(1));
    expect((await readJobs()).find((j) => j.id === held.jobId)?.state).toBe('sent');
  });
});
