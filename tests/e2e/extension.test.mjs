// End-to-end tests of the browser extension in Chromium (target/extension/
// chromium, built by scripts/build from the embed's own modules and wasm),
// on pages written for these tests that do NOT include our script
// (tests/e2e/fixtures/ext: a news article in a CMS layout with navigation,
// an ad, a caption, comments and a related-links rail; a live blog whose
// own script prepends an entry; a page served with a strict CSP that allows
// no wasm). The toolbar button is clicked the real way (CDP
// Extensions.triggerAction on the tab target: the activeTab grant). Checks:
// highlights quote their spans; nothing from navigation, comments,
// captions, ads or related links is analysed; the page's DOM (bar our one
// UI host) and its own scripts are untouched; no request leaves 127.0.0.1;
// the appended live-blog entry gets annotated while the open card and the
// scroll position stay; a second click removes everything; the extension's
// UI passes axe-core; keyboard-only use; the worker restarts after the
// offscreen document dies. Screenshots: tests/e2e/artifacts/ext-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, FIXTURES, squash } from './browser.mjs';
import { launchExtension, isolated } from './extension.mjs';
import { axe } from './a11y.mjs';
import { serve } from '../../scripts/serve.mjs';

const PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'";
let x, server, cspServer;
before(async () => {
  x = await launchExtension();
  server = await serve({ mounts: { '/': FIXTURES }, port: 0 });
  cspServer = await serve({ mounts: { '/': FIXTURES }, csp: PAGE_CSP, port: 0 });
});
after(async () => { await x?.close(); await server?.close(); await cspServer?.close(); });

const HOST = 'factcheck-ui';
/** The extension's state in the content-script world of the page. */
const state = (page) => isolated(page, () => {
  const s = globalThis[Symbol.for('factcheck.extension')];
  if (!s) return null;
  const i = s.inst;
  const hl = i.analysis ? i.renderer.highlights().map((h) => ({ kind: h.kind, text: h.text, dom: h.range.toString(), inTarget: i.target.contains(h.range.commonAncestorContainer) })) : [];
  const ui = document.querySelector('factcheck-ui')?.shadowRoot;
  return {
    updates: i.updates, text: i.text, target: `${i.target.tagName.toLowerCase()}${i.target.id ? `#${i.target.id}` : ''}.${[...i.target.classList].join('.')}`,
    numbers: i.analysis?.numbers.map((n) => n.text) || [], attributions: i.analysis?.attributions.map((a) => ({ source: a.source?.text, content: a.content.text })) || [],
    hl, summary: ui?.querySelector('.summary')?.textContent, status: ui?.querySelector('.status')?.textContent,
    card: ui?.querySelector('.card') ? { text: ui.querySelector('.card').textContent, pinned: ui.querySelector('.card').dataset.pinned } : null,
  };
});
async function waitUpdates(page, n, timeout = 15000) {
  const t0 = Date.now();
  for (;;) {
    const s = await state(page);
    if (s && s.updates >= n) return s;
    if (s?.status) throw new Error(`the extension reports: ${s.status}`);
    if (Date.now() - t0 > timeout) throw new Error(`no annotation #${n} within ${timeout} ms: ${JSON.stringify(s)}; the extension's log: ${x.logs.join(' | ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
/** Every range registered in the page's highlight registry (main world), with where it sits. */
const registry = (page) => page.evaluate(() => [...CSS.highlights].flatMap(([name, h]) => [...h].map((r) => {
  const el = r.commonAncestorContainer.nodeType === 1 ? r.commonAncestorContainer : r.commonAncestorContainer.parentElement;
  return { name, text: r.toString(), zone: el.closest('nav, aside, footer, figcaption, #comments, .ad-slot, .share-tools, header.topbar')?.tagName || null };
})));
const httpOutside = () => x.requests.filter((u) => /^(https?|wss?):/.test(u) && !/^(https?|wss?):\/\/127\.0\.0\.1[:/]/.test(u));
const withoutHost = (html) => html.replace(/<factcheck-ui[^>]*><\/factcheck-ui>/, '');

test('extension: least privilege; the shortcut and the context menu are registered', async () => {
  const m = await x.sw.evaluate(() => chrome.runtime.getManifest());
  assert.deepEqual(m.permissions, ['activeTab', 'scripting', 'contextMenus', 'offscreen']);
  assert.equal(m.host_permissions, undefined, 'no host permissions');
  assert.equal(m.content_scripts, undefined, 'nothing runs on a page until the reader asks');
  assert.equal(m.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
  assert.equal(m.web_accessible_resources, undefined, 'pages can load nothing of ours');
  const r = await x.sw.evaluate(async () => ({
    commands: (await chrome.commands.getAll()).map((c) => [c.name, c.shortcut]),
    menu: await chrome.contextMenus.update('factcheck-article', { title: 'Fact-check this article' }).then(() => 'registered', (e) => e.message),
  }));
  assert.deepEqual(r, { commands: [['_execute_action', 'Alt+Shift+F']], menu: 'registered' });
  // Without the reader's click, the page is out of reach (activeTab only).
  const page = await x.newPage();
  await page.goto(`${server.url}ext/news.html`);
  const refused = await x.sw.evaluate(async () => {
    // The newest tab is the page's (without the tabs permission, tabs carry no URL).
    const tab = (await chrome.tabs.query({})).sort((a, b) => b.id - a.id)[0];
    return chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['content.js'] }).then(() => 'injected', (e) => e.message);
  });
  assert.match(refused, /Cannot access/);
  assert.equal(await state(page), null);
  await page.close();
});

test('extension: a news article in a CMS layout is annotated in place, and a second click removes everything', async () => {
  const page = await x.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}ext/news.html`);
  const before = await page.evaluate(() => window.pageHtml());
  assert.equal(await state(page), null, 'nothing runs before the click');

  await x.click(page);
  const s = await waitUpdates(page, 1);
  assert.equal(s.target, 'article.story.post.type-post', 'the <article> is what is read');
  // What is analysed: the story, not the page furniture.
  for (const want of ['Harbour tunnel budget climbs again', 'risen to $2.4 billion', 'more than 8,000 signatures']) assert.ok(s.text.includes(want), want);
  for (const furniture of ['Our 150 best recipes', 'Drilling crews', 'Advertisement', 'Save 40%', 'Share on 5', '14 comments', 'never open before 2035',
    '$9 a trip', 'Council approves 12', 'Ferry fares rise', 'finish on time', '© 2026', 'Likes']) {
    assert.ok(!s.text.includes(furniture), `"${furniture}" is not analysed`);
  }
  for (const fig of ['$2.4 billion', '$90,000', '2027', '1,200', '8,000']) assert.ok(s.numbers.some((n) => n.includes(fig)), `figure ${fig}`);
  assert.ok(s.attributions.some((a) => a.source?.includes('Marcus Okafor') && a.content.includes('groundwater')), JSON.stringify(s.attributions));
  // Highlights quote their spans, inside the article.
  assert.ok(s.hl.length >= 15, `${s.hl.length} highlights`);
  for (const h of s.hl) { assert.equal(squash(h.dom), squash(h.text), `${h.kind} highlight`); assert.ok(h.inTarget, `${h.kind} "${h.text}" inside the article`); }
  const reg = await registry(page);
  assert.ok(reg.filter((r) => r.name === 'factcheck-number').length >= 5, 'the page sees the highlights (one registry)');
  assert.deepEqual(reg.filter((r) => r.zone), [], 'nothing painted in navigation, captions, ads, comments or the rail');
  assert.match(s.summary, /^\d+ claims?, \d+ sources?, \d+ vague sources?, \d+ figures?, \d+ findings?$/);

  // A hovered figure shows its card; screenshot with the panel and a card.
  const box = await page.evaluate(() => {
    const r = [...CSS.highlights.get('factcheck-number')].find((q) => q.toString().includes('90,000'));
    const b = r.getClientRects()[0];
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  await page.locator(`${HOST} .card`).waitFor({ state: 'visible', timeout: 3000 });
  await page.screenshot({ path: path.join(ARTIFACTS, 'ext-news.png') });
  const serious = await axe(page, 'ext-news', { shadow: true });
  assert.deepEqual(serious, [], 'axe: no serious/critical violation with the extension UI and a card open');

  // The page: its own script still works, its DOM holds only our host.
  for (let i = 0; i < 3; i++) await page.locator('#counter').click();
  assert.equal(await page.locator('#counter').textContent(), 'Likes: 3');
  const p = await page.evaluate(() => ({ runs: window.pageScriptRuns, muts: window.pageMutations.filter((m) => !m.includes('BUTTON')), html: window.pageHtml() }));
  assert.equal(p.runs, 1);
  assert.deepEqual(p.muts, ['childList BODY +FACTCHECK-UI - '], 'the page DOM is not mutated but for our one UI host');
  assert.equal(withoutHost(p.html).replace('Likes: 3', 'Likes: 0'), before);

  // Second click: every highlight and the UI go.
  await x.click(page);
  for (let i = 0; i < 50 && (await state(page)); i++) await page.waitForTimeout(100);
  assert.equal(await state(page), null);
  const gone = await page.evaluate(() => ({ ranges: [...CSS.highlights.values()].reduce((a, h) => a + h.size, 0), host: !!document.querySelector('factcheck-ui'), html: window.pageHtml(), last: window.pageMutations.at(-1) }));
  assert.deepEqual({ ranges: gone.ranges, host: gone.host }, { ranges: 0, host: false });
  assert.equal(gone.last, 'childList BODY + -FACTCHECK-UI ');
  assert.equal(gone.html.replace('Likes: 3', 'Likes: 0'), before, 'the page is as it was');
  await page.screenshot({ path: path.join(ARTIFACTS, 'ext-news-removed.png') });
  // And a third click annotates again.
  await x.click(page);
  await waitUpdates(page, 1);
  assert.deepEqual(httpOutside(), [], 'no request leaves 127.0.0.1');
  assert.deepEqual(errors, []);
  await page.close();
});

test('extension: a live blog\'s new entry is annotated; the open card and the scroll position stay', async () => {
  const page = await x.newPage();
  await page.setViewportSize({ width: 1100, height: 600 });
  await page.goto(`${server.url}ext/live.html`);
  await x.click(page);
  const s1 = await waitUpdates(page, 1);
  assert.equal(s1.target, 'main.', 'the column of entries (main), not one entry');
  assert.ok(s1.text.includes('4,500 homes') && s1.text.includes('110 km/h') && !s1.text.includes('40 million'), s1.text);

  // Pin the card of "About 4,500" with a click, scroll a little.
  await page.evaluate(() => window.scrollTo(0, 120));
  const box = await page.evaluate(() => {
    const r = [...CSS.highlights.get('factcheck-number')].find((q) => q.toString().includes('4,500'));
    const b = r.getClientRects()[0];
    return { x: b.left + 3, y: b.top + b.height / 2 };
  });
  await page.mouse.click(box.x, box.y);
  await page.locator(`${HOST} .card`).waitFor({ state: 'visible' });
  const card1 = (await state(page)).card;
  assert.ok(card1.text.includes('4,500') && card1.pinned === 'true', JSON.stringify(card1));

  await page.evaluate(() => window.addEntry()); // the page's own script prepends an entry
  const scrollAfterInsert = await page.evaluate(() => scrollY);
  const s2 = await waitUpdates(page, 2);
  assert.ok(s2.text.startsWith('Live: storm Hollis crosses the coast\n\n10:05\n\nThe ferry operator said 14 sailings'), s2.text.slice(0, 120));
  assert.ok(s2.numbers.includes('14 sailings') || s2.numbers.some((n) => n.startsWith('14')), JSON.stringify(s2.numbers));
  assert.ok(s2.hl.some((h) => h.kind === 'number' && h.dom.startsWith('14')), 'the new entry is painted');
  for (const h of s2.hl) assert.equal(squash(h.dom), squash(h.text));
  assert.deepEqual(s2.card, card1, 'the reader\'s card is still open, pinned, on the same figure');
  assert.equal(await page.evaluate(() => scrollY), scrollAfterInsert, 'the scroll position is kept');
  await page.screenshot({ path: path.join(ARTIFACTS, 'ext-live.png') });

  // Our own work does not wake the observer: no further re-annotation.
  await page.waitForTimeout(1500);
  assert.equal((await state(page)).updates, 2);
  const muts = await page.evaluate(() => window.pageMutations);
  assert.deepEqual(muts, ['childList BODY +FACTCHECK-UI - ', 'childList DIV +ARTICLE - ']);

  // The worker dies (its offscreen document is closed): the next change still gets annotated.
  const off = (await x.targets()).find((t) => t.url.endsWith('/offscreen.html'));
  assert.ok(off, 'the analysis runs in the offscreen document');
  const cdp = await x.browser.newBrowserCDPSession();
  await cdp.send('Target.closeTarget', { targetId: off.targetId });
  await page.waitForTimeout(300);
  await page.evaluate(() => window.addEntry());
  const s3 = await waitUpdates(page, 3);
  assert.equal((s3.text.match(/14 sailings/g) || []).length, 2);
  assert.ok((await x.targets()).some((t) => t.url.endsWith('/offscreen.html')), 'a new offscreen document runs the analysis');

  await x.click(page);
  for (let i = 0; i < 50 && (await state(page)); i++) await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => [...CSS.highlights.values()].reduce((a, h) => a + h.size, 0)), 0);
  assert.deepEqual(httpOutside(), []);
  await page.close();
});

test('extension: a page with a strict CSP (no wasm, no inline script) is annotated; a selection is analysed alone', async () => {
  const page = await x.newPage();
  await page.goto(`${cspServer.url}ext/csp.html`);
  await x.click(page);
  const s = await waitUpdates(page, 1);
  assert.equal(s.target, 'main#content.');
  assert.ok(s.numbers.some((n) => n.includes('6.5%')) && s.numbers.some((n) => n.includes('$14 million')), JSON.stringify(s.numbers));
  for (const h of s.hl) assert.equal(squash(h.dom), squash(h.text));
  await page.locator('#counter').click();
  assert.equal(await page.locator('#counter').textContent(), 'Likes: 1');
  assert.deepEqual(await page.evaluate(() => window.pageViolations), [], 'no CSP violation');
  await page.screenshot({ path: path.join(ARTIFACTS, 'ext-csp.png') });
  const serious = await axe(page, 'ext-csp', { shadow: true });
  assert.deepEqual(serious, []);
  await x.click(page);
  for (let i = 0; i < 50 && (await state(page)); i++) await page.waitForTimeout(100);

  // The reader selects one paragraph: only it is analysed.
  const para = await page.evaluate(() => {
    const p = document.querySelectorAll('#content p')[1];
    getSelection().selectAllChildren(p);
    return p.textContent;
  });
  await x.click(page);
  const sel = await waitUpdates(page, 1);
  assert.equal(sel.text, para);
  assert.ok(sel.attributions.some((a) => a.source?.includes('Tom Reyes')), JSON.stringify(sel.attributions));
  assert.ok(!sel.numbers.some((n) => n.includes('6.5%')));
  await page.screenshot({ path: path.join(ARTIFACTS, 'ext-selection.png') });
  assert.deepEqual(httpOutside(), []);
  await page.close();
});

test('extension: on a single-page site that swapped its article out, the next click annotates the new one', async () => {
  const page = await x.newPage();
  await page.goto(`${server.url}ext/csp.html`);
  await x.click(page);
  await waitUpdates(page, 1);
  // The site's router replaces the whole story element (a new "page").
  await page.evaluate(() => {
    const old = document.getElementById('content');
    const next = old.cloneNode(true);
    next.querySelector('h1').textContent = 'Parking charges to double';
    next.querySelectorAll('p')[0].textContent = 'The council said on Friday that parking charges in the town centre would double to $4 an hour from May.';
    old.replaceWith(next);
  });
  await page.waitForTimeout(600);
  await x.click(page);
  const s = await waitUpdates(page, 1);
  assert.ok(s.text.startsWith('Parking charges to double'), s.text.slice(0, 60));
  assert.ok(s.numbers.some((n) => n.includes('$4')), JSON.stringify(s.numbers));
  assert.equal(await page.evaluate(() => document.querySelectorAll('factcheck-ui').length), 1, 'one UI, not two');
  await page.close();
});

test('extension: keyboard only: Tab into the panel, n/p, open and close a card, export', async () => {
  const page = await x.newPage();
  await page.goto(`${server.url}ext/csp.html`);
  await x.click(page);
  await waitUpdates(page, 1);
  const active = () => page.evaluate(() => {
    const ui = document.querySelector('factcheck-ui')?.shadowRoot;
    const a = document.activeElement?.tagName === 'FACTCHECK-UI' ? ui.activeElement : document.activeElement;
    return a ? { cls: a.className, stop: a.dataset?.stop ?? null, format: a.dataset?.format ?? null, role: a.getAttribute('role'), name: a.getAttribute('aria-label') || a.textContent.slice(0, 40) } : null;
  });
  let a = null;
  for (let i = 0; i < 40; i++) { await page.keyboard.press('Tab'); a = await active(); if (/\bentry\b/.test(a?.cls || '')) break; }
  assert.match(a.cls, /entry/, 'Tab reaches the panel entries');
  const first = a.stop;
  await page.keyboard.press('n');
  assert.equal((await active()).stop, String(Number(first) + 1));
  await page.keyboard.press('p');
  assert.equal((await active()).stop, first);
  await page.keyboard.press('Enter');
  await page.locator(`${HOST} .card`).waitFor({ state: 'visible' });
  assert.equal((await active()).role, 'dialog', 'the card takes focus');
  // What a screen reader is told: landmark, dialog and live region, each named.
  const names = await page.evaluate(() => {
    const ui = document.querySelector('factcheck-ui').shadowRoot;
    const card = ui.querySelector('.card');
    const live = ui.querySelectorAll('[aria-live]');
    return {
      panel: [ui.querySelector('.panel').localName, ui.querySelector('.panel').getAttribute('aria-label')],
      card: [card.getAttribute('role'), card.getAttribute('aria-modal'), ui.getElementById(card.getAttribute('aria-labelledby'))?.textContent],
      live: [...live].map((l) => [l.getAttribute('role'), l.getAttribute('aria-live'), l.textContent]),
      summary: ui.querySelector('.summary').textContent,
      toggle: [ui.querySelector('.toggle').textContent, ui.querySelector('.toggle').getAttribute('aria-expanded')],
      exports: ui.querySelector('.exports').getAttribute('aria-label'),
    };
  });
  assert.deepEqual(names.panel, ['aside', 'Fact-check annotations']);
  assert.equal(names.card[0], 'dialog');
  assert.equal(names.card[1], 'false');
  assert.match(names.card[2], /^(Figure|Direct quote|Reported speech|.+)$/);
  assert.deepEqual(names.live, [['status', 'polite', names.summary]], 'one polite live region speaks the summary');
  assert.deepEqual(names.toggle, ['Fact-check', 'true']);
  assert.equal(names.exports, 'Export');
  await page.keyboard.press('Escape');
  await page.locator(`${HOST} .card`).waitFor({ state: 'detached' });
  assert.equal((await active()).stop, first, 'focus returns to the entry');
  for (let i = 0; i < 10 && (await active())?.format !== 'markdown'; i++) await page.keyboard.press('Shift+Tab');
  assert.equal((await active()).format, 'markdown');
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 5000 }), page.keyboard.press('Enter')]);
  assert.equal(dl.suggestedFilename(), 'factcheck-checklist.md');
  await page.close();
});
