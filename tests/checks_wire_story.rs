//! The wire-story fixture (written for this project): several sources give
//! different troop figures, a majority and a percentage relation, a change
//! with a stated percentage, a total of listed parts, a hedged closing line
//! by the writer and a "click here" line. Engine output is built by hand
//! here so the checks are tested on their own.
#![cfg(not(target_arch = "wasm32"))]
mod checks_common;
use checks_common::*;
use factcheck::model::{FindingKind, NumberKind, QualifierKind, SentenceClass, Severity};

fn story() -> B<'static> {
    let figures = wire_troops()
        .count("12,000", 12000.0)
        .qual("up to", QualifierKind::AtMost)
        .counted("troops")
        .count("8,000", 8000.0)
        .counted("soldiers")
        .count("10,000", 10000.0)
        .count("2,000", 2000.0)
        .counted("soldiers")
        .pct("25%", 25.0)
        .count("8,000", 8000.0)
        .num("400", 400.0, NumberKind::Measure)
        .unit("t")
        .num("500", 500.0, NumberKind::Measure)
        .unit("t")
        .pct("20%", 20.0)
        .count("1,200", 1200.0)
        .counted("civilians")
        .count("700", 700.0)
        .count("300", 300.0)
        .count("200", 200.0);
    wire_troop_sources(figures)
        .att_at("a monitoring group", "a monitoring group based in Vienna", None, "said", "up to 12,000 troops could", false)
        .att_at("Officials in", "Officials in Southland", None, "said", "8,000 of the soldiers", true)
        .att_at(
            "\u{201C}We have",
            "Ostrander",
            Some("Defence Minister Karl Ostrander"),
            "said",
            "We have no intention of crossing any line",
            false,
        )
        .att_at("The United Nations", "The United Nations", Some("United Nations"), "said", "a total of 1,200 civilians", false)
}

#[test]
fn the_story_shows_the_conflict() {
    let b = story();
    let f = b.findings(FindingKind::FigureConflict);
    assert_eq!(f.len(), 1, "{f:#?}");
    let m = &f[0].message;
    assert!(m.contains("about 10,000 (Northland Defence Ministry)"), "{m}");
    assert!(m.contains("11,000 (Southland\u{2019}s military intelligence service)"), "{m}");
    assert!(m.contains("up to 12,000 (a monitoring group based in Vienna)"), "{m}");
    // The 8,000 that crossed is a part of the whole, not a rival estimate.
    assert!(!m.contains("8,000"), "{m}");
}

#[test]
fn the_story_shows_the_checked_relations() {
    let b = story();
    let f = b.findings(FindingKind::Arithmetic);
    let by_rule = |r: &str| f.iter().find(|x| x.rule == r).unwrap_or_else(|| panic!("no {r} in {f:#?}"));
    let maj = by_rule("arithmetic.proportion");
    assert_eq!(maj.severity, Severity::Info);
    assert!(maj.message.contains("8,000 \u{F7} 10,000 = 80%"), "{}", maj.message);
    let pct = by_rule("arithmetic.percent_of");
    assert_eq!(pct.severity, Severity::Info);
    assert!(pct.message.contains("25% of 8,000 = 2,000"), "{}", pct.message);
    let change = by_rule("arithmetic.change");
    assert_eq!(change.severity, Severity::Check, "400 to 500 is 25%, the story says 20%");
    assert!(change.message.contains("(500 \u{2212} 400) \u{F7} 400 = 25%"), "{}", change.message);
    let total = by_rule("arithmetic.total");
    assert_eq!(total.severity, Severity::Info);
    assert!(total.message.contains("700 + 300 + 200 = 1,200"), "{}", total.message);
    spans_ok(b.text, &f);
}

#[test]
fn the_story_shows_the_opinion_and_the_boilerplate() {
    let b = story();
    let (s, f) = b.run();
    let class_of = |needle: &str| s.iter().find(|x| x.span.slice(WIRE).contains(needle)).map(|x| x.class);
    assert_eq!(class_of("I suspect"), Some(SentenceClass::Opinion));
    assert_eq!(class_of("Click here"), Some(SentenceClass::Boilerplate));
    assert_eq!(class_of("By Ana Ruiz"), Some(SentenceClass::Boilerplate));
    assert_eq!(class_of("put the figure at 11,000"), Some(SentenceClass::Claim));
    assert!(f.iter().any(|x| x.kind == FindingKind::Opinion && x.spans.iter().any(|sp| sp.slice(WIRE) == "I suspect")));
    assert!(f.iter().any(|x| x.kind == FindingKind::Boilerplate && x.spans[0].slice(WIRE).starts_with("Click here")));
    assert!(f.iter().any(|x| x.kind == FindingKind::VagueSource && x.spans[0].slice(WIRE) == "Officials in Southland"));
    spans_ok(WIRE, &f);
}

/// The findings on the wire story, as a reader sees them (hand-built engine
/// output, so only the checks can change this snapshot).
#[test]
fn wire_story_findings_snapshot() {
    let b = story();
    let (s, f) = b.run();
    let lines: Vec<String> = f
        .iter()
        .map(|x| {
            format!(
                "{:?}/{:?} {} | {} | {}",
                x.kind,
                x.severity,
                x.rule,
                x.message,
                x.spans.iter().map(|s| s.slice(WIRE)).collect::<Vec<_>>().join(" / ")
            )
        })
        .chain(s.iter().map(|x| format!("{:?} {:.2} {} | {}", x.class, x.checkworthy, x.why.rule, x.why.reason)))
        .collect();
    insta::assert_snapshot!(lines.join("\n"));
}
