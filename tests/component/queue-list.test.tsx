import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { QueueList } from '@/components/QueueList';
import type { JobView, QueueListOutput } from '@/lib/domain/queue-view';
import { useQueueView } from '@/lib/ui/queue-view-store';

const view = (id: string, patch: Partial<JobView> = {}): JobView => ({
  id,
  orderId: '112-1234567-1234567',
  marketplaceId: 'ATVPDKIKX0DER',
  host: 'sellercentral.amazon.com',
  reason: 'confirmOrderDetails',
  transport: 'form',
  state: 'queued',
  attempts: 0,
  createdAt: 1,
  updatedAt: 1,
  autoSubmit: false,
  actions: ['cancel'],
  needsSeller: false,
  ...patch,
});

let listed: QueueListOutput;
let calls: { type: string; input: unknown }[];
let refuse: string | undefined;

beforeEach(() => {
  useQueueView.setState({ status: 'loading', data: undefined, error: undefined, busy: undefined, actionError: undefined });
  calls = [];
  refuse = undefined;
  listed = { jobs: [], quarantine: [], paused: false, dailyCap: 600, sentToday: 0 };
  fakeBrowser.runtime.onMessage.addListener(((msg: { type: string; input: unknown }, _s: unknown, respond: (r: unknown) => void) => {
    calls.push(msg);
    if (msg.type === 'queue/list') respond({ ok: true, value: listed });
    else if (refuse) respond({ ok: false, error: { code: 'action-refused', message: refuse } });
    else respond({ ok: true, value: {} });
    return true;
  }) as never);
});
afterEach(() => cleanup());

const jobElement = (id: string) => document.querySelector(`[data-parley-job="${id}"]`) as HTMLElement;

describe('queue view', () => {
  it('shows each job with its order, reason, state, problem and actions', async () => {
    listed.jobs = [
      view('a', {
        state: 'needs-check',
        needsSeller: true,
        actions: ['cancel', 'confirmSent', 'requeue'],
        lastError: { code: 'notConfirmed' },
      }),
      view('b', {
        state: 'failed',
        reason: 'returnQuestion',
        needsSeller: true,
        actions: ['retry', 'cancel'],
        lastError: { code: 'reasonUnavailable', message: 'Confirm order details' },
      }),
      view('c', { state: 'held', heldFor: 'dailyCap' }),
      view('d', { state: 'sent', actions: [], sentAt: Date.UTC(2026, 2, 2, 9) }),
    ];
    render(<QueueList />);
    await screen.findByText('Needs your check');
    const a = jobElement('a');
    expect(a.dataset.state).toBe('needs-check');
    expect(within(a).getByText('Order 112-1234567-1234567')).toBeTruthy();
    expect(within(a).getByText('Confirm order details')).toBeTruthy();
    expect(within(a).getByText(/cannot tell whether this message was sent/)).toBeTruthy();
    expect(within(a).getByText("Send was pressed, but Amazon's page did not confirm it.")).toBeTruthy();
    expect(
      within(a)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual([
      'Cancel the message for order 112-1234567-1234567',
      'Confirm the message for order 112-1234567-1234567 was sent',
      'Queue the message for order 112-1234567-1234567 again',
    ]);
    const b = jobElement('b');
    expect(within(b).getByText('Ask about a return')).toBeTruthy();
    expect(within(b).getByText(/does not offer this reason for this order\. It offers: Confirm order details\./)).toBeTruthy();
    expect(within(jobElement('c')).getByText(/daily cap is reached/)).toBeTruthy();
    expect(jobElement('d').dataset.state).toBe('sent');
    expect(within(jobElement('d')).queryAllByRole('button')).toEqual([]);
  });

  it('sends the chosen action and reloads', async () => {
    listed.jobs = [view('a', { state: 'needs-check', actions: ['cancel', 'confirmSent', 'requeue'] })];
    render(<QueueList />);
    await userEvent.click(await screen.findByRole('button', { name: 'Confirm the message for order 112-1234567-1234567 was sent' }));
    await waitFor(() => expect(calls.filter((c) => c.type === 'queue/list').length).toBeGreaterThanOrEqual(2));
    expect(calls).toContainEqual({ parley: 1, type: 'queue/action', input: { jobId: 'a', action: 'confirmSent' } });
  });

  it('shows a refusal next to the job', async () => {
    refuse = 'That is not possible now.';
    listed.jobs = [view('a', { state: 'failed', actions: ['retry', 'cancel'] })];
    render(<QueueList />);
    await userEvent.click(await screen.findByRole('button', { name: 'Retry the message for order 112-1234567-1234567' }));
    expect(within(jobElement('a')).getByRole('alert').textContent).toBe('That is not possible now.');
  });

  it('pauses and resumes with a switch', async () => {
    render(<QueueList />);
    const toggle = await screen.findByRole('switch', { name: 'Pause sending' });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    await userEvent.click(toggle);
    expect(calls).toContainEqual({ parley: 1, type: 'queue/pause', input: { paused: true } });
  });

  it('says when it is paused, and the count against the cap', async () => {
    listed = { ...listed, paused: true, sentToday: 3, dailyCap: 800 };
    render(<QueueList />);
    expect(await screen.findByText(/Paused: Parley fills and sends nothing/)).toBeTruthy();
    expect(screen.getByText('Last 24 hours: 3 of 800 messages (daily cap)')).toBeTruthy();
    expect((screen.getByRole('switch', { name: 'Pause sending' }) as HTMLInputElement).checked).toBe(true);
  });

  it('lists damaged records with a clear message, and dismisses them', async () => {
    listed.quarantine = [
      { id: 'q1', at: 1, orderId: '112-1234567-1234567' },
      { id: 'q2', at: 2 },
    ];
    render(<QueueList />);
    expect(
      await screen.findByText(/A stored message for order 112-1234567-1234567 was damaged and set aside; it will not be sent/),
    ).toBeTruthy();
    expect(screen.getByText(/A stored message was damaged and set aside/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss the damaged record q2' }));
    expect(calls).toContainEqual({ parley: 1, type: 'queue/dismissQuarantined', input: { id: 'q2' } });
  });

  it('follows storage changes live', async () => {
    render(<QueueList />);
    expect(await screen.findByText('No messages in the queue.')).toBeTruthy();
    listed.jobs = [view('new', { state: 'filling', actions: ['cancel'] })];
    await fakeBrowser.storage.local.set({ queue: { jobs: [] } });
    expect(await screen.findByText('Filling the form')).toBeTruthy();
    expect(jobElement('new').dataset.state).toBe('filling');
  });
});

describe('page report for a Contact Buyer page Parley did not understand', () => {
  it('offers Copy page report on a job that failed for want of the form, of the queue tab', async () => {
    listed.jobs = [
      view('f', { state: 'failed', needsSeller: true, actions: ['retry', 'cancel'], lastError: { code: 'noForm' } }),
      view('g', { state: 'failed', needsSeller: true, actions: ['retry', 'cancel'], lastError: { code: 'sendFailed' } }),
    ];
    render(<QueueList />);
    await screen.findAllByText('Failed');
    expect(within(jobElement('g')).queryByRole('button', { name: 'Copy page report' })).toBeNull();
    const f = jobElement('f');
    expect(within(f).getByText(/did not understand the Contact Buyer page/)).toBeTruthy();
    await userEvent.click(within(f).getByRole('button', { name: 'Copy page report' }));
    await waitFor(() => expect(calls.map((c) => c.type)).toContain('orders/pageReport'));
    expect(calls.find((c) => c.type === 'orders/pageReport')?.input).toEqual({ queueTab: true });
  });
});
