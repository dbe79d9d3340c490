/**
 * Launch Debian's Chromium with the built Parley (chrome-mv3) against the mock
 * Seller Central. Every Seller Central host resolves to the mock's random port
 * (--host-resolver-rules), every other name fails to resolve, so pages use the
 * real URLs (https://sellercentral.amazon.com/orders-v3) and nothing reaches
 * the internet. See tests/e2e/README.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { chromeExtensionDir, chromiumPath, MAPPED_HOSTS, mockUrl, readBuiltManifest } from './env.ts';
import { withTimeout } from './poll.ts';
import { leaseSite, type MockSite } from './site.ts';

/**
 * The extension API as seen inside worker.evaluate() or an extension page's
 * evaluate(), where code runs in the browser and `chrome` exists:
 * `worker.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.id)`.
 */
export type ChromeApi = typeof import('wxt/browser').browser;

export interface ChromiumOptions {
  /** Share a running mock site (not closed by close()); default: start one. */
  site?: MockSite;
  /** Port for the mock when the launcher starts it; default random. */
  port?: number;
  /** Default true. */
  headless?: boolean;
  /**
   * Browser UI language, e.g. 'zh-CN': browser.i18n (Parley's 'auto' UI
   * language) and navigator.language. On Linux Chromium takes it from LANGUAGE.
   */
  locale?: string;
  /** Default 1280 x 800. */
  viewport?: { width: number; height: number };
  extensionDir?: string;
  /** Extra Chromium flags. */
  args?: string[];
  /**
   * Default true: Playwright kills the browser and exits on Ctrl-C/SIGTERM.
   * false: the caller handles signals and calls close() (npm start does).
   */
  handleSignals?: boolean;
}

export interface ChromiumHarness {
  readonly context: BrowserContext;
  readonly extensionId: string;
  /**
   * The extension's service worker (worker.evaluate runs code in it). The same
   * handle survives stopWorker(); evaluate on a stopped worker waits until
   * something starts it again. restart() gives a new one.
   */
  readonly worker: Worker;
  readonly site: MockSite;
  readonly profileDir: string;
  /** Milliseconds from launch to a running service worker, last (re)launch. */
  readonly launchMs: number;
  url(path: string, host?: string): string;
  /** A fresh tab (the first call reuses the blank start tab). */
  page(): Promise<Page>;
  /** Opens chrome-extension://ID/popup.html?query in a tab. */
  openPopup(query?: string | Record<string, string>): Promise<Page>;
  extensionUrl(path: string): string;
  /**
   * Stop the service worker, as Chrome does after 30 s idle (which never happens
   * on its own here: the attached debugger keeps it alive), and wait until it is
   * stopped. Module globals are lost; the next event (a message, an alarm) starts it.
   */
  stopWorker(): Promise<void>;
  /** 'running' | 'stopped' | 'starting' | 'stopping', as Chrome reports it. */
  workerStatus(): Promise<string>;
  /**
   * The worker once it runs. It does not wake it: after stopWorker, something
   * (a page's content script, the popup) must send it an event first.
   */
  waitForWorker(timeout?: number): Promise<Worker>;
  /** Close the browser and launch it again on the same profile (browser-restart tests). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

const QUIET_FLAGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-sandbox',
  '--disable-gpu',
];

/** MAP every mock host to the site; everything else to NOTFOUND (first matching rule wins). */
export function hostResolverRules(port: number): string {
  const maps = MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`);
  return [...maps, 'MAP * ~NOTFOUND', 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1'].join(',');
}

export async function launchChromium(opts: ChromiumOptions = {}): Promise<ChromiumHarness> {
  const lease = await leaseSite(opts.site, opts.port);
  const site = lease.site;
  const extensionDir = opts.extensionDir ?? chromeExtensionDir();
  readBuiltManifest(extensionDir);
  const profileDir = mkdtempSync(join(tmpdir(), 'parley-chromium-'));
  let context!: BrowserContext;
  let worker!: Worker;
  let extensionId = '';
  let launchMs = 0;
  let blankTab: Page | undefined;

  const isOurWorker = (w: Worker) => w.url().startsWith('chrome-extension://') && (!extensionId || w.url().includes(`//${extensionId}/`));

  async function launch(): Promise<void> {
    const started = Date.now();
    const env = opts.locale ? { ...process.env, LANGUAGE: opts.locale.replace('-', '_'), LC_ALL: '' } : undefined;
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath(),
      headless: opts.headless ?? true,
      ignoreHTTPSErrors: true,
      viewport: opts.viewport ?? { width: 1280, height: 800 },
      permissions: ['clipboard-read', 'clipboard-write'],
      handleSIGINT: opts.handleSignals ?? true,
      handleSIGTERM: opts.handleSignals ?? true,
      handleSIGHUP: opts.handleSignals ?? true,
      ...(env ? { env, locale: opts.locale } : {}),
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        `--host-resolver-rules=${hostResolverRules(site.port)}`,
        // Playwright's ignoreHTTPSErrors is applied per tab once it attaches; a tab
        // the extension opens (the queue's Parley tab) can start loading before
        // that and land on a certificate error page. The flag covers every tab.
        '--ignore-certificate-errors',
        ...(opts.locale ? [`--lang=${opts.locale}`] : []),
        ...QUIET_FLAGS,
        ...(opts.args ?? []),
      ],
    });
    context.on('serviceworker', (w) => {
      if (isOurWorker(w)) worker = w;
    });
    worker =
      context.serviceWorkers().find(isOurWorker) ??
      (await context.waitForEvent('serviceworker', { predicate: isOurWorker, timeout: 20_000 }));
    extensionId = new URL(worker.url()).host;
    launchMs = Date.now() - started;
    blankTab = context.pages().find((p) => p.url() === 'about:blank');
  }

  async function waitForWorker(timeout = 10_000): Promise<Worker> {
    // Playwright keeps one Worker handle across stop/start; evaluate waits for a running worker.
    await withTimeout(
      worker.evaluate(() => true),
      timeout,
      'the Parley service worker to run',
    );
    return worker;
  }

  /**
   * Open a CDP session with the ServiceWorker domain, run `act`, and resolve with
   * the first status of our worker that `until` accepts. Enabling the domain
   * reports the current status at once. Playwright never reports a stopped
   * worker (its Worker handle lives on), so this is how we see it.
   */
  async function withServiceWorkerEvents<T>(
    until: (status: string) => T | false,
    act: (cdp: CDPSession) => Promise<unknown>,
    what = 'the service worker status',
  ): Promise<T> {
    const tab = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(tab);
    try {
      const seen = new Promise<T>((resolve) => {
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          for (const v of versions) {
            if (!v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) continue;
            const hit = until(v.runningStatus);
            if (hit !== false) resolve(hit);
          }
        });
      });
      await cdp.send('ServiceWorker.enable');
      await act(cdp);
      return await withTimeout(seen, 10_000, what);
    } finally {
      await cdp.detach().catch(() => {});
    }
  }

  await launch();

  const harness: ChromiumHarness = {
    get context() {
      return context;
    },
    get extensionId() {
      return extensionId;
    },
    get worker() {
      return worker;
    },
    get launchMs() {
      return launchMs;
    },
    site,
    profileDir,
    url: (path, host) => mockUrl(path, host),
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async page() {
      const tab = blankTab;
      blankTab = undefined;
      return tab && !tab.isClosed() ? tab : context.newPage();
    },
    async openPopup(query) {
      const search =
        query === undefined ? '' : typeof query === 'string' ? query.replace(/^\?/, '') : new URLSearchParams(query).toString();
      const tab = await harness.page();
      await tab.goto(harness.extensionUrl(`popup.html${search ? `?${search}` : ''}`));
      return tab;
    },
    workerStatus: () =>
      withServiceWorkerEvents(
        (status) => status,
        async () => {},
      ),
    async stopWorker() {
      await withServiceWorkerEvents(
        (status) => status === 'stopped',
        (cdp) => cdp.send('ServiceWorker.stopAllWorkers'),
        'the service worker to stop',
      );
    },
    waitForWorker,
    async restart() {
      await context.close();
      await launch();
    },
    async close() {
      await context.close().catch(() => {});
      await lease.release();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
  return harness;
}
