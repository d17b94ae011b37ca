// Paints highlight parts. With the CSS Custom Highlight API, one shared
// Highlight per kind is registered in CSS.highlights as `factcheck-<kind>`
// and each renderer adds/removes its own DOM Ranges (the page DOM is never
// touched; Ranges follow reflow by themselves). Chromium re-validates every
// registered range whenever a highlight changes or the page repaints, so
// when there are many ranges (a long article) only those whose elements are
// near the viewport are registered (an IntersectionObserver adds and
// removes them while the reader scrolls). Without the API, an overlay layer
// (inside the renderer's shadow root) draws boxes from
// Range.getClientRects(), redrawn on resize, font loading and reflow.
// Works on DOM Ranges only; no offsets here.
import { HL, adoptHighlightCss } from './styles.js';

const PRIORITY = { quote: 1, reported: 1, source: 2, vague: 2, cue: 3, number: 4, note: 5, finding: 6, focus: 10 };
/** Above this many ranges, only those near the viewport are registered. */
export const VIRTUAL_MIN = 1500;

export function hasHighlightApi(win) {
  return !!(win.CSS && win.CSS.highlights && typeof win.Highlight === 'function');
}

const elementOf = (n) => (n.nodeType === 1 ? n : n.parentElement);

/**
 * @param {Document} doc
 * @param {{mode: 'highlight'|'overlay', layer: HTMLElement, watch: Element}} o
 */
export function createPainter(doc, { mode, layer, watch }) {
  const win = doc.defaultView;
  const own = new Map(HL.map((k) => [k, []])); // kind -> Range[] painted by this renderer
  let observer = null, frame = 0, io = null;
  let byEl = new Map(); // element -> items [{kind, range, els}] (virtual mode)
  const visible = new Set();

  const shared = (kind) => {
    const name = `factcheck-${kind}`;
    let h = win.CSS.highlights.get(name);
    if (!h) { h = new win.Highlight(); h.priority = PRIORITY[kind]; win.CSS.highlights.set(name, h); }
    return h;
  };

  const drawOverlay = () => {
    frame = 0;
    layer.replaceChildren();
    const origin = layer.getBoundingClientRect();
    const frag = doc.createDocumentFragment();
    for (const [kind, ranges] of own) {
      for (const r of ranges) {
        for (const rect of r.getClientRects()) {
          if (rect.width < 0.5 || rect.height < 0.5) continue;
          const b = doc.createElement('div');
          b.className = `box ${kind}`;
          b.style.left = `${rect.left - origin.left}px`;
          b.style.top = `${rect.top - origin.top}px`;
          b.style.width = `${rect.width}px`;
          b.style.height = `${rect.height}px`;
          frag.append(b);
        }
      }
    }
    layer.append(frag);
  };
  const schedule = () => { if (mode === 'overlay' && !frame) frame = win.requestAnimationFrame(drawOverlay); };

  const onIntersect = (entries) => {
    for (const e of entries) {
      const items = byEl.get(e.target);
      if (!items) continue;
      if (e.isIntersecting) {
        visible.add(e.target);
        for (const it of items) shared(it.kind).add(it.range);
      } else {
        visible.delete(e.target);
        for (const it of items) if (!it.els.some((x) => visible.has(x))) shared(it.kind).delete(it.range);
      }
    }
  };

  const unregister = () => {
    io?.disconnect();
    io = null;
    byEl = new Map();
    visible.clear();
    if (mode !== 'highlight') return;
    for (const [kind, ranges] of own) {
      if (kind === 'focus') continue;
      const h = shared(kind);
      for (const r of ranges) h.delete(r);
    }
  };

  if (mode === 'highlight') adoptHighlightCss(doc);
  else {
    observer = new win.ResizeObserver(schedule);
    observer.observe(watch);
    win.addEventListener('resize', schedule);
    doc.fonts?.ready.then(schedule);
    doc.fonts?.addEventListener?.('loadingdone', schedule);
  }

  return {
    mode,
    get virtual() { return !!io; },
    /** Replaces every kind's ranges but the focus (groups: kind -> Range[]). */
    replace(groups) {
      unregister();
      let total = 0;
      for (const kind of HL) if (kind !== 'focus') { own.set(kind, groups.get(kind) || []); total += own.get(kind).length; }
      if (mode === 'overlay') return schedule();
      if (total <= VIRTUAL_MIN || typeof win.IntersectionObserver !== 'function') {
        for (const [kind, ranges] of own) if (kind !== 'focus') { const h = shared(kind); for (const r of ranges) h.add(r); }
        return;
      }
      for (const [kind, ranges] of own) {
        if (kind === 'focus') continue;
        for (const range of ranges) {
          const a = elementOf(range.startContainer), b = elementOf(range.endContainer);
          const it = { kind, range, els: a === b ? [a] : [a, b] };
          for (const el of it.els) { if (!byEl.has(el)) byEl.set(el, []); byEl.get(el).push(it); }
        }
      }
      io = new win.IntersectionObserver(onIntersect, { rootMargin: '150% 0px' });
      for (const el of byEl.keys()) io.observe(el);
    },
    /** Sets one kind directly (the focus highlight). */
    set(kind, ranges) {
      if (mode === 'highlight') {
        const h = shared(kind);
        for (const r of own.get(kind)) h.delete(r);
        for (const r of ranges) h.add(r);
      }
      own.set(kind, ranges);
      schedule();
    },
    relayout: schedule,
    clear() { this.replace(new Map()); this.set('focus', []); },
    destroy() {
      this.clear();
      observer?.disconnect();
      win.removeEventListener('resize', schedule);
    },
  };
}
