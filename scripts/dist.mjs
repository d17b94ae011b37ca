#!/usr/bin/env node
// Writes www/dist/: the folder a site deploys (copy it to /factcheck/). The
// sources in www/ stay plain ES modules that run as they are (scripts/serve
// serves them with www/pkg); dist is the same code minified, with the three
// entry points (page.js, factcheck.js, worker.js) keeping their names and the
// code they share split into one chunk, so nothing ships twice.
//
//   www/dist/index.html  page.css  page.js  factcheck.js  worker.js
//            shared-<hash>.js      pkg/factcheck_bg.wasm
//
// Needs www/pkg (scripts/build makes it) and esbuild (an npm dev dependency).
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const www = path.join(root, 'www');
const dist = path.join(www, 'dist');
const wasm = path.join(www, 'pkg', 'factcheck_bg.wasm');
if (!existsSync(wasm)) {
  console.error('dist: www/pkg/factcheck_bg.wasm is missing: run scripts/build');
  process.exit(2);
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(path.join(dist, 'pkg'), { recursive: true });

// The entries keep their names: the embed is loaded as .../factcheck.js, and
// the engine starts `new URL('./worker.js', base)`; worker.js loads
// `./pkg/factcheck_bg.wasm` next to itself.
await build({
  absWorkingDir: www,
  entryPoints: ['page.js', 'factcheck.js', 'worker.js', 'page.css'],
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: ['es2022'],
  chunkNames: 'shared-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
});
copyFileSync(path.join(www, 'index.html'), path.join(dist, 'index.html'));
copyFileSync(wasm, path.join(dist, 'pkg', 'factcheck_bg.wasm'));
console.log('dist: www/dist written (minified entries page.js, factcheck.js, worker.js + one shared chunk, page.css, index.html, pkg/factcheck_bg.wasm)');
