// The extension in Firefox (Debian's firefox-esr through geckodriver, see
// webdriver.mjs): target/factcheck-firefox.zip (scripts/build) is linted
// with web-ext (no error, no warning), installed as a temporary add-on, and
// its toolbar button is clicked in the browser chrome (geckodriver
// --allow-system-access: the button's own click handler, which gives the
// activeTab grant). On the CMS news page and the live blog: the article is
// annotated (highlights in the page's registry, nothing from navigation,
// comments, captions, ads or the related rail), the page's DOM holds only
// our host, the page fetches nothing, the new live entry is annotated, a
// second click removes everything. Screenshots: artifacts/firefox-ext-*.png.
// Skipped (with a reason) where firefox-esr or geckodriver is missing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { ROOT, FIXTURES, ARTIFACTS } from './browser.mjs';
import { EXTENSION_FIREFOX } from './extension.mjs';
import { FIREFOX, GECKODRIVER, startFirefox } from './webdriver.mjs';

const ZIP = path.join(ROOT, 'target', 'factcheck-firefox.zip');
const WEB_EXT = path.join(ROOT, 'node_modules', '.bin', 'web-ext');
const missing = !FIREFOX ? 'firefox-esr is not installed' : !GECKODRIVER ? 'geckodriver is not installed (scripts/setup installs it under /opt/geckodriver)' : null;

test('web-ext lint: the Firefox build has no error and no warning', { skip: fs.existsSync(WEB_EXT) ? false : 'web-ext is not installed (npm ci)' }, () => {
  let out;
  try {
    out = execFileSync(WEB_EXT, ['lint', '--source-dir', EXTENSION_FIREFOX, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
  } catch (e) { out = e.stdout; }
  const r = JSON.parse(out);
  assert.deepEqual([...r.errors, ...r.warnings, ...r.notices].map((m) => `${m.code}: ${m.message}`), []);
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_FIREFOX, 'manifest.json'), 'utf8'));
  assert.deepEqual(manifest.permissions, ['activeTab', 'scripting', 'contextMenus'], 'least privilege');
  assert.equal(manifest.host_permissions, undefined);
  assert.deepEqual(manifest.background, { scripts: ['background.js'], type: 'module' }, 'an event page in Firefox');
});

let ff, server;
before(async () => {
  if (missing) return;
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  server = await serve({ mounts: { '/': FIXTURES }, port: 0 });
  ff = await startFirefox({ system: true });
  await ff.installAddon(ZIP);
  await ff.setSize(1280, 900);
});
after(async () => { await ff?.quit(); await server?.close(); });

const clickButton = () => ff.chrome(async () => {
  const b = document.querySelector('#factcheck_factcheck_invalid-browser-action .webextension-browser-action');
  if (!b) return 'no toolbar button';
  b.click();
  return 'clicked';
});
/** What the page sees: our host, its summary, and every registered highlight range (with its zone). */
const look = () => ff.run(async () => {
  const ui = document.querySelector('factcheck-ui')?.shadowRoot;
  const ranges = [...CSS.highlights].flatMap(([name, h]) => [...h].map((r) => {
    const el = r.commonAncestorContainer.nodeType === 1 ? r.commonAncestorContainer : r.commonAncestorContainer.parentElement;
    return { name, text: r.toString(), zone: el.closest('nav, aside, footer, figcaption, #comments, .ad-slot, .share-tools, header.topbar')?.tagName || null };
  }));
  return { host: !!ui, summary: ui?.querySelector('.summary')?.textContent || null, status: ui?.querySelector('.status')?.textContent || null, ranges, muts: window.pageMutations, resources: performance.getEntriesByType('resource').length };
});
async function until(pred, what) {
  for (let i = 0; i < 150; i++) {
    const s = await look();
    if (pred(s)) return s;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}: ${JSON.stringify(await look()).slice(0, 400)}`);
}

test('Firefox: the extension annotates a CMS news page on a toolbar click, and a second click removes everything', { skip: missing || false }, async () => {
  await ff.go(`${server.url}ext/news.html`);
  const before = await look();
  assert.equal(before.host, false);
  assert.equal(await clickButton(), 'clicked');
  const s = await until((x) => x.summary && /figure/.test(x.summary), 'the annotation');
  const nums = s.ranges.filter((r) => r.name === 'factcheck-number').map((r) => r.text);
  for (const fig of ['$2.4 billion', '$90,000', '2027', '1,200', '8,000']) assert.ok(nums.some((n) => n.includes(fig)), `figure ${fig}: ${nums}`);
  assert.ok(s.ranges.some((r) => r.name === 'factcheck-source' && r.text.includes('Marcus Okafor')));
  assert.deepEqual(s.ranges.filter((r) => r.zone), [], 'nothing painted in navigation, captions, ads, comments or the rail');
  for (const r of s.ranges) for (const bad of ['2035', '$9 a trip', '40%', '18 shifts', '12 new bus']) assert.ok(!r.text.includes(bad), r.text);
  assert.equal(s.resources, before.resources, 'the page fetched nothing');
  await ff.screenshot(path.join(ARTIFACTS, 'firefox-ext-news.png'));
  await ff.click('#counter');
  assert.equal(await ff.run(async () => document.getElementById('counter').textContent), 'Likes: 1');

  assert.equal(await clickButton(), 'clicked');
  const gone = await until((x) => !x.host, 'the removal');
  assert.equal(gone.ranges.length, 0);
  assert.deepEqual(gone.muts.filter((m) => !m.includes('BUTTON')), ['childList BODY +FACTCHECK-UI - ', 'childList BODY + -FACTCHECK-UI ']);
});

test('Firefox: the live blog\'s new entry is annotated', { skip: missing || false }, async () => {
  await ff.go(`${server.url}ext/live.html`);
  assert.equal(await clickButton(), 'clicked');
  await until((x) => x.summary && /figure/.test(x.summary), 'the annotation');
  await ff.run(async () => window.addEntry());
  const s = await until((x) => x.ranges.some((r) => r.name === 'factcheck-number' && r.text.startsWith('14')), 'the new entry\'s figure');
  assert.ok(s.ranges.some((r) => r.name === 'factcheck-number' && r.text.includes('4,500')));
  await ff.screenshot(path.join(ARTIFACTS, 'firefox-ext-live.png'));
  assert.equal(await clickButton(), 'clicked');
  await until((x) => !x.host && x.ranges.length === 0, 'the removal');
});
