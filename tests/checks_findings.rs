//! Figure conflicts and wording findings on sentences written for these
//! tests, with hand-built engine output.
#![cfg(not(target_arch = "wasm32"))]
mod checks_common;
use checks_common::*;
use factcheck::model::{FindingKind, NumberKind, QualifierKind, SentenceClass, Severity};

const TROOPS: &str = "The defence ministry estimates that 10,000 troops have been sent to the border. \
Military intelligence puts the figure at 11,000 troops. \
A regional monitor said up to 12,000 troops could be there.";

fn troops() -> B<'static> {
    B::new(TROOPS)
        .count("10,000", 10000.0)
        .counted("troops")
        .count("11,000", 11000.0)
        .counted("troops")
        .count("12,000", 12000.0)
        .qual("up to", QualifierKind::AtMost)
        .counted("troops")
        .att("The defence ministry", Some("Defence Ministry"), "estimates", "10,000 troops have been sent to the border", false)
        .att("Military intelligence", None, "puts the figure", "at 11,000 troops", false)
        .att("A regional monitor", None, "said", "up to 12,000 troops could be there", false)
}

#[test]
fn conflict_lists_every_figure_with_its_source() {
    let b = troops();
    let f = b.findings(FindingKind::FigureConflict);
    assert_eq!(f.len(), 1, "{f:?}");
    let m = &f[0].message;
    assert!(m.starts_with("Figures to reconcile"), "{m}");
    for part in
        ["10,000 (Defence Ministry)", "11,000 (Military intelligence)", "up to 12,000 (A regional monitor)", "\u{201C}troops\u{201D}"]
    {
        assert!(m.contains(part), "{part} missing in {m}");
    }
    assert_eq!(f[0].severity, Severity::Check);
    assert_eq!(f[0].spans.len(), 3);
    assert_eq!(f[0].spans[2].slice(b.text), "up to 12,000");
    for w in ["false", "wrong", "lie", "incorrect"] {
        assert!(!m.to_lowercase().split(|c: char| !c.is_alphabetic()).any(|x| x == w), "verdict word {w} in {m}");
    }
    spans_ok(b.text, &f);
}

#[test]
fn conflict_follows_the_thing_counted_not_the_position_or_unit() {
    // Same kind and position pattern, different things counted: no conflict.
    let b = B::new("The army sent 10,000 troops. The city housed 11,000 refugees.")
        .count("10,000", 10000.0)
        .counted("troops")
        .count("11,000", 11000.0)
        .counted("refugees");
    assert!(b.findings(FindingKind::FigureConflict).is_empty());
    // Same unit, different things: no conflict.
    let m = B::new("The road is 40 km long. The river is 45 km long.")
        .num("40", 40.0, NumberKind::Measure)
        .unit("km")
        .num("45", 45.0, NumberKind::Measure)
        .unit("km");
    assert!(m.findings(FindingKind::FigureConflict).is_empty());
    // Synonyms count one thing: soldiers and troops.
    let s = B::new("Kyiv said 5,000 soldiers crossed. Moscow said 6,000 troops crossed.")
        .count("5,000", 5000.0)
        .counted("soldiers")
        .count("6,000", 6000.0)
        .counted("troops");
    assert_eq!(s.findings(FindingKind::FigureConflict).len(), 1);
    // The same figure twice is no conflict.
    let same = B::new("Kyiv said 5,000 soldiers crossed. Moscow also said 5,000 soldiers crossed.")
        .count("5,000", 5000.0)
        .counted("soldiers")
        .count("5,000", 5000.0)
        .counted("soldiers");
    assert!(same.findings(FindingKind::FigureConflict).is_empty());
    // Far apart in size: different quantities (killed vs deployed).
    let far = B::new("Three soldiers were killed. The army has 9,000 soldiers in the area.")
        .count("Three", 3.0)
        .counted("soldiers")
        .count("9,000", 9000.0)
        .counted("soldiers");
    assert!(far.findings(FindingKind::FigureConflict).is_empty());
}

#[test]
fn a_bare_figure_inherits_what_the_previous_one_counted() {
    let b = B::new("One side estimates 10,000 troops, another 11,000, and a third up to 12,000.")
        .count("10,000", 10000.0)
        .counted("troops")
        .count("11,000", 11000.0)
        .count("12,000", 12000.0);
    // One sentence, set side by side as alternatives (`another`, `a third`).
    let f = b.findings(FindingKind::FigureConflict);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].spans.len(), 3);
    // Parts of one event listed with `and` are not alternatives.
    let parts = B::new("Three soldiers were killed and five soldiers were wounded.")
        .count("Three", 3.0)
        .counted("soldiers")
        .count("five", 5.0)
        .counted("soldiers");
    assert!(parts.findings(FindingKind::FigureConflict).is_empty());
    // Across sentences they conflict.
    let c = B::new("One side estimates 10,000 troops. Another puts it at 11,000 troops.")
        .count("10,000", 10000.0)
        .counted("troops")
        .count("11,000", 11000.0)
        .counted("troops");
    assert_eq!(c.findings(FindingKind::FigureConflict).len(), 1);
}

#[test]
fn parts_of_a_relation_are_not_conflicts() {
    let b = B::new("About 8,000 soldiers have crossed, a majority of the 10,000 soldiers sent.")
        .count("8,000", 8000.0)
        .counted("soldiers")
        .count("10,000", 10000.0)
        .counted("soldiers");
    assert!(b.findings(FindingKind::FigureConflict).is_empty());
    assert_eq!(b.findings(FindingKind::Arithmetic).len(), 1);
}

#[test]
fn vague_sources() {
    let b = B::new("Officials said 300 people were evacuated. Experts say the dam is old.")
        .count("300", 300.0)
        .counted("people")
        .att("Officials", None, "said", "300 people were evacuated", true)
        .att("Experts", None, "say", "the dam is old", true);
    let f = b.findings(FindingKind::VagueSource);
    assert_eq!(f.len(), 2);
    assert_eq!(f[0].spans[0].slice(b.text), "Officials");
    assert_eq!(f[0].severity, Severity::Check, "a figure from a vague source is worth a check");
    assert_eq!(f[1].severity, Severity::Info);
    assert!(f[1].message.contains("not named"));
}

#[test]
fn hedges_outside_quotes_only() {
    let b = B::new("The minister reportedly resigned on Friday. \u{201C}He allegedly took bribes,\u{201D} a rival said.");
    let f = b.findings(FindingKind::Hedge);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].spans[0].slice(b.text), "reportedly");
    assert_eq!(f[0].rule, "hedge.reported");
}

#[test]
fn classes_opinion_boilerplate_question_claim_other() {
    let text = "Fuel prices rose 12% in March, the highest in a decade.\n\
I suspect the worst is yet to come.\n\
Will the government act?\n\
Click here to sign up for our newsletter.\n\
By Jane Roe and Sam Poe\n\
It was a grey morning.\n\
\u{201C}I think we will win,\u{201D} the mayor said.";
    let b = B::new(text).pct("12%", 12.0).att("the mayor", None, "said", "I think we will win", false);
    let (s, f) = b.run();
    let classes: Vec<SentenceClass> = s.iter().map(|x| x.class).collect();
    use SentenceClass::*;
    assert_eq!(classes, [Claim, Opinion, Question, Boilerplate, Boilerplate, Other, Claim], "{s:#?}");
    assert!(s[0].checkworthy >= 0.6, "{}", s[0].checkworthy);
    assert!(s[0].why.reason.contains("a figure (12%)") && s[0].why.reason.contains("trend"), "{}", s[0].why.reason);
    assert_eq!(s[1].why.rule, "opinion.first_person");
    assert_eq!(s[3].why.rule, "boilerplate.link");
    assert_eq!(s[4].why.rule, "boilerplate.byline");
    assert_eq!(s[3].checkworthy, 0.0);
    assert!(s[5].checkworthy < 0.3);
    // Findings for the opinion and the boilerplate lines, and the unsourced claim.
    let kinds: Vec<FindingKind> = f.iter().map(|x| x.kind).collect();
    assert!(kinds.contains(&FindingKind::Opinion));
    assert_eq!(kinds.iter().filter(|k| **k == FindingKind::Boilerplate).count(), 2);
    assert!(kinds.contains(&FindingKind::UnattributedClaim), "{f:?}");
    spans_ok(text, &f);
}

#[test]
fn predictions_by_the_writer_are_opinion_but_attributed_ones_are_not() {
    let b = B::new("The ceasefire will likely collapse within weeks. Analysts said the ceasefire will likely collapse.").att(
        "Analysts",
        None,
        "said",
        "the ceasefire will likely collapse.",
        true,
    );
    let (s, _) = b.run();
    assert_eq!(s[0].class, SentenceClass::Opinion);
    assert_ne!(s[1].class, SentenceClass::Opinion);
}

#[test]
fn boilerplate_words_inside_a_long_report_sentence_do_not_make_it_boilerplate() {
    let b = B::new("More than 2,000 families who sign up for the programme this year will receive a grant of up to 500 euros from the regional government.")
        .count("2,000", 2000.0);
    let (s, _) = b.run();
    assert_eq!(s[0].class, SentenceClass::Claim);
}

#[test]
fn bad_input_never_panics() {
    for t in ["", " ", "\u{201C}", "?", "...\n\n...", "<p>click here</p>", "\u{0}\u{1}\u{FFFD}", "a\u{0301}\u{200B}b."] {
        let (s, f) = B::new(t).run();
        spans_ok(t, &f);
        for x in s {
            assert!(x.span.end <= t.len());
        }
    }
}

#[test]
fn calls_to_action_only_as_an_opening_imperative() {
    let (s, _) = B::new("Sign up for our morning briefing.\nThe mayor wants to sign up 5,000 volunteers.").count("5,000", 5000.0).run();
    assert_eq!(s[0].class, SentenceClass::Boilerplate);
    assert_eq!(s[1].class, SentenceClass::Claim);
}

#[test]
fn a_speculative_word_does_not_hide_a_figure() {
    let (s, f) = B::new("Perhaps most striking, the flood displaced 12,000 people.").count("12,000", 12000.0).run();
    assert_eq!(s[0].class, SentenceClass::Claim);
    assert!(f.iter().all(|x| x.kind != FindingKind::Opinion));
    let (s, _) = B::new("Perhaps the talks will resume.").run();
    assert_eq!(s[0].class, SentenceClass::Opinion);
}
