import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { Composer } from '@/components/Composer';
import type { JobView } from '@/lib/domain/queue-view';
import { useComposer } from '@/lib/ui/composer-store';
import { useQueueView } from '@/lib/ui/queue-view-store';
import { connectBackground, reportOrder, unshippedOrder, useSettings } from './composer-harness';

const ORDER = '112-7654321-1234567';
const radio = (name: RegExp) => screen.getByRole('radio', { name }) as HTMLInputElement;
const descriptionOf = (el: HTMLElement) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '';

function job(over: Partial<JobView>): JobView {
  return {
    id: 'job-1',
    orderId: ORDER,
    marketplaceId: 'ATVPDKIKX0DER',
    host: 'sellercentral.amazon.com',
    reason: 'confirmOrderDetails',
    transport: 'form',
    state: 'filling',
    attempts: 1,
    createdAt: 1_767_300_000_000,
    updatedAt: 1_767_300_000_000,
    autoSubmit: false,
    actions: [],
    needsSeller: false,
    ...over,
  };
}

async function setup(options: { jobs?: JobView[]; status?: 'unshipped' | 'canceled' } = {}) {
  connectBackground({ jobs: options.jobs ?? [] });
  await useSettings({ sellerName: 'Lotus Home Goods' });
  await reportOrder(unshippedOrder({ status: options.status ?? 'unshipped' }));
}

beforeEach(() => {
  useComposer.getState().reset();
  // The queue view's store is shared by the popup's pages: start each test without a previous answer.
  useQueueView.setState({ status: 'loading', data: undefined });
});

afterEach(async () => {
  cleanup();
  await useComposer.getState().settled();
});

describe('composer layout', () => {
  it('folds the unavailable reasons into a closed disclosure, still listed, disabled, with the why', async () => {
    await setup();
    render(<Composer orderId={ORDER} />);
    await screen.findByRole('textbox', { name: 'Message' });
    const disclosure = screen.getByTestId('composer-unavailable-reasons') as HTMLDetailsElement;
    expect(disclosure.tagName).toBe('DETAILS');
    expect(disclosure.open).toBe(false);
    expect(disclosure.querySelector('summary')?.textContent).toBe('Not available for this order (7)');
    const ret = radio(/^Ask about a return/);
    expect(disclosure.contains(ret)).toBe(true);
    expect(ret.disabled).toBe(true);
    expect(descriptionOf(ret)).toBe('Not offered for Unshipped orders.');
    // The usable reasons stay outside, in view.
    expect(disclosure.contains(radio(/^Confirm order details/))).toBe(false);
    await userEvent.setup().click(disclosure.querySelector('summary')!);
    expect(disclosure.open).toBe(true);
  });

  it('a canceled order opens the disclosure, beside the Customer Service explanation, and folds the quick replies', async () => {
    await setup({ status: 'canceled' });
    render(<Composer orderId={ORDER} />);
    await screen.findByRole('textbox', { name: 'Message' });
    const disclosure = screen.getByTestId('composer-unavailable-reasons') as HTMLDetailsElement;
    expect(disclosure.open).toBe(true);
    expect(disclosure.querySelectorAll('input[type="radio"]').length).toBe(12);
    expect(screen.getByText(/Customer Service: the buyer uses the "Contact Us" form/)).toBeTruthy();
    expect((document.getElementById('parley-qr-list') as HTMLElement).hidden).toBe(true);
  });

  it('puts the severity icon inside the finding text, before the spoken severity', async () => {
    await setup();
    const user = userEvent.setup();
    render(<Composer orderId={ORDER} />);
    await user.click(await screen.findByRole('textbox', { name: 'Message' }));
    await user.keyboard('Write to me at shop@example.com');
    const findings = await screen.findByRole('heading', { name: /^Rules check/ });
    const text = findings.parentElement!.querySelector('.parley-finding .parley-finding__text')!;
    expect(text.firstElementChild?.classList.contains('parley-finding__icon')).toBe(true);
    expect(text.textContent).toMatch(/^✖Error:/);
  });

  it('links to the send queue, with how many jobs need the seller', async () => {
    await setup({
      jobs: [
        job({ id: 'a', orderId: '113-0000000-0000001', state: 'awaiting-seller', needsSeller: true }),
        job({ id: 'b', orderId: '113-0000000-0000002', state: 'queued' }),
      ],
    });
    const onQueue = vi.fn();
    render(<Composer orderId={ORDER} onClose={() => {}} onQueue={onQueue} />);
    await screen.findByRole('textbox', { name: 'Message' });
    const nav = screen.getByRole('navigation', { name: 'Composer navigation' });
    expect(within(nav).getByRole('button', { name: '← Recent orders' })).toBeTruthy();
    const link = await within(nav).findByRole('button', { name: 'Send queue (1 need you)' });
    await userEvent.setup().click(link);
    expect(onQueue).toHaveBeenCalledTimes(1);
    // Another order's job is no reason to hold this composer back.
    expect(screen.queryByTestId('composer-job')).toBeNull();
  });

  it("shows the order's job being filled instead of inviting a second message; the seller may still write one", async () => {
    await setup({ jobs: [job({ state: 'filling' })] });
    const onQueue = vi.fn();
    const user = userEvent.setup();
    render(<Composer orderId={ORDER} onClose={() => {}} onQueue={onQueue} />);
    const banner = await screen.findByTestId('composer-job');
    expect(banner.getAttribute('data-state')).toBe('filling');
    expect(banner.textContent).toContain(`A message for order ${ORDER} is already in the send queue: Filling the form.`);
    expect(screen.queryByRole('textbox', { name: 'Message' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
    await user.click(within(banner).getByRole('button', { name: 'Open the send queue' }));
    expect(onQueue).toHaveBeenCalledTimes(1);
    await user.click(within(banner).getByRole('button', { name: 'Write another message anyway' }));
    await screen.findByRole('textbox', { name: 'Message' });
    // The state stays in view above the composer.
    expect(screen.getByTestId('composer-job')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Write another message anyway' })).toBeNull();
  });

  it('a finished job (sent) does not hold the composer back', async () => {
    await setup({ jobs: [job({ state: 'sent' })] });
    render(<Composer orderId={ORDER} />);
    await screen.findByRole('textbox', { name: 'Message' });
    await waitFor(() => expect(useQueueView.getState().data?.jobs.length).toBe(1));
    expect(screen.queryByTestId('composer-job')).toBeNull();
  });
});
