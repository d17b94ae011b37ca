//! Findings about wording and sourcing: `vague_source` (an unnamed source),
//! `unattributed_claim` (a check-worthy claim with no source in its
//! sentence), `hedge` (words that distance the writer from a statement),
//! `opinion` and `boilerplate` (sentences so classed). The words are the
//! tables in `sentences::lexicon`. Offsets are UTF-8 bytes.
use crate::checks::Ctx;
use crate::model::{Finding, FindingKind, SentenceClass, Severity, Sp};
use crate::rules::Rule;
use crate::sentences::lexicon::{scan, Table};
use crate::sentences::voice;

/// An unattributed claim is reported from this check-worthiness up.
pub const UNATTRIBUTED_MIN: f64 = 0.5;

pub fn find(ctx: &Ctx, out: &mut Vec<Finding<Sp>>) {
    let d = ctx.doc;
    for a in ctx.atts.iter().filter(|a| a.vague_source) {
        let sp = a.source.or(a.cue).unwrap_or(a.content);
        let has_figure = ctx.figs.iter().any(|f| a.content.contains(f.sp));
        let name = d.slice(sp);
        let figure = if has_figure { " and the statement carries a figure" } else { "" };
        let message = if a.source.is_some() {
            format!("The source \u{201C}{name}\u{201D} is not named{figure}; look for who exactly says this and how they know.")
        } else {
            format!("No one is named behind \u{201C}{name}\u{201D}{figure}; look for who exactly says this and how they know.")
        };
        out.push(Finding {
            reason: String::new(),
            identity: None,
            figures: Vec::new(),
            computation: None,
            kind: FindingKind::VagueSource,
            message,
            spans: vec![sp],
            rule: Rule::VagueSourceUnnamed,
            severity: if has_figure { Severity::Check } else { Severity::Info },
        });
    }
    let v = voice(d, ctx.atts);
    for (si, s) in ctx.sentences.iter().enumerate() {
        let Some(seg) = d.sentences.get(si) else { continue };
        let mut source_marker = false;
        let mut hedges: Vec<(usize, usize, Rule, &'static str)> = Vec::new();
        let mut marker: Option<(usize, usize)> = None;
        scan(d, seg.first, seg.last, |h| match h.table {
            Table::SourceMarker => source_marker = true,
            Table::Hedge if !(h.first..h.last).any(|i| v.quoted[i]) => hedges.push((h.first, h.last, h.entry.rule, h.entry.note)),
            Table::FirstPerson | Table::Prediction if marker.is_none() && (h.first..h.last).all(|i| v.writer(i)) => {
                marker = Some((h.first, h.last))
            }
            _ => {}
        });
        let span_of = |f: usize, l: usize| Sp::new(d.tokens[f].start, d.tokens[l - 1].end);
        for (f, l, rule, note) in hedges {
            out.push(Finding {
                reason: String::new(),
                identity: None,
                figures: Vec::new(),
                computation: None,
                kind: FindingKind::Hedge,
                message: format!("\u{201C}{note}\u{201D} marks this as not established; look for who reports it and on what evidence."),
                spans: vec![span_of(f, l)],
                rule,
                severity: Severity::Info,
            });
        }
        match s.class {
            SentenceClass::Opinion => {
                let mut spans = vec![s.span];
                if let Some((f, l)) = marker {
                    spans.insert(0, span_of(f, l));
                }
                out.push(Finding {
                    reason: String::new(),
                    identity: None,
                    figures: Vec::new(),
                    computation: None,
                    kind: FindingKind::Opinion,
                    message: format!("{} Keep it apart from the reported facts.", s.why.reason),
                    spans,
                    rule: s.why.rule,
                    severity: Severity::Info,
                });
            }
            SentenceClass::Boilerplate => out.push(Finding {
                reason: String::new(),
                identity: None,
                figures: Vec::new(),
                computation: None,
                kind: FindingKind::Boilerplate,
                message: format!("{} Nothing to check here.", s.why.reason),
                spans: vec![s.span],
                rule: s.why.rule,
                severity: Severity::Info,
            }),
            SentenceClass::Claim
                if s.checkworthy >= UNATTRIBUTED_MIN
                    && !source_marker
                    && ctx.per_sentence.get(si).is_none_or(|a| a.is_empty())
                    && !(seg.first..seg.last).any(|i| v.quoted[i]) =>
            {
                out.push(Finding {
                    reason: String::new(),
                    identity: None,
                    figures: Vec::new(),
                    computation: None,
                    kind: FindingKind::UnattributedClaim,
                    message: "A check-worthy statement with no source in its sentence; find where it comes from.".to_string(),
                    spans: vec![s.span],
                    rule: Rule::UnattributedClaimNoSource,
                    severity: Severity::Info,
                });
            }
            _ => {}
        }
    }
}
