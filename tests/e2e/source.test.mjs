// Static checks over the JS: the sources (www/**, with the wasm-bindgen glue)
// and the minified build a site deploys (www/dist) and the extension's
// (target/extension): no HTML parsing of
// strings, no eval-like calls, no blob/data workers; every hand-written
// module opens with a comment and stays small.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { SOURCE } from './browser.mjs';

const DIST = path.join(SOURCE, 'dist');

const files = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
  const p = path.join(dir, e.name);
  return e.isDirectory() ? (p === DIST ? [] : files(p)) : /\.(m?js|html)$/.test(e.name) ? [p] : [];
});

const FORBIDDEN = [
  [/\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|createContextualFragment|DOMParser|document\.write/, 'HTML parsing of a string'],
  [/\beval\s*\(|new\s+Function\s*\(|setTimeout\s*\(\s*['"`]|setInterval\s*\(\s*['"`]/, 'eval-like call'],
  [/createObjectURL\([^)]*\)\s*[,)]?\s*;?\s*new\s+Worker|new\s+Worker\(\s*['"`]?(blob|data):/, 'blob/data worker'],
  [/\bon[a-z]+\s*=\s*["']/, 'inline event handler attribute'],
  [/\bsetAttribute\(\s*['"]style['"]/, 'style attribute (blocked by a strict CSP)'],
];

test('no HTML parsing, eval or inline handlers in the JS and HTML, sources and build', () => {
  const all = files(SOURCE);
  assert.ok(all.some((f) => f.endsWith('renderer/index.js')));
  const listed = (dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => /\.(js|html)$/.test(n)).map((n) => path.join(dir, n)) : []);
  const built = listed(DIST);
  assert.ok(built.some((f) => f.endsWith('factcheck.js')), 'www/dist is built (scripts/build)');
  // The extension's build too (scripts/extension.mjs): both browsers' folders.
  const ext = ['chromium', 'firefox'].flatMap((b) => listed(path.join(SOURCE, '..', 'target', 'extension', b)));
  assert.ok(ext.some((f) => f.endsWith('content.js')), 'target/extension is built (scripts/build)');
  built.push(...ext);
  for (const f of [...all, ...built]) {
    const src = fs.readFileSync(f, 'utf8');
    for (const [re, what] of FORBIDDEN) assert.ok(!re.test(src), `${path.relative(SOURCE, f)}: ${what} (${src.match(re)?.[0]})`);
  }
});

test('hand-written modules open with a comment and stay under 300 lines', () => {
  for (const f of files(SOURCE).filter((x) => x.endsWith('.js') && !x.includes(`${path.sep}pkg${path.sep}`))) {
    const src = fs.readFileSync(f, 'utf8');
    assert.match(src, /^\/\/ \S/, `${path.relative(SOURCE, f)} starts with a comment on what it owns`);
    assert.ok(src.split('\n').length <= 300, `${path.relative(SOURCE, f)} has ${src.split('\n').length} lines`);
  }
});
