// Loads the unpacked extension (target/extension/chromium, scripts/build) in
// Debian's Chromium the way TOOLCHAIN.md found works: Chromium spawned here
// in the new headless mode with --load-extension, remote debugging and
// --enable-unsafe-extension-debugging, playwright-core connected over CDP;
// `click(page)` presses the toolbar button with the browser session's CDP
// Extensions.triggerAction on the page's *tab* target (the same activeTab
// grant a real click gives). `isolated(page)` evaluates in the extension's
// content-script world (where its state lives) through CDP Runtime.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, CHROMIUM } from './browser.mjs';

export const EXTENSION = path.join(ROOT, 'target', 'extension', 'chromium');
export const EXTENSION_FIREFOX = path.join(ROOT, 'target', 'extension', 'firefox');

export async function launchExtension({ dir = EXTENSION, width = 1280, height = 900 } = {}) {
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) throw new Error(`${path.relative(ROOT, dir)} is missing: build first (scripts/build)`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'fc-ext-'));
  const proc = spawn(CHROMIUM, ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage', '--no-default-browser-check',
    `--user-data-dir=${profile}`, '--remote-debugging-port=0', '--enable-unsafe-extension-debugging',
    `--window-size=${width},${height}`, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`, 'about:blank'],
  { stdio: ['ignore', 'ignore', 'pipe'] });
  const ws = await new Promise((resolve, reject) => {
    let err = '';
    const t = setTimeout(() => reject(new Error(`Chromium did not start: ${err}`)), 20000);
    proc.stderr.on('data', (d) => {
      err += d;
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m) { clearTimeout(t); resolve(m[1]); }
    });
    proc.once('exit', (c) => reject(new Error(`Chromium exited (${c}): ${err}`)));
  });
  const browser = await chromium.connectOverCDP(ws);
  const ctx = browser.contexts()[0];
  const sw = ctx.serviceWorkers()[0] || await ctx.waitForEvent('serviceworker', { timeout: 10000 });
  const id = new URL(sw.url()).host;
  const cdp = await browser.newBrowserCDPSession();
  const requests = [], logs = [];
  sw.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
  ctx.on('request', (r) => requests.push(r.url()));
  return {
    browser, ctx, sw, id, requests, logs,
    async newPage() {
      const page = await ctx.newPage();
      await page.setViewportSize({ width, height });
      return page;
    },
    /** Clicks the toolbar button for the tab showing `page`. */
    async click(page) {
      // Tab targets are listed only when asked for.
      const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
      if (!tab) throw new Error(`no tab target for ${page.url()}: ${JSON.stringify(targetInfos.map((t) => [t.type, t.url]))}`);
      await cdp.send('Extensions.triggerAction', { id, targetId: tab.targetId });
    },
    /** Targets of the extension's own pages and workers (service worker, offscreen document). */
    async targets() {
      const { targetInfos } = await cdp.send('Target.getTargets');
      return targetInfos.filter((t) => t.url.startsWith(`chrome-extension://${id}/`));
    },
    async close() {
      const exited = new Promise((r) => (proc.exitCode != null ? r() : proc.once('exit', r)));
      await cdp.send('Browser.close').catch(() => {});
      await browser.close().catch(() => {});
      const t = setTimeout(() => proc.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(t);
      // Chromium's helper processes may still be writing for a moment.
      for (let i = 0; i < 20; i++) {
        try { fs.rmSync(profile, { recursive: true, force: true }); break; } catch { await new Promise((r) => setTimeout(r, 250)); }
      }
    },
  };
}

/** Evaluates `fn(arg)` in the extension's content-script world of `page` (JSON result; null before injection). */
export async function isolated(page, fn, arg) {
  const s = await page.context().newCDPSession(page);
  const contexts = [];
  s.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await s.send('Runtime.enable');
  await new Promise((r) => setTimeout(r, 50));
  const c = contexts.find((x) => x.auxData?.type === 'isolated' && x.name === 'factcheck' && x.auxData?.frameId === contexts.find((y) => y.auxData?.isDefault)?.auxData?.frameId);
  if (!c) { await s.detach(); return null; } // not injected (yet)
  const r = await s.send('Runtime.evaluate', { contextId: c.id, expression: `(${fn})(${JSON.stringify(arg)})`, awaitPromise: true, returnByValue: true });
  await s.detach();
  if (r.exceptionDetails) throw new Error(`in the content script: ${r.exceptionDetails.exception?.description || r.exceptionDetails.text}`);
  return r.result.value;
}
