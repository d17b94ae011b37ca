// Paints highlight parts. With the CSS Custom Highlight API, one shared
// Highlight per kind is registered in CSS.highlights as `factcheck-<kind>`
// and each renderer adds/removes its own DOM Ranges (the page DOM is never
// touched; Ranges follow reflow by themselves). Without the API, an
// overlay layer (inside the renderer's shadow root) draws boxes from
// Range.getClientRects(), redrawn on resize, font loading and reflow.
// Works on DOM Ranges only; no offsets here.
import { HL, adoptHighlightCss } from './styles.js';

const PRIORITY = { quote: 1, reported: 1, source: 2, vague: 2, cue: 3, number: 4, note: 5, finding: 6, focus: 10 };

export function hasHighlightApi(win) {
  return !!(win.CSS && win.CSS.highlights && typeof win.Highlight === 'function');
}

/**
 * @param {Document} doc
 * @param {{mode: 'highlight'|'overlay', layer: HTMLElement, watch: Element}} o
 */
export function createPainter(doc, { mode, layer, watch }) {
  const win = doc.defaultView;
  const own = new Map(HL.map((k) => [k, []])); // kind -> Range[] painted by this renderer
  let observer = null, frame = 0;

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
    /** Adds ranges to a kind. */
    add(kind, ranges) {
      if (mode === 'highlight') { const h = shared(kind); for (const r of ranges) h.add(r); }
      own.set(kind, own.get(kind).concat(ranges));
      schedule();
    },
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
    clear() { for (const kind of HL) this.set(kind, []); },
    destroy() {
      this.clear();
      observer?.disconnect();
      win.removeEventListener('resize', schedule);
    },
  };
}
