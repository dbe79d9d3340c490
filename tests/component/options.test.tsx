import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { OptionsApp } from '@/components/OptionsApp';
import { setCatalog, type Catalog } from '@/lib/i18n';
import { getSettings } from '@/lib/storage';
import { useSettingsStore } from '@/lib/ui/settings-store';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import { connectBackground } from './composer-harness';

beforeEach(() => {
  connectBackground();
  location.hash = '';
  useSettingsStore.setState({ settings: undefined, uiVersion: 0 });
});
afterEach(() => {
  cleanup();
  setCatalog(en as Catalog, 'en');
});

const list = (name: RegExp) => screen.getByRole('list', { name });
const names = (ul: HTMLElement) =>
  within(ul)
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('.parley-tpl__name')?.textContent);

async function openTemplates() {
  render(<OptionsApp />);
  await screen.findByRole('list', { name: /^Parley's starters/ });
}

describe('options: templates', () => {
  it('creates a template with a variable inserted at the cursor and a live preview, then edits it', async () => {
    const user = userEvent.setup();
    await openTemplates();
    await user.click(screen.getByRole('button', { name: 'New template' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Size question');
    await user.click(screen.getByRole('checkbox', { name: /Confirm order details/ }));
    const body = screen.getByRole('textbox', { name: 'Text (English)' }) as HTMLTextAreaElement;
    await user.type(body, 'About order : which size do you need?');
    body.setSelectionRange('About order '.length, 'About order '.length);
    await user.click(screen.getByRole('button', { name: 'Insert {{order_id}}' }));
    expect(body.value).toBe('About order {{order_id}}: which size do you need?');
    await waitFor(() =>
      expect(screen.getByTestId('template-preview').textContent).toBe('About order 111-1234567-7654321: which size do you need?'),
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('"Size question" was saved.');
    expect(names(list(/^Your templates \(1\)/))).toEqual(['Size question']);

    await user.click(screen.getByRole('button', { name: 'Edit "Size question"' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Which size?');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('"Which size?" was saved.');
    expect(names(list(/^Your templates \(1\)/))).toEqual(['Which size?']);
  });

  it('names unknown variables and does not save them', async () => {
    const user = userEvent.setup();
    await openTemplates();
    await user.click(screen.getByRole('button', { name: 'New template' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Bad');
    fireEvent.input(screen.getByRole('textbox', { name: 'Text (English)' }), { target: { value: 'Hi {{nick}}, order {{order_id}}.' } });
    expect(await screen.findByText('Unknown variables: {{nick}}')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy(); // still editing
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText(/^None yet/)).toBeTruthy();
  });

  it('duplicates a starter, deletes the copy (with undo), hides and restores a starter', async () => {
    const user = userEvent.setup();
    await openTemplates();
    await user.click(screen.getByRole('button', { name: 'Duplicate "Confirm the ordered quantity"' }));
    await waitFor(() => expect(names(list(/^Your templates \(1\)/))).toEqual(['Copy of Confirm the ordered quantity']));
    await user.click(screen.getByRole('button', { name: 'Delete "Copy of Confirm the ordered quantity"' }));
    await screen.findByText(/was deleted\./);
    expect(screen.getByText(/^None yet/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(names(list(/^Your templates \(1\)/))).toEqual(['Copy of Confirm the ordered quantity']));

    await user.click(screen.getByRole('button', { name: 'Hide "Invoice for the order"' }));
    const hidden = await screen.findByRole('list', { name: /^Hidden starters \(1\)/ });
    expect(names(hidden)).toEqual(['Invoice for the order']);
    expect(names(list(/^Parley's starters/))).not.toContain('Invoice for the order');
    await user.click(within(hidden).getByRole('button', { name: 'Restore "Invoice for the order"' }));
    await waitFor(() => expect(names(list(/^Parley's starters/))).toContain('Invoice for the order'));
  });
});

describe('options: import and export', () => {
  it('imports the valid entries and reports each rejected one with its reasons', async () => {
    const user = userEvent.setup();
    render(<OptionsApp />);
    await user.click(screen.getByRole('link', { name: 'Import / export' }));
    const file = {
      format: 'parley-templates',
      version: 1,
      templates: [
        {
          id: 'team-late',
          name: 'Late parcel',
          reasons: ['unexpectedProblem'],
          bodies: { en: 'Your order {{order_id}} is delayed by two days; is that all right?' },
        },
        { name: 'Nickname', reasons: ['marketing'], bodies: { en: 'Hi {{nick}}' } },
        { id: 'starter.mine', name: 'Sneaky', bodies: { en: 'Order {{order_id}}' } },
      ],
    };
    fireEvent.input(screen.getByRole('textbox', { name: '…or paste its JSON here' }), { target: { value: JSON.stringify(file) } });
    await user.click(screen.getByRole('button', { name: 'Import pasted JSON' }));
    expect(await screen.findByRole('heading', { name: 'Added 1 · already there 0 · rejected 2' })).toBeTruthy();
    const rejected = screen.getByRole('list', { name: 'Rejected' });
    expect(rejected.textContent).toContain('#2 "Nickname"');
    expect(rejected.textContent).toContain('Unknown reasons: marketing');
    expect(rejected.textContent).toContain('Unknown variables: {{nick}}');
    expect(rejected.textContent).toContain('#3 "Sneaky"');
    expect(rejected.textContent).toContain('Ids starting with "starter." belong to Parley\'s starter templates.');
    expect(screen.getByRole('list', { name: 'Added' }).textContent).toBe('#1 "Late parcel"');
    expect(screen.getByRole('button', { name: 'Export 1 templates' })).toBeTruthy();
  });

  it('says so when the text is not a template file', async () => {
    const user = userEvent.setup();
    location.hash = '#import-export';
    render(<OptionsApp />);
    fireEvent.input(screen.getByRole('textbox', { name: '…or paste its JSON here' }), { target: { value: '{"hello": 1}' } });
    await user.click(screen.getByRole('button', { name: 'Import pasted JSON' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This is not a Parley template file: nothing was imported.');
  });
});

describe('options: settings', () => {
  it('saves each setting through the background and refuses out-of-range numbers', async () => {
    const user = userEvent.setup();
    location.hash = '#settings';
    render(<OptionsApp />);
    const seller = await screen.findByRole('textbox', { name: 'Your seller name' });
    await user.type(seller, ' Lotus Home Goods ');
    await user.tab();
    await screen.findByText('Saved.');
    await user.click(screen.getByRole('checkbox', { name: 'Send for me after I press Send in Parley' }));
    await user.click(screen.getByRole('radio', { name: 'Email from an approved sender address' }));
    await waitFor(async () =>
      expect(await getSettings()).toMatchObject({ sellerName: 'Lotus Home Goods', autoSubmit: true, sendMethod: 'email' }),
    );
    const orders = screen.getByRole('spinbutton', { name: 'Average orders per day' });
    await user.clear(orders);
    await user.type(orders, '40');
    await user.tab();
    expect(await screen.findByText("Amazon's formula: 5 × 40 + 600 = 800 messages a day")).toBeTruthy();
    const retention = screen.getByRole('spinbutton', { name: 'Keep buyer data for (days)' });
    await user.clear(retention);
    await user.type(retention, '45');
    await user.tab();
    expect(await screen.findByText('Enter a whole number from 1 to 30.')).toBeTruthy();
    expect((await getSettings()).retentionDays).toBe(30);
  });

  it('switches the UI language to Chinese at once', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify(zh)));
    const user = userEvent.setup();
    location.hash = '#settings';
    render(<OptionsApp />);
    await user.selectOptions(await screen.findByRole('combobox', { name: "Parley's language" }), 'zh_CN');
    expect(await screen.findByRole('link', { name: '设置' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(zh.optionsTitle.message);
    expect(document.documentElement.lang).toBe('zh-CN');
    expect((await getSettings()).uiLanguage).toBe('zh_CN');
  });
});
