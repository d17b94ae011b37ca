// The side panel: the polite aria-live summary, a legend, export buttons,
// the "Show uncertain (N)" switch (shown when the analysis has uncertain
// attributions) and three lists (sources with what each said, figures,
// findings). Entries are buttons; activating one asks the renderer to go to
// its stop; an uncertain claim's entry says why it is unsure. Long lists
// render the first LIMIT entries and the rest on request, in chunks, so the
// main thread never blocks. Text only via textContent; no offsets here.
import { doubtText, findingTitle, sourceName } from './model.js';

const LIMIT = 40;
const PER_SOURCE = 3;
const clip = (s, n = 140) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

const el = (doc, tag, cls, text) => {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
};

export function createPanel(doc, container, { floating, onGo, onExport, onClose, onUncertain }) {
  const win = doc.defaultView;
  const root = el(doc, 'aside', floating ? 'panel floating' : 'panel');
  root.setAttribute('aria-label', 'Fact-check annotations');
  const h = el(doc, 'h2', null, 'Fact-check');
  const summary = el(doc, 'p', 'summary', 'Analysing…');
  // The one polite live region: outside the panel, so it speaks even while a
  // floating panel is closed; the visible summary above is not live.
  const live = el(doc, 'p', 'sr');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('role', 'status');
  const status = el(doc, 'p', 'status');
  status.hidden = true;
  const legend = el(doc, 'p', 'legend');
  legend.setAttribute('aria-hidden', 'true');
  for (const [k, t] of [['quote', 'direct quote'], ['reported', 'reported speech'], ['source', 'source'],
    ['cue', 'cue'], ['number', 'figure'], ['finding', 'worth checking'], ['note', 'note'], ['unsure', 'uncertain']]) legend.append(el(doc, 'span', `sw-${k}`, t));
  const unsureSw = legend.lastChild;
  unsureSw.hidden = true;
  // Uncertain attributions (under 0.5 confidence) are hidden unless the reader asks.
  const doubt = el(doc, 'label', 'doubt');
  const doubtBox = el(doc, 'input');
  doubtBox.type = 'checkbox';
  const doubtLabel = doc.createTextNode('');
  doubt.append(doubtBox, doubtLabel);
  doubt.hidden = true;
  doubtBox.addEventListener('change', () => onUncertain?.(doubtBox.checked));
  const exports = el(doc, 'div', 'exports');
  exports.setAttribute('role', 'group');
  exports.setAttribute('aria-label', 'Export');
  for (const [fmt, label] of [['json', 'Analysis JSON'], ['w3c', 'W3C annotations'], ['markdown', 'Markdown checklist']]) {
    const b = el(doc, 'button', 'btn', label);
    b.type = 'button';
    b.dataset.format = fmt;
    b.addEventListener('click', () => onExport(fmt));
    exports.append(b);
  }
  const lists = el(doc, 'div', 'lists');
  const help = el(doc, 'p', 'sr', 'Keys: n next annotation, p previous, Enter opens its card, Escape closes it.');
  if (floating) {
    const x = el(doc, 'button', 'x', '×');
    x.type = 'button';
    x.setAttribute('aria-label', 'Close the fact-check panel');
    x.addEventListener('click', () => onClose());
    root.append(x);
  }
  root.append(h, summary, status, legend, exports, doubt, help, lists);
  container.append(root, live);

  let liveTimer = 0, lastSummary = '';
  const entries = new Map(); // stop.index -> button

  const entry = (stop, label, extra) => {
    const b = el(doc, 'button', `entry ${stop.type} ${extra || ''}`, label);
    b.type = 'button';
    if (stop.unsure) {
      b.classList.add('unsure');
      // As the card's "Unsure" row: a tag, then how sure and why.
      const why = el(doc, 'span', 'why');
      why.append(el(doc, 'span', 'tag', 'unsure'), doc.createTextNode(` ${doubtText(stop.data)}`));
      b.append(why);
    }
    b.dataset.stop = String(stop.index);
    b.addEventListener('click', () => onGo(stop, b));
    entries.set(stop.index, b);
    const li = el(doc, 'li');
    li.append(b);
    return li;
  };

  const section = (title, items, make) => {
    if (!items.length) return;
    lists.append(el(doc, 'h3', null, `${title} (${items.length})`));
    const ul = el(doc, 'ul');
    lists.append(ul);
    const fill = (from, to) => {
      const frag = doc.createDocumentFragment();
      for (let i = from; i < to; i++) frag.append(make(items[i]));
      ul.append(frag);
    };
    fill(0, Math.min(LIMIT, items.length));
    if (items.length > LIMIT) {
      const more = el(doc, 'button', 'btn', `Show all ${items.length}`);
      more.type = 'button';
      more.addEventListener('click', () => {
        more.remove();
        let i = LIMIT;
        const step = () => {
          const to = Math.min(i + 100, items.length);
          fill(i, to);
          i = to;
          if (i < items.length) win.setTimeout(step, 0);
        };
        step();
      });
      lists.append(more);
    }
  };

  return {
    root,
    entries,
    setStatus(msg) { status.textContent = msg || ''; status.hidden = !msg; },
    /** The uncertain switch: shown when there are `n` uncertain attributions; `on` = they are shown. */
    setUncertain(n, on) {
      doubt.hidden = !n;
      doubtBox.checked = !!on;
      doubtLabel.data = ` Show uncertain (${n})`;
    },
    /** The summary goes to the live region at most once a second, and only when it changed. */
    setSummary(text) {
      summary.textContent = text;
      win.clearTimeout(liveTimer);
      liveTimer = win.setTimeout(() => { if (text !== lastSummary) { lastSummary = text; live.textContent = text; } }, lastSummary ? 1000 : 0);
    },
    render(model) {
      entries.clear();
      lists.replaceChildren();
      unsureSw.hidden = !model.stops.some((s) => s.unsure);
      const claims = model.stops.filter((s) => s.type === 'claim');
      const bySource = new Map();
      for (const s of claims) {
        const name = sourceName(s.data, s.entity) || 'No source named';
        const key = name.toLowerCase();
        if (!bySource.has(key)) bySource.set(key, { name, stops: [] });
        bySource.get(key).stops.push(s);
      }
      const groups = [...bySource.values()];
      const said = (s) => entry(s, `${s.data.direct ? '“' : ''}${clip(s.data.content.text)}${s.data.direct ? '”' : ''}`, s.data.direct ? 'direct' : 'reported');
      section('Sources', groups, (g) => {
        const li = el(doc, 'li');
        li.append(el(doc, 'div', 'src', `${g.name} (${g.stops.length})`));
        const ul = el(doc, 'ul');
        g.stops.slice(0, PER_SOURCE).forEach((s) => ul.append(said(s)));
        li.append(ul);
        if (g.stops.length > PER_SOURCE) {
          const more = el(doc, 'button', 'btn', `Show all ${g.stops.length} from ${clip(g.name, 40)}`);
          more.type = 'button';
          more.addEventListener('click', () => { more.remove(); g.stops.slice(PER_SOURCE).forEach((s) => ul.append(said(s))); });
          li.append(more);
        }
        return li;
      });
      section('Figures', model.stops.filter((s) => s.type === 'number'), (s) =>
        entry(s, s.data.counted ? `${s.data.text} — ${clip(s.data.counted.text, 60)}` : s.data.text));
      section('Findings', model.stops.filter((s) => s.type === 'finding'), (s) =>
        entry(s, `${findingTitle(s.data.kind)}: ${clip(s.data.message || '', 120)}`));
      this.setSummary(model.summary);
    },
    markCurrent(index) {
      for (const b of root.querySelectorAll('.entry.current')) b.classList.remove('current');
      entries.get(index)?.classList.add('current');
    },
  };
}
