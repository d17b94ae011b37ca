// The analysis worker: loads the wasm package from next to this file (a
// plain URL, no blob or base64, so a strict CSP with 'wasm-unsafe-eval'
// works) and answers {id, type: 'analyze'|'export', text, format, options}
// through core.js. Offsets in results are UTF-16 code units of `text`.
import { createCore } from './core.js';

const core = createCore(new URL('./pkg/factcheck_bg.wasm', import.meta.url));
core.ready.then(
  (v) => postMessage({ type: 'ready', version: v }),
  (e) => postMessage({ type: 'ready', error: String(e && e.message ? e.message : e) }),
);

self.onmessage = async ({ data }) => {
  // Test-only hooks (engine.js passes them on): die without answering, or
  // fail with an uncaught error (the Worker's error event).
  if (data && data.fail === 'exit') { self.close(); return; }
  if (data && data.fail === 'throw') throw new Error('the worker failed (test hook)');
  postMessage(await core.handle(data));
};
