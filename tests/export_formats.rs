//! Exports: the W3C JSON-LD parses and every selector re-anchors to the same
//! text (code points, also after emoji); the ClaimReview drafts carry no
//! rating and name the resolved speaker; the Markdown checklist lists each
//! finding, claim and figure with its sentence.
#![cfg(not(target_arch = "wasm32"))]
mod checks_common;
use checks_common::*;
use factcheck::export::{export, Format};
use factcheck::model::{Analysis, NumberKind, Span};
use serde_json::Value;

const EMOJI: &str = "\u{1F4E2} Officials said 300 people \u{1F3E0} were evacuated. \u{1F30A} The mayor said 450 people were evacuated.\nI suspect the worst is over \u{1F91E}.\nClick here to share \u{2764}\u{FE0F}.";

fn emoji() -> B<'static> {
    B::new(EMOJI)
        .count("300", 300.0)
        .counted("people")
        .count("450", 450.0)
        .counted("people")
        .att("Officials", None, "said", "300 people \u{1F3E0} were evacuated", true)
        .att_at("The mayor", "The mayor", Some("Mayor Lina Berg"), "said", "450 people were evacuated", false)
}

fn wire() -> B<'static> {
    wire_troop_sources(wire_troops())
}

/// Checks every annotation's selectors against the text, in code points.
fn reanchors(text: &str, a: &Analysis<Span>) -> usize {
    let out = export(text, a, Format::W3c);
    let v: Value = serde_json::from_str(&out).expect("W3C export is JSON");
    assert_eq!(v["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(v["type"], "AnnotationCollection");
    let chars: Vec<char> = text.chars().collect();
    let items = v["first"]["items"].as_array().expect("items");
    assert_eq!(v["total"].as_u64(), Some(items.len() as u64));
    let mut ids = std::collections::HashSet::new();
    for it in items {
        assert_eq!(it["type"], "Annotation");
        assert!(ids.insert(it["id"].as_str().unwrap().to_string()), "ids are unique");
        assert!(!it["body"][0]["value"].as_str().unwrap().is_empty());
        let targets: Vec<&Value> = match &it["target"] {
            Value::Array(a) => a.iter().collect(),
            t => vec![t],
        };
        for t in targets {
            let sel = t["selector"].as_array().unwrap();
            let quote = sel.iter().find(|s| s["type"] == "TextQuoteSelector").unwrap();
            let pos = sel.iter().find(|s| s["type"] == "TextPositionSelector").unwrap();
            let (s, e) = (pos["start"].as_u64().unwrap() as usize, pos["end"].as_u64().unwrap() as usize);
            let exact: String = chars[s..e].iter().collect();
            assert_eq!(exact, quote["exact"].as_str().unwrap(), "position and quote agree");
            let prefix = quote["prefix"].as_str().unwrap();
            let suffix = quote["suffix"].as_str().unwrap();
            let pn = prefix.chars().count();
            assert_eq!(chars[s - pn..s].iter().collect::<String>(), prefix);
            assert_eq!(chars[e..e + suffix.chars().count()].iter().collect::<String>(), suffix);
            // Re-anchoring by quote finds the same place.
            let whole = format!("{prefix}{exact}{suffix}");
            let at = text.find(&whole).expect("quote with context is in the text");
            assert_eq!(text[..at].chars().count() + pn, s);
        }
    }
    items.len()
}

#[test]
fn w3c_selectors_reanchor_in_code_points() {
    let b = emoji();
    let a = b.analysis();
    let n = reanchors(EMOJI, &a);
    let claims = a.sentences.iter().filter(|s| s.class == factcheck::model::SentenceClass::Claim).count();
    assert_eq!(n, a.attributions.len() + claims + a.numbers.len() + a.findings.len());
    // UTF-16 and code points differ here: the export must not pass UTF-16 through.
    let n300 = &a.numbers[0].span;
    let out: Value = serde_json::from_str(&export(EMOJI, &a, Format::W3c)).unwrap();
    let hit = out["first"]["items"].as_array().unwrap().iter().find(|i| i["body"][1]["value"] == "number").unwrap();
    let start = hit["target"]["selector"][1]["start"].as_u64().unwrap() as usize;
    assert_eq!(start, n300.start - 1, "one emoji before: one UTF-16 unit more than code points");
}

#[test]
fn w3c_on_the_wire_story_and_on_the_full_pipeline() {
    let b = wire();
    reanchors(b.text, &b.analysis());
    for t in [EMOJI, b.text, "", "\u{1F600}", "No numbers. None at all?"] {
        let a = factcheck::analyze(t, &Default::default()).unwrap();
        reanchors(t, &a);
    }
}

fn has_key(v: &Value, pred: &dyn Fn(&str) -> bool) -> bool {
    match v {
        Value::Object(m) => m.iter().any(|(k, x)| pred(k) || has_key(x, pred)),
        Value::Array(a) => a.iter().any(|x| has_key(x, pred)),
        _ => false,
    }
}

#[test]
fn claimreview_drafts_have_no_rating_and_name_the_speaker() {
    let b = emoji();
    let out = export(EMOJI, &b.analysis(), Format::ClaimReview);
    let v: Value = serde_json::from_str(&out).expect("ClaimReview export is JSON");
    let drafts = v.as_array().unwrap();
    assert_eq!(drafts.len(), 2, "{out}");
    for d in drafts {
        assert_eq!(d["@type"], "ClaimReview");
        assert_eq!(d["@context"], "https://schema.org");
        assert_eq!(d["creativeWorkStatus"], "Draft");
        assert!(!d["claimReviewed"].as_str().unwrap().is_empty());
        assert_eq!(d["itemReviewed"]["@type"], "Claim");
    }
    assert!(!has_key(&v, &|k| k.to_lowercase().contains("rating")), "a draft carries no rating: {out}");
    assert_eq!(drafts[1]["itemReviewed"]["author"]["name"], "Mayor Lina Berg");
    // A short reported content is given in its sentence.
    assert_eq!(drafts[1]["claimReviewed"], "\u{1F30A} The mayor said 450 people were evacuated.");
    // A vague source is not made into an author.
    assert!(drafts[0]["itemReviewed"].get("author").is_none(), "{out}");
}

#[test]
fn markdown_checklist_reads_as_a_ticket() {
    let b = wire();
    let a = b.analysis();
    let md = export(b.text, &a, Format::Markdown);
    assert!(md.starts_with("# Fact-check checklist\n"));
    assert!(md.contains("## To check first"), "{md}");
    assert!(md.contains("- [ ] **Figure conflict**: Figures to reconcile"), "{md}");
    assert!(md.contains("## Claims and who makes them"));
    assert!(
        md.contains(
            "- [ ] **Northland Defence Ministry** (reported, \u{201C}said\u{201D}): \u{201C}about 10,000 troops had been deployed\u{201D}"
        ),
        "{md}"
    );
    assert!(md.contains("## Figures"));
    assert!(md.contains("- [ ] **about 10,000** (count, counts \u{201C}troops\u{201D}); source: Northland Defence Ministry"), "{md}");
    assert!(md.contains("  > The Northland defence ministry said about 10,000 troops"), "the sentence it stands in");
    assert!(md.contains("## For information"));
    assert!(md.contains("I suspect"), "the opinion line is listed");
    assert!(!md.contains("rating"));
    // Every finding's message is there.
    for f in &a.findings {
        let first_words: String = f.message.chars().take(20).collect();
        assert!(md.contains(&factcheck::export::markdown::md(&first_words)), "{first_words}");
    }
}

#[test]
fn markdown_escapes_markup() {
    let t = "The *plan* cost $4 [million] <b>, said_the_ministry.";
    let b = B::new(t).num("4", 4.0, NumberKind::Money);
    let md = export(t, &b.analysis(), Format::Markdown);
    assert!(md.contains("The \\*plan\\* cost $4 \\[million\\] \\<b\\>"), "{md}");
}
