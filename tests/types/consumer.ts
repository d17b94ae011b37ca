// A strict TypeScript consumer of the generated types (www/pkg/factcheck.d.ts,
// the same file the npm package ships). tests/types/check.mjs compiles it with
// `strict`; it must type-check without a cast.
import init, { analyze, exportAs, version } from "../../www/pkg/factcheck.js";
import type { Analysis, Attribution, NumberMention, QualifierKind, RuleId, Span } from "../../www/pkg/factcheck.js";

function quote(text: string, s: Span): string {
  return text.slice(s.start, s.end);
}

function describeQualifier(k: QualifierKind): string {
  switch (k) {
    case "approx":
      return "about";
    case "at_most":
      return "up to";
    case "less_than":
      return "under";
    case "at_least":
      return "at least";
    case "more_than":
      return "over";
  }
}

export async function run(text: string): Promise<string[]> {
  await init();
  const a: Analysis = analyze(text, { max_length: 50_000 });
  const out: string[] = [`${a.schema} ${a.offsets} ${a.length} ${version()}`];
  for (const n of a.numbers as NumberMention[]) {
    const value: number | null = n.value;
    const range: [number, number] | null = n.range;
    const q = n.qualifier ? `${describeQualifier(n.qualifier.kind)} (${quote(text, n.qualifier)})` : "";
    out.push(`${n.kind} ${value ?? range?.join("-")} ${n.unit ?? ""} ${q} ${n.counted?.text ?? ""} [${n.rule}] ${n.reason}`);
  }
  const byId = new Map(a.entities.map((e) => [e.id, e] as const));
  for (const x of a.attributions as Attribution[]) {
    const who = x.speaker ? byId.get(x.speaker.entity)?.name ?? x.speaker.name : x.source?.text;
    out.push(`${x.id} ${who ?? "?"} ${x.cue?.text ?? ""}: ${x.content.text} direct=${x.direct} vague=${x.vague_source}`);
  }
  for (const s of a.sentences) out.push(`${s.class} ${s.checkworthy.toFixed(2)} ${s.rule}`);
  for (const f of a.findings) {
    const rule: RuleId = f.rule;
    out.push(`${f.severity} ${f.kind} ${rule}: ${f.message} @ ${f.spans.map((s) => quote(text, s)).join(" / ")}`);
  }
  for (const e of a.entities) out.push(`${e.id} ${e.kind} ${e.name} ${e.title ?? ""} x${e.mentions.length}`);
  out.push(...a.warnings);
  out.push(exportAs(text, "markdown"));
  analyze(text); // options are optional
  return out;
}
