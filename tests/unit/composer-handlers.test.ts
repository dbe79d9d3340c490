import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch } from '@/lib/background/router';
import { composerHandlers, DRAFT_PURGE_ALARM, setupComposer } from '@/lib/background/handlers/composer';
import { purgeDrafts } from '@/lib/background/composer-drafts';
import { STARTER_TEMPLATES } from '@/lib/domain/quick-replies';
import { getSettings } from '@/lib/storage';

const ORDER = '111-2223334-4445556';
const popup = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
const content = () => ({
  id: fakeBrowser.runtime.id,
  url: 'https://sellercentral.amazon.com/orders-v3',
  frameId: 0,
  tab: { id: 4 } as never,
});
const send = (type: string, input: unknown, sender: object = popup()) =>
  dispatch({ parley: 1, type, input }, sender as never, composerHandlers);
const value = async <T>(type: string, input: unknown): Promise<T> => {
  const answer = await send(type, input);
  if (!answer.ok) throw new Error(`${type}: ${answer.error.code}`);
  return answer.value as T;
};
const mine = { name: 'Late parcel', reasons: ['unexpectedProblem'], bodies: { en: 'Your order {{order_id}} is late.' } };

describe('composer messages refuse strangers and bad payloads', () => {
  it.each([
    ['a content script', 'composer/templates', {}, content(), 'bad-sender'],
    ['another extension', 'composer/draftGet', { orderId: ORDER }, { ...popup(), id: 'evil' }, 'bad-sender'],
    ['a web page', 'composer/settingsSave', { patch: { autoSubmit: true } }, { url: 'https://example.com' }, 'bad-sender'],
    ['a bad order id', 'composer/draftGet', { orderId: '../etc' }, popup(), 'invalid-input'],
    ['an extra field', 'composer/saveTemplate', { template: { ...mine, builtIn: true } }, popup(), 'invalid-input'],
    ['an unknown reason', 'composer/saveTemplate', { template: { ...mine, reasons: ['marketing'] } }, popup(), 'invalid-input'],
    ['an unknown setting', 'composer/settingsSave', { patch: { admin: true } }, popup(), 'invalid-input'],
    ['retention over 30 days', 'composer/settingsSave', { patch: { retentionDays: 90 } }, popup(), 'invalid-input'],
    ['a wrongly typed setting', 'composer/settingsSave', { patch: { autoSubmit: 'yes' } }, popup(), 'invalid-input'],
    ['a draft with a stray field', 'composer/draftSave', { orderId: ORDER, draft: { text: 'x' }, extra: 1 }, popup(), 'invalid-input'],
  ])('refuses %s', async (_name, type, input, sender, code) => {
    const answer = await send(type, input, sender);
    expect(answer).toMatchObject({ ok: false, error: { code } });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

describe('composer/templates', () => {
  it('lists the seller templates first, then every starter', async () => {
    const saved = await value<{ saved: { id: string } }>('composer/saveTemplate', { template: mine });
    const list = await value<{ templates: { id: string }[]; hidden: unknown[] }>('composer/templates', {});
    expect(list.templates[0]!.id).toBe(saved.saved.id);
    expect(list.templates.slice(1).map((t) => t.id)).toEqual(STARTER_TEMPLATES.map((t) => t.id));
    expect(list.hidden).toEqual([]);
  });

  it('updates in place, and refuses text with unknown variables naming them', async () => {
    const { saved } = await value<{ saved: { id: string } }>('composer/saveTemplate', { template: mine });
    await value('composer/saveTemplate', { template: { ...mine, id: saved.id, name: 'Renamed' } });
    const bad = await value<{ rejected: { reasons: string[]; unknownVariables: string[] } }>('composer/saveTemplate', {
      template: { ...mine, id: saved.id, bodies: { en: 'Hi {{nickname}}' } },
    });
    expect(bad.rejected).toMatchObject({ reasons: ['unknownVariable'], unknownVariables: ['nickname'] });
    const list = await value<{ templates: { id: string; name: string }[] }>('composer/templates', {});
    expect(list.templates.filter((t) => t.id === saved.id)).toEqual([expect.objectContaining({ name: 'Renamed' })]);
  });

  it('saves an edited starter as a copy and hides the original until restored', async () => {
    const starter = STARTER_TEMPLATES[0]!;
    const { saved } = await value<{ saved: { id: string; builtIn: boolean } }>('composer/saveTemplate', {
      template: { id: starter.id, name: 'Mine', reasons: starter.reasons, bodies: { en: 'Order {{order_id}}: one question.' } },
    });
    expect(saved.id).not.toBe(starter.id);
    expect(saved.builtIn).toBe(false);
    let list = await value<{ templates: { id: string }[]; hidden: { template: { id: string }; why: string; copyId: string }[] }>(
      'composer/templates',
      {},
    );
    expect(list.templates.map((t) => t.id)).not.toContain(starter.id);
    expect(list.hidden).toEqual([
      expect.objectContaining({ why: 'edited', copyId: saved.id, template: expect.objectContaining({ id: starter.id }) }),
    ]);
    expect(await value('composer/restoreTemplate', { id: starter.id })).toEqual({ changed: true });
    list = await value('composer/templates', {});
    expect(list.templates.map((t) => t.id)).toEqual(expect.arrayContaining([starter.id, saved.id]));
  });

  it('deletes the seller template, hides (not destroys) a starter', async () => {
    const { saved } = await value<{ saved: { id: string } }>('composer/saveTemplate', { template: mine });
    expect(await value('composer/deleteTemplate', { id: saved.id })).toEqual({ changed: true });
    expect(await value('composer/deleteTemplate', { id: STARTER_TEMPLATES[1]!.id })).toEqual({ changed: true });
    const list = await value<{ templates: { id: string }[]; hidden: { why: string }[] }>('composer/templates', {});
    expect(list.templates.map((t) => t.id)).not.toContain(saved.id);
    expect(list.hidden).toEqual([expect.objectContaining({ why: 'deleted' })]);
  });

  it('keeps the good templates when storage holds a damaged one', async () => {
    await fakeBrowser.storage.local.set({
      composerTemplates: {
        templates: [
          { id: 'x', name: 42 },
          { ...mine, id: 'ok-1', builtIn: false, updatedAt: 1 },
        ],
        hiddenStarters: { 'starter.a': 'bad' },
      },
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const list = await value<{ templates: { id: string }[]; hidden: unknown[] }>('composer/templates', {});
    expect(list.templates[0]!.id).toBe('ok-1');
    expect(list.hidden).toEqual([]);
  });
});

describe('composer/templateHeads', () => {
  it('answers the same list as composer/templates, without the bodies: names, reasons, kind and languages', async () => {
    await value('composer/saveTemplate', {
      template: { ...mine, names: { zh: '包裹延误' }, bodies: { en: 'Late: {{order_id}}.', de: 'Spät.' } },
    });
    const full = await value<{ templates: { id: string; bodies: object }[] }>('composer/templates', {});
    const heads = await value<{ templates: Record<string, unknown>[] }>('composer/templateHeads', {});
    expect(heads.templates.map((t) => t.id)).toEqual(full.templates.map((t) => t.id));
    expect(heads.templates[0]).toEqual({
      id: full.templates[0]!.id,
      name: 'Late parcel',
      names: { zh: '包裹延误' },
      reasons: ['unexpectedProblem'],
      langs: ['en', 'de'],
    });
    expect(heads.templates.some((t) => 'bodies' in t || 'subject' in t)).toBe(false);
    expect(JSON.stringify(heads).length).toBeLessThan(JSON.stringify(full).length / 3);
  });

  it('follows a change of the list', async () => {
    const before = await value<{ templates: unknown[] }>('composer/templateHeads', {});
    await value('composer/saveTemplate', { template: mine });
    const after = await value<{ templates: { name: string }[] }>('composer/templateHeads', {});
    expect(after.templates).toHaveLength(before.templates.length + 1);
    expect(after.templates[0]!.name).toBe('Late parcel');
  });
});

describe('composer/templates: the list kept in the worker', () => {
  it('reads storage once for repeated opens, and again after any change of the item', async () => {
    await value('composer/saveTemplate', { template: mine });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const first = await value<{ templates: { name: string }[] }>('composer/templates', {});
    await value('composer/templates', {});
    await value('composer/templates', {});
    expect(get).toHaveBeenCalledTimes(1);
    // Written by another context (the options page, a migration): the next open reads it.
    await fakeBrowser.storage.local.set({
      composerTemplates: {
        templates: [{ ...mine, name: 'From elsewhere', id: 'other-1', builtIn: false, updatedAt: 2 }],
        hiddenStarters: {},
      },
    });
    const after = await value<{ templates: { name: string }[] }>('composer/templates', {});
    expect(first.templates[0]!.name).toBe('Late parcel');
    expect(after.templates[0]!.name).toBe('From elsewhere');
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('a save through the worker shows in the next list at once', async () => {
    await value('composer/templates', {});
    const { saved } = await value<{ saved: { id: string } }>('composer/saveTemplate', { template: { ...mine, name: 'Fresh' } });
    const list = await value<{ templates: { id: string }[] }>('composer/templates', {});
    expect(list.templates[0]!.id).toBe(saved.id);
  });
});

describe('composer/importTemplates', () => {
  it('adds valid entries, renames taken ids, skips identical ones and reports rejected ones', async () => {
    const first = await value<{ added: { id: string }[] }>('composer/importTemplates', {
      text: JSON.stringify([{ ...mine, id: 'team-1' }]),
    });
    expect(first.added).toEqual([expect.objectContaining({ id: 'team-1', index: 0 })]);
    const file = {
      format: 'parley-templates',
      version: 1,
      templates: [
        { ...mine, id: 'team-1' },
        { ...mine, id: 'team-1', bodies: { en: 'Changed text for {{order_id}}.' } },
        { name: 'Bad', bodies: { en: 'Hi {{nick}}' } },
        { ...mine, id: 'starter.evil' },
      ],
    };
    const report = await value<{
      added: { index: number; renamedFrom?: string }[];
      unchanged: { index: number }[];
      rejected: { index: number; reasons: string[] }[];
    }>('composer/importTemplates', { text: JSON.stringify(file) });
    expect(report.unchanged).toEqual([expect.objectContaining({ index: 0 })]);
    expect(report.rejected).toEqual([
      expect.objectContaining({ index: 1, reasons: ['duplicateId'] }),
      expect.objectContaining({ index: 2, reasons: ['unknownVariable'] }),
      expect.objectContaining({ index: 3, reasons: ['reservedId'] }),
    ]);
    expect(report.added).toEqual([]);
    const renamed = await value<{ added: { id: string; renamedFrom?: string }[] }>('composer/importTemplates', {
      text: JSON.stringify([{ ...mine, id: 'team-1', name: 'Other' }]),
    });
    expect(renamed.added[0]).toMatchObject({ renamedFrom: 'team-1' });
    expect(renamed.added[0]!.id).not.toBe('team-1');
    const list = await value<{ templates: { id: string }[] }>('composer/templates', {});
    expect(list.templates.filter((t) => !t.id.startsWith('starter.'))).toHaveLength(2);
  });

  it('says when the file is not JSON and stores nothing', async () => {
    expect(await value('composer/importTemplates', { text: 'name,body' })).toMatchObject({ fileError: 'notJson', added: [] });
    expect(await fakeBrowser.storage.local.get('composerTemplates')).toEqual({});
  });
});

describe('composer drafts', () => {
  const draft = { reason: 'confirmOrderDetails', text: 'Dear Zoë, about 111-2223334-4445556', lang: 'en' };

  it('round-trips a draft, sealed at rest, and clears it', async () => {
    await value('composer/draftSave', { orderId: ORDER, draft });
    const stored = JSON.stringify(await fakeBrowser.storage.local.get('composerDrafts'));
    // Words with characters base64 never has (ë, space), so random ciphertext cannot match them.
    expect(stored).not.toContain('Zoë');
    expect(stored).not.toContain('about 111');
    expect(await value('composer/draftGet', { orderId: ORDER })).toMatchObject({ entry: { draft } });
    expect(await value('composer/draftClear', { orderId: ORDER })).toEqual({ cleared: true });
    expect(await value('composer/draftGet', { orderId: ORDER })).toEqual({ entry: null });
  });

  it('purges drafts older than the retention setting', async () => {
    await value('composer/settingsSave', { patch: { retentionDays: 2 } });
    await value('composer/draftSave', { orderId: ORDER, draft });
    expect(await purgeDrafts(Date.now() + 1 * 86_400_000)).toBe(0);
    expect(await purgeDrafts(Date.now() + 3 * 86_400_000)).toBe(1);
    expect(await value('composer/draftGet', { orderId: ORDER })).toEqual({ entry: null });
  });

  it('creates the purge alarm once and purges when it rings', async () => {
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    setupComposer();
    await vi.waitFor(() => expect(create).toHaveBeenCalledOnce());
    setupComposer();
    await new Promise((r) => setTimeout(r, 0));
    expect(create).toHaveBeenCalledOnce();
    expect(await fakeBrowser.alarms.get(DRAFT_PURGE_ALARM)).toBeTruthy();
  });
});

describe('composer/settingsSave and composer/tabOrder', () => {
  it('merges a patch and answers every setting', async () => {
    const answer = await value<{ sellerName: string; autoSubmit: boolean; retentionDays: number }>('composer/settingsSave', {
      patch: { sellerName: 'Lotus Home', autoSubmit: true },
    });
    expect(answer).toMatchObject({ sellerName: 'Lotus Home', autoSubmit: true, retentionDays: 30 });
    expect(await getSettings()).toMatchObject({ sellerName: 'Lotus Home', autoSubmit: true });
  });

  it.each([
    ['https://sellercentral.amazon.de/orders-v3/order/302-1234567-7654321', '302-1234567-7654321'],
    ['https://sellercentral.amazon.com/messaging/contact?orderID=111-2223334-4445556&marketplaceID=ATVPDKIKX0DER', ORDER],
    ['https://sellercentral.amazon.com/orders-v3?page=2', null],
    ['https://sellercentral.amazon.com.evil.example/orders-v3/order/111-2223334-4445556', null],
    ['https://sellercentral.amazon.com/orders-v3/order/not-an-order', null],
  ])('reads the active tab %s', async (url, orderId) => {
    const tab = await fakeBrowser.tabs.create({ url, active: true });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab] as never);
    expect(await value('composer/tabOrder', {})).toMatchObject({ orderId });
  });
});
