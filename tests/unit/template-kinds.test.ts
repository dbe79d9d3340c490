/** Quick replies have a kind: start a message, reply to a buyer, or both (absent: both). */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch } from '@/lib/background/router';
import { composerHandlers } from '@/lib/background/handlers/composer';
import { validateTemplates } from '@/lib/domain/template-import';
import { exportTemplates, repliesToBuyers, startsMessages, templateKind } from '@/lib/domain/templates';

const body = { en: 'About your order {{order_id}}: it ships today.' };
const options = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });
const send = (type: string, input: unknown) => dispatch({ parley: 1, type, input }, options() as never, composerHandlers);

describe('template kinds', () => {
  it('absent means both; start and reply are offered where they belong', () => {
    expect(templateKind({})).toBe('both');
    expect([startsMessages({}), repliesToBuyers({})]).toEqual([true, true]);
    expect([startsMessages({ kind: 'start' }), repliesToBuyers({ kind: 'start' })]).toEqual([true, false]);
    expect([startsMessages({ kind: 'reply' }), repliesToBuyers({ kind: 'reply' })]).toEqual([false, true]);
  });

  it('an imported template keeps a known kind; an unknown one is refused as a bad field', () => {
    const result = validateTemplates([
      { name: 'Reply', reasons: [], bodies: body, kind: 'reply' },
      { name: 'Odd', reasons: [], bodies: body, kind: 'broadcast' },
      { name: 'Plain', reasons: [], bodies: body },
    ]);
    expect(result.accepted.map((t) => [t.name, t.kind])).toEqual([
      ['Reply', 'reply'],
      ['Plain', undefined],
    ]);
    expect(result.rejected).toEqual([expect.objectContaining({ index: 1, reasons: ['badField'] })]);
  });

  it('the kind survives an export and an import', () => {
    const [saved] = validateTemplates([{ id: 'mine.a', name: 'Reply', reasons: [], bodies: body, kind: 'reply' }]).accepted;
    const again = validateTemplates(JSON.parse(exportTemplates([saved!])));
    expect(again.accepted[0]?.kind).toBe('reply');
  });

  it('the options page saves a kind with the template, and refuses one that is not a kind', async () => {
    const answer = await send('composer/saveTemplate', { template: { name: 'Where is it', reasons: [], bodies: body, kind: 'reply' } });
    expect(answer).toMatchObject({ ok: true, value: { saved: { kind: 'reply' } } });
    expect(await send('composer/saveTemplate', { template: { name: 'X', reasons: [], bodies: body, kind: 'all' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});
