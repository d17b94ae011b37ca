// End-to-end test of uncertain attributions in the CMS embed (fixture
// uncertain.html: a quote paragraph with no speaker of its own, which the
// engine attributes to the speaker before it with under 0.5 confidence).
// The default favours precision: not painted, not listed, the panel only
// offers a "Show uncertain (N)" switch. The switch (keyboard and pointer),
// data-uncertain="show" and {"uncertain": true} in #factcheck-config paint
// it lighter (factcheck-unsure) and list it with an "unsure" tag and the
// reason, as its card's "Unsure" row says.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveFixtures, watch } from './browser.mjs';
import { axe } from './a11y.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('uncertain attributions: hidden by default; data-uncertain="show" or the panel switch paints them lighter and lists them as unsure', async () => {
  const server = await serveFixtures();
  const SAID = 'We should have started years ago.';
  const open = async (attrs = '', head = '') => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const log = watch(page);
    await page.route('**/uncertain.html', async (r) => {
      const res = await r.fetch();
      r.fulfill({ response: res, body: (await res.text()).replace('data-panel="open"', `data-panel="open" ${attrs}`).replace('</head>', `${head}</head>`) });
    });
    await page.addInitScript(() => document.addEventListener('factcheck:ready', (e) => { window.__fc = e.detail; }));
    await page.goto(`${server.url}uncertain.html`);
    await page.waitForFunction(() => window.__fc);
    return { page, log };
  };
  // What is painted (highlight name -> texts), the panel's entries and its switch.
  const state = (page) => page.evaluate((said) => {
    const ui = document.querySelector('factcheck-ui').shadowRoot;
    const sw = ui.querySelector('label.doubt');
    const box = sw?.querySelector('input[type=checkbox]');
    const hl = Object.fromEntries([...CSS.highlights].map(([k, h]) => [k, [...h].map((r) => r.toString())]));
    const p = [...document.querySelectorAll('#content p')].find((x) => x.textContent.includes(said));
    const bg = (name) => getComputedStyle(p, `::highlight(${name})`).backgroundColor;
    return {
      doubtful: window.__fc.attributions.filter((a) => a.confidence < 0.5).map((a) => [a.content.text, a.uncertain_because]),
      hl, unsureBg: bg('factcheck-unsure'), quoteBg: bg('factcheck-quote'),
      entries: [...ui.querySelectorAll('.entry.claim')].map((b) => ({ text: b.textContent, unsure: b.classList.contains('unsure'), why: b.querySelector('.why')?.textContent ?? null })),
      sw: sw && { shown: !sw.hidden && sw.getBoundingClientRect().height > 0, text: sw.textContent.trim(), checked: box?.checked, label: box?.labels?.[0] === sw },
    };
  }, SAID);
  const alpha = (c) => Number((c.match(/rgba?\(([^)]+)\)/)?.[1].split(',')[3]) ?? 1);
  try {
    // Default: precision first. The uncertain quote is neither painted nor listed.
    const { page, log } = await open();
    let s = await state(page);
    assert.deepEqual(s.doubtful.map(([t]) => t), [SAID], 'the fixture has one uncertain attribution');
    assert.ok(s.doubtful[0][1], 'with a reason');
    assert.ok(s.hl['factcheck-quote']?.some((t) => t.includes('The pier is older')), 'the sure quote is painted');
    assert.ok(!Object.values(s.hl).flat().some((t) => t.includes(SAID)), `not painted: ${JSON.stringify(s.hl)}`);
    assert.ok(!s.entries.some((e) => e.text.includes(SAID)), 'not listed');
    assert.deepEqual(s.sw, { shown: true, text: 'Show uncertain (1)', checked: false, label: true });
    assert.deepEqual(await axe(page, 'embed-uncertain', { shadow: true }), []);

    // The switch, from the keyboard: Tab reaches it, Space turns it on.
    await page.locator('factcheck-ui .exports button').last().focus();
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => document.querySelector('factcheck-ui').shadowRoot.activeElement?.matches('label.doubt input')), 'Tab reaches the switch');
    await page.keyboard.press('Space');
    await page.waitForFunction((said) => [...(CSS.highlights.get('factcheck-unsure') || [])].some((r) => r.toString().includes(said)), SAID);
    s = await state(page);
    assert.equal(s.sw.checked, true);
    assert.ok(!s.hl['factcheck-quote'].some((t) => t.includes(SAID)), 'painted as unsure, not as a quote');
    assert.ok(alpha(s.unsureBg) < alpha(s.quoteBg), `lighter: ${s.unsureBg} vs ${s.quoteBg}`);
    const e = s.entries.find((x) => x.text.includes(SAID));
    assert.ok(e?.unsure, `listed as unsure: ${JSON.stringify(s.entries)}`);
    assert.match(e.why, /^unsure \d+% sure: .+/, 'with the reason, as on the card');
    assert.ok(e.why.includes(s.doubtful[0][1]));
    assert.equal(s.entries.filter((x) => x.unsure).length, 1, 'only the uncertain one');
    assert.ok(await page.evaluate(() => document.querySelector('factcheck-ui').shadowRoot.activeElement?.matches('label.doubt input')), 'focus stays on the switch');
    // Its card says why.
    await page.locator('factcheck-ui .entry.unsure').click();
    await page.locator('factcheck-ui .card').waitFor({ state: 'visible' });
    assert.match(await page.locator('factcheck-ui .card').innerText(), /Uncertain: direct quote[\s\S]*Unsure\s+\d+% sure: /);
    await page.keyboard.press('Escape');
    // And off again.
    await page.locator('factcheck-ui label.doubt').click();
    await page.waitForFunction(() => !(CSS.highlights.get('factcheck-unsure')?.size));
    s = await state(page);
    assert.equal(s.sw.checked, false);
    assert.ok(!Object.values(s.hl).flat().some((t) => t.includes(SAID)) && !s.entries.some((x) => x.text.includes(SAID)), 'hidden again');
    assert.deepEqual(log.errors, []);
    await page.close();

    // data-uncertain="show", or "uncertain": true in the page's JSON config: shown from the start, the switch on.
    for (const [attrs, head] of [['data-uncertain="show"', ''], ['', '<script type="application/json" id="factcheck-config">{"uncertain": true}</script>']]) {
      const { page: p, log: l } = await open(attrs, head);
      await p.waitForTimeout(100);
      s = await state(p);
      assert.ok(s.hl['factcheck-unsure']?.some((t) => t.includes(SAID)), `${attrs || head}: painted as unsure`);
      assert.ok(s.entries.find((x) => x.text.includes(SAID))?.unsure, 'listed as unsure');
      assert.deepEqual(s.sw, { shown: true, text: 'Show uncertain (1)', checked: true, label: true });
      assert.deepEqual(l.errors, []);
      await p.close();
    }
  } finally {
    await server.close();
  }
});
