/**
 * Gzipped size of the built content script, and of the order-page features
 * alone (parley-mark, contact-button, copy-address, page-check) bundled the
 * same way (rolldown, minified IIFE, the browser polyfill included), to tell
 * what the orders area weighs from what other features add.
 */
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rolldown } from 'rolldown';

export const gz = (code: string | Buffer): number => gzipSync(code, { level: 9 }).length;

export function builtScript(path: string): { raw: number; gzip: number } {
  const code = readFileSync(path);
  return { raw: code.length, gzip: gz(code) };
}

export async function featuresOnly(root: string, features: Record<string, string>): Promise<{ raw: number; gzip: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  try {
    const imports = Object.entries(features).map(([name, file]) => `import { ${name} } from '${root}/lib/page/features/${file}';`);
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      [
        `import { ContentScriptContext } from 'wxt/utils/content-script-context';`,
        `import { startFeatures } from '${root}/lib/page/features';`,
        ...imports,
        `startFeatures(new ContentScriptContext('seller-central'), [${Object.keys(features).join(', ')}]);`,
      ].join('\n'),
    );
    const bundle = await rolldown({
      input: entry,
      cwd: root,
      resolve: { alias: { 'wxt/browser': `${root}/node_modules/@wxt-dev/webextension-polyfill/dist/browser.mjs`, '@': root } },
      logLevel: 'silent',
    });
    const out = await bundle.generate({ format: 'iife', minify: true });
    const code = out.output[0]!.code;
    return { raw: code.length, gzip: gz(code) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
