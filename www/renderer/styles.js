// The renderer's CSS as constructable stylesheets (no <style> elements, so a
// strict style-src CSP holds and nothing is added to the page's DOM).
// HIGHLIGHT_CSS is adopted by the page's document: it only styles
// ::highlight(factcheck-*) and can change no element. UI_CSS lives inside
// the renderer's shadow roots. Colours: Okabe-Ito (colour-blind safe), and
// every kind also differs by line style, so colour is never the only cue.
// Sites override colours with the --factcheck-* custom properties.

export const HL = ['quote', 'reported', 'source', 'vague', 'cue', 'unsure', 'number', 'note', 'finding', 'focus'];

export const HIGHLIGHT_CSS = `
::highlight(factcheck-quote) { background-color: var(--factcheck-quote, rgba(230,159,0,.30)); }
::highlight(factcheck-reported) { background-color: var(--factcheck-reported, rgba(204,121,167,.20));
  text-decoration: underline dashed var(--factcheck-reported-line, #a0507f) 1px; }
::highlight(factcheck-source) { background-color: var(--factcheck-source, rgba(86,180,233,.38));
  text-decoration: underline solid var(--factcheck-source-line, #0072b2) 2px; }
::highlight(factcheck-vague) { background-color: var(--factcheck-vague, rgba(213,94,0,.22));
  text-decoration: underline wavy var(--factcheck-vague-line, #d55e00) 1px; }
::highlight(factcheck-cue) { background-color: var(--factcheck-cue, rgba(0,114,178,.14));
  text-decoration: underline dotted var(--factcheck-cue-line, #0072b2) 2px; }
::highlight(factcheck-unsure) { background-color: var(--factcheck-unsure, rgba(128,128,128,.10));
  text-decoration: underline dotted var(--factcheck-unsure-line, #767676) 1px; }
::highlight(factcheck-number) { background-color: var(--factcheck-number, rgba(0,158,115,.26));
  text-decoration: underline double var(--factcheck-number-line, #007a5a) 1px; }
::highlight(factcheck-finding) { text-decoration: underline wavy var(--factcheck-finding-line, #d55e00) 1px; }
::highlight(factcheck-note) { text-decoration: underline dotted var(--factcheck-note-line, #8a8a8a) 1px; }
::highlight(factcheck-focus) { background-color: var(--factcheck-focus, #0b3d91); color: #fff; }
@media print {
  ::highlight(factcheck-focus) { background-color: transparent; color: inherit; }
  ::highlight(factcheck-quote), ::highlight(factcheck-reported), ::highlight(factcheck-source),
  ::highlight(factcheck-vague), ::highlight(factcheck-cue), ::highlight(factcheck-number) {
    background-color: transparent; }
  ::highlight(factcheck-quote) { text-decoration: underline solid #000 1px; }
}
`;

export const UI_CSS = `
:host { all: initial; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1b; }
* { box-sizing: border-box; }
.layer { position: absolute; top: 0; left: 0; width: 0; height: 0; pointer-events: none; z-index: 2147483004; }
.box { position: absolute; pointer-events: none; border-radius: 2px; }
.box.quote { background: rgba(230,159,0,.30); } .box.reported { background: rgba(204,121,167,.20); border-bottom: 1px dashed #a0507f; }
.box.source { background: rgba(86,180,233,.38); border-bottom: 2px solid #0072b2; }
.box.vague { background: rgba(213,94,0,.22); border-bottom: 2px dotted #d55e00; }
.box.cue { background: rgba(0,114,178,.14); border-bottom: 2px dotted #0072b2; }
.box.unsure { background: rgba(128,128,128,.10); border-bottom: 1px dotted #767676; }
.box.number { background: rgba(0,158,115,.26); border-bottom: 3px double #007a5a; }
.box.finding { border-bottom: 2px dashed #d55e00; } .box.note { border-bottom: 1px dotted #8a8a8a; } .box.focus { outline: 2px solid #0b3d91; background: rgba(11,61,145,.18); }
.card { position: absolute; pointer-events: auto; width: max-content; max-width: min(26rem, calc(100vw - 16px)); min-width: min(16rem, calc(100vw - 16px)); background: #fff; color: #1b1b1b;
  border: 1px solid #8a8a8a; border-radius: 6px; box-shadow: 0 4px 18px rgba(0,0,0,.18); padding: .6rem .8rem; z-index: 2147483004; }
.card:focus { outline: 3px solid #0b3d91; outline-offset: 1px; }
.card h2 { font-size: 1rem; margin: 0 0 .35rem; } .card dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: .15rem .6rem; }
.card dt { font-weight: 600; color: #444; } .card dd { margin: 0; overflow-wrap: anywhere; }
.card .why { margin: .5rem 0 0; padding-top: .4rem; border-top: 1px solid #ddd; font-size: .9em; }
.card .rule { font-family: ui-monospace, monospace; font-size: .85em; color: #555; }
.card .close { position: absolute; top: .25rem; right: .35rem; border: 0; background: none; font-size: 1.1rem; cursor: pointer; }
.panel { background: #fbfbf8; color: #1b1b1b; border-left: 1px solid #c8c8c8; overflow: auto; padding: .75rem; }
.panel.floating { position: fixed; top: 0; right: 0; bottom: 0; width: min(24rem, 90vw); z-index: 2147483002; will-change: transform; contain: strict;
  box-shadow: -4px 0 16px rgba(0,0,0,.15); }
.panel[hidden] { display: none; }
.panel h2 { font-size: 1.05rem; margin: 0 0 .4rem; } .panel h3 { font-size: .95rem; margin: .9rem 0 .3rem; }
.panel ul { list-style: none; margin: 0; padding: 0; } .panel li { margin: 0 0 .25rem; }
.panel .src { font-weight: 600; margin-top: .4rem; }
.entry { display: block; width: 100%; text-align: left; font: inherit; color: inherit; background: #fff; border: 1px solid #ddd;
  border-left: 4px solid #888; border-radius: 4px; padding: .25rem .45rem; cursor: pointer; }
.entry:hover { background: #f0f4fa; } .entry:focus { outline: 3px solid #0b3d91; outline-offset: 1px; }
.entry.claim.direct { border-left-color: #e69f00; } .entry.claim.reported { border-left-color: #cc79a7; border-left-style: dashed; }
.entry.number { border-left-color: #009e73; border-left-style: double; } .entry.finding { border-left-color: #d55e00; border-left-style: dotted; }
.entry.claim.unsure { border-left-color: #767676; border-left-style: dotted; }
.entry .why { display: block; font-size: .85em; color: #555; margin-top: .1rem; }
.entry .tag { padding: 0 .3rem; border: 1px dotted #767676; border-radius: 3px; background: #f3f3f3; color: #333; }
.entry.current { background: #e3ebf7; }
.doubt { display: flex; align-items: center; gap: .35rem; margin: .2rem 0 .5rem; font-size: .9em; cursor: pointer; width: fit-content; }
.doubt[hidden] { display: none; } .doubt input { margin: 0; width: 1rem; height: 1rem; accent-color: #0b3d91; cursor: pointer; }
.doubt input:focus-visible { outline: 3px solid #0b3d91; outline-offset: 2px; }
.summary { margin: 0 0 .5rem; font-weight: 600; } .status { color: #8a1c00; margin: .3rem 0; }
.exports { display: flex; flex-wrap: wrap; gap: .3rem; margin: .5rem 0; }
button.btn { font: inherit; padding: .25rem .6rem; border: 1px solid #666; border-radius: 4px; background: #fff; color: #1b1b1b; cursor: pointer; }
button.btn:focus { outline: 3px solid #0b3d91; outline-offset: 1px; }
.toggle { position: fixed; right: 1rem; bottom: 1rem; z-index: 2147483003; font: 600 14px/1 system-ui, sans-serif;
  padding: .55rem .8rem; border-radius: 999px; border: 2px solid #0b3d91; background: #fff; color: #0b3d91; cursor: pointer; }
.toggle:focus { outline: 3px solid #e69f00; }
.toggle[aria-expanded="true"] { right: calc(min(24rem, 90vw) + 1rem); }
.panel .x { float: right; font: inherit; font-size: 1.2rem; line-height: 1; border: 0; background: none; cursor: pointer; padding: .1rem .3rem; }
.legend { display: flex; flex-wrap: wrap; gap: .2rem .6rem; font-size: .85em; margin: .3rem 0; }
.legend span { padding: 0 .25rem; } .sw-quote { background: rgba(230,159,0,.30); } .sw-reported { background: rgba(204,121,167,.20); text-decoration: underline dashed; }
.sw-source { background: rgba(86,180,233,.38); text-decoration: underline solid; } .sw-cue { text-decoration: underline dotted; }
.sw-number { background: rgba(0,158,115,.26); text-decoration: underline double; } .sw-finding { text-decoration: underline wavy #d55e00; } .sw-note { text-decoration: underline dotted #8a8a8a; }
.sw-unsure { background: rgba(128,128,128,.10); text-decoration: underline dotted #767676; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print { .toggle, .card, .exports, .layer { display: none !important; }
  .panel, .panel.floating { position: static; width: auto; box-shadow: none; border: 0; overflow: visible; }
  .entry { border: 0; border-left: 0; padding: 0; } }
@media (forced-colors: active) { .entry, .card { border: 1px solid CanvasText; } }
`;

let uiSheet = null;
export function uiSheetFor(doc) {
  const win = doc.defaultView;
  if (!uiSheet) { uiSheet = new win.CSSStyleSheet(); uiSheet.replaceSync(UI_CSS); }
  return uiSheet;
}

let hlSheet = null;
/** Adopts the ::highlight rules into the document once (no DOM change). */
export function adoptHighlightCss(doc) {
  if (hlSheet) return;
  hlSheet = new doc.defaultView.CSSStyleSheet();
  hlSheet.replaceSync(HIGHLIGHT_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, hlSheet];
}
