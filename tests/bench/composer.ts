/**
 * The composer part of `npm run bench`: popup open with 0, 200 and 1000 quick
 * replies stored, typing in a 4000-character message, quick-reply search and
 * bulk prepare for 200 orders, each in the same browser as its baseline (the
 * build's bench-baseline.html: one Preact component with a textarea that only
 * counts characters), and the popup's gzipped JavaScript. Prints one table;
 * answers what missed its target.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ChromiumHarness } from '../e2e/support/chromium.ts';
import { BULK_TEMPLATE, bulkOnce, type BulkRun } from './bulk-prepare.ts';
import { cacheOrders, expectedMatches, ORDER, pickerList, seedQuickReplies, selectForBulk } from './composer-seed.ts';
import { openTime } from './composer-open.ts';
import { fillMessage, findingCount, typeInBaseline, typeInComposer } from './composer-typing.ts';
import { pageScripts } from './popup-bundle.ts';
import { SEARCH_WORDS, searchOnce, statusSays } from './quick-reply-search.ts';
import { builtScript } from './sizes.ts';

export const COMPOSER_TARGET = { open200: 2, open1000: 3, frameMs: 16, bulkMs: 1000 };
const KEYS_PER_REP = 6;
const BULK_ORDERS = 200;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
/** Nearest-rank percentile. */
const percentile = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)]!;
const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'timed out');
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

interface Row {
  what: string;
  baseline: string;
  parley: string;
  ratio: string;
  target: string;
  pass?: boolean;
}

export async function composerBench(h: ChromiumHarness, extensionDir: string, reps: number): Promise<{ failures: string[] }> {
  if (!existsSync(resolve(extensionDir, 'bench-baseline.html')))
    throw new Error(`${extensionDir} has no bench-baseline.html: build it with PARLEY_BENCH=1 (npm run bench does)`);
  const rows: Row[] = [];
  const baselineUrl = h.extensionUrl('bench-baseline.html');
  const popupUrl = h.extensionUrl(`popup.html?order=${ORDER}`);
  const control = await h.context.newPage();
  await control.goto(baselineUrl);
  await cacheOrders(h.context, control, h.url('/orders-v3/mfn/unshipped'));
  const tab = await h.context.newPage();

  // Popup open, against the baseline page, alternating in one tab.
  for (const n of [0, 200, 1000]) {
    await seedQuickReplies(control, n);
    await openTime(tab, popupUrl); // warm-up: the worker's first read of the new list
    await openTime(tab, baselineUrl);
    const base: number[] = [];
    const popup: number[] = [];
    for (let i = 0; i < reps; i += 1) {
      base.push(await openTime(tab, baselineUrl));
      popup.push(await openTime(tab, popupUrl));
    }
    const ratio = median(popup) / median(base);
    const target = n === 200 ? COMPOSER_TARGET.open200 : n === 1000 ? COMPOSER_TARGET.open1000 : undefined;
    rows.push({
      what: `popup open to interactive, ${n} quick replies stored (${pickerList(n).length} listed)`,
      baseline: ms(median(base)),
      parley: ms(median(popup)),
      ratio: ratio.toFixed(2),
      target: target ? `<= ${target}x` : '-',
      ...(target ? { pass: ratio <= target } : {}),
    });
  }

  // Typing: 1000 quick replies stored, a 4000-character message.
  await openTime(tab, popupUrl);
  await fillMessage(tab, '#parley-message', true);
  const findings = await findingCount(tab);
  const bare = await h.context.newPage();
  await openTime(bare, baselineUrl);
  await fillMessage(bare, '#bench-message', false);
  const typedBase: number[] = [];
  const typed: number[] = [];
  // The pages take turns in the front; the first key after a page comes to the front also pays for
  // the page being shown again (one frame or two, on both pages), which is not typing: it is not counted.
  for (let i = 0; i < reps; i += 1) {
    await bare.bringToFront();
    typedBase.push(...(await typeInBaseline(bare, KEYS_PER_REP + 1)).slice(1));
    await tab.bringToFront();
    typed.push(...(await typeInComposer(tab, KEYS_PER_REP + 1)).slice(1));
  }
  const [p95, p95Base] = [percentile(typed, 95), percentile(typedBase, 95)];
  rows.push({
    what: `typing: input event to rules check findings painted, 4000 characters, ${findings} findings (p95 of ${typed.length} keys; not the first after a tab switch)`,
    baseline: ms(p95Base),
    parley: ms(p95),
    ratio: (p95 / p95Base).toFixed(2),
    target: `p95 < ${COMPOSER_TARGET.frameMs} ms`,
    pass: p95 < COMPOSER_TARGET.frameMs,
  });
  rows.push({
    what: '  the same keys, median',
    baseline: ms(median(typedBase)),
    parley: ms(median(typed)),
    ratio: (median(typed) / median(typedBase)).toFixed(2),
    target: '-',
  });
  await bare.close();

  // Quick-reply search with 1000 stored: a fresh popup, words typed and deleted.
  await openTime(tab, popupUrl);
  const searched: number[] = [];
  const wrong: string[] = [];
  for (let i = 0; i < reps; i += 1) {
    for (const s of await searchOnce(tab, SEARCH_WORDS[i % SEARCH_WORDS.length]!)) {
      searched.push(s.ms);
      const want = expectedMatches(1000, s.query);
      if (!statusSays(s.status, want)) wrong.push(`"${s.query}": painted "${s.status}", ${want} expected`);
    }
  }
  const searchP95 = percentile(searched, 95);
  rows.push({
    what: `quick-reply search: keystroke to filtered list painted, ${pickerList(1000).length} listed (p95 of ${searched.length} keys; median ${ms(median(searched))})`,
    baseline: '-',
    parley: ms(searchP95),
    ratio: '-',
    target: `p95 < ${COMPOSER_TARGET.frameMs} ms`,
    pass: searchP95 < COMPOSER_TARGET.frameMs && wrong.length === 0,
  });

  // Bulk prepare: 200 synthetic orders from the mock's Manage Orders, in the order cache.
  await seedQuickReplies(control, 1000, [BULK_TEMPLATE]);
  const bulkUrl = await selectForBulk(h.context, h.url(`/orders-v3?rows=${BULK_ORDERS}`), BULK_ORDERS);
  await bulkOnce(tab, bulkUrl); // warm-up
  const runs: BulkRun[] = [];
  for (let i = 0; i < reps; i += 1) runs.push(await bulkOnce(tab, bulkUrl));
  const bulk = median(runs.map((r) => r.painted));
  const last = runs.at(-1)!;
  rows.push({
    what: `bulk prepare: ${last.items} selected orders to the review painted (${last.texts} texts filled and checked, ${last.ready} ready; loaded and quick reply chosen at ${ms(median(runs.map((r) => r.chosen)))})`,
    baseline: '-',
    parley: `${ms(bulk)} (${(bulk / last.items).toFixed(2)} ms/order)`,
    ratio: '-',
    target: `< ${COMPOSER_TARGET.bulkMs} ms`,
    pass: bulk < COMPOSER_TARGET.bulkMs && last.items === BULK_ORDERS,
  });

  const popupJs = pageScripts(extensionDir, 'popup.html');
  const baseJs = pageScripts(extensionDir, 'bench-baseline.html');
  const orderScript = builtScript(resolve(extensionDir, 'content-scripts/seller-central.js'));
  rows.push({
    what: `popup bundle: gzipped JavaScript popup.html loads (${popupJs.files.length} files, ${kb(popupJs.raw)} raw)`,
    baseline: `${kb(baseJs.gzip)} (baseline page)`,
    parley: kb(popupJs.gzip),
    ratio: '-',
    target: `order-page script: ${kb(orderScript.gzip)}`,
  });
  await Promise.all([tab.close(), control.close()]);

  print(rows, reps);
  if (wrong.length) console.log(`\nquick-reply search painted the wrong list: ${wrong.slice(0, 3).join('; ')}`);
  const failures = rows.filter((r) => r.pass === false).map((r) => `${r.what.split(':')[0]}: ${r.parley}`);
  return { failures };
}

function print(rows: Row[], reps: number): void {
  console.log(`\nParley composer benchmark: ${reps} repetitions, medians unless said; baseline: bench-baseline.html of the same build`);
  console.log('(one Preact component, a textarea whose input handler only counts characters), in the same browser and run\n');
  const w = [Math.max(...rows.map((r) => r.what.length)), 24, 28, 6, 28];
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(w[i]!)).join(' | ')} |`;
  console.log(line(['measurement', 'baseline', 'Parley', 'ratio', 'target']) + ' verdict |');
  console.log(`|${w.map((n) => '-'.repeat(n + 2)).join('|')}|---------|`);
  for (const r of rows) {
    const verdict = r.pass === undefined ? '-' : r.pass ? 'ok' : 'MISSED';
    console.log(line([r.what, r.baseline, r.parley, r.ratio, r.target]) + ` ${verdict.padEnd(7)} |`);
  }
}
