// Main-thread client of worker.js. `analyze` is latest-wins: while the
// worker is busy only the newest text waits, and a superseded call resolves
// to null. If the worker dies (an error event, no answer within the
// watchdog time, a closed extension port) or the wasm traps, the worker is
// restarted and the call retried once; a second failure rejects with a
// plain message. Offsets in results: UTF-16 code units of the text passed in.
//
// `spawn` (optional) returns a Worker-like {postMessage, onmessage, onerror,
// terminate}: the extension passes one talking to its own worker over a
// runtime port. Test-only hook: `globalThis.__factcheckTest = {fail: ['exit'
// | 'throw' | 'trap', ...], timeout: ms}` makes the next calls fail on purpose.

/** Largest text sent for analysis (UTF-16 code units), as in the core. */
export const MAX_LENGTH = 2_000_000;

const hook = () => globalThis.__factcheckTest;

export function createEngine(base = import.meta.url, { spawn } = {}) {
  spawn ||= () => new Worker(new URL('./worker.js', base), { type: 'module' });
  let seq = 0, worker = null, started = false;
  const calls = new Map(); // id -> {msg, resolve, reject, tries, timer}
  let busy = false, queued = null;
  let resolveReady, rejectReady;
  const ready = new Promise((res, rej) => { resolveReady = res; rejectReady = rej; });
  ready.catch(() => {});

  function start() {
    const w = spawn();
    worker = w;
    w.onmessage = (e) => {
      if (worker !== w) return;
      const t0 = performance.now();
      const data = e.data; // the structured clone is read here, on the main thread
      performance.measure('factcheck:receive', { start: t0 });
      if (data.type === 'ready') {
        if (!started) { started = true; if (data.error) rejectReady(new Error(data.error)); else resolveReady(data.version); }
        return;
      }
      const c = calls.get(data.id);
      if (!c) return;
      if (!data.ok && data.fatal) return crash(w, data.error);
      done(data.id);
      if (data.ok) c.resolve(data.result); else c.reject(new Error(data.error));
    };
    w.onerror = (e) => {
      e?.preventDefault?.();
      const why = (e && e.message) || 'the analysis worker stopped';
      if (!started) { started = true; rejectReady(new Error(why)); }
      crash(w, why);
    };
    return w;
  }

  function done(id) {
    const c = calls.get(id);
    if (c) { clearTimeout(c.timer); calls.delete(id); }
  }

  function send(id) {
    const c = calls.get(id);
    const h = hook();
    const msg = h?.fail?.length ? { ...c.msg, fail: h.fail.shift() } : c.msg;
    const w = worker || start();
    clearTimeout(c.timer);
    const ms = h?.timeout ?? 15000 + (c.msg.text?.length || 0) / 100;
    c.timer = setTimeout(() => crash(w, 'the analysis did not answer'), ms);
    w.postMessage({ ...msg, id });
  }

  /** The worker `w` died or trapped: drop it; retry each open call once on a new one. */
  function crash(w, why) {
    if (worker !== w) return;
    worker = null;
    try { w.terminate(); } catch { /* already gone */ }
    for (const [id, c] of [...calls]) {
      if (c.tries >= 2) {
        done(id);
        c.reject(new Error(`the analysis stopped twice (${why}); reload the page to try again`));
      } else { c.tries += 1; send(id); }
    }
  }

  const call = (msg) => new Promise((resolve, reject) => {
    const id = ++seq;
    calls.set(id, { msg, resolve, reject, tries: 1, timer: 0 });
    send(id);
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

  start();
  return {
    ready,
    analyze(text, options) {
      if (queued) queued.resolve(null);
      return new Promise((resolve, reject) => { queued = { text, options, resolve, reject }; pump(); });
    },
    exportAs: (text, format, options) => call({ type: 'export', text, format, options }),
    terminate: () => { for (const id of [...calls.keys()]) done(id); worker?.terminate(); worker = null; },
  };
}
