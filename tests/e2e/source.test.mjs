// Static checks over the shipped JS (www/**, including the wasm-bindgen
// glue): no HTML parsing of strings, no eval-like calls, no blob/data
// workers, and every hand-written module opens with a comment and stays small.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { WWW } from './browser.mjs';

const files = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
  const p = path.join(dir, e.name);
  return e.isDirectory() ? files(p) : /\.(m?js|html)$/.test(e.name) ? [p] : [];
});

const FORBIDDEN = [
  [/\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|createContextualFragment|DOMParser|document\.write/, 'HTML parsing of a string'],
  [/\beval\s*\(|new\s+Function\s*\(|setTimeout\s*\(\s*['"`]|setInterval\s*\(\s*['"`]/, 'eval-like call'],
  [/createObjectURL\([^)]*\)\s*[,)]?\s*;?\s*new\s+Worker|new\s+Worker\(\s*['"`]?(blob|data):/, 'blob/data worker'],
  [/\bon[a-z]+\s*=\s*["']/, 'inline event handler attribute'],
  [/\bsetAttribute\(\s*['"]style['"]/, 'style attribute (blocked by a strict CSP)'],
];

test('no HTML parsing, eval or inline handlers in the shipped JS and HTML', () => {
  const all = files(WWW);
  assert.ok(all.some((f) => f.endsWith('renderer/index.js')));
  for (const f of all) {
    const src = fs.readFileSync(f, 'utf8');
    for (const [re, what] of FORBIDDEN) assert.ok(!re.test(src), `${path.relative(WWW, f)}: ${what} (${src.match(re)?.[0]})`);
  }
});

test('hand-written modules open with a comment and stay under 300 lines', () => {
  for (const f of files(WWW).filter((x) => x.endsWith('.js') && !x.includes(`${path.sep}pkg${path.sep}`))) {
    const src = fs.readFileSync(f, 'utf8');
    assert.match(src, /^\/\/ \S/, `${path.relative(WWW, f)} starts with a comment on what it owns`);
    assert.ok(src.split('\n').length <= 300, `${path.relative(WWW, f)} has ${src.split('\n').length} lines`);
  }
});
