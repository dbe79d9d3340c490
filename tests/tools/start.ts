/**
 * `npm start`: build Parley for Chrome, start the mock Seller Central, and open
 * Chromium with Parley loaded on https://sellercentral.amazon.com/orders-v3.
 *
 *   npm start                               headed (needs a display), until Ctrl-C
 *   npm start -- --headless                 no window, until Ctrl-C
 *   npm start -- --headless --screenshot shot.png   1280x800 PNG once Parley is on the page, then exit
 *   --port N            mock site port (default random)
 *   --locale zh_CN      Chinese Seller Central UI and Chinese browser/Parley UI
 *   --path /orders-v3/order/ID   open another page
 *   --no-build          use the existing build
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../e2e/support/chromium.ts';
import { chromeExtensionDir, chromiumPath, ROOT } from '../e2e/support/env.ts';
import { evaluateIn, poll, waitForParleyMark } from '../e2e/support/poll.ts';

const USAGE = 'usage: npm start -- [--headless] [--screenshot FILE] [--port N] [--locale en|zh_CN] [--path /orders-v3...] [--no-build]';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    port: { type: 'string' },
    locale: { type: 'string', default: 'en' },
    path: { type: 'string', default: '/orders-v3' },
    'no-build': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const locale = values.locale.replace('-', '_');
if (!['en', 'zh_CN'].includes(locale)) throw new Error(`--locale: en or zh_CN, not ${values.locale}\n${USAGE}`);
const port = values.port === undefined ? undefined : Number(values.port);
if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536))
  throw new Error(`--port: a port number, not ${values.port}`);
if (!values.path.startsWith('/')) throw new Error(`--path must start with /, not ${values.path}`);
const headless = values.headless;
if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  // One line, no stack trace: the usual case is a server or container without a desktop.
  console.error('No display here to open Chromium in: run `npm start -- --headless --screenshot parley.png` instead.');
  process.exit(2);
}

if (!existsSync(chromiumPath())) {
  console.error(`No Chromium at ${chromiumPath()}: install it (\`sudo apt-get install chromium\`) or set CHROMIUM_PATH to one.`);
  process.exit(2);
}

if (!values['no-build']) {
  console.log('Building Parley for Chrome...');
  const built = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
  if (built.status !== 0) {
    console.error('wxt build failed (run `npx wxt build` to see why).');
    process.exit(1);
  }
}

const harness = await launchChromium({ headless, port, locale: locale === 'zh_CN' ? 'zh-CN' : undefined, handleSignals: false });
let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  await harness.close().catch(() => {});
  process.exit(code);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.log(`\n${signal}: closing Chromium and the mock site.`);
    void stop(0);
  });
}

try {
  const target = new URL(harness.url(values.path));
  if (locale !== 'en') target.searchParams.set('mons_sel_locale', locale);
  const page = await harness.page();
  await page.goto(target.href);
  console.log(`Mock Seller Central on 127.0.0.1:${harness.site.port}; Chromium maps every Seller Central host to it.`);
  console.log(`Parley ${chromeExtensionDir()} (id ${harness.extensionId}) running in ${harness.launchMs} ms.`);
  console.log(`Opened ${target.href}`);

  if (values.screenshot) {
    const mark = await waitForParleyMark(page, { timeout: 15_000 });
    // Buttons follow the mark on order pages (added in idle-time batches): wait until
    // their number holds still for half a second. Other pages have none: give up after 4 s.
    const countButtons = () => evaluateIn(page, () => document.querySelectorAll('[data-parley="contact"]').length);
    let last = -1;
    let since = Date.now();
    const buttons = await poll(
      async () => {
        const n = await countButtons();
        if (n !== last) [last, since] = [n, Date.now()];
        return n > 0 && Date.now() - since >= 500 ? n : false;
      },
      { timeout: 4_000 },
    ).catch(() => countButtons());
    const file = resolve(process.cwd(), values.screenshot);
    await page.screenshot({ path: file, fullPage: false });
    console.log(`Parley active (${mark}), ${buttons} Contact button${buttons === 1 ? '' : 's'}. Screenshot (1280x800): ${file}`);
    await stop(0);
  } else {
    page.on('close', () => {
      if (harness.context.pages().length === 0) void stop(0);
    });
    harness.context.on('close', () => void stop(0));
    console.log('Press Ctrl-C to stop.');
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  await stop(1);
}
