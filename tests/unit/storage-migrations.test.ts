import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as v from 'valibot';
import { PERSISTED_ITEMS } from '@/lib/storage';

const examplesDir = join(import.meta.dirname, '../fixtures/storage');

describe.each(PERSISTED_ITEMS)('stored item $name', ({ name, key, item, schema, version }) => {
  const dir = join(examplesDir, name);
  const examples = existsSync(dir) ? readdirSync(dir).filter((f) => /^v\d+\.json$/.test(f)) : [];

  it('has a saved example of every version up to the current one', () => {
    const versions = examples.map((f) => Number(f.slice(1, -5))).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: version }, (_, i) => i + 1));
  });

  it.each(examples)('migrates %s to a value the current schema accepts', async (file) => {
    const fromVersion = Number(file.slice(1, -5));
    const raw: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    await fakeBrowser.storage.local.set({ [key]: raw, [`${key}$`]: { v: fromVersion } });
    await item.migrate();
    const value = await item.getValue();
    const parsed = v.safeParse(schema, value);
    expect(parsed.issues?.map((i) => i.message) ?? []).toEqual([]);
    const expectedFile = join(dir, file.replace('.json', '.expected.json'));
    if (existsSync(expectedFile)) expect(value).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    const meta = (await fakeBrowser.storage.local.get(`${key}$`))[`${key}$`] as { v?: number } | undefined;
    expect(meta?.v ?? 1).toBe(version);
  });
});
