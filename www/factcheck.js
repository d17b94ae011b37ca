// The CMS embed entry. Either
//   <script type="module" src="/factcheck/factcheck.js" data-target="article .entry-content"></script>
// or <fact-check for="story-body"></fact-check> (with this script loaded).
// Extracts the target's text (extract.js), analyses it in the worker, and
// hands it to the shared renderer: highlights via the Highlight API (page DOM
// untouched), cards/panel/toggle in a shadow root. Fires `factcheck:ready`
// on the target with the analysis (offsets: UTF-16 code units of the
// extracted text, detail.text) plus detail.range(span) -> DOM Range.
// Options: data-kinds="claims,numbers,findings", data-panel="open",
// data-highlights="on-open", data-paint="overlay", data-captions="include",
// data-toggle="off", or the same keys in
// <script type="application/json" id="factcheck-config">.
// The module also exports `instances`: [{target, text, analysis, ready}],
// `ready` resolving to the same detail as the event (or {error}).
import { createEngine, MAX_LENGTH } from './engine.js';
import { createRenderer } from './renderer/index.js';
import { extract } from './extract.js';

export const instances = [];
let engine = null;
const getEngine = () => (engine ||= createEngine(import.meta.url));

function pageConfig() {
  const el = document.getElementById('factcheck-config');
  if (!el) return {};
  try { return JSON.parse(el.textContent) || {}; } catch { console.warn('factcheck: #factcheck-config is not valid JSON'); return {}; }
}

/** Options from data attributes (dataset) over the page's JSON config. */
function options(dataset) {
  const o = { ...pageConfig() };
  for (const k of ['kinds', 'panel', 'highlights', 'paint', 'captions', 'toggle']) if (dataset[k] != null) o[k] = dataset[k];
  const kinds = Array.isArray(o.kinds) ? o.kinds : typeof o.kinds === 'string' ? o.kinds.split(/[\s,]+/).filter(Boolean) : null;
  return {
    kinds,
    panelOpen: o.panel === true || o.panel === 'open',
    highlightsOnOpen: o.highlights === 'on-open',
    paint: o.paint === 'overlay' ? 'overlay' : 'auto',
    captions: o.captions === true || o.captions === 'include',
    toggle: !(o.toggle === false || o.toggle === 'off'),
  };
}

function emit(target, type, detail) {
  target.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
}

/**
 * Annotates one target element. `uiHost` carries the shadow root for the
 * toggle, panel and cards (a <fact-check> element, or a host appended to body).
 */
export async function annotate(target, opts, uiHost) {
  if (!uiHost) {
    uiHost = document.createElement('factcheck-ui');
    uiHost.setAttribute('data-factcheck-ignore', '');
    document.body.append(uiHost);
  }
  const eng = getEngine();
  // Let the page render first: extraction then reads styles the page has
  // already computed instead of forcing them inside its own task.
  await new Promise((r) => (document.hidden ? setTimeout(r, 0) : requestAnimationFrame(() => setTimeout(r, 0))));
  const t0 = performance.now();
  const { text, table } = extract(target, { captions: opts.captions });
  performance.measure('factcheck:extract', { start: t0 });
  const renderer = createRenderer({
    root: target, uiHost, toggle: opts.toggle, panelOpen: opts.panelOpen, kinds: opts.kinds, paint: opts.paint,
    exporter: (fmt) => eng.exportAs(text, fmt),
  });
  let settle;
  const inst = { target, renderer, text, table, analysis: null, ready: new Promise((r) => { settle = r; }) };
  instances.push(inst);
  try {
    if (text.length > MAX_LENGTH) throw new Error(`the article is ${text.length} characters long; the limit is ${MAX_LENGTH}`);
    await eng.ready;
    const analysis = await eng.analyze(text);
    inst.analysis = analysis;
    const show = () => renderer.update(text, analysis, table);
    if (opts.highlightsOnOpen && !opts.panelOpen) {
      renderer.setSummary('Open the panel to see the annotations.');
      const t = uiHost.shadowRoot.querySelector('.toggle');
      t?.addEventListener('click', show, { once: true });
    } else await show();
    const detail = {
      ...analysis, text,
      range: (span) => table.range(span.start, span.end),
      highlights: () => renderer.highlights(),
    };
    settle(detail);
    emit(target, 'factcheck:ready', detail);
  } catch (e) {
    renderer.setStatus(`The fact-check could not run: ${e.message}`);
    settle({ error: e.message });
    emit(target, 'factcheck:error', { message: e.message });
  }
  return inst;
}

class FactCheckElement extends HTMLElement {
  connectedCallback() {
    if (this._started) return;
    this._started = true;
    const run = () => {
      const id = this.getAttribute('for');
      const target = id ? document.getElementById(id) : this.parentElement;
      if (!target) { console.warn(`factcheck: no element with id ${JSON.stringify(id)}`); return; }
      annotate(target, options(this.dataset), this);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
    else run();
  }
}
if (!customElements.get('fact-check')) customElements.define('fact-check', FactCheckElement);

// The script-tag form: find our own <script> (module scripts have no currentScript).
const self = [...document.querySelectorAll('script[src][data-target]')].find((s) => s.src === import.meta.url);
if (self) {
  const start = () => {
    const target = document.querySelector(self.dataset.target);
    if (!target) { console.warn(`factcheck: data-target ${JSON.stringify(self.dataset.target)} matches nothing`); return; }
    annotate(target, options(self.dataset));
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
