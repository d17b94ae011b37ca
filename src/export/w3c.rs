//! W3C Web Annotation JSON-LD: an `AnnotationCollection` whose first page
//! holds one annotation per attributed claim, check-worthy sentence, number
//! and finding. Each target has a `TextQuoteSelector` (exact, prefix,
//! suffix) and a `TextPositionSelector` in Unicode **code points**, as the
//! Web Annotation model requires (the analysis itself is UTF-16).
use serde_json::{json, Value};

use crate::export::{text_id, CodePoints};
use crate::model::{Analysis, SentenceClass, Severity, Span};

/// Characters (code points) of context in `prefix` and `suffix`.
pub const CONTEXT: usize = 32;

pub fn export(text: &str, a: &Analysis<Span>) -> String {
    let cp = CodePoints::new(text);
    let source = text_id(text);
    let mut items: Vec<Value> = Vec::new();
    let mut add = |motivation: &str, tag: &str, comment: String, rule: &str, spans: &[&Span]| {
        let targets: Vec<Value> = spans.iter().map(|s| target(&cp, &source, s)).collect();
        let target = if targets.len() == 1 { targets.into_iter().next().unwrap_or(Value::Null) } else { Value::Array(targets) };
        items.push(json!({
            "id": format!("urn:factcheck:annotation:{}", items.len() + 1),
            "type": "Annotation",
            "motivation": motivation,
            "body": [
                {"type": "TextualBody", "purpose": "commenting", "format": "text/plain", "language": "en", "value": comment},
                {"type": "TextualBody", "purpose": "tagging", "value": tag},
                {"type": "TextualBody", "purpose": "classifying", "value": rule},
            ],
            "target": target,
        }));
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
        let mut parts = vec![format!("{:?}", n.kind).to_lowercase()];
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
        add("highlighting", "number", format!("Figure: {}. {}", parts.join(", "), n.why.reason), n.why.rule, &[&n.span]);
    }
    for f in &a.findings {
        let motivation = if f.severity == Severity::Check { "questioning" } else { "commenting" };
        let tag = serde_json::to_value(f.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        let spans: Vec<&Span> = f.spans.iter().collect();
        if !spans.is_empty() {
            add(motivation, &tag, f.message.clone(), f.rule, &spans);
        }
    }
    let doc = json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "urn:factcheck:annotations",
        "type": "AnnotationCollection",
        "label": "factcheck: claims, figures and findings to check (no verdicts)",
        "total": items.len(),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

fn target(cp: &CodePoints, source: &str, s: &Span) -> Value {
    let (start, end) = (cp.of(s.start), cp.of(s.end));
    json!({
        "source": source,
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": s.text,
                "prefix": cp.slice(start.saturating_sub(CONTEXT), start),
                "suffix": cp.slice(end, end + CONTEXT),
            },
            {"type": "TextPositionSelector", "start": start, "end": end},
        ],
    })
}
