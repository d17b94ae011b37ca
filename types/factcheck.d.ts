// The contract's TypeScript types (docs/contract.md). wasm-bindgen copies
// this file into the generated factcheck.d.ts (src/wasm.rs,
// `typescript_custom_section`), so `analyze()` returns an `Analysis`.
// The Rust serde model (src/model.rs) is the schema; this file is checked
// against it mechanically: tests/types.rs compares every string union with
// the Rust enums (the `RuleId` block below is generated from `Rule::ALL`:
// `FACTCHECK_UPDATE_TYPES=1 cargo test --test types` rewrites it), and
// tests/types/check.mjs has the TypeScript compiler check every corpus
// snapshot (the serde output) as an `Analysis` object literal, so a field
// missing here, or here but not in the output, fails the tests.

/** A stretch of the caller's text: UTF-16 code units, `end` exclusive;
 *  `text.slice(start, end) === span.text`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Why something was highlighted: a rule id (docs/rules.md) and one plain sentence. */
export interface Why {
  rule: RuleId;
  reason: string;
}

export type SentenceClass = "claim" | "opinion" | "boilerplate" | "question" | "other";
export type NumberKind = "count" | "money" | "percent" | "measure" | "duration" | "year" | "date" | "ordinal" | "ratio" | "other";
export type QualifierKind = "approx" | "at_most" | "less_than" | "at_least" | "more_than";
export type EntityKind = "person" | "organization" | "place" | "group" | "unknown";
export type FindingKind = "figure_conflict" | "arithmetic" | "vague_source" | "unattributed_claim" | "hedge" | "opinion" | "boilerplate";
export type Severity = "info" | "check";

/** One sentence of the text, classified. */
export interface Sentence extends Span, Why {
  class: SentenceClass;
  /** From 0 to 1. */
  checkworthy: number;
}

/** The qualifier of a figure ("about", "more than"), with its span. */
export interface Qualifier extends Span {
  kind: QualifierKind;
}

/** A figure in the text. */
export interface NumberMention extends Span, Why {
  /** The number, or null where the text has none (a range has `range` instead). */
  value: number | null;
  /** `[lo, hi]` for "10-12", "between 10 and 20"; `value` is then null. */
  range: [number, number] | null;
  kind: NumberKind;
  /** "km", "tonnes", "years"…; for money the ISO code ("USD"). */
  unit: string | null;
  qualifier: Qualifier | null;
  /** The thing counted ("North Korean soldiers"), or null. */
  counted: Span | null;
  /** What the figure measures, as the checks read it (docs/contract-findings.md); null for years, dates, ordinals. */
  identity: Identity | null;
}

export type Measure = "total" | "average" | "rate" | "share" | "change";

/** A figure's quantity: figures are compared only when this matches. */
export interface Identity {
  /** The thing counted, or the one an anaphor points to ("displaced people"). */
  counted: string | null;
  /** Place or population ("in the province", "near the border"). */
  scope: string | null;
  /** A part of a larger figure ("of them", "of the 10,000"). */
  subset: boolean;
  /** Date, period or rate period ("2015", "this year", "a month"). */
  time: string | null;
  measure: Measure;
  /** Who gives the figure; null: the writer. */
  stated_by: string | null;
  /** Index into `numbers` of the earlier figure this one refers back to ("the figure", "that has increased to"). */
  refers_to: number | null;
}

/** A compared figure as written and who gives it (null: not named). */
export interface Stated {
  text: string;
  stated_by: string | null;
}

/** The entity an attribution's source resolves to. */
export interface Speaker {
  /** An `Entity.id` of the same analysis. */
  entity: string;
  name: string;
}

/** Who said what: source, cue and content. */
export interface Attribution extends Why {
  /** "a1", "a2", … */
  id: string;
  /** The mention in the text: "he", "Blinken", "officials". */
  source: Span | null;
  speaker: Speaker | null;
  /** "said", "warned", "according to". */
  cue: Span | null;
  /** What is attributed; quote marks excluded for direct quotes. */
  content: Span;
  /** The content is a quotation in quote marks. */
  direct: boolean;
  /** "officials", "experts", "some say". */
  vague_source: boolean;
  /** How sure the engine is that content and source are right (0-1, two decimals). */
  confidence: number;
  /** Why it is unsure, when `confidence` < 0.5; else null. */
  uncertain_because: string | null;
}

/** A person, organisation, place or group, with every mention of it. */
export interface Entity {
  /** "e1", "e2", … */
  id: string;
  name: string;
  kind: EntityKind;
  title: string | null;
  mentions: Span[];
}

/** A cross-check of the analysis. */
export interface Finding {
  kind: FindingKind;
  message: string;
  spans: Span[];
  rule: RuleId;
  severity: Severity;
  /** Which rule fired and why, in one sentence. */
  reason: string;
  /** figure_conflict: the quantity the figures share. */
  identity: Identity | null;
  /** figure_conflict: each figure with its source. */
  figures: Stated[];
  /** arithmetic: the computation shown ("30,000 ÷ 40,000 = 75%"). */
  computation: string | null;
}

/** What `analyze` returns. */
export interface Analysis {
  schema: "factcheck/1";
  offsets: "utf16";
  /** The text's length in UTF-16 code units. */
  length: number;
  sentences: Sentence[];
  numbers: NumberMention[];
  attributions: Attribution[];
  entities: Entity[];
  findings: Finding[];
  warnings: string[];
}

/** Options of `analyze` and `exportAs`; every field is optional. */
export interface Options {
  /** Lower the length cap (UTF-16 units; never above 2,000,000). */
  max_length?: number;
}

/** The formats of `exportAs`. */
export type ExportFormat = "w3c" | "markdown" | "claimreview";

/**
 * Analyses `text` and returns the contract object (docs/contract.md).
 * Throws an `Error` for a text over the length cap or bad options.
 */
export function analyze(text: string, options?: Options): Analysis;

/**
 * Analyses `text` and exports it as `w3c` (JSON-LD Web Annotations),
 * `markdown` or `claimreview`; returns the file's text.
 */
export function exportAs(text: string, format: ExportFormat, options?: Options): string;

// RuleId: generated from Rule::ALL (src/rules.rs) by tests/types.rs; do not edit by hand.
export type RuleId =
  | "sentence.claim"
  | "sentence.other"
  | "sentence.question"
  | "opinion.first_person"
  | "opinion.prediction"
  | "opinion.normative"
  | "opinion.speculation"
  | "boilerplate.link"
  | "boilerplate.call_to_action"
  | "boilerplate.share"
  | "boilerplate.credit"
  | "boilerplate.ad"
  | "boilerplate.byline"
  | "worthy.event"
  | "worthy.trend"
  | "worthy.comparison"
  | "worthy.causal"
  | "source.according_to"
  | "source.data"
  | "source.report"
  | "number.digits"
  | "number.words"
  | "number.fraction"
  | "number.ratio"
  | "number.range"
  | "number.vague"
  | "number.money"
  | "number.percent"
  | "number.measure"
  | "number.duration"
  | "number.ordinal"
  | "number.year"
  | "number.date"
  | "number.restated"
  | "attribution.direct"
  | "attribution.direct.label"
  | "attribution.direct.signed"
  | "attribution.direct.continued"
  | "attribution.direct.carried"
  | "attribution.direct.unattributed"
  | "attribution.reported"
  | "attribution.reported.tail"
  | "attribution.reported.parenthetical"
  | "attribution.belief"
  | "attribution.stance"
  | "attribution.impersonal"
  | "attribution.impression"
  | "attribution.quoted_as"
  | "attribution.possessive"
  | "attribution.colon"
  | "attribution.in_document"
  | "attribution.according_to"
  | "attribution.expected"
  | "attribution.asked"
  | "figure_conflict.same_quantity"
  | "arithmetic.proportion"
  | "arithmetic.percent_of"
  | "arithmetic.out_of"
  | "arithmetic.change"
  | "arithmetic.multiplier"
  | "arithmetic.total"
  | "arithmetic.margin"
  | "arithmetic.rate"
  | "vague_source.unnamed"
  | "unattributed_claim.no_source"
  | "hedge.belief"
  | "hedge.apparent"
  | "hedge.possible"
  | "hedge.unconfirmed"
  | "hedge.alleged"
  | "hedge.reported";
// end RuleId
