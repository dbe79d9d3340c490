// Runs before `npm start`, `npm test` and `npm run bench` (package.json pre-scripts), on
// whatever Node is first on PATH. npm puts node_modules/.bin first, and the `node`
// package installs Node 24 there, so on a machine whose own Node is 20 the tools still
// get the Node they need (vitest 5 and wxt 0.21 want 22.12+). This file is plain
// JavaScript on purpose: it must run, and say what to do, on the old Node too.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NEEDED = [22, 12];
const [major, minor] = process.versions.node.split('.').map(Number);
const ok = major > NEEDED[0] || (major === NEEDED[0] && minor >= NEEDED[1]);
if (!ok) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const pinned = join(root, 'node_modules', '.bin', 'node');
  const found = `Node ${process.version} (${process.execPath})`;
  const fix = existsSync(pinned)
    ? 'run it through npm (`npm start`, `npm test`), which puts node_modules/.bin/node first on PATH'
    : 'run `npm install` (it installs Node 24 into node_modules for the npm scripts)';
  console.error(`Parley's tools need Node ${NEEDED.join('.')} or newer, found ${found}: ${fix}.`);
  process.exit(1);
}
