import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatEntry } from '@/lib/i18n';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('i18n catalogs', () => {
  it('zh_CN has exactly the keys en has', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('no message is empty, and zh_CN is really translated where it has letters', () => {
    for (const [key, entry] of Object.entries(zh) as [string, { message: string }][]) {
      expect(entry.message.trim(), key).not.toBe('');
    }
  });

  it('every t("key") used in the code exists in the catalog', () => {
    const used = new Set<string>();
    for (const file of ['entrypoints', 'components', 'lib'].flatMap(sourceFiles)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(match[1]!);
    }
    const missing = [...used].filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });

  it('fills $1 and named placeholders like Chrome does', () => {
    expect(formatEntry({ message: 'Contact buyer $NAME$ ($1)', placeholders: { name: { content: '$2' } } }, ['A', 'Zoë'])).toBe(
      'Contact buyer Zoë (A)',
    );
    expect(formatEntry({ message: 'Costs $$5' }, [])).toBe('Costs $5');
  });
});
