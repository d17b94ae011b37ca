// Turns one analysis (contract shape, offsets in UTF-16 code units of the
// analysed text) into what the renderer shows: "stops" (one per claim,
// figure and finding, in text order: what keyboard navigation steps
// through and what a card describes), highlight parts (kind + span) and a
// span index for hit-testing an offset. No DOM here.

export const KINDS = ['claims', 'numbers', 'findings'];

const FINDING_TITLES = {
  figure_conflict: 'Figures that disagree',
  arithmetic: 'Arithmetic between figures',
  vague_source: 'Vague source',
  unattributed_claim: 'Claim without a source',
  hedge: 'Hedged statement',
  opinion: 'Opinion',
  boilerplate: 'Boilerplate',
};

export const findingTitle = (kind) => FINDING_TITLES[kind] || String(kind).replace(/_/g, ' ');

/** Attributions below this confidence are uncertain: hidden unless asked for. */
export const UNSURE = 0.5;
export const unsure = (at) => typeof at.confidence === 'number' && at.confidence < UNSURE;
/** Why an attribution is uncertain, as the card and the panel say it: "43% sure: <reason>". */
export const doubtText = (at) => `${Math.round(at.confidence * 100)}% sure: ${at.uncertain_because || 'weak evidence'}`;

const sp = (s) => s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.end >= s.start;

/**
 * @param {object} a the analysis
 * @param {{kinds?: string[], uncertain?: boolean}} opts which kinds to show (claims, numbers,
 *   findings); `uncertain`: also show attributions under UNSURE confidence (painted lighter)
 */
export function buildModel(a, opts = {}) {
  const kinds = new Set(opts.kinds && opts.kinds.length ? opts.kinds : KINDS);
  const stops = [];
  const parts = []; // {hl, start, end, stop}
  const add = (hl, s, stop) => { if (sp(s) && s.end > s.start) parts.push({ hl, start: s.start, end: s.end, stop }); };
  const entities = new Map((a.entities || []).map((e) => [e.id, e]));
  let uncertain = 0; // uncertain attributions there are to show (shown or not)

  if (kinds.has('claims')) {
    for (const at of a.attributions || []) {
      if (!sp(at.content)) continue;
      const doubt = unsure(at);
      if (doubt) uncertain++;
      if (doubt && !opts.uncertain) continue;
      const spans = [at.source, at.cue, at.content].filter(sp);
      const stop = {
        type: 'claim', data: at, entity: at.speaker ? entities.get(at.speaker.entity) : null,
        start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)),
        spans, unsure: doubt,
      };
      stops.push(stop);
      add(doubt ? 'unsure' : at.direct ? 'quote' : 'reported', at.content, stop);
      add(doubt ? 'unsure' : at.vague_source ? 'vague' : 'source', at.source, stop);
      add('cue', at.cue, stop);
    }
  }
  if (kinds.has('numbers')) {
    for (const n of a.numbers || []) {
      if (!sp(n)) continue;
      const q = sp(n.qualifier) ? n.qualifier : null;
      const span = { start: Math.min(n.start, q ? q.start : n.start), end: Math.max(n.end, q ? q.end : n.end) };
      const stop = { type: 'number', data: n, start: span.start, end: span.end, spans: [span] };
      stops.push(stop);
      add('number', span, stop);
    }
  }
  if (kinds.has('findings')) {
    for (const f of a.findings || []) {
      const spans = (f.spans || []).filter(sp);
      if (!spans.length) continue;
      const stop = { type: 'finding', data: f, start: spans[0].start, end: spans[0].end, spans };
      stops.push(stop);
      for (const s of spans) add(f.severity === 'check' ? 'finding' : 'note', s, stop);
    }
  }
  stops.sort((x, y) => x.start - y.start || y.end - x.end);
  stops.forEach((s, i) => { s.index = i; });
  return { stops, parts, index: spanIndex(parts), summary: summarize(a), uncertain };
}

/** The name a claim is filed under: the resolved speaker, else the source text. */
export function sourceName(at, entity) {
  return entity?.name || at.speaker?.name || at.source?.text || null;
}

/** "12 claims, 7 sources, 3 vague sources, 18 figures, 2 findings". */
export function summarize(a) {
  const ats = a.attributions || [];
  const entities = new Map((a.entities || []).map((e) => [e.id, e]));
  const sources = new Set();
  let vague = 0;
  for (const at of ats) {
    const name = sourceName(at, at.speaker ? entities.get(at.speaker.entity) : null);
    if (name) sources.add(name.toLowerCase());
    if (at.vague_source) vague++;
  }
  const n = (k, one, many) => `${k} ${k === 1 ? one : many}`;
  return [
    n(ats.length, 'claim', 'claims'),
    n(sources.size, 'source', 'sources'),
    n(vague, 'vague source', 'vague sources'),
    n((a.numbers || []).length, 'figure', 'figures'),
    n((a.findings || []).length, 'finding', 'findings'),
  ].join(', ');
}

/** Index of parts for "which part covers offset x": sorted by start with a
 * running maximum of ends, so a backward scan stops early. */
export function spanIndex(parts) {
  const sorted = parts.slice().sort((x, y) => x.start - y.start);
  const maxEnd = new Array(sorted.length);
  let m = -1;
  sorted.forEach((p, i) => { m = Math.max(m, p.end); maxEnd[i] = m; });
  return {
    /** The smallest part containing offset (start <= x < end), or null. */
    at(x) {
      let lo = 0, hi = sorted.length - 1, i = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid].start <= x) { i = mid; lo = mid + 1; } else hi = mid - 1;
      }
      let best = null;
      for (; i >= 0 && maxEnd[i] > x; i--) {
        const p = sorted[i];
        if (p.end > x && (!best || p.end - p.start < best.end - best.start)) best = p;
      }
      return best;
    },
  };
}
