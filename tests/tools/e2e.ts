/**
 * End-to-end runner: `npx tsx tests/tools/e2e.ts [chromium|firefox|all] [filter] [--rebuild]`.
 * Builds the extension when the output is missing or older than the sources,
 * checks each browser, runs vitest (vitest.e2e.config.ts) per browser, and
 * prints a summary ending in the plain line `N passed, M failed`.
 * A missing browser is skipped loudly, or fails the run when CI=true.
 * Build folder: PARLEY_OUT_DIR (default .output), handed on to the tests.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromeExtensionDir, chromiumPath, firefoxExtensionDir, firefoxPath, ROOT } from '../e2e/support/env.ts';

interface Target {
  key: 'chromium' | 'firefox';
  label: string;
  binary: string;
  extensionDir: string;
  buildArgs: string[];
}

const TARGETS: Target[] = [
  { key: 'chromium', label: 'Chromium', binary: chromiumPath(), extensionDir: chromeExtensionDir(), buildArgs: ['wxt', 'build'] },
  {
    key: 'firefox',
    label: 'Firefox',
    binary: firefoxPath(),
    extensionDir: firefoxExtensionDir(),
    buildArgs: ['wxt', 'build', '-b', 'firefox'],
  },
];
const SOURCES = ['entrypoints', 'components', 'lib', 'public', 'wxt.config.ts', 'package.json'];
const CI = process.env.CI === 'true' || process.env.CI === '1';

const args = process.argv.slice(2);
const rebuild = args.includes('--rebuild');
const [which = 'all', filter = ''] = args.filter((a) => !a.startsWith('--'));
if (!['chromium', 'firefox', 'all'].includes(which)) {
  console.error('usage: npx tsx tests/tools/e2e.ts [chromium|firefox|all] [file filter] [--rebuild]');
  process.exit(2);
}
const selected = TARGETS.filter((t) => which === 'all' || t.key === which);

interface Outcome {
  label: string;
  passed: number;
  failed: number;
  files: string[];
  seconds: number;
  note?: string;
}
const outcomes: Outcome[] = [];
const skipped: string[] = [];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function ensureBuilt(t: Target): boolean {
  const manifest = join(t.extensionDir, 'manifest.json');
  const sourcesTime = Math.max(...SOURCES.map((s) => newestMtime(resolve(ROOT, s))));
  const why = rebuild
    ? 'asked to'
    : !existsSync(manifest)
      ? 'missing'
      : statSync(manifest).mtimeMs < sourcesTime
        ? 'older than the sources'
        : '';
  if (!why) return true;
  console.log(`Building ${relative(ROOT, t.extensionDir)} (${why})...`);
  const r = spawnSync('npx', t.buildArgs, { cwd: ROOT, stdio: 'inherit', env: process.env });
  return r.status === 0 && existsSync(manifest);
}

function browserVersion(t: Target): string | undefined {
  try {
    accessSync(t.binary, constants.X_OK);
  } catch {
    return undefined;
  }
  // Debian's chromium wrapper prints a shell warning on stderr: read stdout only.
  const out = spawnSync(t.binary, ['--version'], { encoding: 'utf8', timeout: 30_000 }).stdout ?? '';
  const major = /(\d+)\.\d+/.exec(out)?.[1] ?? '?';
  return /esr/i.test(out) ? `ESR ${major}` : major;
}

function testFiles(t: Target): string[] {
  const dir = resolve(ROOT, 'tests/e2e', t.key);
  if (!existsSync(dir)) return [];
  // The filter matches anywhere in the repo-relative path: "composer" or "tests/e2e/chromium/composer.e2e.ts".
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.e2e.ts'))
    .map((f) => relative(ROOT, join(dir, f)))
    .filter((f) => !filter || f.includes(filter.replace(/^\.\//, '')))
    .sort();
}

function vitest(extra: string[]): ReturnType<typeof spawnSync> {
  return spawnSync('npx', ['vitest', ...extra], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
}

function banner(lines: string[]): void {
  const bar = '!'.repeat(72);
  console.log(`\n${bar}\n${lines.map((l) => `!!  ${l}`).join('\n')}\n${bar}\n`);
}

interface JsonReport {
  testResults?: { name: string; status: string; assertionResults?: { status: string }[] }[];
}

function runBrowser(t: Target, tmp: string): void {
  const version = browserVersion(t);
  if (version === undefined) {
    const what = `${t.label} e2e (${t.key === 'firefox' ? 'firefox-esr' : 'chromium'} not found at ${t.binary})`;
    if (CI) {
      banner([`FAILED: ${what}`, 'CI=true: every browser must be installed.']);
      outcomes.push({ label: t.label, passed: 0, failed: 1, files: [], seconds: 0, note: 'browser missing' });
    } else {
      banner([
        `SKIPPED: ${what}`,
        'Install it (apt-get install -y chromium firefox-esr) or set',
        `${t.key === 'firefox' ? 'FIREFOX_PATH' : 'CHROMIUM_PATH'}. Other browsers still run.`,
      ]);
      skipped.push(t.label);
    }
    return;
  }
  const name = `${t.label} ${version}`;
  const files = testFiles(t);
  if (files.length === 0) {
    console.log(`\ne2e in ${name}: no test files${filter ? ` matching "${filter}"` : ''}`);
    return;
  }
  if (!ensureBuilt(t)) {
    outcomes.push({ label: name, passed: 0, failed: 1, files, seconds: 0, note: 'build failed' });
    return;
  }
  const listFile = join(tmp, `${t.key}-list.json`);
  vitest(['list', '-c', 'vitest.e2e.config.ts', ...files, `--json=${listFile}`]);
  const listed = existsSync(listFile) ? (JSON.parse(readFileSync(listFile, 'utf8')) as unknown[]).length : 0;
  console.log(`\n==== e2e in ${name}: ${listed} tests in ${files.length} file${files.length === 1 ? '' : 's'} ====\n`);

  const reportFile = join(tmp, `${t.key}-report.json`);
  const started = Date.now();
  const run = vitest([
    'run',
    '-c',
    'vitest.e2e.config.ts',
    ...files,
    '--reporter=verbose',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
  ]);
  const seconds = (Date.now() - started) / 1000;
  const report = existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as JsonReport) : {};
  let passed = 0;
  let failed = 0;
  const perFile: string[] = [];
  for (const file of report.testResults ?? []) {
    const results = file.assertionResults ?? [];
    const passedHere = results.filter((r) => r.status === 'passed').length;
    // A file that failed outside any test (import error, hook) still counts once.
    const failedHere = results.filter((r) => r.status === 'failed').length || (file.status === 'failed' ? 1 : 0);
    passed += passedHere;
    failed += failedHere;
    const shortName = relative(resolve(ROOT, 'tests/e2e'), file.name);
    perFile.push(`${shortName} ${passedHere}/${passedHere + failedHere}`);
  }
  let note: string | undefined;
  if (run.status !== 0 && failed === 0) {
    failed = 1;
    note = `vitest exited with ${run.status ?? run.signal} outside any test`;
  }
  outcomes.push({ label: name, passed, failed, files: perFile.length ? perFile : files, seconds, note });
}

const tmp = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
try {
  for (const t of selected) runBrowser(t, tmp);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const passed = outcomes.reduce((n, o) => n + o.passed, 0);
const failed = outcomes.reduce((n, o) => n + o.failed, 0);
console.log('\n==== e2e summary ====');
for (const o of outcomes) {
  const files = o.files.join(', ') || '-';
  console.log(`${o.label}: ${o.passed} passed, ${o.failed} failed in ${o.seconds.toFixed(1)} s [${files}]${o.note ? ` (${o.note})` : ''}`);
}
for (const s of skipped) console.log(`${s}: SKIPPED (browser not installed)`);
// Nothing ran although something should have: CI, or a filter that matched no file.
const nothingRan = outcomes.length === 0 && (CI || (filter !== '' && skipped.length === 0));
if (nothingRan) console.log(`ERROR: no e2e test ran${filter ? ` (no file matches "${filter}")` : ''}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || nothingRan ? 1 : 0;
