import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SetAsideItems } from '@/components/SetAsideItems';

let listed: unknown[];
let calls: { type: string; input: unknown }[];
let restoreAnswer: unknown;

beforeEach(() => {
  calls = [];
  listed = [
    { id: 't-1-0', kind: 'template', at: 1, key: 'mine.gift', why: 'Invalid type', text: '{\n  "name": "Gift wrap"\n}' },
    { id: 'd-1-0', kind: 'draft', at: 1, key: '111-2223334-4445556', why: 'Invalid type', text: null },
  ];
  restoreAnswer = { restored: false, kind: 'draft', why: 'unreadable' };
  fakeBrowser.runtime.onMessage.addListener(((
    msg: { type: string; input: { id?: string } },
    _s: unknown,
    respond: (r: unknown) => void,
  ) => {
    calls.push(msg);
    if (msg.type === 'composer/quarantine') respond({ ok: true, value: { items: listed } });
    else if (msg.type === 'composer/restoreQuarantined') respond({ ok: true, value: restoreAnswer });
    else if (msg.type === 'composer/dismissQuarantined') {
      listed = listed.filter((i) => (i as { id: string }).id !== msg.input.id);
      respond({ ok: true, value: { dismissed: true } });
    }
    return true;
  }) as never);
});
afterEach(() => cleanup());

describe('damaged items set aside (options)', () => {
  it('lists each with what can be read, and says when a draft cannot be read', async () => {
    render(<SetAsideItems />);
    await screen.findByText('Damaged items set aside');
    expect((screen.getByRole('textbox', { name: 'What can be read of Quick reply mine.gift' }) as HTMLTextAreaElement).value).toContain(
      'Gift wrap',
    );
    expect(screen.getByText(/cannot be read any more/)).toBeTruthy();
  });

  it('Restore announces why a draft cannot come back; Delete removes it from the list', async () => {
    render(<SetAsideItems />);
    const restore = await screen.findByRole('button', { name: 'Restore Draft for order 111-2223334-4445556' });
    await userEvent.click(restore);
    await screen.findByText("This draft's text cannot be read, so it cannot be restored.");
    expect(calls.find((c) => c.type === 'composer/restoreQuarantined')?.input).toEqual({ id: 'd-1-0' });
    await userEvent.click(screen.getByRole('button', { name: 'Delete Draft for order 111-2223334-4445556 for good' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /Draft for order/ })).toBeNull());
    expect(screen.getByText('Deleted.')).toBeTruthy();
  });

  it('shows nothing when nothing is set aside', async () => {
    listed = [];
    const { container } = render(<SetAsideItems />);
    await waitFor(() => expect(calls.map((c) => c.type)).toContain('composer/quarantine'));
    expect(container.textContent).toBe('');
  });
});
