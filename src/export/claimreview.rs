//! schema.org ClaimReview **drafts**: one per check-worthy claim, with
//! `claimReviewed` and `itemReviewed` (a `Claim` whose `author` is the
//! resolved speaker). A draft carries no `reviewRating`: the rating is the
//! fact-checker's to give. Reads the contract shape (UTF-16 offsets).

use crate::export::{names_someone, one_line, sentence_of, text_id};
use crate::json::{obj, s as js, J};
use crate::model::{Analysis, Attribution, EntityKind, SentenceClass, Span};

/// A claim sentence from this check-worthiness up gets a draft.
pub const MIN_CHECKWORTHY: f64 = 0.5;

pub fn export(text: &str, a: &Analysis<Span>) -> String {
    let id = text_id(text);
    let mut out: Vec<J> = Vec::new();
    let mut covered: Vec<(usize, usize)> = Vec::new();
    for x in &a.attributions {
        let Some(s) = sentence_of(a, &x.content) else { continue };
        let has_figure = a.numbers.iter().any(|n| x.content.start <= n.span.start && n.span.end <= x.content.end);
        if !(s.class == SentenceClass::Claim && s.checkworthy >= MIN_CHECKWORTHY || has_figure) {
            continue;
        }
        covered.push((s.span.start, s.span.end));
        // A short reported content (`at 11,000 troops`) reads better in its sentence.
        let words = x.content.text.split_whitespace().count();
        let claim = if words < 5 && !x.direct { &s.span.text } else { &x.content.text };
        out.push(draft(&id, &one_line(claim), author(a, x), notes(a, s)));
    }
    for s in a.sentences.iter().filter(|s| s.class == SentenceClass::Claim && s.checkworthy >= MIN_CHECKWORTHY) {
        if covered.contains(&(s.span.start, s.span.end)) {
            continue;
        }
        out.push(draft(&id, &one_line(&s.span.text), None, notes(a, s)));
    }
    J::Arr(out).pretty()
}

/// What the analysis says about a sentence's figures: their identities and
/// the findings touching them (with computation and reason).
fn notes(a: &Analysis<Span>, s: &crate::model::Sentence<Span>) -> Vec<String> {
    let inside = |sp: &Span| s.span.start <= sp.start && sp.end <= s.span.end;
    let mut n: Vec<String> = a
        .numbers
        .iter()
        .filter(|n| inside(&n.span))
        .filter_map(|n| Some(format!("{}: {}.", n.span.text, crate::export::identity_text(n.identity.as_ref()?))))
        .collect();
    n.extend(
        a.findings
            .iter()
            .filter(|f| f.spans.iter().any(inside) && f.computation.is_some() || f.identity.is_some() && f.spans.iter().any(inside))
            .map(crate::export::finding_text),
    );
    n
}

fn draft(id: &str, claim: &str, author: Option<J>, notes: Vec<String>) -> J {
    let mut item = vec![("@type", js("Claim")), ("text", js(claim))];
    if let Some(au) = author {
        item.push(("author", au));
    }
    let mut d = vec![
        ("@context", js("https://schema.org")),
        ("@type", js("ClaimReview")),
        ("creativeWorkStatus", js("Draft")),
        ("claimReviewed", js(claim)),
        ("itemReviewed", obj(item)),
        ("isBasedOn", js(id)),
    ];
    if !notes.is_empty() {
        d.push(("description", js(notes.join(" "))));
    }
    obj(d)
}

/// Words that make an unresolved name an organisation.
pub static ORGANISATION_WORDS: crate::wordlist::WordList =
    crate::organisation_words!(crate::words; "Organisation", "ministry", "service", "group", "agency");

fn person_or_org(name: &str) -> &'static str {
    if name.starts_with("The ") || name.starts_with("the ") || name.split_whitespace().any(|w| ORGANISATION_WORDS.has(w)) {
        "Organization"
    } else {
        "Person"
    }
}

/// The resolved speaker as a schema.org Person or Organization.
fn author(a: &Analysis<Span>, x: &Attribution<Span>) -> Option<J> {
    if let Some(sp) = &x.speaker {
        let kind = a.entities.iter().find(|e| e.id == sp.entity).map(|e| e.kind);
        let ty = match kind {
            Some(EntityKind::Person) => "Person",
            None | Some(EntityKind::Unknown) => person_or_org(&sp.name),
            _ => "Organization",
        };
        return Some(obj(vec![("@type", js(ty)), ("name", js(sp.name.as_str()))]));
    }
    // An unresolved source: `The ministry` reads as an organisation.
    x.source
        .as_ref()
        .filter(|s| !x.vague_source && names_someone(&s.text))
        .map(|s| obj(vec![("@type", js(person_or_org(&s.text))), ("name", js(one_line(&s.text)))]))
}
