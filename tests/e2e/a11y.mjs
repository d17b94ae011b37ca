// axe-core (npm) in a page: injected through the DevTools protocol (not a
// <script>, so a page's CSP does not stop it), run over the document and
// every open shadow root. Returns the violations of impact serious or
// critical, and writes the whole result to tests/e2e/artifacts/axe-<name>.json.
// With `shadow: true` it also fails unless axe checked nodes inside a
// shadow root (our UI), so a run that missed the UI cannot pass.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ARTIFACTS } from './browser.mjs';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function axe(page, name, { shadow = false } = {}) {
  await page.evaluate(AXE);
  const r = await page.evaluate(async () => {
    const res = await window.axe.run(document);
    const nodes = (list) => list.flatMap((v) => v.nodes);
    return {
      violations: res.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })) })),
      minor: res.violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical').map((v) => v.id),
      passed: res.passes.length,
      shadowNodes: nodes([...res.passes, ...res.violations, ...res.incomplete]).filter((n) => n.target.some(Array.isArray)).length,
    };
  });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, `axe-${name}.json`), JSON.stringify(r, null, 2));
  if (shadow) assert.ok(r.shadowNodes > 0, `axe (${name}) checked no node inside a shadow root`);
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
