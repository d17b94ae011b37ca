// A Worker-like object for engine.js ({postMessage, onmessage, onerror,
// terminate}) that talks to the extension's analysis worker over a runtime
// port (relay.js). The port closing (the worker died, the extension's
// background went away) is reported as the worker's error, so the engine
// restarts it and retries once.
export function portWorker() {
  const runtime = globalThis.chrome.runtime;
  const w = { onmessage: null, onerror: null };
  let port = null, dead = false;
  const queue = [];
  const fail = (message) => { if (dead) return; dead = true; port = null; w.onerror?.({ message }); };
  runtime.sendMessage({ type: 'factcheck:ensure' }).then((ok) => {
    if (dead) return;
    if (ok !== true) return fail(`the extension's analysis did not start${ok?.error ? `: ${ok.error}` : ''}`);
    port = runtime.connect({ name: 'factcheck' });
    port.onMessage.addListener((data) => { if (!dead) w.onmessage?.({ data }); });
    port.onDisconnect.addListener(() => fail("the extension's analysis stopped"));
    for (const m of queue.splice(0)) port.postMessage(m);
  }, (e) => fail(`the extension's analysis did not start: ${e?.message || e}`));
  w.postMessage = (m) => { if (port) port.postMessage(m); else if (!dead) queue.push(m); };
  w.terminate = () => { dead = true; try { port?.disconnect(); } catch { /* gone */ } port = null; };
  return w;
}
