//! How sure the engine is of one attribution (`confidence`, 0-1) and, when
//! unsure, why. A logistic score over the evidence the rules saw: the rule
//! that fired, what kind of phrase the source is (none, pronoun, name,
//! vague, common noun), whether it resolved to a speaker, a speech cue
//! (`said`, `told`, `according to`), the cue after the content, a quote in
//! several pieces, and very short or long content. The 20 weights were
//! fitted once on the `polnear-train` split (right content and source
//! against the rest; no words learned, see docs/confidence.md).
//! Byte spans on [`Cand`]; no offsets leave here.
use super::cand::Cand;
use crate::doc::Doc;
use crate::rules::Rule;

/// Below this an attribution is shown as uncertain (lighter, behind the
/// page's "show uncertain" switch) and carries its reason.
pub const UNSURE: f64 = 0.5;

/// Plain speech cues, the surest kind.
static SAY: crate::wordlist::WordList =
    crate::words!["said", "says", "say", "saying", "told", "tell", "tells", "added", "adds", "wrote", "writes"];

/// The evidence of one attribution, as the weights see it.
pub struct Evidence {
    /// The source resolved to a speaker.
    pub resolved: bool,
    pub vague: bool,
    /// The quote is one of several pieces with the same cue and source.
    pub pieces: bool,
}

/// Weights of the rule groups (fitted; see the module comment).
fn rule_weight(r: Rule) -> f64 {
    match r {
        Rule::AttributionReported => 0.58,
        Rule::AttributionDirect | Rule::AttributionDirectSigned | Rule::AttributionDirectContinued => 0.09,
        Rule::AttributionStance => 0.01,
        Rule::AttributionDirectUnattributed => -0.67,
        Rule::AttributionDirectCarried => -0.65,
        Rule::AttributionReportedTail => -0.02,
        // (`In a new poll, …` was not in the fit; it reads like `according to`)
        Rule::AttributionAccordingTo | Rule::AttributionInDocument => 0.21,
        Rule::AttributionBelief | Rule::AttributionExpected => 0.24,
        Rule::AttributionReportedParenthetical => 0.04,
        Rule::AttributionColon => -0.03,
        Rule::AttributionAsked => 0.30,
        _ => -0.11,
    }
}

/// The confidence of `c` and, below [`UNSURE`], the plain reason.
pub fn score(doc: &Doc, c: &Cand, e: &Evidence) -> (f64, Option<&'static str>) {
    // (weight, why it lowers confidence)
    let mut parts: [(f64, &str); 6] = [(0.0, ""); 6];
    parts[0] = (
        rule_weight(c.rule),
        match c.rule {
            Rule::AttributionDirectCarried => "the speaker is carried over from the attribution before it",
            Rule::AttributionDirectUnattributed => "no speaker is named near it",
            Rule::AttributionImpression => "it is the writer's impression (seems, appears); no one is quoted",
            _ => "the construction is unusual for an attribution",
        },
    );
    parts[1] = match c.source {
        None if c.rule == Rule::AttributionImpression => (-0.95, "it is the writer's impression (seems, appears); no one is quoted"),
        None => (-0.95, "no speaker is named near it"),
        Some(sp) => {
            let s = doc.t(sp.0);
            let one = sp.1 - sp.0 == 1;
            if one && super::lexicon::pronoun(crate::lower::fold(s).as_str()).is_some() {
                (0.51, "")
            } else if e.vague {
                (0.41, "")
            } else if s.chars().next().is_some_and(char::is_uppercase) {
                (0.38, "")
            } else {
                (-0.36, "the source is a common-noun phrase, not a name")
            }
        }
    };
    if c.source.is_some() && !e.resolved {
        parts[2] = (-0.67, "the source could not be matched to a person or body");
    }
    let cue = c.cue.map(|(a, b)| doc.slice(crate::model::Sp::new(doc.tokens[a].start, doc.tokens[b - 1].end)));
    if cue.is_some_and(|q| SAY.has_folded(q) || q.eq_ignore_ascii_case("according to")) {
        parts[3].0 = 0.76;
    }
    let words = doc.slice(c.content).split_whitespace().count();
    parts[4] = if words < 5 {
        (-0.48, "the quoted or reported words are very short")
    } else if words > 35 {
        (-0.12, "the content runs long; where it ends may be wrong")
    } else {
        (0.0, "")
    };
    let after = c.cue.is_some_and(|(a, _)| doc.tokens[a].start > c.content.start);
    parts[5].0 = if after { 0.85 } else { 0.0 } + if e.pieces { 0.53 } else { 0.0 };
    let z: f64 = parts.iter().map(|p| p.0).sum();
    let conf = (100.0 / (1.0 + (-z).exp())).round() / 100.0;
    if conf >= UNSURE {
        return (conf, None);
    }
    let worst = parts.iter().filter(|p| p.0 < 0.0 && !p.1.is_empty()).min_by(|a, b| a.0.total_cmp(&b.0));
    (conf, Some(worst.map_or("the construction is unusual for an attribution", |p| p.1)))
}
