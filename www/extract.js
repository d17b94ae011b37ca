// DOM text extraction for the embed: walks a target element and returns the
// text to analyse plus a SegmentTable mapping analysis offsets (UTF-16 code
// units = JS string indices of the returned text) back to (text node,
// offset). Blocks become "\n\n", <br> becomes "\n", collapsible whitespace
// collapses to one space (mapped to the first whitespace character it
// stands for). Skips script/style/noscript/template, form controls,
// figcaption (unless captions: true), [data-factcheck-ignore], hidden
// elements and factcheck's own UI. Never mutates the DOM.
import { SegmentTable } from './renderer/locator.js';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT',
  'BUTTON', 'OPTION', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'FACT-CHECK', 'HEAD']);
const isWs = (c) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

/**
 * @param {Element} root
 * @param {{captions?: boolean}} [opts]
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

  const text = (node, pre) => {
    const d = node.data;
    if (pre) {
      if (!d.length) return;
      flush();
      emitText(node, 0, d.length);
      tail = 'text';
      return;
    }
    let i = 0;
    while (i < d.length) {
      let j = i;
      if (isWs(d.charCodeAt(i))) {
        while (j < d.length && isWs(d.charCodeAt(j))) j++;
        if (tail === 'text' && !pending) pending = { node, off: i };
      } else {
        while (j < d.length && !isWs(d.charCodeAt(j))) j++;
        flush();
        emitText(node, i, j - i);
        tail = 'text';
      }
      i = j;
    }
  };

  const walk = (el, pre) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) { text(n, pre); continue; }
      if (n.nodeType !== 1) continue;
      const tag = n.tagName.toUpperCase();
      if (SKIP.has(tag) || n.hasAttribute('data-factcheck-ignore')) continue;
      if (tag === 'FIGCAPTION' && !opts.captions) continue;
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
