//! Exports of a finished analysis (contract shape, UTF-16 offsets): W3C Web
//! Annotation JSON-LD (code-point selectors), a Markdown checklist and
//! schema.org ClaimReview drafts.
use crate::model::{Analysis, Span};

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

pub fn export(_text: &str, _analysis: &Analysis<Span>, _format: Format) -> String {
    String::new()
}
