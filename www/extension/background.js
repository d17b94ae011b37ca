// The extension's background: a service worker in Chromium, an event page
// in Firefox (the same file). The toolbar button, its keyboard shortcut
// (`commands`: _execute_action) and the "Fact-check this article" context
// menu inject content.js into the active tab (activeTab + scripting: no
// host permissions); content.js toggles the annotations. The analysis runs
// in the extension's own worker (worker.js + the wasm): from an offscreen
// document in Chromium (a service worker cannot start workers), from this
// page in Firefox. Pages only ever talk to it over a runtime port.
import { relay } from './relay.js';

const api = globalThis.chrome;
const MENU = 'factcheck-article';

async function ensureWorker() {
  if (!api.offscreen) return; // Firefox: relay() below runs here
  if (await api.offscreen.hasDocument()) return;
  try {
    await api.offscreen.createDocument({ url: 'offscreen.html', reasons: ['WORKERS'], justification: 'runs the fact-check analysis (WebAssembly) in a worker' });
  } catch (e) {
    if (!/single offscreen|already/i.test(String(e?.message))) throw e;
  }
}

async function toggle(tab) {
  if (!tab || tab.id == null || tab.id < 0) return;
  await ensureWorker();
  // Chromium now and then refuses the first injection right after a click
  // although the grant is there (seen about once in 30 fresh tabs): try again
  // briefly. Without a grant every try is refused alike.
  for (let i = 0; ; i++) {
    try {
      await api.scripting.executeScript({ target: { tabId: tab.id }, files: ['content.js'] });
      return;
    } catch (e) {
      if (i >= 3 || !/Cannot access/.test(String(e?.message))) throw e;
      await new Promise((r) => setTimeout(r, 100 * (i + 1)));
    }
  }
}
const run = (tab) => toggle(tab).catch((e) => console.warn(`factcheck: ${e?.message || e}`));

api.action.onClicked.addListener(run);
api.contextMenus.onClicked.addListener((info, tab) => { if (info.menuItemId === MENU) run(tab); });
api.runtime.onInstalled.addListener(() => {
  api.contextMenus.create({ id: MENU, title: 'Fact-check this article', contexts: ['page', 'selection'] });
});
// A content script asks for the worker before it connects (the offscreen
// document may have been closed since the click).
api.runtime.onMessage.addListener((m, _sender, reply) => {
  if (m?.type !== 'factcheck:ensure') return false;
  ensureWorker().then(() => reply(true), (e) => reply({ error: String(e?.message || e) }));
  return true;
});
if (!api.offscreen) relay(api.runtime, new URL('./worker.js', import.meta.url));
