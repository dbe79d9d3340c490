/**
 * Add or update UI strings in both catalogs at once, so parallel work never
 * rewrites public/_locales by hand. Usage:
 *   npx tsx tests/tools/i18n-add.ts strings.json
 * where strings.json is {"en": {"key": "text" | {message, description}}, "zh_CN": {...}}.
 * Both languages must name the same keys; existing keys are replaced in place.
 */
import { readFileSync, writeFileSync, renameSync } from 'node:fs';

type Entry = { message: string; description?: string; placeholders?: Record<string, { content: string }> };
const file = process.argv[2];
if (!file) throw new Error('usage: npx tsx tests/tools/i18n-add.ts strings.json');
const input = JSON.parse(readFileSync(file, 'utf8')) as Record<'en' | 'zh_CN', Record<string, string | Entry>>;
const enKeys = Object.keys(input.en ?? {})
  .sort()
  .join();
const zhKeys = Object.keys(input.zh_CN ?? {})
  .sort()
  .join();
if (enKeys !== zhKeys) throw new Error('en and zh_CN must list the same keys');
for (const lang of ['en', 'zh_CN'] as const) {
  const path = `public/_locales/${lang}/messages.json`;
  const catalog = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Entry>;
  for (const [key, value] of Object.entries(input[lang])) {
    if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`bad key ${key}`);
    catalog[key] = typeof value === 'string' ? { message: value } : value;
  }
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(catalog, null, 2)}\n`);
  renameSync(tmp, path); // atomic: a parallel reader never sees half a file
}
console.log(`added ${Object.keys(input.en).length} keys`);
