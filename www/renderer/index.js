// The one renderer shared by the paste page and the CMS embed. Given the
// analysed text, its analysis (offsets in UTF-16 code units of that text)
// and a SegmentTable, it paints highlights (paint.js), opens cards
// (card.js), fills the side panel (panel.js) and handles pointer and
// keyboard (interact.js). Its own UI lives in shadow roots: the page's DOM
// and CSS are never changed.
import { buildModel } from './model.js';
import { createPainter, hasHighlightApi } from './paint.js';
import { buildCard, placeCard } from './card.js';
import { createPanel } from './panel.js';
import { uiSheetFor } from './styles.js';
import { bindPointer, bindKeys } from './interact.js';

/**
 * @param {object} o
 * @param {Element} o.root           the element whose text is annotated (hit-testing, reflow)
 * @param {Element} o.uiHost         element to attach the UI shadow root to (cards, overlay, toggle)
 * @param {Element} [o.panelHost]    element for a docked panel (paste page); else a floating one
 * @param {boolean} [o.toggle]       show a toggle button for the floating panel
 * @param {boolean} [o.panelOpen]
 * @param {string[]} [o.kinds]
 * @param {boolean} [o.uncertain]    also show uncertain attributions (lighter); default hidden
 * @param {boolean} [o.uncertainSwitch] a "Show uncertain (N)" switch in the panel (default: in a
 *                                   floating panel only; the paste page has its own)
 * @param {'auto'|'overlay'} [o.paint]
 * @param {(fmt: string) => Promise<string>} o.exporter
 * @param {boolean} [o.rootKeys]     the root is focusable: Tab/n/p/Enter/Esc on it
 */
export function createRenderer(o) {
  const doc = o.root.ownerDocument;
  const win = doc.defaultView;
  const ui = o.uiHost.shadowRoot || o.uiHost.attachShadow({ mode: 'open' });
  ui.adoptedStyleSheets = [uiSheetFor(doc)];
  const layer = doc.createElement('div');
  layer.className = 'layer';
  const boxes = doc.createElement('div');
  layer.append(boxes);
  ui.append(layer);
  const mode = o.paint === 'overlay' || !hasHighlightApi(win) ? 'overlay' : 'highlight';
  const painter = createPainter(doc, { mode, layer: boxes, watch: o.root });

  let panelRoot = ui;
  if (o.panelHost) {
    panelRoot = o.panelHost.shadowRoot || o.panelHost.attachShadow({ mode: 'open' });
    panelRoot.adoptedStyleSheets = [uiSheetFor(doc)];
  }
  const panel = createPanel(doc, panelRoot, { floating: !o.panelHost, onGo: (stop, from) => go(stop.index, { card: true, from }), onExport: exportAs, onClose: () => setPanel(false),
    onUncertain: (v) => api.setUncertain(v) });
  const uncertainSwitch = o.uncertainSwitch ?? !o.panelHost;
  let toggle = null;
  if (!o.panelHost) {
    panel.root.id = 'fc-panel';
    panel.root.hidden = !o.panelOpen;
    if (o.toggle !== false) {
      toggle = doc.createElement('button');
      toggle.className = 'toggle';
      toggle.type = 'button';
      toggle.textContent = 'Fact-check';
      toggle.setAttribute('aria-controls', 'fc-panel');
      toggle.setAttribute('aria-expanded', String(!!o.panelOpen));
      toggle.addEventListener('click', () => setPanel(panel.root.hidden));
      ui.append(toggle);
    }
  }

  let state = { text: '', analysis: null, table: null, model: { stops: [], parts: [], index: { at: () => null }, summary: '' } };
  let partRanges = new Map(); // part -> Range
  let updates = 0;
  let current = -1, card = null, cardStop = null, cardReturn = null, panelDirty = true;

  function setPanel(open) {
    panel.root.hidden = !open;
    toggle?.setAttribute('aria-expanded', String(open));
    if (open && panelDirty) {
      const t0 = win.performance.now();
      panel.render(state.model);
      panelDirty = false;
      win.performance.measure('factcheck:panel', { start: t0 });
    }
    if (open) (panel.root.querySelector('.entry') || panel.root.querySelector('button'))?.focus();
    else toggle?.focus();
  }

  function rangesOf(stop) {
    return stop.spans.map((s) => state.table.range(s.start, s.end)).filter(Boolean);
  }

  function closeCard(returnFocus) {
    if (!card) return;
    card.remove();
    card = null;
    cardStop = null;
    if (returnFocus && cardReturn?.isConnected) cardReturn.focus();
    cardReturn = null;
  }

  function openCard(stop, { pin, rect, from }) {
    if (card && cardStop === stop && !pin) return;
    closeCard(false);
    const r = rect || rangesOf(stop)[0]?.getBoundingClientRect();
    if (!r) return;
    card = buildCard(doc, stop, { onClose: () => closeCard(true) });
    card.dataset.pinned = String(!!pin);
    cardStop = stop;
    layer.append(card);
    placeCard(card, r, layer, win, avoidRect());
    if (pin) { cardReturn = from || null; card.focus({ preventScroll: true }); }
  }

  const avoidRect = () => (!o.panelHost && !panel.root.hidden ? panel.root.getBoundingClientRect() : null);
  // Cards follow reflow too (highlights do by themselves).
  const replace = () => { if (card && cardStop) { const r = rangesOf(cardStop)[0]; if (r) placeCard(card, r.getBoundingClientRect(), layer, win, avoidRect()); } };
  win.addEventListener('resize', replace);

  function scrollTo(range) {
    const r = range.getBoundingClientRect();
    if (r.top < 40 || r.bottom > win.innerHeight - 40) win.scrollBy(0, r.top - win.innerHeight / 3);
  }

  /** Makes stop i current: focus highlight, panel mark, scroll; optionally a pinned card. */
  function go(i, { card: withCard, from } = {}) {
    const stops = state.model.stops;
    if (!stops.length) return;
    current = Math.max(0, Math.min(i, stops.length - 1));
    const stop = stops[current];
    const ranges = rangesOf(stop);
    painter.set('focus', ranges);
    panel.markCurrent(current);
    if (ranges[0]) scrollTo(ranges[0]);
    // Focusing an annotation shows its card; Enter (withCard) moves focus into it.
    openCard(stop, withCard ? { pin: true, from } : { pin: false });
  }

  async function exportAs(fmt) {
    if (!state.analysis) return;
    try {
      const body = fmt === 'json' ? JSON.stringify(state.analysis, null, 2) : await o.exporter(fmt);
      const [name, type] = { json: ['factcheck-analysis.json', 'application/json'], w3c: ['factcheck-annotations.jsonld', 'application/ld+json'], markdown: ['factcheck-checklist.md', 'text/markdown'] }[fmt];
      const url = win.URL.createObjectURL(new win.Blob([body], { type }));
      const a = doc.createElement('a');
      a.href = url;
      a.download = name;
      panelRoot.append(a);
      a.click();
      a.remove();
      win.setTimeout(() => win.URL.revokeObjectURL(url), 10000);
      panel.setStatus('');
    } catch (e) {
      panel.setStatus(`Export failed: ${e?.message || e}`);
    }
  }

  // Where a stop's text is in the DOM (a live Range) and how to find it
  // again in a new analysis: the stop of the same type whose first span
  // starts at that DOM point.
  const anchorOf = (stop) => { const r = stop && rangesOf(stop)[0]; return r && { type: stop.type, range: r }; };
  const find = (a) => {
    const r = a?.range;
    if (!r || r.startContainer.nodeType !== 3 || !r.startContainer.isConnected) return null;
    const x = state.table.offsetAt(r.startContainer, r.startOffset);
    return state.model.stops.find((s) => s.type === a.type && s.spans[0]?.start === x) || null;
  };
  function remember() {
    if (!state.table) return null;
    const focused = panelRoot.activeElement?.dataset?.stop;
    return {
      card: card && { ...anchorOf(cardStop), pin: card.dataset.pinned === 'true', focus: ui.activeElement === card, from: cardReturn },
      current: current >= 0 ? anchorOf(state.model.stops[current]) : null,
      entry: focused != null ? anchorOf(state.model.stops[Number(focused)]) : null,
    };
  }
  function restore(keep, entries) {
    if (!keep) return closeCard(false);
    if (entries) { const s = find(keep.entry); if (s) panel.entries.get(s.index)?.focus({ preventScroll: true }); return; }
    const cur = find(keep.current);
    if (cur) { current = cur.index; painter.set('focus', rangesOf(cur)); }
    const c = keep.card && find(keep.card);
    if (!c) return closeCard(false);
    closeCard(false);
    openCard(c, { pin: false });
    if (!card) return;
    card.dataset.pinned = String(keep.card.pin);
    cardReturn = keep.card.from;
    if (keep.card.focus) card.focus({ preventScroll: true });
  }

  const api = {
    mode,
    panel,
    get current() { return current; },
    get stops() { return state.model.stops; },
    /** Shows a new analysis of `text`, mapped to the DOM by `table`; resolves
     * true when painted, false when superseded. The model, the Ranges and the
     * paint are separate tasks, and Ranges are made in ~10 ms slices, so a
     * long article never blocks the main thread for long. */
    async update(text, analysis, table) {
      const gen = ++updates;
      const pause = () => new Promise((r) => win.setTimeout(r, 0));
      await pause();
      if (gen !== updates) return false;
      let t0 = win.performance.now();
      const model = buildModel(analysis, { kinds: o.kinds, uncertain: !!o.uncertain });
      win.performance.measure('factcheck:model', { start: t0 });
      if (uncertainSwitch) panel.setUncertain(model.uncertain, !!o.uncertain);
      await pause();
      if (gen !== updates) return false;
      const ranges = new Map();
      const groups = new Map();
      const parts = model.parts;
      for (let i = 0; i < parts.length;) {
        t0 = win.performance.now();
        for (; i < parts.length && win.performance.now() - t0 < 10; i++) {
          const p = parts[i];
          const r = table.range(p.start, p.end);
          if (!r) continue;
          ranges.set(p, r);
          if (!groups.has(p.hl)) groups.set(p.hl, []);
          groups.get(p.hl).push(r);
        }
        win.performance.measure('factcheck:ranges', { start: t0 });
        await pause();
        if (gen !== updates) return false;
      }
      t0 = win.performance.now();
      // A re-analysis of a changed page keeps the reader's place: the open
      // card, the current stop and a focused panel entry follow their text.
      const keep = remember();
      state = { text, analysis, table, model };
      partRanges = ranges;
      current = -1;
      painter.set('focus', []);
      painter.replace(groups);
      panelDirty = true;
      win.performance.measure('factcheck:paint', { start: t0 });
      restore(keep, false);
      await pause();
      if (gen !== updates) return false;
      if (!panel.root.hidden && panelDirty) {
        t0 = win.performance.now();
        const top = panel.root.scrollTop;
        panel.render(state.model);
        panelDirty = false;
        panel.root.scrollTop = top;
        if (current >= 0) panel.markCurrent(current);
        restore(keep, true);
        win.performance.measure('factcheck:panel', { start: t0 });
      } else panel.setSummary(state.model.summary);
      return true;
    },
    /** Every painted part with its Range and the analysis text it stands for. */
    highlights() {
      return [...partRanges].map(([p, range]) => ({ kind: p.hl, start: p.start, end: p.end, text: state.text.slice(p.start, p.end), range }));
    },
    /** Shows (true) or hides uncertain attributions and repaints. */
    setUncertain(v) { o.uncertain = !!v; return state.table ? api.update(state.text, state.analysis, state.table) : Promise.resolve(false); },
    setStatus: (m) => panel.setStatus(m),
    // Kept with the state, so opening the panel later shows it too.
    setSummary: (m) => { state.model.summary = m; panel.setSummary(m); },
    go, openCard, closeCard, setPanel,
    next: () => go(current + 1), prev: () => go(current < 0 ? 0 : current - 1),
    get card() { return card; },
    hit(node, offset) {
      if (!state.table) return null;
      const x = state.table.offsetAt(node, offset);
      return x < 0 ? null : state.model.index.at(x);
    },
    rangeOf: (part) => partRanges.get(part),
    destroy() { win.removeEventListener('resize', replace); painter.destroy(); unbind(); closeCard(false); ui.replaceChildren(); if (panelRoot !== ui) panelRoot.replaceChildren(); },
  };
  const unbind = [bindPointer(api, o.root), bindKeys(api, { root: o.rootKeys ? o.root : null, ui, panelRoot })]
    .reduce((a, f) => () => { a(); f(); }, () => {});
  return api;
}
