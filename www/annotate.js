// One annotated target, shared by the embed (factcheck.js) and the browser
// extension: extract its text (extract.js), analyse it (engine.js), hand it
// to the renderer, fire `factcheck:ready` / `factcheck:error` on the target,
// and keep it current on a page that changes (a debounced MutationObserver
// on the target that ignores factcheck's own UI). `destroy()` removes every
// highlight and the UI. Offsets: UTF-16 code units of the extracted text.
import { MAX_LENGTH } from './engine.js';
import { createRenderer } from './renderer/index.js';
import { extract } from './extract.js';

const OURS = '[data-factcheck-ignore], fact-check, factcheck-ui';
/** Quiet time before re-reading a changed page, and the longest wait while it keeps changing. */
export const LIVE_DEBOUNCE = 400, LIVE_MAX_WAIT = 2000;

function emit(target, type, detail) {
  target.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
}

const ours = (n) => {
  const el = n.nodeType === 1 ? n : n.parentElement;
  return !!el?.closest(OURS);
};

/**
 * @param {Element} target
 * @param {object} opts  {kinds, panelOpen, highlightsOnOpen, paint, captions, toggle, live, uncertain, skip, range}
 * @param {{uiHost?: Element, engine: object}} o
 */
export function annotate(target, opts, { uiHost, engine }) {
  const doc = target.ownerDocument;
  const win = doc.defaultView;
  const ownHost = !uiHost;
  if (ownHost) {
    uiHost = doc.createElement('factcheck-ui');
    uiHost.setAttribute('data-factcheck-ignore', '');
    doc.body.append(uiHost);
  }
  const renderer = createRenderer({
    root: target, uiHost, toggle: opts.toggle, panelOpen: opts.panelOpen, kinds: opts.kinds, paint: opts.paint, uncertain: !!opts.uncertain,
    exporter: (fmt) => engine.exportAs(inst.text, fmt),
  });
  let settle, runs = 0, destroyed = false, observer = null, timer = 0, firstChange = 0;
  const inst = { target, renderer, text: '', table: null, analysis: null, updates: 0, ready: new Promise((r) => { settle = r; }), destroy, refresh: () => run() };

  async function run() {
    const gen = ++runs;
    const t0 = win.performance.now();
    const { text, table } = extract(target, { captions: opts.captions, skip: opts.skip, range: opts.range });
    win.performance.measure('factcheck:extract', { start: t0 });
    if (inst.analysis && text === inst.text) return; // a change that did not touch the text
    if (text.length > MAX_LENGTH) throw new Error(`the article is ${text.length} characters long; the limit is ${MAX_LENGTH}`);
    await engine.ready;
    const analysis = await engine.analyze(text);
    if (!analysis || gen !== runs || destroyed) return; // superseded
    const first = !inst.analysis;
    Object.assign(inst, { text, table, analysis });
    const show = () => renderer.update(text, analysis, table);
    if (first && opts.highlightsOnOpen && !opts.panelOpen) {
      renderer.setSummary('Open the panel to see the annotations.');
      uiHost.shadowRoot.querySelector('.toggle')?.addEventListener('click', show, { once: true });
    } else if (!(await show()) || destroyed) return;
    inst.updates += 1;
    const detail = {
      ...analysis, text, update: inst.updates,
      range: (span) => table.range(span.start, span.end),
      highlights: () => renderer.highlights(),
    };
    if (first) settle(detail);
    emit(target, 'factcheck:ready', detail);
  }

  const fail = (e) => {
    if (destroyed) return;
    renderer.setStatus(`The fact-check could not run: ${e.message}`);
    renderer.setSummary('Not analysed.');
    settle({ error: e.message });
    emit(target, 'factcheck:error', { message: e.message });
  };

  const changed = () => {
    timer = 0; firstChange = 0;
    run().catch(fail);
  };
  const onMutations = (records) => {
    if (!records.some((r) => !ours(r.target) && (r.type === 'characterData' || [...r.addedNodes, ...r.removedNodes].some((n) => !ours(n) && !(n.nodeType === 1 && n.matches(OURS)))))) return;
    const now = win.performance.now();
    firstChange ||= now;
    win.clearTimeout(timer);
    timer = win.setTimeout(changed, Math.max(0, Math.min(LIVE_DEBOUNCE, firstChange + LIVE_MAX_WAIT - now)));
  };

  // Let the page render first: extraction then reads styles the page has
  // already computed instead of forcing them inside its own task.
  new Promise((r) => (doc.hidden ? win.setTimeout(r, 0) : win.requestAnimationFrame(() => win.setTimeout(r, 0))))
    .then(run)
    .then(() => {
      if (destroyed || opts.live === false || !inst.analysis) return;
      observer = new win.MutationObserver(onMutations);
      observer.observe(target, { childList: true, characterData: true, subtree: true });
    })
    .catch(fail);

  function destroy() {
    destroyed = true;
    observer?.disconnect();
    win.clearTimeout(timer);
    renderer.destroy();
    if (ownHost) uiHost.remove();
  }
  return inst;
}
