//! The whole pipeline (numbers and attribution engines included) on the
//! wire-story fixture: the analysis shows the figure conflict, the checked
//! relations, the writer's opinion and the boilerplate, and every finding's
//! span lies inside the text and quotes it exactly (UTF-16 offsets).
#![cfg(not(target_arch = "wasm32"))]
use factcheck::model::{Analysis, FindingKind, SentenceClass, Severity, Span};

const WIRE: &str = include_str!("fixtures/wire_story.txt");

fn analyse(t: &str) -> Analysis<Span> {
    factcheck::analyze(t, &Default::default()).unwrap()
}

/// Every span quotes the text at its UTF-16 offsets.
fn quotes_exactly(t: &str, a: &Analysis<Span>) {
    let units: Vec<u16> = t.encode_utf16().collect();
    let check = |s: &Span| {
        assert!(s.start <= s.end && s.end <= units.len(), "{s:?}");
        assert_eq!(String::from_utf16(&units[s.start..s.end]).unwrap(), s.text);
    };
    for f in &a.findings {
        assert!(!f.spans.is_empty());
        f.spans.iter().for_each(check);
        assert!(!f.message.is_empty());
    }
    a.sentences.iter().for_each(|s| check(&s.span));
}

#[test]
fn wire_story_end_to_end() {
    let a = analyse(WIRE);
    quotes_exactly(WIRE, &a);
    let of = |k: FindingKind| a.findings.iter().filter(move |f| f.kind == k);
    let conflict = of(FindingKind::FigureConflict).next().expect("a figure conflict");
    for fig in ["about 10,000", "11,000", "up to 12,000"] {
        assert!(conflict.spans.iter().any(|s| s.text == fig), "{fig} in {conflict:?}");
    }
    assert!(conflict.message.starts_with("Figures to reconcile"));
    let maj = of(FindingKind::Arithmetic).find(|f| f.rule == "arithmetic.proportion").expect("the majority relation");
    assert_eq!(maj.severity, Severity::Info);
    let change = of(FindingKind::Arithmetic).find(|f| f.rule == "arithmetic.change").expect("the change relation");
    assert_eq!(change.severity, Severity::Check, "{}", change.message);
    assert!(of(FindingKind::Opinion).any(|f| f.spans.iter().any(|s| s.text == "I suspect")));
    assert!(of(FindingKind::Boilerplate).any(|f| f.spans[0].text.starts_with("Click here")));
    let class = |needle: &str| a.sentences.iter().find(|s| s.span.text.contains(needle)).map(|s| s.class);
    assert_eq!(class("I suspect"), Some(SentenceClass::Opinion));
    assert_eq!(class("Click here"), Some(SentenceClass::Boilerplate));
    assert_eq!(class("11,000 troops"), Some(SentenceClass::Claim));
}

#[test]
fn spans_quote_the_text_on_awkward_input() {
    let texts = [
        "\u{1F4E2} Officials said 300 people \u{1F3E0} were evacuated. \u{1F30A} The mayor said 450 people were evacuated.",
        "\u{201C}Unbalanced quote. 5,000 troops, another 6,000.\u{a0}\u{2014} the end",
        "<p>Click <a href=\"x\">here</a> for 3 free issues.</p>",
        "a majority of the 10 of 20 out of 30 rose from 1 to 2 from 3 to",
        "",
    ];
    for t in texts {
        quotes_exactly(t, &analyse(t));
    }
    let long = WIRE.repeat(40);
    quotes_exactly(&long, &analyse(&long));
}

mod fuzz {
    use super::*;
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "from",
        "to",
        "of",
        "the",
        "out",
        "a",
        "majority",
        "half",
        "two-thirds",
        "total",
        "in",
        "all",
        "rose",
        "fell",
        "doubled",
        "said",
        "officials",
        "I",
        "suspect",
        "click",
        "here",
        "10,000",
        "8",
        "25%",
        "$4 million",
        "from 4 to 5",
        ".",
        ",",
        ":",
        "?",
        "\u{201C}",
        "\u{201D}",
        "\"",
        "\u{2014}",
        "\u{1F600}",
        "\n",
        "\n\n",
        "U.S.",
        "Sen.",
        "Nov.",
        "\u{a0}",
        "troops",
        "people",
        "and",
        "percent",
        "up to",
        "about",
        "By",
        "Jane",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn any_mix_of_pieces_gives_exact_spans(idx in proptest::collection::vec(0..PIECES.len(), 0..60)) {
            let t: String = idx.iter().map(|&i| PIECES[i]).collect::<Vec<_>>().join(" ");
            let a = analyse(&t);
            quotes_exactly(&t, &a);
            for f in [factcheck::export::Format::W3c, factcheck::export::Format::Markdown, factcheck::export::Format::ClaimReview] {
                let _ = factcheck::export::export(&t, &a, f);
            }
        }
    }
}
