// @vitest-environment node
/**
 * The layer rules of eslint.layers.js, run through ESLint with the project's own
 * config: a planted wrong import fails lint, the same file with an allowed import passes.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

const use = (spec: string) => `import * as m from '${spec}';\nexport const x = m;\n`;

describe('layer rules', () => {
  it.each([
    ['lib/domain/planted.ts', '../background/vault'],
    ['lib/domain/planted.ts', 'wxt/browser'],
    ['lib/domain/planted.ts', '../storage'],
    ['lib/domain/policy/planted.ts', '../../page/selectors'],
    ['lib/domain/planted.ts', '../protocol'],
    ['lib/protocol/planted.ts', '../storage/queue'],
    ['lib/protocol/planted.ts', '../background/queue-store'],
    ['lib/protocol/planted.ts', '../i18n'],
    ['lib/storage/planted.ts', '../background/vault'],
    ['lib/page/planted.ts', '../background/orders-cache'],
    ['lib/page/features/planted.ts', '@/components/Composer'],
    ['lib/ui/planted.ts', '../background/bulk'],
    ['components/Planted.tsx', '@/lib/background/composer-templates'],
  ])('%s may not import %s', async (file, spec) => {
    const errors = await layerErrors(file, use(spec));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/may not import this/);
  });

  it.each([
    ['lib/domain/planted.ts', './order'],
    ['lib/domain/policy/planted.ts', '../language'],
    ['lib/protocol/planted.ts', '../domain/order'],
    ['lib/storage/planted.ts', '../domain/queue'],
    ['lib/page/planted.ts', '../protocol'],
    ['lib/ui/planted.ts', '../protocol'],
    ['lib/background/planted.ts', '../storage/queue'],
  ])('%s may import %s', async (file, spec) => {
    expect(await layerErrors(file, use(spec))).toEqual([]);
  });

  it('keeps lib/domain off browser globals', async () => {
    const errors = await layerErrors('lib/domain/planted.ts', 'export const read = () => document.title + String(chrome);\n');
    expect(errors).toHaveLength(2);
  });
});
