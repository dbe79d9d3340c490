/**
 * The JavaScript an extension page of the build loads before it runs: its
 * module script and modulepreloads from the built HTML, and every chunk those
 * import statically (dynamic imports load later, on demand, and are left out).
 * Each file gzipped on its own, as it is read.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gz } from './sizes.ts';

const IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["']([^"']+\.js)["']/g;

export function pageScripts(extensionDir: string, html: string): { files: string[]; raw: number; gzip: number } {
  const page = readFileSync(resolve(extensionDir, html), 'utf8');
  const start = [...page.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const queue = start.map((src) => resolve(extensionDir, `.${src.startsWith('/') ? src : `/${src}`}`));
  let raw = 0;
  let gzip = 0;
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    raw += Buffer.byteLength(code);
    gzip += gz(code);
    for (const m of code.matchAll(IMPORT)) {
      const spec = m[1]!;
      queue.push(spec.startsWith('/') ? resolve(extensionDir, `.${spec}`) : resolve(file, '..', spec));
    }
  }
  return { files: [...seen], raw, gzip };
}
