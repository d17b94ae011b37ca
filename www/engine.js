// Main-thread client of worker.js. `analyze` is latest-wins: while the
// worker is busy only the newest text waits, and a superseded call resolves
// to null. Offsets in results: UTF-16 code units of the text passed in.

/** Largest text sent for analysis (UTF-16 code units), as in the core. */
export const MAX_LENGTH = 2_000_000;

export function createEngine(base = import.meta.url) {
  const worker = new Worker(new URL('./worker.js', base), { type: 'module' });
  let seq = 0;
  const calls = new Map();
  let busy = false, queued = null;
  let resolveReady, rejectReady;
  const ready = new Promise((res, rej) => { resolveReady = res; rejectReady = rej; });

  worker.onmessage = (e) => {
    const t0 = performance.now();
    const data = e.data; // the structured clone is read here, on the main thread
    performance.measure('factcheck:receive', { start: t0 });
    if (data.type === 'ready') { if (data.error) rejectReady(new Error(data.error)); else resolveReady(data.version); return; }
    const c = calls.get(data.id);
    if (!c) return;
    calls.delete(data.id);
    if (data.ok) c.resolve(data.result); else c.reject(new Error(data.error));
  };
  worker.onerror = (e) => { rejectReady(new Error(e.message || 'the analysis worker failed to start')); };

  const call = (msg) => new Promise((resolve, reject) => {
    const id = ++seq;
    calls.set(id, { resolve, reject });
    worker.postMessage({ ...msg, id });
  });

  const pump = () => {
    if (busy || !queued) return;
    const job = queued;
    queued = null;
    busy = true;
    call({ type: 'analyze', text: job.text, options: job.options })
      .then(job.resolve, job.reject)
      .finally(() => { busy = false; pump(); });
  };

  return {
    ready,
    analyze(text, options) {
      if (queued) queued.resolve(null);
      return new Promise((resolve, reject) => { queued = { text, options, resolve, reject }; pump(); });
    },
    exportAs: (text, format, options) => call({ type: 'export', text, format, options }),
    terminate: () => worker.terminate(),
  };
}
