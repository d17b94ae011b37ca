// The paste-and-annotate page: a textarea for input, and a view showing the
// same text in ONE text node (white-space: pre-wrap), annotated by the
// shared renderer. Analysis runs in the worker, debounced while typing.
// Edits are applied to the view with replaceData on the changed middle
// only, so live Ranges (and their highlights) follow the text until the new
// analysis lands. Offsets: UTF-16 code units (JS string indices).
import { createEngine, MAX_LENGTH } from './engine.js';
import { createRenderer } from './renderer/index.js';
import { singleNodeTable } from './renderer/locator.js';
import { EXAMPLE } from './example.js';

const $ = (id) => document.getElementById(id);
const input = $('input'), view = $('view'), status = $('status');
const html = document.documentElement;
const node = document.createTextNode('');
view.append(node);
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

/** Makes the view's text equal `text`, replacing only the changed middle. */
function syncView(text) {
  const old = node.data;
  if (old === text) return;
  let a = 0;
  const max = Math.min(old.length, text.length);
  while (a < max && old.charCodeAt(a) === text.charCodeAt(a)) a++;
  let b = 0;
  while (b < max - a && old.charCodeAt(old.length - 1 - b) === text.charCodeAt(text.length - 1 - b)) b++;
  node.replaceData(a, old.length - a - b, text.slice(a, text.length - b));
}

let timer = 0;
async function analyse() {
  const text = input.value;
  if (text.length > MAX_LENGTH) {
    showStatus(`This text is ${text.length.toLocaleString('en-US')} characters long; the limit is ${MAX_LENGTH.toLocaleString('en-US')}. Your text is kept, but it was not analysed: split it into parts.`);
    lastText = null;
    renderer.update(text, EMPTY, singleNodeTable(node));
    html.dataset.fcState = 'too-long';
    return;
  }
  html.dataset.fcState = 'analysing';
  try {
    const analysis = await engine.analyze(text);
    if (!analysis || input.value !== text) return; // superseded
    showStatus(analysis.warnings?.length ? analysis.warnings.join(' ') : '');
    lastText = text;
    if (!(await renderer.update(text, analysis, singleNodeTable(node)))) return; // superseded
    html.dataset.fcState = 'done';
    view.dispatchEvent(new CustomEvent('factcheck:ready', { bubbles: true, detail: detailOf(text, analysis) }));
  } catch (e) {
    showStatus(`The analysis failed: ${e.message}`);
    html.dataset.fcState = 'error';
  }
}

function detailOf(text, analysis) {
  return { ...analysis, text, range: (s) => singleNodeTable(node).range(s.start, s.end), highlights: () => renderer.highlights() };
}

function onInput(delay) {
  syncView(input.value);
  clearTimeout(timer);
  timer = setTimeout(analyse, delay);
}

input.addEventListener('input', (e) => onInput(e.inputType === 'insertFromPaste' ? 0 : 250));
$('example').addEventListener('click', () => { input.value = EXAMPLE; onInput(0); });
$('clear').addEventListener('click', () => { input.value = ''; onInput(0); input.focus(); });

engine.ready.then(
  (v) => { html.dataset.fcState = 'ready'; html.dataset.fcVersion = v; if (input.value) onInput(0); },
  (e) => { showStatus(`The analysis engine did not load: ${e.message}`); html.dataset.fcState = 'error'; },
);
