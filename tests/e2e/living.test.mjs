// End-to-end tests of what issue 16 asks of the embed and the paste page
// (the extension's own are in extension.test.mjs): a changing page is
// re-annotated (debounced MutationObserver) without losing the open card
// or reacting to our own work; a worker that dies or a wasm that traps is
// restarted once and the call retried, and a second failure shows a plain
// error instead of "Analysing…" (the test-only hook
// window.__factcheckTest, engine.js); axe-core finds no serious or
// critical violation on the paste page and in the embed's shadow-root UI
// with a card open; a keyboard-only walk-through of the paste page ending
// in an export. Screenshots: tests/e2e/artifacts/living-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, serveFixtures, serveWww, watch, squash, ARTIFACTS } from './browser.mjs';
import { ARTICLE } from './article.mjs';
import { axe } from './a11y.mjs';
import { STRICT_CSP } from '../../scripts/serve.mjs';

let browser, fixtures, plain, www;
before(async () => { browser = await launch(); fixtures = await serveFixtures({ csp: STRICT_CSP }); plain = await serveFixtures(); www = await serveWww(); });
after(async () => { await browser?.close(); await fixtures?.close(); await plain?.close(); await www?.close(); });

/** A page with the test hook set and Worker constructions counted. */
async function open(url, hook) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
  const log = watch(page);
  await page.addInitScript((h) => {
    if (h) window.__factcheckTest = h;
    window.__workers = 0;
    const W = window.Worker;
    window.Worker = class extends W { constructor(...a) { super(...a); window.__workers += 1; } };
    window.__events = [];
    document.addEventListener('factcheck:ready', (e) => { window.__fc = e.detail; window.__events.push(`ready ${e.detail.update}`); });
    document.addEventListener('factcheck:error', (e) => { window.__events.push(`error ${e.detail.message}`); });
  }, hook || null);
  await page.goto(url);
  return { page, log };
}
const events = (page, n) => page.waitForFunction((k) => window.__events.length >= k, n, { timeout: 20000 }).then(() => page.evaluate(() => window.__events));

for (const [how, timeout] of [['exit', 4000], ['throw', null], ['trap', null]]) {
  test(`the engine restarts a worker that fails once (${how}) and the embed still annotates`, async () => {
    const { page, log } = await open(`${fixtures.url}static-csp.html`, { fail: [how], ...(timeout ? { timeout } : {}) });
    assert.deepEqual(await events(page, 1), ['ready 1']);
    const r = await page.evaluate(() => ({ workers: window.__workers, numbers: window.__fc.numbers.length, hl: window.__fc.highlights().map((h) => [h.text, h.range.toString()]) }));
    assert.equal(r.workers, 2, 'one restart');
    assert.ok(r.numbers >= 4);
    for (const [a, b] of r.hl) assert.equal(squash(b), squash(a));
    assert.deepEqual(log.errors.filter((e) => !/test hook/.test(e)), []);
    await page.close();
  });
}

test('a second failure shows a plain error in the panel, never "Analysing…"', async () => {
  for (const hook of [{ fail: ['trap', 'trap'] }, { fail: ['exit', 'exit'], timeout: 800 }]) {
    const { page } = await open(`${fixtures.url}static-csp.html`, hook);
    const ev = await events(page, 1);
    assert.match(ev[0], /^error the analysis stopped twice/, JSON.stringify(hook));
    await page.locator('factcheck-ui .toggle').click();
    const ui = await page.evaluate(() => {
      const root = document.querySelector('factcheck-ui').shadowRoot;
      return { status: root.querySelector('.status').textContent, hidden: root.querySelector('.status').hidden, summary: root.querySelector('.summary').textContent };
    });
    assert.match(ui.status, /^The fact-check could not run: the analysis stopped twice .*reload the page/);
    assert.equal(ui.hidden, false);
    assert.equal(ui.summary, 'Not analysed.');
    if (hook.fail[0] === 'trap') await page.screenshot({ path: path.join(ARTIFACTS, 'living-error.png') });
    // The page's own script is unaffected.
    await page.locator('#counter').click();
    assert.equal(await page.locator('#counter').textContent(), 'Likes: 1');
    await page.close();
  }
});

test('the paste page: a second failure is a plain error, not "Analysing…"', async () => {
  const { page } = await open(www.url, { fail: ['trap', 'trap'] });
  await page.waitForFunction(() => document.documentElement.dataset.fcState === 'ready');
  await page.fill('#input', ARTICLE);
  await page.waitForFunction(() => document.documentElement.dataset.fcState === 'error', null, { timeout: 15000 });
  const r = await page.evaluate(() => ({
    status: document.getElementById('status').textContent,
    summary: document.getElementById('panel-host').shadowRoot.querySelector('.summary').textContent,
  }));
  assert.match(r.status, /^The analysis failed: the analysis stopped twice/);
  assert.equal(r.summary, 'Not analysed.');
  await page.close();
});

test('the paste page survives a trapped wasm (one restart)', async () => {
  const { page } = await open(www.url, { fail: ['trap'] });
  await page.waitForFunction(() => document.documentElement.dataset.fcState === 'ready');
  await page.fill('#input', ARTICLE);
  await page.waitForFunction(() => document.documentElement.dataset.fcState === 'done', null, { timeout: 15000 });
  assert.equal(await page.evaluate(() => window.__workers), 2);
  assert.ok(await page.evaluate(() => CSS.highlights.get('factcheck-number').size >= 5));
  await page.close();
});

test('embed: a target that changes is re-annotated, keeping the open card and focus, without reacting to its own work', async () => {
  const { page, log } = await open(`${plain.url}ghost.html`);
  assert.deepEqual(await events(page, 1), ['ready 1']);
  await page.evaluate(() => {
    window.__muts = [];
    new MutationObserver((ms) => { for (const m of ms) window.__muts.push(`${m.type} ${m.target.nodeName}`); }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  // Keyboard: the first panel entry, Enter: a pinned, focused card.
  await page.locator('fact-check .entry').first().focus();
  await page.keyboard.press('Enter');
  await page.locator('fact-check .card').waitFor({ state: 'visible' });
  const card = () => page.evaluate(() => {
    const root = document.querySelector('fact-check').shadowRoot;
    const c = root.querySelector('.card');
    // Its identity (what was said, in which form); who said it may be resolved anew.
    const row = (k) => [...c.querySelectorAll('dt')].find((d) => d.textContent === k)?.nextElementSibling?.textContent;
    return c && { title: c.querySelector('h2').textContent, said: row('Said') ?? row('Figure'), form: row('Form'), pinned: c.dataset.pinned, focused: root.activeElement === c };
  });
  const c1 = await card();
  assert.equal(c1.focused, true);
  const y = await page.evaluate(() => { window.scrollTo(0, 150); return scrollY; });
  // The page (its CMS, a live update) adds a paragraph at the top of the story.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Update: the utility said on Friday that 37 more households had been reconnected, a spokeswoman told reporters.';
    document.getElementById('story-body').prepend(p);
  });
  assert.deepEqual(await events(page, 2), ['ready 1', 'ready 2']);
  const r = await page.evaluate(() => ({
    text: window.__fc.text, hl: window.__fc.highlights().map((h) => [h.kind, h.text, h.range.toString()]), y: scrollY,
  }));
  assert.ok(r.text.startsWith('Update: the utility said on Friday that 37 more households'), r.text.slice(0, 80));
  assert.ok(r.hl.some(([k, t]) => k === 'number' && t.startsWith('37')), 'the new paragraph is painted');
  for (const [, a, b] of r.hl) assert.equal(squash(b), squash(a));
  assert.deepEqual(await card(), c1, 'the same card, still pinned and focused');
  assert.equal(r.y, y, 'scroll position kept');
  await page.waitForTimeout(1500);
  assert.deepEqual(await page.evaluate(() => window.__events), ['ready 1', 'ready 2'], 'no re-annotation caused by our own work');
  assert.deepEqual(await page.evaluate(() => window.__muts), ['childList SECTION'], 'the only DOM change is the page\'s own');
  await page.screenshot({ path: path.join(ARTIFACTS, 'living-embed.png') });
  const serious = await axe(page, 'embed-ghost-card', { shadow: true });
  assert.deepEqual(serious, [], 'axe: the embed UI with a card open');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('axe-core: the gutenberg embed with the panel and a card open, and the paste page', async () => {
  const { page } = await open(`${plain.url}gutenberg.html`);
  await events(page, 1);
  await page.locator('factcheck-ui .toggle').click();
  await page.locator('factcheck-ui .entry').first().click();
  await page.locator('factcheck-ui .card').waitFor({ state: 'visible' });
  assert.deepEqual(await axe(page, 'embed-gutenberg-card', { shadow: true }), []);
  await page.screenshot({ path: path.join(ARTIFACTS, 'living-axe-embed.png') });
  await page.close();

  const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await p.goto(www.url);
  await p.waitForFunction(() => document.documentElement.dataset.fcState === 'ready');
  assert.deepEqual(await axe(p, 'page-empty'), [], 'the empty paste page');
  await p.close();
});

test('keyboard only on the paste page: Tab into the article, n/p, open and close a card, export', async () => {
  const { page } = await open(www.url);
  await page.waitForFunction(() => document.documentElement.dataset.fcState === 'ready');
  await page.fill('#input', ARTICLE);
  await page.waitForFunction(() => document.documentElement.dataset.fcState === 'done');
  const where = () => page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return { id: a.id, cls: a.className, format: a.dataset?.format || null, role: a.getAttribute('role') };
  });
  const focusText = () => page.evaluate(() => [...CSS.highlights.get('factcheck-focus')].map((r) => r.toString()).join('|'));
  await page.focus('#input');
  await page.keyboard.press('Tab');
  assert.equal((await where()).id, 'view', 'Tab into the article');
  const first = await focusText();
  await page.keyboard.press('n');
  const second = await focusText();
  assert.notEqual(second, first);
  await page.keyboard.press('p');
  assert.equal(await focusText(), first);
  await page.keyboard.press('n');
  await page.keyboard.press('Enter');
  await page.locator('#factcheck-ui .card').waitFor({ state: 'visible' });
  assert.equal((await where()).role, 'dialog', 'the card has focus');
  assert.deepEqual(await axe(page, 'page-card', { shadow: true }), [], 'axe: the paste page with a card open');
  await page.screenshot({ path: path.join(ARTIFACTS, 'living-page-keyboard.png') });
  await page.keyboard.press('Escape');
  await page.locator('#factcheck-ui .card').waitFor({ state: 'detached' });
  assert.equal((await where()).id, 'view', 'focus back on the article');
  // Tab steps on to the last annotation, then out of the text into the panel's export buttons.
  let w = null;
  for (let i = 0; i < 200; i++) { await page.keyboard.press('Tab'); w = await where(); if (w.format) break; }
  assert.equal(w.format, 'json', 'Tab leaves the text for the first export button');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal((await where()).format, 'markdown');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.equal(dl.suggestedFilename(), 'factcheck-checklist.md');
  await page.close();
});
