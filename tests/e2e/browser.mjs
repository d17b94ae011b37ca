// Shared helpers for the e2e tests: launch Debian's Chromium through
// playwright-core (fresh profile, no background networking) and serve
// www/dist/ (what a site deploys; plus fixtures) with scripts/serve.mjs on a
// free port. FACTCHECK_E2E_WWW=source runs them on the unminified www/.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The unminified modules, runnable as they are (with www/pkg). */
export const SOURCE = path.join(ROOT, 'www');
/** What the tests serve: the deployable build (scripts/build writes it). */
export const WWW = process.env.FACTCHECK_E2E_WWW === 'source' ? SOURCE : path.join(SOURCE, 'dist');
export const FIXTURES = path.join(ROOT, 'tests', 'e2e', 'fixtures');
export const ARTIFACTS = path.join(ROOT, 'tests', 'e2e', 'artifacts');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export const CHROME_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

export async function launch() {
  if (!fs.existsSync(path.join(WWW, 'pkg', 'factcheck_bg.wasm'))) {
    throw new Error(`${path.relative(ROOT, WWW)}/pkg is missing: build first (scripts/build)`);
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  // playwright-core gives every launch a fresh temporary profile (user-data-dir).
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROME_ARGS });
}

/** Serves the page at / (paste page) or fixtures at / with the embed at /factcheck/. */
export function serveWww({ csp, root = WWW } = {}) {
  return serve({ mounts: { '/': root }, csp, port: 0 });
}
export function serveFixtures({ csp, root = WWW } = {}) {
  return serve({ mounts: { '/': FIXTURES, '/factcheck/': root }, csp, port: 0 });
}

/** Whitespace-insensitive form used to compare a Range's text with a span's. */
export const squash = (s) => s.replace(/\s+/g, '');

/** Records every request and console error of a page. */
export function watch(page) {
  const log = { requests: [], errors: [] };
  page.on('request', (r) => log.requests.push({ url: r.url(), t: Date.now() }));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  return log;
}
