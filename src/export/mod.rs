//! Exports of a finished analysis (contract shape, UTF-16 offsets): W3C Web
//! Annotation JSON-LD (`w3c`, code-point selectors), a Markdown checklist
//! (`markdown`) and schema.org ClaimReview drafts (`claimreview`). This file
//! holds the dispatch and the lookups they share (UTF-16 → code points,
//! the sentence around a span).
pub mod claimreview;
pub mod markdown;
pub mod w3c;

use crate::model::{Analysis, Finding, Identity, Sentence, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    W3c,
    Markdown,
    ClaimReview,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "w3c" => Some(Format::W3c),
            "markdown" | "md" => Some(Format::Markdown),
            "claimreview" => Some(Format::ClaimReview),
            _ => None,
        }
    }
}

/// The export of `analysis` (which must be the analysis of `text`).
pub fn export(text: &str, analysis: &Analysis<Span>, format: Format) -> String {
    match format {
        Format::W3c => w3c::export(text, analysis),
        Format::Markdown => markdown::export(text, analysis),
        Format::ClaimReview => claimreview::export(text, analysis),
    }
}

/// UTF-16 offsets to code points: they differ only after astral chars
/// (two UTF-16 units, one code point), so only those are remembered.
pub struct CodePoints {
    /// UTF-16 offset of each astral char, ascending.
    astral: Vec<usize>,
    /// UTF-16 offset → byte offset checkpoints are not needed: the text
    /// is re-sliced by code points only in [`CodePoints::slice`].
    chars: Vec<char>,
}

impl CodePoints {
    pub fn new(text: &str) -> Self {
        let mut astral = Vec::new();
        let mut u = 0usize;
        for c in text.chars() {
            if c.len_utf16() == 2 {
                astral.push(u);
            }
            u += c.len_utf16();
        }
        CodePoints { astral, chars: text.chars().collect() }
    }

    /// The code-point offset of UTF-16 offset `u` (a char boundary).
    pub fn of(&self, u: usize) -> usize {
        u - self.astral.partition_point(|&a| a < u)
    }

    pub fn len(&self) -> usize {
        self.chars.len()
    }

    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    /// The text between two code-point offsets (clamped).
    pub fn slice(&self, start: usize, end: usize) -> String {
        let e = end.min(self.chars.len());
        self.chars[start.min(e)..e].iter().collect()
    }
}

/// The sentence holding the start of `sp`, if any (sentences are sorted).
pub fn sentence_of<'a>(a: &'a Analysis<Span>, sp: &Span) -> Option<&'a Sentence<Span>> {
    let k = a.sentences.partition_point(|s| s.span.end <= sp.start);
    a.sentences.get(k).filter(|s| s.span.start <= sp.start)
}

/// One line of text: whitespace runs (line breaks too) become one space.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A stable id for the text: FNV-1a 64 of its bytes.
pub fn text_id(text: &str) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in text.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("urn:factcheck:text:fnv1a64-{h:016x}")
}

/// Does this source text name someone? A bare pronoun or relative
/// (`they`, `who`) does not.
pub fn names_someone(s: &str) -> bool {
    s.trim().contains(' ') || s.trim().chars().next().is_some_and(|c| c.is_uppercase())
}

/// The smallest span covering an attribution's source, cue and content.
pub fn cover(x: &crate::model::Attribution<Span>) -> (usize, usize) {
    let spans = [Some(&x.content), x.source.as_ref(), x.cue.as_ref()];
    let lo = spans.iter().flatten().map(|s| s.start).min().unwrap_or(0);
    let hi = spans.iter().flatten().map(|s| s.end).max().unwrap_or(0);
    (lo, hi)
}

/// A figure's identity in words: `counts “displaced people”, in the
/// province, this year, total, given by the ministry`.
pub fn identity_text(id: &Identity) -> String {
    let mut p: Vec<String> = id.counted.iter().map(|c| format!("counts \u{201C}{c}\u{201D}")).collect();
    p.extend(id.scope.iter().cloned());
    if id.subset {
        p.push("a part of a larger figure".into());
    }
    p.extend(id.time.iter().cloned());
    p.push(id.measure.as_str().into());
    p.push(format!("given by {}", id.stated_by.as_deref().unwrap_or("the writer")));
    p.join(", ")
}

/// A finding in words: its message, the computation, the quantity and why.
pub fn finding_text(f: &Finding<Span>) -> String {
    let mut t = f.message.clone();
    if let Some(c) = &f.computation {
        t.push_str(&format!(" Computation: {c}."));
    }
    if let Some(id) = &f.identity {
        t.push_str(&format!(" Quantity: {}.", identity_text(&Identity { stated_by: Some("each source".into()), ..id.clone() })));
    }
    t.push_str(&format!(" Why: {}", f.reason));
    t
}
