// The embed checks in Firefox (Debian's firefox-esr through geckodriver; see
// webdriver.mjs for why not playwright-core): on the three fixture pages,
// every span's Range.toString() equals its text, highlights are registered
// under factcheck-*, the page's click counter and CSS are unchanged, the
// keyboard path works, no resource is fetched after ready, and a screenshot
// is saved to tests/e2e/artifacts/firefox-<page>.png. Skipped (with a
// reason) where firefox-esr or geckodriver is not installed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, STRICT_CSP } from '../../scripts/serve.mjs';
import { FIXTURES, WWW, ARTIFACTS, squash } from './browser.mjs';
import { FIREFOX, GECKODRIVER, startFirefox } from './webdriver.mjs';

const missing = !FIREFOX ? 'firefox-esr is not installed' : !GECKODRIVER ? 'geckodriver is not installed (scripts/setup installs it under /opt/geckodriver)' : null;
const PAGES = [
  ['gutenberg', null, 'article .entry-content', ['.entry-content p', '.entry-content a', '.wp-block-quote', 'figcaption']],
  ['ghost', null, '#story-body', ['.gh-content p', '.gh-content a', '.kg-callout-card', 'figcaption']],
  ['static-csp', STRICT_CSP, '#content', ['body', 'h1', '#content p', 'aside.note']],
];
let ff, bare;
before(async () => {
  if (missing) return;
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  // The same pages without the embed, for the computed-style baseline.
  bare = fs.mkdtempSync(path.join(os.tmpdir(), 'fc-bare-'));
  for (const f of fs.readdirSync(FIXTURES).filter((n) => fs.statSync(path.join(FIXTURES, n)).isFile())) {
    const src = fs.readFileSync(path.join(FIXTURES, f));
    fs.writeFileSync(path.join(bare, f), f.endsWith('.html') ? src.toString().replace(/<script type="module" src="\/factcheck\/factcheck\.js"[^>]*><\/script>/, '') : src);
  }
  ff = await startFirefox();
});
after(async () => { await ff?.quit(); if (bare) fs.rmSync(bare, { recursive: true, force: true }); });

const STYLE = async (samples) => Object.fromEntries(samples.map((s) => {
  const el = document.querySelector(s);
  if (!el) return [s, 'missing'];
  const cs = getComputedStyle(el);
  return [s, ['color', 'background-color', 'font-family', 'font-size', 'margin-top', 'display', 'text-decoration-line'].map((p) => cs.getPropertyValue(p)).join(';')];
}));

for (const [name, csp, target, samples] of PAGES) {
  test(`Firefox: embed on the ${name} page`, { skip: missing || false }, async () => {
    const server = await serve({ mounts: { '/': FIXTURES, '/factcheck/': WWW, '/bare/': bare }, csp, port: 0 });
    try {
      await ff.setSize(1200, 900);
      await ff.go(`${server.url}bare/${name}.html`);
      const before = await ff.run(STYLE.toString(), samples);
      await ff.go(`${server.url}${name}.html`);
      const r = await ff.run(async (sel) => {
        // The page's own script keeps the factcheck:ready detail (a CMS hook; see fixtures/counter.js).
        for (let i = 0; i < 300 && !window.pageFactcheck; i++) await new Promise((res) => setTimeout(res, 50));
        const d = window.pageFactcheck;
        if (!d) return { error: 'no factcheck:ready within 15 s' };
        const t = document.querySelector(sel);
        const spans = [...d.sentences, ...d.numbers, ...d.attributions.flatMap((a) => [a.source, a.cue, a.content].filter(Boolean)), ...d.findings.flatMap((f) => f.spans)];
        return {
          resources: performance.getEntriesByType('resource').length,
          spans: spans.map((s) => { const rg = d.range(s); return [s.text, rg ? rg.toString() : null, !!rg && t.contains(rg.commonAncestorContainer)]; }),
          hl: d.highlights().map((h) => [h.text, h.range.toString()]),
          registered: typeof CSS.highlights === 'undefined' ? 'no Highlight API' : [...CSS.highlights.keys()],
          numbers: d.numbers.length,
        };
      }, target);
      assert.equal(r.error, undefined);
      assert.ok(r.numbers >= 4);
      for (const [text, dom, inside] of r.spans) { assert.ok(inside, text); assert.equal(squash(dom), squash(text)); }
      for (const [text, dom] of r.hl) assert.equal(squash(dom), squash(text));
      assert.ok(Array.isArray(r.registered) && r.registered.includes('factcheck-number'), `registered: ${r.registered}`);

      const host = name === 'ghost' ? 'fact-check' : 'factcheck-ui';
      const k = await ff.run(async (h) => {
        const root = document.querySelector(h).shadowRoot;
        const panel = root.querySelector('.panel');
        if (panel.hidden) root.querySelector('.toggle').click();
        root.querySelector('.entry').focus();
        return { open: !panel.hidden };
      }, host);
      assert.ok(k.open);
      await ff.keys('n\uE007'); // n, Enter
      const card = await ff.run(async (h) => { const root = document.querySelector(h).shadowRoot; return { card: !!root.querySelector('.card'), focused: root.activeElement?.className }; }, host);
      assert.deepEqual(card, { card: true, focused: 'card' });
      await ff.screenshot(path.join(ARTIFACTS, `firefox-${name}.png`));
      await ff.keys('\uE00C'); // Escape
      const after = await ff.run(async (h) => ({ card: !!document.querySelector(h).shadowRoot.querySelector('.card') }), host);
      assert.equal(after.card, false);

      for (let i = 0; i < 3; i++) await ff.click('#counter');
      const styles = await ff.run(STYLE.toString(), samples);
      const end = await ff.run(async () => ({
        counter: document.getElementById('counter').textContent,
        resources: performance.getEntriesByType('resource').length,
      }));
      assert.equal(end.counter, 'Likes: 3');
      assert.deepEqual(styles, before);
      assert.equal(end.resources, r.resources, 'no resource fetched after ready');
    } finally {
      await server.close();
    }
  });
}
