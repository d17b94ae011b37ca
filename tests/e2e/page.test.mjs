// End-to-end tests of the paste-and-annotate page (www/index.html) in
// Debian's Chromium via playwright-core: paste, highlights on the right
// text, cards by keyboard, exports, no network after load, XSS paste, the
// length cap, and a screenshot (tests/e2e/artifacts/page-*.png).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, serveWww, watch, ARTIFACTS, SOURCE, WWW } from './browser.mjs';
import { ARTICLE } from './article.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await serveWww(); });
after(async () => { await browser?.close(); await server?.close(); });

async function openPage() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const log = watch(page);
  await page.addInitScript(() => {
    window.__fcReady = 0;
    document.addEventListener('factcheck:ready', (e) => { window.__fcDetail = e.detail; window.__fcReady += 1; });
  });
  await page.goto(server.url);
  await page.waitForFunction(() => document.documentElement.dataset.fcState === 'ready', null, { timeout: 15000 });
  return { page, log, readyAt: Date.now() };
}

async function paste(page, text) {
  const n = await page.evaluate(() => window.__fcReady);
  await page.fill('#input', text);
  await page.waitForFunction((k) => window.__fcReady > k, n, { timeout: 15000 });
}

const httpAfter = (log, t) => log.requests.filter((r) => r.t >= t && /^https?:/.test(r.url)).map((r) => r.url);

test('a pasted article is annotated inline, on exactly the right text', async () => {
  const { page, log } = await openPage();
  await paste(page, ARTICLE);
  const r = await page.evaluate(() => {
    const d = window.__fcDetail;
    return {
      view: document.getElementById('view').textContent,
      names: [...CSS.highlights.keys()],
      sizes: Object.fromEntries([...CSS.highlights].map(([k, h]) => [k, h.size])),
      hl: d.highlights().map((h) => ({ kind: h.kind, text: h.text, dom: h.range.toString() })),
      numbers: d.numbers.map((n) => n.text),
      attributions: d.attributions.length,
      summary: document.getElementById('panel-host').shadowRoot.querySelector('[aria-live]').textContent,
      lives: document.querySelectorAll('[aria-live]').length + document.getElementById('panel-host').shadowRoot.querySelectorAll('[aria-live]').length,
    };
  });
  assert.equal(r.view, ARTICLE, 'the view shows the pasted text unchanged');
  assert.ok(r.names.length > 0 && r.names.every((n) => n.startsWith('factcheck-')), `highlight names: ${r.names}`);
  assert.ok(r.hl.length >= 8, `expected highlights, got ${r.hl.length}`);
  for (const h of r.hl) assert.equal(h.dom, h.text, `${h.kind} highlight covers "${h.dom}", span says "${h.text}"`);
  for (const fig of ['38,000', '41', '27', '600', '212,000']) {
    assert.ok(r.hl.some((h) => h.kind === 'number' && h.dom.includes(fig)), `figure ${fig} is highlighted`);
  }
  assert.ok(r.sizes['factcheck-number'] >= 5);
  assert.match(r.summary, /^\d+ claims?, \d+ sources?, \d+ vague sources?, \d+ figures?, \d+ findings?$/);
  assert.match(r.summary, new RegExp(`${r.numbers.length} figure`));
  assert.equal(r.lives, 1, 'one aria-live region');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('typing stays responsive and the latest text wins', async () => {
  const { page } = await openPage();
  await paste(page, ARTICLE);
  await page.focus('#input');
  await page.keyboard.press('End');
  await page.evaluate(() => { const i = document.getElementById('input'); i.setSelectionRange(i.value.length, i.value.length); });
  const t0 = Date.now();
  await page.keyboard.type(' A further 75 islanders wrote to the council.', { delay: 15 });
  const typing = Date.now() - t0;
  await page.waitForFunction(() => window.__fcDetail.text === document.getElementById('input').value, null, { timeout: 15000 });
  const r = await page.evaluate(() => ({
    view: document.getElementById('view').textContent === document.getElementById('input').value,
    hl: window.__fcDetail.highlights().map((h) => [h.text, h.range.toString()]),
  }));
  assert.ok(r.view, 'the view follows the input');
  assert.ok(r.hl.some(([t]) => t.includes('75')), 'the new figure is annotated');
  for (const [t, d] of r.hl) assert.equal(d, t);
  assert.ok(typing < 45 * 15 * 4, `typing 45 characters took ${typing} ms`);
  await page.close();
});

test('keyboard: Tab and n/p step, Enter opens the card, Esc closes it and returns focus', async () => {
  const { page } = await openPage();
  await paste(page, ARTICLE);
  await page.focus('#input');
  await page.keyboard.press('Tab'); // -> the view
  assert.equal(await page.evaluate(() => document.activeElement.id), 'view');
  const focusText = () => page.evaluate(() => [...CSS.highlights.get('factcheck-focus')].map((r) => r.toString()).join('|'));
  const first = await focusText();
  assert.ok(first.length > 0, 'Tab into the text selects the first annotation');
  await page.keyboard.press('Tab');
  const second = await focusText();
  assert.notEqual(second, first, 'Tab steps to the next annotation');
  assert.equal(await page.evaluate(() => document.getElementById('factcheck-ui').shadowRoot.querySelector('.card')?.dataset.pinned), 'false',
    'a focused annotation shows its card');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'view', 'focus stays on the text while stepping');
  await page.keyboard.press('n');
  await page.keyboard.press('p');
  assert.equal(await focusText(), second, 'n then p comes back');
  await page.keyboard.press('Enter');
  const card = page.locator('#factcheck-ui .card');
  await card.waitFor({ state: 'visible' });
  const info = await page.evaluate(() => {
    const root = document.getElementById('factcheck-ui').shadowRoot;
    const c = root.querySelector('.card');
    return { focused: root.activeElement === c, role: c.getAttribute('role'), text: c.textContent };
  });
  assert.ok(info.focused, 'the card has focus');
  assert.equal(info.role, 'dialog');
  assert.match(info.text, /Why: .+/);
  assert.match(info.text, /[a-z]+\.[a-z_.]+/, 'the card names the rule id');
  assert.ok(info.text.includes(second.split('|')[0]) || /Figure|quote|speech|Finding/.test(info.text));
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'view', 'focus returns to the text');
  await page.close();
});

test('exports: analysis JSON, W3C JSON-LD and Markdown download and parse', async (t) => {
  const { page } = await openPage();
  await paste(page, ARTICLE);
  const get = async (fmt) => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`#panel-host button[data-format="${fmt}"]`).click()]);
    return { name: dl.suggestedFilename(), body: fs.readFileSync(await dl.path(), 'utf8') };
  };
  const json = await get('json');
  assert.equal(json.name, 'factcheck-analysis.json');
  const a = JSON.parse(json.body);
  assert.equal(a.schema, 'factcheck/1');
  assert.equal(a.length, ARTICLE.length);
  for (const n of a.numbers) assert.equal(ARTICLE.slice(n.start, n.end), n.text);
  const w3c = await get('w3c');
  const md = await get('markdown');
  fs.writeFileSync(path.join(ARTIFACTS, 'page-export.jsonld'), w3c.body);
  fs.writeFileSync(path.join(ARTIFACTS, 'page-export.md'), md.body);
  if (!w3c.body.trim() || !md.body.trim()) {
    t.skip('the core export (src/export) returns nothing yet: W3C/Markdown not checked');
    return;
  }
  const ld = JSON.parse(w3c.body);
  assert.match(JSON.stringify(ld['@context'] ?? ld), /w3\.org\/ns\/anno/);
  // Every TextPositionSelector counts code points and agrees with its TextQuoteSelector.
  const points = Array.from(ARTICLE);
  const selectors = [];
  const walk = (v) => {
    if (Array.isArray(v)) { if (v.some((x) => x && x.type === 'TextPositionSelector')) selectors.push(v); v.forEach(walk); }
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(ld);
  assert.ok(selectors.length > 0, 'the annotations carry selectors');
  for (const list of selectors) {
    const pos = list.find((x) => x.type === 'TextPositionSelector');
    const quote = list.find((x) => x.type === 'TextQuoteSelector');
    if (quote) assert.equal(points.slice(pos.start, pos.end).join(''), quote.exact);
  }
  assert.match(md.body, /^\s*[-*] \[ \]/m, 'the Markdown is a checklist');
  await page.close();
});

test('no network request after load, whatever the reader does', async () => {
  const { page, log, readyAt } = await openPage();
  await page.context().setOffline(true); // and it works offline
  await paste(page, ARTICLE);
  await page.focus('#view');
  for (const k of ['n', 'n', 'Enter', 'Escape', 'p']) await page.keyboard.press(k);
  await page.locator('#panel-host .entry').first().click();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('#panel-host button[data-format="markdown"]').click()]);
  await dl.path();
  await page.mouse.move(200, 400);
  await page.waitForTimeout(300);
  assert.deepEqual(httpAfter(log, readyAt), []);
  assert.ok(log.requests.some((r) => r.url.endsWith('.wasm')), 'the wasm was loaded at start');
  await page.close();
});

test('pasted HTML and script stay text: nothing runs', async () => {
  const { page, log } = await openPage();
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  const evil = 'Police said 3 people were hurt. <img src=x onerror="window.__pwned=1;alert(1)">\n'
    + '</style><script>window.__pwned=2</script><style>\n'
    + '<a href="javascript:window.__pwned=3">a link</a> "Trust me," said <b onmouseover="window.__pwned=4">Eve</b>, citing 40% of <svg onload="window.__pwned=5"></svg>voters.\n'
    + '<iframe srcdoc="<script>parent.__pwned=6</script>"></iframe> {{constructor.constructor("window.__pwned=7")()}}';
  await paste(page, evil);
  await page.focus('#view');
  await page.keyboard.press('n');
  await page.keyboard.press('Enter');
  await page.mouse.move(300, 500);
  await page.locator('#panel-host .entry').first().click();
  await page.waitForTimeout(300);
  const r = await page.evaluate(() => ({
    pwned: window.__pwned,
    view: document.getElementById('view').textContent,
    elements: [...document.getElementById('view').querySelectorAll('*')].filter((e) => e.tagName !== 'SPAN' || e.children.length).length,
    injected: document.querySelectorAll('img, iframe, svg, #view a').length,
  }));
  assert.equal(r.pwned, undefined);
  assert.equal(dialogs, 0);
  assert.equal(r.view, evil, 'the markup is shown as text');
  assert.equal(r.elements, 0, 'the view holds only text (one span per line)');
  assert.equal(r.injected, 0);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('text over the length cap gets a clear message and is kept', async () => {
  const { page } = await openPage();
  const big = 'The council said 12 roads were closed. '.repeat(52000); // 2,028,000 UTF-16 units
  await page.evaluate((t) => { const i = document.getElementById('input'); i.value = t; i.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste' })); }, big);
  await page.waitForFunction(() => document.documentElement.dataset.fcState === 'too-long', null, { timeout: 15000 });
  const r = await page.evaluate(() => ({ status: document.getElementById('status').textContent, hidden: document.getElementById('status').hidden, kept: document.getElementById('input').value.length }));
  assert.equal(r.hidden, false);
  assert.match(r.status, /limit is 2,000,000/);
  assert.equal(r.kept, big.length);
  await page.close();
});

test('the unminified www/ modules run as they are, no bundler, same analysis as the build', { skip: WWW === SOURCE }, async () => {
  const src = await serveWww({ root: SOURCE });
  const counts = async (url) => {
    const page = await browser.newPage();
    const log = watch(page);
    await page.addInitScript(() => document.addEventListener('factcheck:ready', (e) => { window.__fcDetail = e.detail; }));
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.fcState === 'ready', null, { timeout: 15000 });
    await page.fill('#input', ARTICLE);
    await page.waitForFunction(() => window.__fcDetail, null, { timeout: 15000 });
    const r = await page.evaluate(() => [window.__fcDetail.attributions.length, window.__fcDetail.numbers.length, CSS.highlights.size]);
    const scripts = log.requests.filter((q) => q.url.endsWith('.js')).length;
    await page.close();
    return { r, scripts };
  };
  try {
    const a = await counts(src.url), b = await counts(server.url);
    assert.deepEqual(a.r, b.r);
    assert.ok(a.r[0] > 0 && a.r[1] > 0);
    assert.ok(a.scripts > b.scripts, `the sources load module by module (${a.scripts} scripts vs ${b.scripts} built)`);
  } finally { await src.close(); }
});

test('screenshot of an annotated article with a card open', async () => {
  const { page } = await openPage();
  await paste(page, ARTICLE);
  await page.focus('#view');
  await page.keyboard.press('n');
  await page.keyboard.press('n');
  await page.keyboard.press('Enter');
  await page.locator('#factcheck-ui .card').waitFor();
  const file = path.join(ARTIFACTS, 'page-annotated.png');
  await page.screenshot({ path: file, fullPage: true });
  assert.ok(fs.statSync(file).size > 10000);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: path.join(ARTIFACTS, 'page-print.png'), fullPage: true });
  await page.close();
});
