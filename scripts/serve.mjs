#!/usr/bin/env node
// A small static server for www/ (and, for the e2e tests, fixture pages):
// 127.0.0.1 only, correct MIME types (application/wasm for .wasm, text/
// javascript for .js/.mjs), no directory listing, no path escape, and an
// optional Content-Security-Policy header on every response.
// CLI: node scripts/serve.mjs [--port 8080] [--root www] [--csp "<policy>"]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8', '.ts': 'text/plain; charset=utf-8', '.map': 'application/json',
};

/** The CSP the embed works under (documented in the README; tested in tests/e2e). */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self'";

/**
 * @param {{mounts: Record<string, string>, csp?: string, port?: number, host?: string}} o
 *   mounts: URL prefix ("/", "/factcheck/") -> directory; longest prefix wins.
 */
export function serve({ mounts, csp, port = 8080, host = '127.0.0.1' }) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = http.createServer((req, res) => {
    let pathname;
    try { pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { pathname = null; }
    const prefix = pathname && prefixes.find((p) => pathname.startsWith(p));
    const send = (code, msg) => { res.writeHead(code, { 'content-type': 'text/plain; charset=utf-8' }); res.end(msg); };
    if (!prefix || pathname.includes('\0')) return send(404, 'not found');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
    const root = path.resolve(mounts[prefix]);
    let file = path.resolve(root, `.${path.sep}${pathname.slice(prefix.length)}`);
    if (file !== root && !file.startsWith(root + path.sep)) return send(403, 'forbidden');
    fs.stat(file, (err, st) => {
      if (!err && st.isDirectory()) { file = path.join(file, 'index.html'); st = fs.existsSync(file) ? fs.statSync(file) : null; }
      if (err || !st || !st.isFile()) return send(404, 'not found');
      const headers = {
        'content-type': MIME[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'content-length': st.size, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff',
      };
      if (csp) headers['content-security-policy'] = csp;
      res.writeHead(200, headers);
      if (req.method === 'HEAD') return res.end();
      fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve({ server, url: `http://${host}:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) }));
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = path.resolve(opt('--root', path.join(here, '..', 'www')));
  const csp = args.includes('--strict-csp') ? STRICT_CSP : opt('--csp', undefined);
  if (!fs.existsSync(path.join(root, 'pkg', 'factcheck_bg.wasm'))) console.error(`warning: ${root}/pkg/factcheck_bg.wasm is missing: build the wasm package first (scripts/build)`);
  const { url } = await serve({ mounts: { '/': root }, csp, port: Number(opt('--port', 8080)) });
  console.log(`factcheck: serving ${root} on ${url}${csp ? ` with CSP: ${csp}` : ''}`);
}
