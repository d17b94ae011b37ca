// Joins a content script's runtime port to a worker of its own (worker.js,
// the same one the embed runs, with the wasm): messages pass through as
// they are; the worker's death closes the port, a closed port ends the
// worker. Used by the offscreen document (Chromium) and the background
// page (Firefox). No analysis here.
export function relay(runtime, workerUrl) {
  runtime.onConnect.addListener((port) => {
    if (port.name !== 'factcheck') return;
    const w = new Worker(workerUrl, { type: 'module' });
    let open = true;
    const end = () => { if (!open) return; open = false; w.terminate(); try { port.disconnect(); } catch { /* gone */ } };
    w.onmessage = (e) => { if (open) port.postMessage(e.data); };
    w.onerror = (e) => { e.preventDefault(); end(); };
    port.onMessage.addListener((m) => { if (open) w.postMessage(m); });
    port.onDisconnect.addListener(() => { open = false; w.terminate(); });
  });
}
