// axe-core (npm) in a page: injected through the DevTools protocol (not a
// <script>, so a page's CSP does not stop it), run over the document and
// every open shadow root. Returns the violations of impact serious or
// critical, and writes the whole result to tests/e2e/artifacts/axe-<name>.json.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ARTIFACTS } from './browser.mjs';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function axe(page, name, { include } = {}) {
  await page.evaluate(AXE);
  const r = await page.evaluate(async (inc) => {
    // eslint-disable-next-line no-undef
    const res = await window.axe.run(inc ? { include: inc } : document, { resultTypes: ['violations'] });
    return {
      violations: res.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })) })),
      passes: res.passes.length,
    };
  }, include || null);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, `axe-${name}.json`), JSON.stringify(r, null, 2));
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
