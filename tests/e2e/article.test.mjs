// The extension's article finder (www/article.js) and its filter, on page
// layouts written for this test (each a common shape of news page, none the
// one the extension test uses): it must pick the story's container and
// read it without comments, share bars, related links, captions or ads,
// whatever the container is called. Runs the unminified module in Chromium
// (imported from the source tree), with extract.js as the extension uses it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, SOURCE } from './browser.mjs';
import { serve } from '../../scripts/serve.mjs';

const P = (s) => `<p>${s}</p>`;
const STORY = [
  'The regional rail operator will run 40 extra trains a week from June, its managing director said on Monday, after passenger numbers rose by 18% last year.',
  '“We have been turning people away at the platform,” said Hana Lindqvist. She said the new timetable would cost about $3 million a year to run.',
  'Unions welcomed the plan but warned that 120 drivers were still needed, according to a statement from the drivers’ association.',
];
const LAYOUTS = {
  // No <article>, no <main>: the story is the div with the most paragraph text.
  'plain-divs': `<div class="header"><a href="#">Home</a> <a href="#">Trains</a></div>
    <div class="col-left">${P('Short teaser text for another story here.')}${P('Another teaser with 3 figures in it.')}</div>
    <div class="col-main" id="want"><h1>Rail operator adds trains</h1>${STORY.map(P).join('')}
      <div class="comments"><h3>Comments</h3>${P('“This will never happen before 2030,” one reader wrote at 11pm on a Sunday, with 44 likes.')}</div></div>
    <div class="site-footer">${P('Copyright 2026. All 12 regional editions. Terms apply to every subscription offer we make.')}</div>`,
  // itemprop=articleBody wins over a bigger <main> that holds a rail.
  microdata: `<main><div itemprop="articleBody" id="want">${STORY.map(P).join('')}
      <figure><figcaption>Passengers wait at platform 4 during the 7am rush.</figcaption></figure></div>
    <section class="related-links"><h2>More</h2>${P('Bus fares frozen for 2 years as council agrees a new 9 million deal with operators, officials said.')}</section></main>`,
  // Several <article>s (teasers) beside the real one: the one with the text.
  'article-teasers': `<main><article id="want"><h1>Rail operator adds trains</h1>${STORY.map(P).join('')}
      <div class="share-bar">${P('Share this story with your 5 closest friends on every social network you use.')}</div></article>
    <aside>${['Airport adds 3 routes', 'Ferry fares up 7%'].map((t) => `<article>${P(`${t} after a long year of talks with the operators and unions, a spokesman said.`)}</article>`).join('')}</aside></main>`,
  // A live blog: many short <article> entries in one column; the column wins.
  'live-column': `<main id="want"><h1>Live: rail strike</h1>${STORY.map((s, i) => `<article class="post">${P(`${9 + i}:00 ${s}`)}</article>`).join('')}</main>
    <div role="complementary">${P('Most read: 10 things to do this weekend if the weather holds and the trains still run.')}</div>`,
  // A WordPress-like page: the body container is .entry-content; an ad inside it is dropped.
  'cms-entry': `<div id="page" class="site has-sidebar"><div class="content-area"><div class="post-wrap">
      <h1 class="entry-title">Rail operator adds trains</h1>
      <div class="entry-content" id="want">${STORY[0] ? P(STORY[0]) : ''}<div class="ad-container">${P('Advertisement: get 50% off your first 6 months of rail travel when you sign up today.')}</div>${STORY.slice(1).map(P).join('')}</div>
      <div id="comments" class="comments-area">${P('A reader says there were 14 cancellations on his line in a single week last month.')}${P('Another reader says the new trains will only run twice a day on the coastal line.')}</div>
    </div></div><div class="widget-area">${P('Tags: rail, transport, 2026, strikes, timetable changes and the new June schedule.')}</div></div>`,
};

let browser, server, dir;
before(async () => {
  browser = await launch();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fc-article-'));
  for (const [name, body] of Object.entries(LAYOUTS)) {
    fs.writeFileSync(path.join(dir, `${name}.html`), `<!doctype html><html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title><body>${body}</body></html>`);
  }
  server = await serve({ mounts: { '/': dir, '/src/': SOURCE }, port: 0 });
});
after(async () => { await browser?.close(); await server?.close(); fs.rmSync(dir, { recursive: true, force: true }); });

for (const name of Object.keys(LAYOUTS)) {
  test(`article finder: ${name}`, async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${name}.html`);
    const r = await page.evaluate(async () => {
      const { findArticle, skipZone } = await import('/src/article.js');
      const { extract } = await import('/src/extract.js');
      const el = findArticle(document);
      return { picked: el.id || el.tagName, text: extract(el, { skip: skipZone }).text };
    });
    assert.equal(r.picked, 'want', `${name}: picked ${r.picked}`);
    for (const s of STORY) assert.ok(r.text.replace(/^\d+:00 /gm, '').includes(s), `${name}: the story is read whole`);
    for (const bad of ['2030', 'Copyright', 'platform 4', 'Bus fares', 'closest friends', 'Airport', 'Most read', '50% off', 'cancellations', 'twice a day', 'Tags:', 'teaser']) {
      assert.ok(!r.text.includes(bad), `${name}: "${bad}" is left out`);
    }
    await page.close();
  });
}
