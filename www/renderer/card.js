// Builds the card for one stop (claim, figure or finding) and places it next
// to its highlight. Text is only ever set with textContent. Positions are
// CSS pixels relative to the renderer's layer; no analysis offsets here.
import { doubtText, findingTitle, sourceName } from './model.js';

const KIND_NAMES = {
  count: 'count', money: 'money', percent: 'percentage', measure: 'measurement', duration: 'duration',
  year: 'year', date: 'date', ordinal: 'ordinal', ratio: 'ratio', other: 'other',
};
const QUALIFIERS = {
  approx: 'approximately', at_most: 'at most', less_than: 'less than', at_least: 'at least', more_than: 'more than',
};

const clip = (s, n = 280) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const fmt = (v) => (typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 6 }) : String(v));

/** Title and (label, value) rows for a stop. */
export function describe(stop) {
  const d = stop.data;
  if (stop.type === 'claim') {
    const who = sourceName(d, stop.entity) || 'no source named';
    const rows = [['Who said it', who]];
    if (d.source && d.source.text !== who) rows.push(['In the text', d.source.text]);
    if (stop.entity?.title) rows.push(['Title', stop.entity.title]);
    rows.push(['Cue', d.cue ? d.cue.text : 'none']);
    rows.push(['Form', d.direct ? 'direct quote' : 'reported speech']);
    if (d.vague_source) rows.push(['Source', 'vague: no named person or body']);
    rows.push(['Said', clip(d.content.text)]);
    if (stop.unsure) rows.push(['Unsure', doubtText(d)]);
    return { title: `${stop.unsure ? 'Uncertain: ' : ''}${d.direct ? 'direct quote' : 'reported speech'}`.replace(/^./, (x) => x.toUpperCase()), rows, rule: d.rule, reason: d.reason };
  }
  if (stop.type === 'number') {
    const rows = [['Figure', d.text]];
    if (Array.isArray(d.range)) rows.push(['Range', `${fmt(d.range[0])} to ${fmt(d.range[1])}`]);
    else rows.push(['Value', d.value == null ? 'none' : d.kind === 'year' ? String(d.value) : fmt(d.value)]);
    rows.push(['Kind', KIND_NAMES[d.kind] || String(d.kind)]);
    if (d.unit) rows.push(['Unit', d.unit]);
    if (d.qualifier) rows.push(['Qualifier', `${QUALIFIERS[d.qualifier.kind] || d.qualifier.kind} (“${d.qualifier.text}”)`]);
    rows.push(['Counts', d.counted ? d.counted.text : 'not found']);
    return { title: 'Figure', rows, rule: d.rule, reason: d.reason };
  }
  // The message is a row; the card's "Why" line is the finding's reason.
  const rows = [['Severity', d.severity === 'check' ? 'worth checking' : 'for information']];
  const id = d.identity;
  if (id) rows.push(['Quantity', [id.counted && `“${id.counted}”`, id.scope, id.time, id.measure].filter(Boolean).join(', ')]);
  for (const g of d.figures || []) rows.push(['Figure', `${g.text} — ${g.stated_by || 'source not named'}`]);
  if (d.computation) rows.push(['Computation', d.computation]);
  if (!id && !d.computation) d.spans.slice(0, 4).forEach((s, i) => rows.push([i ? 'Also' : 'Text', clip(s.text, 160)]));
  if (!d.figures?.length) rows.push(['Finding', clip(d.message)]);
  return { title: findingTitle(d.kind), rows, rule: d.rule, reason: d.reason || d.message };
}

/** A new card element (role=dialog) for the stop. */
export function buildCard(doc, stop, { onClose }) {
  const { title, rows, rule, reason } = describe(stop);
  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-modal', 'false');
  card.tabIndex = -1;
  const id = `fc-card-title-${stop.index}`;
  card.setAttribute('aria-labelledby', id);
  const h = doc.createElement('h2');
  h.id = id;
  h.textContent = title;
  const close = doc.createElement('button');
  close.className = 'close';
  close.type = 'button';
  close.setAttribute('aria-label', 'Close card');
  close.textContent = '×';
  close.addEventListener('click', onClose);
  const dl = doc.createElement('dl');
  for (const [k, v] of rows) {
    const dt = doc.createElement('dt');
    dt.textContent = k;
    const dd = doc.createElement('dd');
    dd.textContent = v;
    dl.append(dt, dd);
  }
  const why = doc.createElement('p');
  why.className = 'why';
  const ruleEl = doc.createElement('span');
  ruleEl.className = 'rule';
  ruleEl.textContent = rule || '';
  why.append(doc.createTextNode(`Why: ${reason || ''} `), ruleEl);
  card.append(h, close, dl, why);
  return card;
}

/** Places the card under (or above) the rect, inside the layer's coordinates,
 * left of `avoid` (the floating panel's rect) when given. */
export function placeCard(card, rect, layer, win, avoid) {
  const origin = layer.getBoundingClientRect();
  // Keep clear of a floating panel on the right.
  const vw = avoid && avoid.width && avoid.left > 200 ? avoid.left : win.innerWidth;
  const w = Math.min(card.offsetWidth || 320, vw - 16);
  let left = Math.max(8, Math.min(rect.left, vw - w - 8));
  let top = rect.bottom + 6;
  const h = card.offsetHeight || 160;
  if (top + h > win.innerHeight && rect.top - h - 6 > 0) top = rect.top - h - 6;
  card.style.left = `${left - origin.left}px`;
  card.style.top = `${top - origin.top}px`;
}
