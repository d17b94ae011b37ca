// The shared renderer driven with a hand-written analysis (fixtures/
// renderer.html): highlight kinds per role, qualifiers inside the number
// highlight, cards with the resolved speaker, the panel grouped by source,
// hit-testing by pointer, and analysis strings shown as text only. The
// harness imports renderer/index.js itself, so it is served from www/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, serveFixtures, watch, ARTIFACTS, SOURCE } from './browser.mjs';
import { STRICT_CSP } from '../../scripts/serve.mjs';

let browser, server, page, log;
before(async () => {
  browser = await launch();
  server = await serveFixtures({ csp: STRICT_CSP, root: SOURCE });
  page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  log = watch(page);
  await page.goto(`${server.url}renderer.html`);
  await page.waitForFunction(() => window.__harness);
  await page.evaluate(() => {
    const t = window.__harness.text;
    const sp = (phrase, from = 0) => { const start = t.indexOf(phrase, from); if (start < 0) throw new Error(phrase); return { start, end: start + phrase.length, text: phrase }; };
    const why = (rule) => ({ rule, reason: `Because of ${rule}.` });
    const marrow = sp('Foreign Minister Ilse Marrow');
    window.__analysis = {
      schema: 'factcheck/1', offsets: 'utf16', length: t.length, sentences: [], warnings: [],
      entities: [{ id: 'e1', name: 'Foreign Minister Ilse Marrow', kind: 'person', title: 'Foreign Minister', mentions: [marrow, sp('She'), sp('Marrow', marrow.end)] }],
      attributions: [
        { id: 'a1', source: marrow, speaker: { entity: 'e1', name: 'Foreign Minister Ilse Marrow' }, cue: sp('said'), content: sp('the talks had made real progress'), direct: false, vague_source: false, ...why('attribution.reported.that') },
        { id: 'a2', source: sp('She'), speaker: { entity: 'e1', name: 'Foreign Minister Ilse Marrow' }, cue: sp('warned'), content: sp('about 2,000 troops remained near the border'), direct: false, vague_source: false, ...why('attribution.reported.pronoun') },
        { id: 'a3', source: sp('Officials'), speaker: null, cue: sp('said', t.indexOf('Officials')), content: sp('the figure was closer to 3,500'), direct: false, vague_source: true, rule: 'attribution.vague', reason: '<img src=x onerror="window.__pwned=1">' },
        { id: 'a4', source: sp('Marrow', marrow.end), speaker: { entity: 'e1', name: 'Foreign Minister Ilse Marrow' }, cue: sp('told'), content: sp('We will not move a single soldier'), direct: true, vague_source: false, ...why('attribution.direct.after') },
      ],
      numbers: [
        { ...sp('2,000'), value: 2000, range: null, kind: 'count', unit: null, qualifier: { kind: 'approx', ...sp('about') }, counted: sp('troops'), ...why('number.digits') },
        { ...sp('3,500'), value: 3500, range: null, kind: 'count', unit: null, qualifier: null, counted: null, ...why('number.digits') },
      ],
      findings: [
        { kind: 'figure_conflict', message: 'Two figures for one quantity: about 2,000 and 3,500.', spans: [sp('about 2,000 troops'), sp('3,500')], rule: 'check.figure_conflict', severity: 'check' },
        { kind: 'vague_source', message: 'The source is not named.', spans: [sp('Officials')], rule: 'check.vague_source', severity: 'info' },
      ],
    };
    return window.__harness.render(window.__analysis);
  });
});
after(async () => { await browser?.close(); await server?.close(); });

const painted = () => page.evaluate(() => Object.fromEntries([...CSS.highlights].map(([k, h]) => [k, [...h].map((r) => r.toString()).sort()])));
const card = () => page.evaluate(() => document.querySelector('factcheck-ui').shadowRoot.querySelector('.card')?.innerText ?? null);

test('each role gets its own highlight; qualifiers are inside the number highlight', async () => {
  const p = await painted();
  assert.deepEqual(p['factcheck-quote'], ['We will not move a single soldier']);
  assert.deepEqual(p['factcheck-reported'], ['about 2,000 troops remained near the border', 'the figure was closer to 3,500', 'the talks had made real progress']);
  assert.deepEqual(p['factcheck-source'], ['Foreign Minister Ilse Marrow', 'Marrow', 'She']);
  assert.deepEqual(p['factcheck-vague'], ['Officials']);
  assert.deepEqual(p['factcheck-cue'], ['said', 'said', 'told', 'warned']);
  assert.deepEqual(p['factcheck-number'], ['3,500', 'about 2,000']);
  assert.deepEqual(p['factcheck-finding'], ['3,500', 'about 2,000 troops'], 'findings worth checking');
  assert.deepEqual(p['factcheck-note'], ['Officials'], 'informational findings are quieter');
});

test('the summary and the panel group claims by resolved source', async () => {
  const r = await page.evaluate(() => {
    const root = document.querySelector('factcheck-ui').shadowRoot;
    return { summary: root.querySelector('[aria-live]').textContent, heads: [...root.querySelectorAll('h3')].map((h) => h.textContent), srcs: [...root.querySelectorAll('.src')].map((s) => s.textContent) };
  });
  assert.equal(r.summary, '4 claims, 2 sources, 1 vague source, 2 figures, 2 findings');
  assert.deepEqual(r.heads, ['Sources (2)', 'Figures (2)', 'Findings (2)']);
  assert.deepEqual(r.srcs, ['Foreign Minister Ilse Marrow (3)', 'Officials (1)']);
});

test('clicking a pronoun opens a card naming the resolved speaker', async () => {
  const pt = await page.evaluate(() => {
    const r = window.__harness.range(window.__analysis.attributions[1].source).getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.click(pt.x, pt.y);
  const text = await card();
  assert.match(text, /Reported speech/);
  assert.match(text, /Who said it\s+Foreign Minister Ilse Marrow/);
  assert.match(text, /In the text\s+She/);
  assert.match(text, /Cue\s+warned/);
  assert.match(text, /Why: Because of attribution\.reported\.pronoun\. attribution\.reported\.pronoun/);
  await page.keyboard.press('Escape');
  assert.equal(await card(), null);
});

test('hovering a figure shows value, kind, qualifier and the thing counted', async () => {
  const pt = await page.evaluate(() => {
    const r = window.__harness.range(window.__analysis.numbers[0]).getBoundingClientRect();
    return { x: r.left + 3, y: r.top + r.height / 2 };
  });
  await page.mouse.move(pt.x, pt.y);
  await page.waitForFunction(() => document.querySelector('factcheck-ui').shadowRoot.querySelector('.card'));
  const text = await card();
  assert.match(text, /Figure\s+2,000/);
  assert.match(text, /Value\s+2,000/);
  assert.match(text, /Kind\s+count/);
  assert.match(text, /Qualifier\s+approximately \(“about”\)/);
  assert.match(text, /Counts\s+troops/);
  await page.screenshot({ path: path.join(ARTIFACTS, 'renderer-card.png') });
  await page.mouse.move(5, 790);
  await page.waitForFunction(() => !document.querySelector('factcheck-ui').shadowRoot.querySelector('.card'), null, { timeout: 3000 });
});

test('a panel entry scrolls to and focuses its highlight; analysis strings stay text', async () => {
  await page.locator('factcheck-ui .entry.claim').nth(3).click(); // Officials (vague)
  const text = await card();
  assert.match(text, /vague: no named person or body/);
  assert.match(text, /<img src=x onerror="window.__pwned=1">/);
  const r = await page.evaluate(() => ({
    pwned: window.__pwned,
    imgs: document.querySelector('factcheck-ui').shadowRoot.querySelectorAll('img').length,
    focus: [...CSS.highlights.get('factcheck-focus')].map((x) => x.toString()).sort(),
    active: document.querySelector('factcheck-ui').shadowRoot.activeElement?.className,
  }));
  assert.equal(r.pwned, undefined);
  assert.equal(r.imgs, 0);
  assert.deepEqual(r.focus, ['Officials', 'said', 'the figure was closer to 3,500']);
  assert.equal(r.active, 'card');
  await page.keyboard.press('Escape');
  assert.match(await page.evaluate(() => document.querySelector('factcheck-ui').shadowRoot.activeElement?.className), /entry/);
  assert.deepEqual(log.errors, []);
});
