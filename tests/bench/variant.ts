/**
 * A build of Parley with only some page features registered (by default the
 * order-page ones: parley-mark, contact-button, page-check; copy-address is
 * injected on demand anyway): the same code, built the same way in a
 * temporary copy of the sources, so the benchmark can tell what the orders
 * area costs from what other areas' page features add.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Feature export name -> file under lib/page/features/. */
export const ORDER_FEATURES: Record<string, string> = {
  parleyMark: 'parley-mark',
  contactButton: 'contact-button',
  pageCheckFeature: 'page-check',
};

function registry(features: Record<string, string>): string {
  const imports = Object.entries(features).map(([name, file]) => `import { ${name} } from './${file}';`);
  return [
    `import type { PageFeature } from '../features';`,
    ...imports,
    '',
    '/** Benchmark variant: only these features. */',
    `export const ORDER_PAGE_FEATURES: readonly PageFeature[] = [${Object.keys(features).join(', ')}];`,
    'export const OTHER_PAGE_FEATURES: readonly PageFeature[] = [];',
    '',
  ].join('\n');
}

/** Build the variant; returns its chrome-mv3 folder (in a temp dir the caller may delete). */
export function buildVariant(root: string, features: Record<string, string> = ORDER_FEATURES): { extensionDir: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-orders-'));
  for (const entry of ['entrypoints', 'components', 'lib', 'public', 'wxt.config.ts', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'lib/page/features/index.ts'), registry(features));
  const out = join(dir, '.output');
  const build = spawnSync('npx', ['wxt', 'build'], {
    cwd: dir,
    env: { ...process.env, PARLEY_OUT_DIR: out },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) throw new Error('build of the benchmark variant failed');
  return { extensionDir: join(out, 'chrome-mv3'), dir };
}
