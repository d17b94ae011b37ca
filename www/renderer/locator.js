// The segment table: maps analysis offsets (UTF-16 code units, i.e. JS
// string indices into the analysed text) to DOM (text node, offset) points
// and back. Each segment is a run of the analysed text that is a 1:1 copy of
// a run of one text node; text between segments (block separators) maps to
// no node. Used by the paste page (one segment) and by extract.js (many).

export class SegmentTable {
  constructor() {
    this.segs = []; // {start, node, off, len}, sorted by start, non-overlapping
    this.byNode = null;
  }

  /** Appends a run: analysis [start, start+len) == node.data [off, off+len). */
  push(start, node, off, len) {
    if (len <= 0) return;
    const last = this.segs[this.segs.length - 1];
    if (last && last.node === node && last.off + last.len === off && last.start + last.len === start) {
      last.len += len;
    } else {
      this.segs.push({ start, node, off, len });
    }
    this.byNode = null;
  }

  /** Index of the last segment whose start <= offset, or -1. */
  find(offset) {
    const s = this.segs;
    let lo = 0, hi = s.length - 1, ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid].start <= offset) { ans = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return ans;
  }

  /** A DOM point for an analysis offset; bias 'start' snaps forward out of a
   * separator, 'end' snaps backward. Returns null when nothing is mapped. */
  point(offset, bias) {
    const s = this.segs;
    if (!s.length) return null;
    let i = this.find(offset);
    if (i < 0) return bias === 'start' ? { node: s[0].node, offset: s[0].off } : null;
    let seg = s[i];
    const rel = offset - seg.start;
    if (rel <= seg.len) {
      const next = s[i + 1];
      if (bias === 'start' && rel === seg.len && next && next.start === offset) seg = next;
      else return { node: seg.node, offset: seg.off + rel };
      return { node: seg.node, offset: seg.off };
    }
    // In a gap after segment i.
    if (bias === 'end') return { node: seg.node, offset: seg.off + seg.len };
    const next = s[i + 1];
    return next ? { node: next.node, offset: next.off } : null;
  }

  /** A live DOM Range for analysis [start, end), or null. */
  range(start, end) {
    const a = this.point(start, 'start');
    const b = this.point(end, 'end');
    if (!a || !b) return null;
    const r = a.node.ownerDocument.createRange();
    try {
      r.setStart(a.node, Math.min(a.offset, a.node.length));
      r.setEnd(b.node, Math.min(b.offset, b.node.length));
    } catch {
      return null;
    }
    return r;
  }

  /** The analysis offset of a DOM point inside a mapped text node, or -1. */
  offsetAt(node, offset) {
    if (!this.byNode) {
      this.byNode = new Map();
      this.segs.forEach((seg, i) => {
        const list = this.byNode.get(seg.node);
        if (list) list.push(i); else this.byNode.set(seg.node, [i]);
      });
    }
    const list = this.byNode.get(node);
    if (!list) return -1;
    let best = -1, bestDist = Infinity;
    for (const i of list) {
      const seg = this.segs[i];
      if (offset >= seg.off && offset <= seg.off + seg.len) return seg.start + offset - seg.off;
      const d = offset < seg.off ? seg.off - offset : offset - seg.off - seg.len;
      if (d < bestDist) { bestDist = d; best = offset < seg.off ? seg.start : seg.start + seg.len; }
    }
    return best;
  }
}

/** The table for a view holding the whole text in one text node. */
export function singleNodeTable(node) {
  const t = new SegmentTable();
  t.push(0, node, 0, node.length);
  return t;
}
