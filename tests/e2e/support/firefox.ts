/**
 * Launch Debian's Firefox ESR over WebDriver BiDi (puppeteer-core) with the
 * built Parley (firefox-mv2) against the mock Seller Central. Firefox cannot
 * map a host to another port, so it talks to the mock through a local CONNECT
 * proxy (./proxy.ts): URLs are the real ones, without a port, and every
 * other host is refused. See tests/e2e/README.md for the quirks handled here.
 */
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxExtensionDir, firefoxPath, MAPPED_HOSTS, mockUrl, readBuiltManifest } from './env.ts';
import { evaluateIn, poll } from './poll.ts';
import { startTunnelProxy } from './proxy.ts';
import { leaseSite, type MockSite } from './site.ts';

export interface FirefoxOptions {
  site?: MockSite;
  port?: number;
  headless?: boolean;
  extensionDir?: string;
  /** Extra about:config prefs. */
  prefs?: Record<string, string | number | boolean>;
}

export interface FirefoxHarness {
  browser: Browser;
  site: MockSite;
  /** The moz-extension:// host, fixed at launch (extensions.webextensions.uuids). */
  extensionUuid: string;
  /** Milliseconds from launch to the extension installed and running. */
  launchMs: number;
  url(path: string, host?: string): string;
  extensionUrl(path: string): string;
  page(): Promise<Page>;
  /** Opens moz-extension://UUID/popup.html?query in a tab; resolves once its document has loaded. */
  openPopup(query?: string | Record<string, string>): Promise<Page>;
  /**
   * Navigate to an extension page. Firefox's goto never resolves there: this
   * starts the navigation and polls until the document is loaded.
   */
  gotoExtensionPage(page: Page, path: string): Promise<void>;
  close(): Promise<void>;
}

export async function launchFirefox(opts: FirefoxOptions = {}): Promise<FirefoxHarness> {
  const lease = await leaseSite(opts.site, opts.port);
  const site = lease.site;
  const extensionDir = opts.extensionDir ?? firefoxExtensionDir();
  const geckoId = readBuiltManifest(extensionDir).browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  const proxy = await startTunnelProxy(MAPPED_HOSTS, site.port);
  const extensionUuid = randomUUID();
  const started = Date.now();
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: opts.headless ?? true,
      acceptInsecureCerts: true,
      defaultViewport: { width: 1280, height: 800 },
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        // Names resolve locally even if something bypasses the proxy.
        'network.dns.localDomains': MAPPED_HOSTS.join(','),
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: extensionUuid }),
        ...opts.prefs,
      },
    });
    await browser.installExtension(extensionDir);
  } catch (e) {
    await browser?.close().catch(() => {});
    await proxy.close();
    await lease.release();
    throw e;
  }
  const launched = browser;
  let blankTab: Page | undefined = (await launched.pages()).find((p) => p.url() === 'about:blank');

  const extensionUrl = (path: string) => `moz-extension://${extensionUuid}/${path.replace(/^\//, '')}`;

  async function gotoExtensionPage(page: Page, path: string): Promise<void> {
    const target = extensionUrl(path);
    // Never awaited: on moz-extension:// pages it does not settle (TOOLCHAIN.md).
    void page.goto(target).catch(() => {});
    await poll(() => evaluateIn(page, (want: string) => location.href === want && document.readyState === 'complete', target), {
      message: `${target} to load`,
    });
  }

  const harness: FirefoxHarness = {
    browser: launched,
    site,
    extensionUuid,
    launchMs: Date.now() - started,
    url: (path, host) => mockUrl(path, host),
    extensionUrl,
    async page() {
      const tab = blankTab;
      blankTab = undefined;
      if (tab && !tab.isClosed()) return tab;
      // Firefox ESR 140 cannot add a tab while a popup-type window (Parley's composer window) has
      // the focus ("TabManager.getTabBrowser(...) is undefined"): open a normal window instead.
      return launched.newPage().catch((e: unknown) => {
        if (!String(e).includes('getTabBrowser')) throw e;
        return launched.newPage({ type: 'window' });
      });
    },
    async openPopup(query) {
      const search =
        query === undefined ? '' : typeof query === 'string' ? query.replace(/^\?/, '') : new URLSearchParams(query).toString();
      const tab = await harness.page();
      await gotoExtensionPage(tab, `popup.html${search ? `?${search}` : ''}`);
      return tab;
    },
    gotoExtensionPage,
    async close() {
      await launched.close().catch(() => {});
      await proxy.close();
      await lease.release();
    },
  };
  return harness;
}
