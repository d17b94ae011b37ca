// End-to-end tests of the CMS embed (www/factcheck.js) on three fixture
// pages (tests/e2e/fixtures): Gutenberg-style, Ghost-style (<fact-check>)
// and a static page served with a strict CSP. Each checks that every span
// maps to a DOM Range with the span's text, that the page's own script and
// CSS are untouched, that the DOM is not mutated (beyond one UI host), the
// keyboard path, no network after load, and saves a screenshot to
// tests/e2e/artifacts/embed-<page>.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, serveFixtures, watch, squash, ARTIFACTS, WWW } from './browser.mjs';
import { serve, STRICT_CSP } from '../../scripts/serve.mjs';

const PAGES = [
  { name: 'gutenberg', csp: null, target: 'article .entry-content', host: 'factcheck-ui',
    samples: ['body', '.entry-title', '.entry-content p', '.entry-content a', '.entry-content em', '.wp-block-quote', '.wp-block-list li', 'figcaption', '#counter'],
    skipped: ['Share this', 'Photo: Courier staff', '__inlineContentScript'], joined: 'Holt Bridge.\n\nRegional' },
  { name: 'ghost', csp: null, target: '#story-body', host: 'fact-check',
    samples: ['body', '.gh-article-title', '.gh-content p', '.gh-content a', '.gh-content em', '.kg-blockquote-alt', '.kg-callout-card', 'figcaption', '#counter'],
    skipped: ['Repair crews replaced'], joined: 'for water, up from $540 in 2022.\nThe board' },
  { name: 'static-csp', csp: STRICT_CSP, target: '#content', host: 'factcheck-ui',
    samples: ['html', 'body', 'h1', 'p.byline', '#content p', 'aside.note', '#counter'],
    skipped: ['Correction:', 'Enable JavaScript'], joined: 'on Thursday.\n\nThe scheme' },
];
const PROPS = ['color', 'background-color', 'font-family', 'font-size', 'font-style', 'line-height', 'margin-top', 'margin-bottom',
  'padding-left', 'display', 'text-decoration-line', 'border-left-width', 'width', 'position'];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

function styles(page, samples) {
  return page.evaluate(({ samples, props }) => Object.fromEntries(samples.map((sel) => {
    const el = document.querySelector(sel);
    const cs = el && getComputedStyle(el);
    return [sel, cs ? props.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';') : 'missing'];
  })), { samples, props: PROPS });
}

async function openEmbed(url, { noHighlightApi = false } = {}) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const log = watch(page);
  await page.addInitScript((noApi) => {
    if (noApi) { delete window.Highlight; }
    window.__mutations = [];
    document.addEventListener('factcheck:ready', (e) => { window.__fc = e.detail; window.__fcAt = Date.now(); });
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      new MutationObserver((ms) => {
        for (const m of ms) {
          window.__mutations.push(`${m.type} ${m.target.nodeName} +${[...m.addedNodes].map((n) => n.nodeName)} -${[...m.removedNodes].map((n) => n.nodeName)} ${m.attributeName || ''}`);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  }, noHighlightApi);
  await page.goto(url);
  await page.waitForFunction(() => window.__fc, null, { timeout: 15000 });
  return { page, log, readyAt: Date.now() };
}

for (const P of PAGES) {
  test(`embed on the ${P.name} page`, async () => {
    const server = await serveFixtures({ csp: P.csp });
    const url = `${server.url}${P.name}.html`;
    try {
      // Baseline: the same page with the embed blocked.
      const base = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      await base.route('**/factcheck/**', (r) => r.abort());
      await base.goto(url);
      const before = await styles(base, P.samples);
      await base.close();

      const { page, log, readyAt } = await openEmbed(url);
      const r = await page.evaluate((sel) => {
        const d = window.__fc;
        const target = document.querySelector(sel);
        const spans = [];
        for (const s of d.sentences) spans.push(['sentence', s]);
        for (const n of d.numbers) { spans.push(['number', n]); if (n.qualifier) spans.push(['qualifier', n.qualifier]); if (n.counted) spans.push(['counted', n.counted]); }
        for (const a of d.attributions) for (const k of ['source', 'cue', 'content']) if (a[k]) spans.push([k, a[k]]);
        for (const f of d.findings) for (const s of f.spans) spans.push(['finding', s]);
        for (const e of d.entities) for (const s of e.mentions) spans.push(['mention', s]);
        const out = spans.map(([kind, s]) => {
          const range = d.range(s);
          return { kind, text: s.text, slice: d.text.slice(s.start, s.end), dom: range ? range.toString() : null, inside: !!range && target.contains(range.commonAncestorContainer) };
        });
        const hl = d.highlights().map((h) => ({ kind: h.kind, text: h.text, dom: h.range.toString() }));
        const registered = [...CSS.highlights].map(([name, h]) => [name, h.size]);
        return { spans: out, hl, registered, text: d.text, numbers: d.numbers.length, sentences: d.sentences.length };
      }, P.target);
      assert.ok(r.sentences > 2 && r.numbers >= 4, `analysis found ${r.sentences} sentences, ${r.numbers} numbers`);
      for (const s of r.spans) {
        assert.equal(s.slice, s.text, `${s.kind}: contract offsets`);
        assert.ok(s.dom != null && s.inside, `${s.kind} "${s.text}" has a Range inside the target`);
        assert.equal(squash(s.dom), squash(s.text), `${s.kind} Range.toString()`);
      }
      assert.ok(r.hl.length >= r.numbers);
      for (const h of r.hl) assert.equal(squash(h.dom), squash(h.text), `${h.kind} highlight`);
      assert.ok(r.registered.every(([n]) => n.startsWith('factcheck-')));
      assert.ok(r.registered.some(([n, k]) => n === 'factcheck-number' && k >= r.numbers));
      for (const s of P.skipped) assert.ok(!r.text.includes(s), `"${s}" is not analysed`);
      assert.ok(r.text.includes(P.joined), 'block and <br> boundaries become separators');

      // Keyboard: toggle (unless open), n, Enter opens a card, Esc returns focus.
      const host = page.locator(P.host);
      if (!(await page.locator(`${P.host} .panel:not([hidden])`).count())) {
        await page.locator(`${P.host} .toggle`).focus();
        await page.keyboard.press('Enter');
      } else {
        await page.locator(`${P.host} .entry`).first().focus();
      }
      await page.locator(`${P.host} .panel`).waitFor({ state: 'visible' });
      await page.keyboard.press('n');
      const entry = await page.evaluate((h) => document.querySelector(h).shadowRoot.activeElement?.className, P.host);
      assert.match(entry || '', /entry/);
      await page.keyboard.press('Enter');
      await host.locator('.card').waitFor({ state: 'visible' });
      assert.ok(await page.evaluate((h) => document.querySelector(h).shadowRoot.activeElement?.classList.contains('card'), P.host), 'card focused');
      await page.keyboard.press('Escape');
      await host.locator('.card').waitFor({ state: 'detached' });
      assert.match(await page.evaluate((h) => document.querySelector(h).shadowRoot.activeElement?.className, P.host) || '', /entry/, 'focus back on the entry');

      // Hover over the first number: a card peeks.
      const box = await page.evaluate(() => {
        const h = window.__fc.highlights().find((x) => x.kind === 'number');
        h.range.startContainer.parentElement.scrollIntoView({ block: 'center' });
        const rc = h.range.getClientRects()[0];
        return { x: rc.left + rc.width / 2, y: rc.top + rc.height / 2 };
      });
      await page.mouse.move(box.x, box.y);
      await host.locator('.card').waitFor({ state: 'visible', timeout: 3000 });
      // Screenshot with the panel open and a card showing.
      await page.screenshot({ path: path.join(ARTIFACTS, `embed-${P.name}.png`), fullPage: false });

      // Up to here (highlights, panel, cards, hover), the page DOM is untouched but for one UI host.
      const muts = await page.evaluate(() => window.__mutations);
      const expected = P.host === 'factcheck-ui' ? ['childList BODY +FACTCHECK-UI - '] : [];
      assert.deepEqual(muts, expected, 'the page DOM is not mutated');

      // The page's own script still works.
      for (let i = 0; i < 3; i++) await page.locator('#counter').click();
      assert.equal(await page.locator('#counter').textContent(), 'Likes: 3');
      if (P.name === 'gutenberg') assert.equal(await page.evaluate(() => window.__inlineContentScript), 1);


      // The page's CSS and DOM are untouched.
      assert.deepEqual(await styles(page, P.samples), before);

      assert.deepEqual(log.requests.filter((q) => q.t >= readyAt && /^https?:/.test(q.url)).map((q) => q.url), [], 'no network after load');
      assert.deepEqual(log.errors, []);
      await page.close();
    } finally {
      await server.close();
    }
  });
}

test('without the Highlight API, the overlay fallback draws boxes that follow reflow', async () => {
  const server = await serveFixtures({ csp: STRICT_CSP });
  try {
    const { page, log } = await openEmbed(`${server.url}static-csp.html`, { noHighlightApi: true });
    const measure = () => page.evaluate(() => {
      const layer = document.querySelector('factcheck-ui').shadowRoot.querySelector('.layer');
      const boxes = [...layer.querySelectorAll('.box.number')].map((b) => b.getBoundingClientRect());
      const rects = window.__fc.highlights().filter((h) => h.kind === 'number').flatMap((h) => [...h.range.getClientRects()]);
      const match = rects.every((rc) => boxes.some((b) => Math.abs(b.left - rc.left) < 1.5 && Math.abs(b.top - rc.top) < 1.5 && Math.abs(b.width - rc.width) < 1.5));
      return { boxes: boxes.length, rects: rects.length, match, registry: typeof CSS.highlights === 'undefined' ? 0 : CSS.highlights.size };
    });
    await page.waitForTimeout(100);
    const a = await measure();
    assert.ok(a.boxes >= 4 && a.boxes === a.rects && a.match, JSON.stringify(a));
    await page.setViewportSize({ width: 560, height: 900 });
    await page.waitForTimeout(200);
    const b = await measure();
    assert.ok(b.boxes === b.rects && b.match, `after reflow ${JSON.stringify(b)}`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'embed-overlay.png') });
    assert.deepEqual(log.errors, []);
    await page.close();
  } finally {
    await server.close();
  }
});

test('the minimal CSP works; without wasm-unsafe-eval the embed reports an error and leaves the page alone', async () => {
  const minimal = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; img-src 'self'";
  const broken = "default-src 'self'; script-src 'self'; style-src 'self'";
  for (const [csp, ok] of [[minimal, true], [broken, false]]) {
    const server = await serveFixtures({ csp });
    try {
      const page = await browser.newPage();
      await page.addInitScript(() => {
        document.addEventListener('factcheck:ready', (e) => { window.__r = `ready ${e.detail.numbers.length}`; });
        document.addEventListener('factcheck:error', (e) => { window.__r = `error ${e.detail.message}`; });
      });
      await page.goto(`${server.url}static-csp.html`);
      await page.waitForFunction(() => window.__r, null, { timeout: 15000 });
      const r = await page.evaluate(() => window.__r);
      if (ok) assert.match(r, /^ready [1-9]/, csp);
      else {
        assert.match(r, /^error .*(unsafe-eval|WebAssembly)/, csp);
        await page.locator('factcheck-ui .toggle').click();
        assert.match(await page.locator('factcheck-ui .status').textContent(), /could not run/);
      }
      await page.locator('#counter').click();
      assert.equal(await page.locator('#counter').textContent(), 'Likes: 1');
      await page.close();
    } finally {
      await server.close();
    }
  }
});

test('a long article registers only the highlights near the viewport, and scrolling brings the rest', async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fc-long-'));
  const paras = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i + 1}: the board counted ${i * 7 + 3} meters, ${i + 12} pipes and ${i * 3 + 1} leaks in district ${i % 9 + 1}.</p>`);
  fs.writeFileSync(path.join(dir, 'long.html'), `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Long</title><div id="story">${paras.join('\n')}</div>
<script type="module" src="/factcheck/factcheck.js" data-target="#story"></script>`);
  const server = await serve({ mounts: { '/': dir, '/factcheck/': WWW }, port: 0 });
  try {
    const { page } = await openEmbed(`${server.url}long.html`);
    await page.waitForTimeout(200);
    const state = () => page.evaluate(() => {
      const nums = window.__fc.highlights().filter((h) => h.kind === 'number');
      const reg = new Set(CSS.highlights.get('factcheck-number'));
      const vh = innerHeight;
      return {
        total: nums.length, registered: reg.size,
        far: [...reg].filter((r) => { const b = r.getBoundingClientRect(); return b.bottom < -3 * vh || b.top > 4 * vh; }).length,
        first: reg.has(nums[0].range), last: reg.has(nums[nums.length - 1].range),
      };
    });
    const a = await state();
    assert.ok(a.total >= 1500, `${a.total} numbers`);
    assert.ok(a.registered > 0 && a.registered < a.total / 2, JSON.stringify(a));
    assert.equal(a.far, 0, 'nothing far from the viewport is registered');
    assert.ok(a.first && !a.last);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(300);
    const b = await state();
    assert.ok(!b.first && b.last && b.far === 0, JSON.stringify(b));
    await page.close();
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('options: data-kinds limits what is shown; data-highlights="on-open" paints only once the reader asks', async () => {
  const server = await serveFixtures();
  try {
    const page = await browser.newPage();
    await page.route('**/ghost.html', async (r) => {
      const res = await r.fetch();
      r.fulfill({ response: res, body: (await res.text()).replace('data-panel="open"', 'data-panel="open" data-kinds="claims,findings"') });
    });
    await page.addInitScript(() => document.addEventListener('factcheck:ready', (e) => { window.__fc = e.detail; }));
    await page.goto(`${server.url}ghost.html`);
    await page.waitForFunction(() => window.__fc);
    const r = await page.evaluate(() => ({
      numbers: window.__fc.numbers.length,
      painted: CSS.highlights.get('factcheck-number')?.size ?? 0,
      heads: [...document.querySelector('fact-check').shadowRoot.querySelectorAll('h3')].map((h) => h.textContent),
    }));
    assert.ok(r.numbers > 0, 'the analysis still has the numbers');
    assert.equal(r.painted, 0, 'but they are not shown');
    assert.ok(!r.heads.some((h) => h.startsWith('Figures')), `${r.heads}`);
    await page.close();

    const p2 = await browser.newPage();
    await p2.route('**/static-csp.html', async (r) => {
      const res = await r.fetch();
      r.fulfill({ response: res, body: (await res.text()).replace('data-target="#content"', 'data-target="#content" data-highlights="on-open"') });
    });
    await p2.addInitScript(() => document.addEventListener('factcheck:ready', (e) => { window.__fc = e.detail; }));
    await p2.goto(`${server.url}static-csp.html`);
    await p2.waitForFunction(() => window.__fc);
    await p2.waitForTimeout(200);
    assert.equal(await p2.evaluate(() => CSS.highlights.get('factcheck-number')?.size ?? 0), 0, 'nothing painted before the reader asks');
    await p2.locator('factcheck-ui .toggle').click();
    await p2.waitForFunction(() => (CSS.highlights.get('factcheck-number')?.size ?? 0) > 0);
    await p2.close();
  } finally {
    await server.close();
  }
});
