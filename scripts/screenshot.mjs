// Renders a text file in the paste page (Debian's Chromium via
// playwright-core) and saves a full-page screenshot: a way to look at what a
// reader sees. Usage: node scripts/screenshot.mjs ARTICLE.txt OUT.png [--focus TEXT]
// Offsets play no part here; the page does the analysis in its worker.
import fs from 'node:fs';
import { launch, serveWww } from '../tests/e2e/browser.mjs';

const [file, out = 'tests/e2e/artifacts/screenshot.png'] = process.argv.slice(2);
const focusAt = process.argv.indexOf('--focus');
const focus = focusAt > 0 ? process.argv[focusAt + 1] : null;
if (!file) {
  console.error('usage: node scripts/screenshot.mjs ARTICLE.txt OUT.png [--focus TEXT]');
  process.exit(2);
}
const text = fs.readFileSync(file, 'utf8');
const server = await serveWww();
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.url);
  await page.fill('#input', text);
  await page.waitForFunction(() => document.querySelector('#view')?.textContent.length > 0);
  await page.waitForTimeout(800);
  if (focus) {
    const box = await page.evaluate((needle) => {
      const view = document.querySelector('#view');
      const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.data.indexOf(needle);
        if (i >= 0) {
          const r = document.createRange();
          r.setStart(n, i + 1);
          r.setEnd(n, i + 2);
          const b = r.getBoundingClientRect();
          return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
        }
      }
      return null;
    }, focus);
    if (box) {
      await page.mouse.click(box.x, box.y);
      await page.waitForTimeout(300);
    }
  }
  await page.screenshot({ path: out, fullPage: true });
  console.log(`screenshot: ${out}`);
} finally {
  await browser.close();
  await server.close();
}
