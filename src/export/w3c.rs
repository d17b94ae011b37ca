//! W3C Web Annotation JSON-LD: an `AnnotationCollection` whose first page
//! holds one annotation per attributed claim, check-worthy sentence, number
//! and finding. Each target has a `TextQuoteSelector` (exact, prefix,
//! suffix) and a `TextPositionSelector` in Unicode **code points**, as the
//! Web Annotation model requires (the analysis itself is UTF-16).

use crate::export::{text_id, CodePoints};
use crate::json::{obj, s as js, J};
use crate::model::{Analysis, SentenceClass, Severity, Span};
use crate::rules::Rule;

/// Characters (code points) of context in `prefix` and `suffix`.
pub const CONTEXT: usize = 32;

pub fn export(text: &str, a: &Analysis<Span>) -> String {
    let cp = CodePoints::new(text);
    let source = text_id(text);
    let mut items: Vec<J> = Vec::new();
    let mut add = |motivation: &str, tag: &str, comment: String, rule: Rule, spans: &[&Span]| {
        let targets: Vec<J> = spans.iter().map(|s| target(&cp, &source, s)).collect();
        let target = if targets.len() == 1 { targets.into_iter().next().unwrap_or(J::Null) } else { J::Arr(targets) };
        let body = |purpose: &str, value: &str| vec![("type", js("TextualBody")), ("purpose", js(purpose)), ("value", js(value))];
        let mut comment_body = body("commenting", &comment);
        comment_body.extend([("format", js("text/plain")), ("language", js("en"))]);
        items.push(obj(vec![
            ("id", js(format!("urn:factcheck:annotation:{}", items.len() + 1))),
            ("type", js("Annotation")),
            ("motivation", js(motivation)),
            ("body", J::Arr(vec![obj(comment_body), obj(body("tagging", tag)), obj(body("classifying", rule.id()))])),
            ("target", target),
        ]));
    };
    for x in &a.attributions {
        let who = x.speaker.as_ref().map(|s| s.name.clone()).or_else(|| x.source.as_ref().map(|s| s.text.clone()));
        let how = if x.direct { "quoted" } else { "reported" };
        let comment = match (&who, &x.cue) {
            (Some(w), Some(c)) => format!("Claim attributed to {w} ({how}, cue \u{201C}{}\u{201D}). {}", c.text, x.why.reason),
            (Some(w), None) => format!("Claim attributed to {w} ({how}). {}", x.why.reason),
            _ => format!("Attributed claim without a named source ({how}). {}", x.why.reason),
        };
        add("identifying", "claim", comment, x.why.rule, &[&x.content]);
    }
    for s in a.sentences.iter().filter(|s| s.class == SentenceClass::Claim) {
        let comment = format!("Check-worthiness {:.2}. {}", s.checkworthy, s.why.reason);
        add("highlighting", "check-worthy sentence", comment, s.why.rule, &[&s.span]);
    }
    for n in &a.numbers {
        let mut parts = vec![n.kind.as_str().to_string()];
        if let Some(v) = n.value {
            parts.push(format!("value {v}"));
        }
        if let Some([lo, hi]) = n.range {
            parts.push(format!("range {lo} to {hi}"));
        }
        if let Some(u) = &n.unit {
            parts.push(format!("unit {u}"));
        }
        if let Some(q) = &n.qualifier {
            parts.push(format!("qualifier \u{201C}{}\u{201D}", q.span.text));
        }
        if let Some(c) = &n.counted {
            parts.push(format!("counts \u{201C}{}\u{201D}", c.text));
        }
        if let Some(id) = &n.identity {
            parts.push(format!("identity: {}", crate::export::identity_text(id)));
        }
        add("highlighting", "number", format!("Figure: {}. {}", parts.join(", "), n.why.reason), n.why.rule, &[&n.span]);
    }
    for f in &a.findings {
        let motivation = if f.severity == Severity::Check { "questioning" } else { "commenting" };
        let spans: Vec<&Span> = f.spans.iter().collect();
        if !spans.is_empty() {
            add(motivation, f.kind.as_str(), crate::export::finding_text(f), f.rule, &spans);
        }
    }
    let total = J::Int(items.len() as u64);
    let doc = obj(vec![
        ("@context", js("http://www.w3.org/ns/anno.jsonld")),
        ("id", js("urn:factcheck:annotations")),
        ("type", js("AnnotationCollection")),
        ("label", js("factcheck: claims, figures and findings to check (no verdicts)")),
        ("total", total),
        ("first", obj(vec![("type", js("AnnotationPage")), ("startIndex", J::Int(0)), ("items", J::Arr(items))])),
    ]);
    doc.pretty()
}

fn target(cp: &CodePoints, source: &str, s: &Span) -> J {
    let (start, end) = (cp.of(s.start), cp.of(s.end));
    obj(vec![
        ("source", js(source)),
        (
            "selector",
            J::Arr(vec![
                obj(vec![
                    ("type", js("TextQuoteSelector")),
                    ("exact", js(s.text.as_str())),
                    ("prefix", js(cp.slice(start.saturating_sub(CONTEXT), start))),
                    ("suffix", js(cp.slice(end, end + CONTEXT))),
                ]),
                obj(vec![("type", js("TextPositionSelector")), ("start", J::Int(start as u64)), ("end", J::Int(end as u64))]),
            ]),
        ),
    ])
}
