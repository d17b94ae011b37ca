// The extension's content script, injected into the tab on the reader's
// click (isolated world; nothing is added to the page as script). The
// first run annotates the reader's selection, or else the page's article
// (article.js), exactly as the embed does (annotate.js: Highlight API,
// shadow-root UI, page DOM untouched, re-annotated when the page changes);
// the next run removes every highlight and the UI. The text goes only to
// the extension's own worker (port.js).
import { annotate } from '../annotate.js';
import { findArticle, skipZone } from '../article.js';
import { createEngine } from '../engine.js';
import { portWorker } from './port.js';

const KEY = Symbol.for('factcheck.extension');
const active = globalThis[KEY];
// A single-page site may have swapped the article out since: then this
// click starts afresh instead of switching off.
const stale = active && !active.inst.target.isConnected;
if (active) {
  active.destroy();
  delete globalThis[KEY];
}
if (!active || stale) {
  const sel = document.getSelection();
  const picked = sel && sel.rangeCount && !sel.isCollapsed && sel.toString().trim().length >= 20 ? sel.getRangeAt(0).cloneRange() : null;
  // The highlights show once the browser's own selection colour is gone.
  if (picked) sel.removeAllRanges();
  let target = picked ? picked.commonAncestorContainer : findArticle(document);
  if (target.nodeType !== 1) target = target.parentElement;
  const engine = createEngine(undefined, { spawn: portWorker });
  const inst = annotate(target, { panelOpen: true, toggle: true, live: !picked, range: picked || undefined, skip: picked ? undefined : skipZone }, { engine });
  globalThis[KEY] = { inst, destroy() { inst.destroy(); engine.terminate(); } };
}
