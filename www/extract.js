// DOM text extraction for the embed: walks a target element and returns the
// text to analyse plus a SegmentTable mapping analysis offsets (UTF-16 code
// units = JS string indices of the returned text) back to (text node,
// offset). Blocks become "\n\n", <br> becomes "\n", collapsible whitespace
// collapses to one space (mapped to the first whitespace character it
// stands for). Skips script/style/noscript/template, form controls,
// figcaption (unless captions: true), [data-factcheck-ignore], hidden
// elements, factcheck's own UI and whatever `skip(element)` rejects (the
// extension's navigation/comments/ads filter, article.js). With `range`
// (a reader's selection) only the text inside it is read. Never mutates
// the DOM.
import { SegmentTable } from './renderer/locator.js';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT',
  'BUTTON', 'OPTION', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'FACT-CHECK', 'FACTCHECK-UI', 'HEAD']);

/**
 * @param {Element} root
 * @param {{captions?: boolean, skip?: (el: Element) => boolean, range?: Range}} [opts]
 * @returns {{text: string, table: SegmentTable}}
 */
export function extract(root, opts = {}) {
  const view = root.ownerDocument.defaultView;
  const parts = [];
  const table = new SegmentTable();
  let length = 0;
  let tail = 'block'; // 'block' | 'br' | 'text' | 'space': what the output ends with
  let pending = null; // {node, off}: a collapsed space waiting for a following word

  const emitText = (node, off, len) => {
    parts.push(node.data.slice(off, off + len));
    table.push(length, node, off, len);
    length += len;
  };
  const flush = () => {
    if (pending && tail === 'text') {
      table.push(length, pending.node, pending.off, 1);
      parts.push(' ');
      length += 1;
    }
    pending = null;
  };
  const separator = (sep) => {
    pending = null;
    if (length === 0) return;
    if (tail === 'text') { parts.push(sep); length += sep.length; tail = sep === '\n' ? 'br' : 'block'; }
    else if (tail === 'br' && sep === '\n\n') { parts.push('\n'); length += 1; tail = 'block'; }
  };

  // Whitespace runs that collapse: 2+ characters, or any tab/newline. A lone
  // space stays inside its chunk (a 1:1 copy), so a plain paragraph is one segment.
  const RUN = /[\t\n\r\f][ \t\n\r\f]*| [ \t\n\r\f]+/g;
  const space = (node, off) => { if (tail === 'text' && !pending) pending = { node, off }; };
  const chunk = (node, d, a, b) => {
    if (a < b && d.charCodeAt(a) === 32) { space(node, a); a++; }
    let trail = -1;
    if (a < b && d.charCodeAt(b - 1) === 32) { trail = b - 1; b--; }
    if (a < b) { flush(); emitText(node, a, b - a); tail = 'text'; }
    if (trail >= 0) space(node, trail);
  };
  const { range, skip } = opts;
  const text = (node, pre) => {
    const d = node.data;
    let lo = 0, hi = d.length;
    if (range) {
      if (!range.intersectsNode(node)) return;
      if (node === range.startContainer) lo = range.startOffset;
      if (node === range.endContainer) hi = Math.min(hi, range.endOffset);
    }
    if (lo >= hi) return;
    if (pre) {
      flush();
      emitText(node, lo, hi - lo);
      tail = 'text';
      return;
    }
    let i = lo;
    RUN.lastIndex = lo;
    for (let m; (m = RUN.exec(d)) && m.index < hi;) {
      chunk(node, d, i, m.index);
      space(node, m.index);
      i = Math.min(m.index + m[0].length, hi);
    }
    chunk(node, d, i, hi);
  };

  const walk = (el, pre) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) { text(n, pre); continue; }
      if (n.nodeType !== 1) continue;
      const tag = n.tagName.toUpperCase();
      if (SKIP.has(tag) || n.hasAttribute('data-factcheck-ignore')) continue;
      if (tag === 'FIGCAPTION' && !opts.captions) continue;
      if ((range && !range.intersectsNode(n)) || (skip && skip(n))) continue;
      if (tag === 'BR') { separator('\n'); continue; }
      const cs = view.getComputedStyle(n);
      if (cs.display === 'none') continue;
      const block = !cs.display.startsWith('inline') && cs.display !== 'contents';
      const childPre = cs.whiteSpace.startsWith('pre') || cs.whiteSpace === 'break-spaces';
      if (block) separator('\n\n');
      walk(n, childPre);
      if (block) separator('\n\n');
    }
  };

  const rs = view.getComputedStyle(root).whiteSpace;
  walk(root, rs.startsWith('pre') || rs === 'break-spaces');
  let out = parts.join('');
  // Drop a trailing separator (not mapped to any node anyway).
  out = out.replace(/\n+$/, '');
  return { text: out, table };
}
