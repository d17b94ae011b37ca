#!/usr/bin/env node
// The npm package test (scripts/test suite "npm package"): packs
// target/npm/factcheck (scripts/build writes it) with `npm pack`, installs the
// tarball into an empty temp folder, and uses it
//  1. from Node 20: `import { analyze } from 'factcheck'` (no init call);
//  2. from TypeScript: a strict file importing the package's own types;
//  3. from an esbuild browser bundle, run in headless Chromium;
// and checks the tarball holds the wasm, its glue, the .d.ts and the embed.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkgDir = path.join(root, 'target/npm/factcheck');
if (!existsSync(path.join(pkgDir, 'package.json'))) { console.error('package: target/npm/factcheck missing (scripts/build)'); process.exit(2); }
const tmp = mkdtempSync(path.join(os.tmpdir(), 'factcheck-package-'));
let failed = 0;
const ok = (cond, what, detail = '') => {
  console.log(`${cond ? 'ok' : 'not ok'} - ${what}`);
  if (!cond) { failed++; if (detail) console.log(String(detail).replace(/^/gm, '    ')); }
};
const npm = (args, cwd) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' });
// A text of our own: a quote with a figure, a qualifier and a named source.
const TEXT = '\u201CWe expect about 40 new homes by 2027,\u201D Mayor Dana Whitfield said on Tuesday. Costs rose 12% to $3 million.';

try {
  // pack
  const packed = JSON.parse(npm(['pack', pkgDir, '--json', '--pack-destination', tmp], tmp))[0];
  const files = packed.files.map((f) => f.path);
  for (const f of ['package.json', 'factcheck.js', 'factcheck_bg.wasm', 'factcheck.d.ts', 'node.js', 'README.md', 'embed/factcheck.js', 'embed/worker.js', 'embed/pkg/factcheck_bg.wasm']) {
    ok(files.includes(f), `the tarball holds ${f}`, files.join('\n'));
  }
  // install into an empty folder
  const app = path.join(tmp, 'app');
  execFileSync('mkdir', [app]);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true, type: 'module' }));
  npm(['install', path.join(tmp, packed.filename)], app);
  ok(existsSync(path.join(app, 'node_modules/factcheck/factcheck_bg.wasm')), 'npm install of the tarball');

  // 1. Node
  writeFileSync(path.join(app, 'node.mjs'), `import { analyze, version } from 'factcheck';
const text = ${JSON.stringify(TEXT)};
const a = analyze(text);
const n = a.numbers.find((n) => n.text.includes('40'));
const at = a.attributions[0];
console.log(JSON.stringify({ version: version(), schema: a.schema, value: n && n.value, qualifier: n && n.qualifier && n.qualifier.kind, cue: at && at.cue && at.cue.text, slice: a.numbers.every((m) => text.slice(m.start, m.end) === m.text) }));
`);
  const r = spawnSync(process.execPath, ['node.mjs'], { cwd: app, encoding: 'utf8' });
  let got = {};
  try { got = JSON.parse(r.stdout); } catch {}
  ok(r.status === 0 && got.schema === 'factcheck/1' && got.value === 40 && got.qualifier === 'approx' && got.cue === 'said' && got.slice, `Node ${process.versions.node}: import { analyze } from 'factcheck'`, r.stdout + r.stderr);

  // 2. TypeScript against the installed package's types
  writeFileSync(path.join(app, 'use.ts'), `import { analyze, type Analysis, type QualifierKind } from 'factcheck';
const a: Analysis = analyze('About 40 came.');
const k: QualifierKind | undefined = a.numbers[0]?.qualifier?.kind;
export const out: string = \`\${a.schema} \${k ?? ''}\`;
`);
  const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
  const t = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', 'use.ts'], { cwd: app, encoding: 'utf8' });
  ok(t.status === 0, "TypeScript (strict, nodenext): the package's types resolve", t.stdout + t.stderr);

  // 3. an esbuild browser bundle in Chromium
  writeFileSync(path.join(app, 'browser.js'), `import init, { analyze } from 'factcheck';
await init({ module_or_path: './factcheck_bg.wasm' });
const a = analyze(${JSON.stringify(TEXT)});
window.result = { schema: a.schema, numbers: a.numbers.length, attributions: a.attributions.length };
`);
  const { build } = await import(path.join(root, 'node_modules/esbuild/lib/main.js'));
  await build({ absWorkingDir: app, entryPoints: ['browser.js'], bundle: true, format: 'esm', platform: 'browser', target: ['es2022'], outfile: path.join(app, 'web/bundle.js'), logLevel: 'warning' });
  copyFileSync(path.join(app, 'node_modules/factcheck/factcheck_bg.wasm'), path.join(app, 'web/factcheck_bg.wasm'));
  const bundle = readFileSync(path.join(app, 'web/bundle.js'), 'utf8');
  ok(!/node:fs|readFileSync/.test(bundle), 'the browser bundle takes the browser entry (no node:fs)');
  const { chromium } = await import(path.join(root, 'node_modules/playwright-core/index.mjs'));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.route('http://app.invalid/**', (route) => {
      const name = new URL(route.request().url()).pathname.slice(1) || 'index.html';
      if (name === 'index.html') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><script type="module" src="bundle.js"></script>' });
      const type = name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript';
      return route.fulfill({ contentType: type, body: readFileSync(path.join(app, 'web', name)) });
    });
    await page.goto('http://app.invalid/');
    const res = await page.waitForFunction(() => window.result, null, { timeout: 20000 }).then((h) => h.jsonValue()).catch((e) => ({ error: String(e) }));
    ok(res.schema === 'factcheck/1' && res.numbers >= 3 && res.attributions >= 1, 'an esbuild browser bundle runs analyze in Chromium', JSON.stringify(res) + errors.join('\n'));
  } finally {
    await browser.close();
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(failed ? 'package: FAILED' : 'package: ok');
process.exit(failed ? 1 : 0);
