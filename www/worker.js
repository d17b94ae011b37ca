// The analysis worker: loads the wasm package from next to this file (a
// plain URL, no blob or base64, so a strict CSP with 'wasm-unsafe-eval'
// works) and answers {id, type: 'analyze'|'export', text, format, options}.
// Offsets in results are UTF-16 code units of `text` (the contract).
import init, { analyze, exportAs, version } from './pkg/factcheck.js';

const ready = init({ module_or_path: new URL('./pkg/factcheck_bg.wasm', import.meta.url) }).then(() => version());
ready.then(
  (v) => postMessage({ type: 'ready', version: v }),
  (e) => postMessage({ type: 'ready', error: String(e && e.message ? e.message : e) }),
);

self.onmessage = async ({ data }) => {
  const { id, type, text, format, options } = data || {};
  try {
    await ready;
    const t0 = performance.now();
    const result = type === 'export' ? exportAs(text, format, options) : analyze(text, options);
    postMessage({ id, ok: true, result, ms: performance.now() - t0 });
  } catch (e) {
    postMessage({ id, ok: false, error: String(e && e.message ? e.message : e) });
  }
};
