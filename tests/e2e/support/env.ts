/**
 * Where things are for the e2e harness: the repo, the built extension, the
 * browser binaries, the host names the browsers map to the mock site. Plain
 * node can import this (tests/tools/*.ts), so: erasable syntax, .ts imports.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SELLER_CENTRAL_HOSTS } from '../../../lib/domain/marketplaces.ts';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

/** Build folder of the extension under test (PARLEY_OUT_DIR lets parallel runs use their own). */
export function outDir(): string {
  return resolve(ROOT, process.env.PARLEY_OUT_DIR ?? '.output');
}

export const chromeExtensionDir = (): string => resolve(outDir(), 'chrome-mv3');
export const firefoxExtensionDir = (): string => resolve(outDir(), 'firefox-mv2');

export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const firefoxPath = (): string => process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Every Seller Central host of the manifest; all of them lead to the mock site. */
export const SELLER_CENTRAL: readonly string[] = SELLER_CENTRAL_HOSTS;

/** The default host of url(): the US marketplace. */
export const DEFAULT_HOST = 'sellercentral.amazon.com';

/**
 * A host that is NOT Seller Central but is also served by the mock, so tests can
 * show the content script stays away from other sites. `.test` is reserved
 * (RFC 2606): it can never be a real site.
 */
export const NON_SELLER_CENTRAL_HOST = 'not-seller-central.test';

/** Hosts both launchers route to the mock: Seller Central plus the negative-control host. */
export const MAPPED_HOSTS: readonly string[] = [...SELLER_CENTRAL, NON_SELLER_CENTRAL_HOST];

/** https URL of a mock page as the browser addresses it: real host name, no port. */
export function mockUrl(path: string, host: string = DEFAULT_HOST): string {
  return new URL(path, `https://${host}/`).href;
}

/** The manifest the browser will load; throws a clear message when the build is missing. */
export function readBuiltManifest(dir: string): { version: string; browser_specific_settings?: { gecko?: { id?: string } } } {
  const file = resolve(dir, 'manifest.json');
  if (!existsSync(file)) {
    throw new Error(`No built extension at ${dir}. Run \`npx tsx tests/tools/e2e.ts\` (it builds) or \`npx wxt build\`.`);
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}
