#!/usr/bin/env node
// Writes the browser extension from the same modules and wasm as the embed
// (www/extension/ + www/annotate.js, article.js, engine.js, extract.js,
// renderer/, worker.js, core.js, www/pkg): two unpacked folders with the
// same files, target/extension/chromium/ and target/extension/firefox/,
// differing only in manifest.json (www/extension/manifest.json minus what
// the other browser rejects: Firefox runs background.js as an event page
// and has no offscreen documents; Chromium has no browser_specific_settings),
// and a zip of each (web-ext build): target/factcheck-chromium.zip,
// target/factcheck-firefox.zip. Needs www/pkg (scripts/build) and esbuild /
// web-ext (npm dev dependencies).
//
//   <folder>/  manifest.json  background.js  offscreen.html  offscreen.js
//              content.js (one classic script: content scripts are not modules)
//              worker.js  chunk-<hash>.js  pkg/factcheck_bg.wasm  icons/*.png
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync, crc32 } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const www = path.join(root, 'www');
const src = path.join(www, 'extension');
const base = path.join(root, 'target', 'extension');
const out = path.join(base, 'chromium');
const wasm = path.join(www, 'pkg', 'factcheck_bg.wasm');
if (!existsSync(wasm)) {
  console.error('extension: www/pkg/factcheck_bg.wasm is missing: run scripts/build');
  process.exit(2);
}
rmSync(base, { recursive: true, force: true });
mkdirSync(path.join(out, 'pkg'), { recursive: true });
mkdirSync(path.join(out, 'icons'), { recursive: true });

const common = { absWorkingDir: www, bundle: true, minify: true, target: ['es2022'], legalComments: 'none', logLevel: 'warning' };
// The extension's pages and its worker: ES modules (worker.js and
// offscreen.js are started as module workers / module scripts).
await build({
  ...common,
  entryPoints: { background: 'extension/background.js', offscreen: 'extension/offscreen.js', worker: 'worker.js' },
  outdir: out, format: 'esm', splitting: true, chunkNames: 'chunk-[hash]',
});
// The content script: one classic script (executeScript files are not modules).
await build({
  ...common,
  entryPoints: { content: 'extension/content.js' },
  outdir: out, format: 'iife', define: { 'import.meta.url': 'undefined' },
});
copyFileSync(path.join(src, 'offscreen.html'), path.join(out, 'offscreen.html'));
copyFileSync(wasm, path.join(out, 'pkg', 'factcheck_bg.wasm'));

// Toolbar icons, drawn here (no binary in the repository): a blue disc
// with a white tick, antialiased by 4x4 supersampling.
function png(size) {
  const rows = [];
  const segs = [[0.28, 0.53, 0.44, 0.68], [0.44, 0.68, 0.73, 0.36]];
  const dist = (x, y, [ax, ay, bx, by]) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay));
  };
  for (let j = 0; j < size; j++) {
    const row = [0];
    for (let i = 0; i < size; i++) {
      let disc = 0, tick = 0;
      for (let s = 0; s < 16; s++) {
        const x = (i + (s % 4 + 0.5) / 4) / size, y = (j + (Math.floor(s / 4) + 0.5) / 4) / size;
        if (Math.hypot(x - 0.5, y - 0.5) <= 0.48) { disc++; if (Math.min(...segs.map((g) => dist(x, y, g))) <= 0.075) tick++; }
      }
      const a = disc / 16, w = disc ? tick / disc : 0;
      row.push(Math.round(11 + (255 - 11) * w), Math.round(61 + (255 - 61) * w), Math.round(145 + (255 - 145) * w), Math.round(255 * a));
    }
    rows.push(...row);
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.from(rows))), chunk('IEND', Buffer.alloc(0))]);
}
for (const n of [16, 32, 48, 128]) writeFileSync(path.join(out, 'icons', `${n}.png`), png(n));

// The manifests: one source, each browser's folder without what it rejects.
const manifest = JSON.parse(readFileSync(path.join(src, 'manifest.json'), 'utf8'));
const chromium = structuredClone(manifest);
delete chromium.background.scripts;
delete chromium.browser_specific_settings;
const firefox = structuredClone(manifest);
delete firefox.background.service_worker;
firefox.permissions = firefox.permissions.filter((p) => p !== 'offscreen');
firefox.action.default_area = 'navbar'; // on the toolbar, not inside the extensions menu
const ffDir = path.join(base, 'firefox');
cpSync(out, ffDir, { recursive: true });
rmSync(path.join(ffDir, 'offscreen.html'));
rmSync(path.join(ffDir, 'offscreen.js'));
writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(chromium, null, 2)}\n`);
writeFileSync(path.join(ffDir, 'manifest.json'), `${JSON.stringify(firefox, null, 2)}\n`);

const webExt = path.join(root, 'node_modules', '.bin', 'web-ext');
for (const [name, dir] of [['chromium', out], ['firefox', ffDir]]) {
  const zip = path.join(root, 'target', `factcheck-${name}.zip`);
  if (!existsSync(webExt)) { console.log(`extension: ${path.relative(root, dir)}/ written (web-ext missing: no zip)`); continue; }
  rmSync(zip, { force: true });
  execFileSync(webExt, ['build', '--source-dir', dir, '--artifacts-dir', path.dirname(zip), '--filename', path.basename(zip), '--overwrite-dest', '--no-config-discovery'], { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`extension: ${path.relative(root, dir)}/ and ${path.relative(root, zip)} written`);
}
