// The analysis core shared by worker.js (the embed and paste page) and the
// extension (which runs worker.js too): loads the wasm package once from a
// plain URL and answers one request {id, type: 'analyze'|'export', text,
// format, options}. A wasm trap is reported `fatal` so the engine restarts
// the worker (a trapped instance is not trusted again). Offsets in results:
// UTF-16 code units of `text` (the contract).
import init, { analyze, exportAs, version } from './pkg/factcheck.js';

const message = (e) => String(e && e.message ? e.message : e);

export function createCore(wasmUrl) {
  const ready = init({ module_or_path: wasmUrl }).then(() => version());
  return {
    ready,
    async handle(data) {
      const { id, type, text, format, options, fail } = data || {};
      try {
        await ready;
        // Test-only hook (engine.js passes it on): behave like a trapped wasm.
        if (fail === 'trap') throw new WebAssembly.RuntimeError('unreachable (test hook)');
        const t0 = performance.now();
        const result = type === 'export' ? exportAs(text, format, options) : analyze(text, options);
        return { id, ok: true, result, ms: performance.now() - t0 };
      } catch (e) {
        return { id, ok: false, error: message(e), fatal: e instanceof WebAssembly.RuntimeError };
      }
    },
  };
}
