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
// data-toggle="off", data-live="off" (no re-annotation when the target
// changes), data-uncertain="show" (also show attributions under 0.5
// confidence, lighter; hidden by default), or the same keys in
// <script type="application/json" id="factcheck-config">.
// The module also exports `instances`: [{target, text, analysis, ready,
// destroy}], `ready` resolving to the same detail as the first event (or
// {error}). A target that changes (a live blog) is re-read after a quiet
// moment and `factcheck:ready` fires again (detail.update counts).
import { createEngine } from './engine.js';
import { annotate as annotateTarget } from './annotate.js';

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
  for (const k of ['kinds', 'panel', 'highlights', 'paint', 'captions', 'toggle', 'live', 'uncertain']) if (dataset[k] != null) o[k] = dataset[k];
  const kinds = Array.isArray(o.kinds) ? o.kinds : typeof o.kinds === 'string' ? o.kinds.split(/[\s,]+/).filter(Boolean) : null;
  return {
    kinds,
    panelOpen: o.panel === true || o.panel === 'open',
    highlightsOnOpen: o.highlights === 'on-open',
    paint: o.paint === 'overlay' ? 'overlay' : 'auto',
    captions: o.captions === true || o.captions === 'include',
    toggle: !(o.toggle === false || o.toggle === 'off'),
    live: !(o.live === false || o.live === 'off'),
    uncertain: o.uncertain === true || o.uncertain === 'show',
  };
}

/**
 * Annotates one target element (and keeps it current while the page
 * changes). `uiHost` carries the shadow root for the toggle, panel and
 * cards (a <fact-check> element, or a host appended to body).
 */
export function annotate(target, opts, uiHost) {
  const inst = annotateTarget(target, opts, { uiHost, engine: getEngine() });
  instances.push(inst);
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
