// The paste-and-annotate page: a textarea for input, and a view showing the
// same text (white-space: pre-wrap, one text node per line), annotated by
// the shared renderer. Analysis runs in the worker, debounced while typing;
// an edit replaces only the lines it touched, so the highlights elsewhere
// stay until the new analysis lands. Offsets: UTF-16 code units (JS string
// indices).
import { createEngine, MAX_LENGTH } from './engine.js';
import { createRenderer } from './renderer/index.js';
import { SegmentTable } from './renderer/locator.js';
import { unsure } from './renderer/model.js';
import { EXAMPLE } from './example.js';

const $ = (id) => document.getElementById(id);
const input = $('input'), view = $('view'), status = $('status');
const html = document.documentElement;
const uiHost = document.createElement('div');
uiHost.id = 'factcheck-ui';
document.body.append(uiHost);

const engine = createEngine();
const EMPTY = { schema: 'factcheck/1', offsets: 'utf16', length: 0, sentences: [], numbers: [], attributions: [], entities: [], findings: [], warnings: [] };
let lastText = null;
const renderer = createRenderer({
  root: view, uiHost, panelHost: $('panel-host'), rootKeys: true,
  exporter: (fmt) => engine.exportAs(lastText ?? '', fmt),
});

const showStatus = (msg) => { status.textContent = msg || ''; status.hidden = !msg; };

// The view holds the text as one <span> per line (pre-wrap, so the layout is
// that of the plain text): highlights far from the viewport can then be
// left unregistered, and an edit replaces only the lines it touched.
let lines = [];
const spans = [];

/** Makes the view's text equal `text`, replacing only the changed lines. */
function syncView(text) {
  const next = text === '' ? [] : text.split('\n').map((l, i, all) => (i < all.length - 1 ? `${l}\n` : l));
  let a = 0;
  while (a < lines.length && a < next.length && lines[a] === next[a]) a++;
  let b = 0;
  while (b < lines.length - a && b < next.length - a && lines[lines.length - 1 - b] === next[next.length - 1 - b]) b++;
  const fresh = next.slice(a, next.length - b).map((l) => {
    const s = document.createElement('span');
    s.textContent = l;
    return s;
  });
  const old = spans.splice(a, lines.length - a - b, ...fresh);
  const before = spans[a + fresh.length] || null;
  for (const s of old) s.remove();
  for (const s of fresh) view.insertBefore(s, before);
  lines = next;
}

/** The segment table of the view: one 1:1 segment per line. */
function viewTable() {
  const t = new SegmentTable();
  let at = 0;
  for (const s of spans) {
    const n = s.firstChild;
    if (n) { t.push(at, n, 0, n.length); at += n.length; }
  }
  return t;
}

let timer = 0;
async function analyse() {
  const text = input.value;
  if (text.length > MAX_LENGTH) {
    showStatus(`This text is ${text.length.toLocaleString('en-US')} characters long; the limit is ${MAX_LENGTH.toLocaleString('en-US')}. Your text is kept, but it was not analysed: split it into parts.`);
    lastText = null;
    renderer.update(text, EMPTY, viewTable());
    html.dataset.fcState = 'too-long';
    return;
  }
  html.dataset.fcState = 'analysing';
  try {
    const analysis = await engine.analyze(text);
    if (!analysis || input.value !== text) return; // superseded
    showStatus(analysis.warnings?.length ? analysis.warnings.join(' ') : '');
    lastText = text;
    const doubt = (analysis.attributions || []).filter(unsure).length;
    unsureText.data = ` Show uncertain${doubt ? ` (${doubt})` : ''}`;
    const table = viewTable();
    if (!(await renderer.update(text, analysis, table))) return; // superseded
    html.dataset.fcState = 'done';
    view.dispatchEvent(new CustomEvent('factcheck:ready', { bubbles: true, detail: detailOf(text, analysis, table) }));
  } catch (e) {
    showStatus(`The analysis failed: ${e.message}`);
    renderer.setSummary('Not analysed.');
    html.dataset.fcState = 'error';
  }
}

function detailOf(text, analysis, table) {
  return { ...analysis, text, range: (s) => table.range(s.start, s.end), highlights: () => renderer.highlights() };
}

function onInput(delay) {
  syncView(input.value);
  clearTimeout(timer);
  timer = setTimeout(analyse, delay);
}

input.addEventListener('input', (e) => onInput(e.inputType === 'insertFromPaste' ? 0 : 250));
$('example').addEventListener('click', () => { input.value = EXAMPLE; onInput(0); });
$('clear').addEventListener('click', () => { input.value = ''; onInput(0); input.focus(); });
// Uncertain attributions (confidence under 0.5) stay hidden unless asked for.
const unsureBox = Object.assign(document.createElement('input'), { type: 'checkbox', id: 'uncertain' });
const unsureLabel = Object.assign(document.createElement('label'), { className: 'btn', htmlFor: 'uncertain' });
const unsureText = document.createTextNode(' Show uncertain');
unsureLabel.append(unsureBox, unsureText);
$('clear').after(unsureLabel);
unsureBox.addEventListener('change', () => renderer.setUncertain(unsureBox.checked));

engine.ready.then(
  (v) => { html.dataset.fcState = 'ready'; html.dataset.fcVersion = v; if (input.value) onInput(0); },
  (e) => { showStatus(`The analysis engine did not load: ${e.message}`); renderer.setSummary('Not analysed.'); html.dataset.fcState = 'error'; },
);
