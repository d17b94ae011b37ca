// A minimal W3C WebDriver (classic, HTTP) client for geckodriver, used to run
// the embed checks in Debian's firefox-esr: playwright-core drives Firefox
// only through its own patched build or WebDriver BiDi commands newer than
// ESR has, so Firefox goes through geckodriver instead.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => fs.existsSync(p));
export const GECKODRIVER = [process.env.GECKODRIVER, '/opt/geckodriver/bin/geckodriver', path.join(os.homedir(), '.cargo/bin/geckodriver')]
  .find((p) => p && fs.existsSync(p));

const freePort = () => new Promise((res) => { const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => res(port)); }); });

/** `system: true` lets `chrome()` run scripts in the browser's own (chrome) context: the toolbar. */
export async function startFirefox({ system = false } = {}) {
  const port = await freePort();
  const proc = spawn(GECKODRIVER, ['--host', '127.0.0.1', '--port', String(port), ...(system ? ['--allow-system-access'] : [])], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, p, body) => {
    const r = await fetch(base + p, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const j = await r.json();
    if (j.value && j.value.error) throw new Error(`${j.value.error}: ${j.value.message}`);
    return j.value;
  };
  for (let i = 0; ; i++) {
    try { if ((await call('GET', '/status')).ready) break; } catch { /* not up yet */ }
    if (i > 100) { proc.kill(); throw new Error('geckodriver did not start'); }
    await new Promise((r) => setTimeout(r, 100));
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'fc-ff-'));
  const session = await call('POST', '/session', { capabilities: { alwaysMatch: {
    browserName: 'firefox',
    'moz:firefoxOptions': {
      binary: FIREFOX, args: ['-headless', '-profile', profile],
      prefs: { 'app.update.enabled': false, 'network.captive-portal-service.enabled': false, 'network.connectivity-service.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false, 'toolkit.telemetry.enabled': false, 'browser.safebrowsing.update.enabled': false,
        'extensions.update.enabled': false, 'browser.shell.checkDefaultBrowser': false },
    },
  } } });
  const sid = `/session/${session.sessionId}`;
  return {
    version: session.capabilities.browserVersion,
    go: (url) => call('POST', `${sid}/url`, { url }),
    setSize: (width, height) => call('POST', `${sid}/window/rect`, { width, height }),
    /** Runs `fn` (an async function source) in the page with args; returns its result. */
    run: (fn, ...args) => call('POST', `${sid}/execute/async`, {
      script: `const done = arguments[arguments.length - 1]; (${fn}).apply(null, Array.from(arguments).slice(0, -1)).then(done, (e) => done({ __error: String(e && e.stack || e) }));`,
      args,
    }).then((v) => { if (v && v.__error) throw new Error(v.__error); return v; }),
    click: async (css) => {
      const el = await call('POST', `${sid}/element`, { using: 'css selector', value: css });
      await call('POST', `${sid}/element/${Object.values(el)[0]}/click`, {});
    },
    keys: (text) => call('POST', `${sid}/actions`, { actions: [{ type: 'key', id: 'kb', actions: [...text].flatMap((c) => [{ type: 'keyDown', value: c }, { type: 'keyUp', value: c }]) }] }),
    /** Installs a zipped extension (temporary: as about:debugging does); returns its id. */
    installAddon: (file) => call('POST', `${sid}/moz/addon/install`, { addon: fs.readFileSync(file).toString('base64'), temporary: true }),
    /** Runs `fn` (an async function source) in the browser chrome (needs system: true). */
    async chrome(fn, ...args) {
      await call('POST', `${sid}/moz/context`, { context: 'chrome' });
      try { return await this.run(fn, ...args); } finally { await call('POST', `${sid}/moz/context`, { context: 'content' }); }
    },
    screenshot: async (file) => fs.writeFileSync(file, Buffer.from(await call('GET', `${sid}/screenshot`), 'base64')),
    async quit() {
      try { await call('DELETE', sid); } finally { proc.kill(); fs.rmSync(profile, { recursive: true, force: true }); }
    },
  };
}
