// Pointer and keyboard for the renderer. The Highlight API gives no events,
// so hover/click hit-test with the caret position under the pointer
// (caretPositionFromPoint / caretRangeFromPoint), the segment table (DOM
// point -> analysis offset, UTF-16 code units) and the span index, then
// check the part's client rects. Keys: Tab / n / p step through stops,
// Enter opens the card, Esc closes it and returns focus.

function caretAt(doc, x, y) {
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p && { node: p.offsetNode, offset: p.offset };
  }
  if (doc.caretRangeFromPoint) {
    const r = doc.caretRangeFromPoint(x, y);
    return r && { node: r.startContainer, offset: r.startOffset };
  }
  return null;
}

const inside = (r, x, y) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1;

/** The highlight part under the viewport point (x, y), with its line box. */
export function partAt(api, doc, x, y) {
  const c = caretAt(doc, x, y);
  if (!c || !c.node || c.node.nodeType !== 3) return null;
  for (const off of [c.offset, c.offset - 1]) {
    if (off < 0) continue;
    const p = api.hit(c.node, off);
    const range = p && api.rangeOf(p);
    if (!range) continue;
    for (const rect of range.getClientRects()) if (inside(rect, x, y)) return { part: p, rect };
  }
  return null;
}

export function bindPointer(api, root) {
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  let frame = 0, last = null, hideTimer = 0;
  const hideSoon = () => {
    const card = api.card;
    if (!card || card.dataset.pinned === 'true' || hideTimer) return;
    hideTimer = win.setTimeout(() => {
      hideTimer = 0;
      if (api.card && !api.card.matches(':hover') && api.card.dataset.pinned !== 'true') api.closeCard(false);
    }, 350);
  };
  const hover = () => {
    frame = 0;
    const hit = last && partAt(api, doc, last.clientX, last.clientY);
    const card = api.card;
    if (hit) {
      win.clearTimeout(hideTimer);
      hideTimer = 0;
      if (!card || card.dataset.pinned !== 'true') api.openCard(hit.part.stop, { pin: false, rect: hit.rect });
    } else hideSoon();
  };
  const onLeave = () => { last = null; hideSoon(); };
  const onMove = (e) => { last = e; if (!frame) frame = win.requestAnimationFrame(hover); };
  const onClick = (e) => {
    const hit = partAt(api, doc, e.clientX, e.clientY);
    if (hit) api.go(hit.part.stop.index, { card: true, from: root.tabIndex >= 0 ? root : null });
  };
  const onDown = (e) => {
    const card = api.card;
    if (card && !e.composedPath().includes(card) && !partAt(api, doc, e.clientX, e.clientY)) api.closeCard(false);
  };
  root.addEventListener('mousemove', onMove, { passive: true });
  root.addEventListener('mouseleave', onLeave);
  root.addEventListener('click', onClick);
  doc.addEventListener('pointerdown', onDown, true);
  return () => {
    root.removeEventListener('mousemove', onMove);
    root.removeEventListener('mouseleave', onLeave);
    root.removeEventListener('click', onClick);
    doc.removeEventListener('pointerdown', onDown, true);
  };
}

const plain = (e) => !e.ctrlKey && !e.metaKey && !e.altKey;

export function bindKeys(api, { root, ui, panelRoot }) {
  const offs = [];
  const on = (t, type, f) => { t.addEventListener(type, f); offs.push(() => t.removeEventListener(type, f)); };

  if (root) {
    on(root, 'focus', () => { if (api.current < 0 && api.stops.length && root.matches(':focus-visible')) api.go(0); });
    on(root, 'keydown', (e) => {
      if (!plain(e)) return;
      const n = api.stops.length;
      if (e.key === 'n' || e.key === 'p') { e.preventDefault(); if (e.key === 'n') api.next(); else api.prev(); }
      else if (e.key === 'Tab' && !e.shiftKey && api.current < n - 1) { e.preventDefault(); api.next(); }
      else if (e.key === 'Tab' && e.shiftKey && api.current > 0) { e.preventDefault(); api.prev(); }
      else if (e.key === 'Enter' && api.current >= 0) { e.preventDefault(); api.go(api.current, { card: true, from: root }); }
      else if (e.key === 'Escape') { api.closeCard(true); }
    });
  }

  // Inside our own UI (cards, panel, toggle): Esc closes the card, then the panel; n/p step entries.
  const uiKeys = (e) => {
    if (!plain(e)) return;
    const path = e.composedPath();
    const inCard = api.card && path.includes(api.card);
    if (e.key === 'Escape') {
      if (api.card) { e.preventDefault(); api.closeCard(true); }
      else if (path.includes(api.panel.root) && api.panel.root.classList.contains('floating')) { e.preventDefault(); api.setPanel(false); }
    } else if ((e.key === 'n' || e.key === 'p') && !inCard && path.includes(api.panel.root)) {
      e.preventDefault();
      const from = path.find((n) => n.dataset && n.dataset.stop != null);
      const at = from ? Number(from.dataset.stop) : api.current;
      api.go(at < 0 ? 0 : at + (e.key === 'n' ? 1 : -1));
      api.panel.entries.get(api.current)?.focus();
    }
  };
  on(ui, 'keydown', uiKeys);
  if (panelRoot !== ui) on(panelRoot, 'keydown', uiKeys);
  return () => offs.forEach((f) => f());
}
