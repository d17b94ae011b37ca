//! A Markdown checklist a fact-checker pastes into a ticket: findings to
//! check first, then each attributed claim with its source, each figure
//! with its source, and the notes for information; every item quotes the
//! sentence it stands in. Reads the contract shape (UTF-16 offsets, used
//! only to find sentences).
use crate::export::{cover, names_someone, one_line, sentence_of};
use crate::model::{Analysis, Attribution, NumberKind, SentenceClass, Severity, Span};

pub fn export(_text: &str, a: &Analysis<Span>) -> String {
    let mut o = String::new();
    let worthy = a.sentences.iter().filter(|s| s.class == SentenceClass::Claim).count();
    let to_check = a.findings.iter().filter(|f| f.severity == Severity::Check).count();
    o.push_str("# Fact-check checklist\n\n");
    o.push_str(&format!(
        "_Made by factcheck from a text of {} characters: {} sentences, {} check-worthy, {} attributed claims, {} figures, {} findings ({} to check). It points at what to verify; it gives no verdicts._\n",
        a.length,
        a.sentences.len(),
        worthy,
        a.attributions.len(),
        a.numbers.len(),
        a.findings.len(),
        to_check
    ));
    section(&mut o, "To check first", a, Severity::Check);
    if !a.attributions.is_empty() {
        o.push_str("\n## Claims and who makes them\n\n");
        for x in &a.attributions {
            let how = if x.direct { "quoted" } else { "reported" };
            let cue = x.cue.as_ref().map(|c| format!(", \u{201C}{}\u{201D}", md(&c.text))).unwrap_or_default();
            let vague = if x.vague_source { " (source not named)" } else { "" };
            o.push_str(&format!("- [ ] **{}**{vague} ({how}{cue}): \u{201C}{}\u{201D}\n", md(&who(x)), md(&one_line(&x.content.text))));
            context(&mut o, a, &x.content);
        }
    }
    let figures: Vec<_> =
        a.numbers.iter().filter(|n| !matches!(n.kind, NumberKind::Year | NumberKind::Date | NumberKind::Ordinal)).collect();
    if !figures.is_empty() {
        o.push_str("\n## Figures\n\n");
        for n in figures {
            let mut parts = vec![n.kind.as_str().to_string()];
            if let Some(u) = &n.unit {
                parts.push(md(u));
            }
            if let Some(c) = &n.counted {
                parts.push(format!("counts \u{201C}{}\u{201D}", md(&c.text)));
            }
            if let Some(id) = &n.identity {
                parts.extend(id.scope.iter().chain(&id.time).map(|x| md(x)));
                parts.push(id.measure.as_str().to_string());
            }
            let src = a
                .attributions
                .iter()
                .find(|x| x.content.start <= n.span.start && n.span.end <= x.content.end)
                .or_else(|| {
                    a.attributions.iter().find(|x| {
                        let (lo, hi) = cover(x);
                        lo <= n.span.start && n.span.end <= hi
                    })
                })
                .map_or("no source given in its sentence".to_string(), |x| format!("source: {}", md(&who(x))));
            let shown = n
                .qualifier
                .as_ref()
                .filter(|q| q.span.end <= n.span.start)
                .map_or(n.span.text.clone(), |q| format!("{} {}", q.span.text, n.span.text));
            o.push_str(&format!("- [ ] **{}** ({}); {src}\n", md(&shown), parts.join(", ")));
            context(&mut o, a, &n.span);
        }
    }
    section(&mut o, "For information", a, Severity::Info);
    o
}

fn section(o: &mut String, title: &str, a: &Analysis<Span>, sev: Severity) {
    let list: Vec<_> = a.findings.iter().filter(|f| f.severity == sev).collect();
    if list.is_empty() {
        return;
    }
    o.push_str(&format!("\n## {title}\n\n"));
    for f in list {
        let kind = f.kind.as_str().replace('_', " ");
        o.push_str(&format!("- [ ] **{}**: {} `{}`\n", md(&capital(&kind)), md(&crate::export::finding_text(f)), f.rule));
        if let Some(sp) = f.spans.first() {
            context(o, a, sp);
        }
    }
}

/// The sentence a span stands in, as a quote line.
fn context(o: &mut String, a: &Analysis<Span>, sp: &Span) {
    if let Some(s) = sentence_of(a, sp) {
        o.push_str(&format!("  > {}\n", md(&one_line(&s.span.text))));
    }
}

fn who(x: &Attribution<Span>) -> String {
    x.speaker
        .as_ref()
        .map(|s| s.name.clone())
        .or_else(|| x.source.as_ref().filter(|s| names_someone(&s.text)).map(|s| one_line(&s.text)))
        .unwrap_or_else(|| "unnamed source".to_string())
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| std::iter::once(f.to_ascii_uppercase()).chain(c).collect()).unwrap_or_default()
}

/// Escapes the characters Markdown would read as markup.
pub fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
