/**
 * Damaged templates and drafts are set aside, never dropped: the seller sees
 * what can be read of each and restores or deletes it.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch } from '@/lib/background/router';
import { composerHandlers } from '@/lib/background/handlers/composer';
import { seal } from '@/lib/background/vault';
import { deleteAllBuyerData, purgeExpired } from '@/lib/background/retention';

const ORDER = '111-2223334-4445556';
const popup = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });
const send = (type: string, input: unknown) => dispatch({ parley: 1, type, input }, popup() as never, composerHandlers);
const value = async <T>(type: string, input: unknown): Promise<T> => {
  const answer = await send(type, input);
  if (!answer.ok) throw new Error(`${type}: ${answer.error.code}`);
  return answer.value as T;
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const good = {
  id: 'ok-1',
  name: 'Late parcel',
  reasons: ['unexpectedProblem'],
  bodies: { en: 'Your order {{order_id}} is late.' },
  builtIn: false,
  updatedAt: 1,
};

interface Item {
  id: string;
  kind: string;
  key?: string;
  text: string | null;
}
const items = async () => (await value<{ items: Item[] }>('composer/quarantine', {})).items;

async function storeTemplates(...templates: unknown[]) {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await fakeBrowser.storage.local.set({ composerTemplates: { templates, hiddenStarters: {} } });
}

describe('damaged quick replies', () => {
  it('are set aside with their text, once, and the item is rewritten without them', async () => {
    const damaged = {
      id: 'mine.gift',
      name: 'Gift wrap',
      reasons: ['confirmOrderDetails'],
      bodies: { en: 'Gift wrap for {{order_id}}?' },
      updatedAt: 'yesterday',
    };
    await storeTemplates(damaged, good);
    const list = await value<{ templates: { id: string }[] }>('composer/templates', {});
    expect(list.templates.map((t) => t.id)).toContain('ok-1');
    expect(list.templates.map((t) => t.id)).not.toContain('mine.gift');
    await value('composer/templates', {});
    await settle();
    const aside = await items();
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatchObject({ kind: 'template', key: 'mine.gift' });
    expect(aside[0]!.text).toContain('Gift wrap for {{order_id}}?');
    const stored = (await fakeBrowser.storage.local.get('composerTemplates')).composerTemplates as { templates: { id: string }[] };
    expect(stored.templates.map((t) => t.id)).toEqual(['ok-1']);
  });

  it('restore puts a template back when it passes the import checks, and leaves the set-aside list', async () => {
    await storeTemplates({
      id: 'mine.gift',
      name: 'Gift wrap',
      reasons: ['confirmOrderDetails'],
      bodies: { en: 'Gift wrap for {{order_id}}?' },
      updatedAt: 'x',
    });
    await value('composer/templates', {});
    const [entry] = await items();
    const answer = await value<{ restored: boolean; kind: string }>('composer/restoreQuarantined', { id: entry!.id });
    expect(answer).toMatchObject({ restored: true, kind: 'template' });
    const list = await value<{ templates: { id: string; name: string }[] }>('composer/templates', {});
    expect(list.templates.find((t) => t.name === 'Gift wrap')).toBeTruthy();
    expect(await items()).toEqual([]);
  });

  it('restore refuses a template the import checks refuse, says why, and keeps it aside', async () => {
    await storeTemplates({
      id: 'mine.long',
      name: 'Long',
      reasons: ['confirmCustomizationDetails'],
      bodies: { en: 'x'.repeat(900) },
      updatedAt: 1,
    });
    await value('composer/templates', {});
    const [entry] = await items();
    const answer = await value<{ restored: boolean; report: { rejected: { reasons: string[] }[] } }>('composer/restoreQuarantined', {
      id: entry!.id,
    });
    expect(answer.restored).toBe(false);
    expect(answer.report.rejected[0]!.reasons).toContain('tooLong');
    expect((await items()).map((i) => i.id)).toEqual([entry!.id]);
    expect(await value('composer/dismissQuarantined', { id: entry!.id })).toEqual({ dismissed: true });
    expect(await items()).toEqual([]);
    await value('composer/templates', {});
    await settle();
    expect(await items()).toEqual([]);
  });

  it('an unknown id is answered as gone', async () => {
    expect(await send('composer/restoreQuarantined', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await send('composer/restoreQuarantined', { id: '../x' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('damaged drafts', () => {
  const draft = { reason: 'confirmOrderDetails', text: 'Dear Zoë, about 111-2223334-4445556', lang: 'en' };

  it('a draft whose record is damaged is set aside sealed, shown with its text, and restored', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const sealed = await seal(draft);
    await fakeBrowser.storage.local.set({ composerDrafts: { [ORDER]: { sealed, updatedAt: 'yesterday' } } });
    expect(await value('composer/draftGet', { orderId: ORDER })).toEqual({ entry: null });
    const [entry] = await items();
    expect(entry).toMatchObject({ kind: 'draft', key: ORDER, text: draft.text });
    expect(JSON.stringify(await fakeBrowser.storage.local.get('composerQuarantine'))).not.toContain('Zoë');
    expect(await value('composer/restoreQuarantined', { id: entry!.id })).toEqual({ restored: true, kind: 'draft', orderId: ORDER });
    expect(await value('composer/draftGet', { orderId: ORDER })).toMatchObject({ entry: { draft } });
  });

  it('a draft that unseals to something Parley cannot open is set aside with its text', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const sealed = await seal({ ...draft, reason: 'not a reason!' });
    await fakeBrowser.storage.local.set({ composerDrafts: { [ORDER]: { sealed, updatedAt: Date.now() } } });
    expect(await value('composer/draftGet', { orderId: ORDER })).toEqual({ entry: null });
    const [entry] = await items();
    expect(entry).toMatchObject({ kind: 'draft', key: ORDER, text: draft.text });
    expect(await value('composer/restoreQuarantined', { id: entry!.id })).toMatchObject({ restored: false, why: 'unreadable' });
  });

  it('set-aside drafts are buyer data: gone at retention and with Delete all; templates stay', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await storeTemplates({ id: 'mine.bad', name: 7 });
    await fakeBrowser.storage.local.set({ composerDrafts: { [ORDER]: { sealed: await seal(draft), updatedAt: -1 } } });
    await value('composer/templates', {});
    await value('composer/draftGet', { orderId: ORDER });
    expect((await items()).map((i) => i.kind).sort()).toEqual(['draft', 'template']);
    await purgeExpired(Date.now() + 31 * 86_400_000);
    expect((await items()).map((i) => i.kind)).toEqual(['template']);
    await fakeBrowser.storage.local.set({ composerDrafts: { [ORDER]: { sealed: await seal(draft), updatedAt: -1 } } });
    await value('composer/draftGet', { orderId: ORDER });
    expect((await items()).map((i) => i.kind).sort()).toEqual(['draft', 'template']);
    await deleteAllBuyerData();
    expect((await items()).map((i) => i.kind)).toEqual(['template']);
  });
});
