//! A candidate attribution as the finders produce it: source and cue as
//! token ranges, content as a UTF-8 byte span, the rule that found it.
use crate::model::Sp;
use crate::rules::Rule;

/// A candidate attribution: source and cue as token ranges, content in bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct Cand {
    pub source: Option<(usize, usize)>,
    pub cue: Option<(usize, usize)>,
    pub content: Sp,
    pub direct: bool,
    pub rule: Rule,
    /// The neutral explanation when the source is not named.
    pub vague: Option<&'static str>,
    /// The `and`/`but` that opens this attribution's clause, when it is
    /// coordinated with an earlier one (token index).
    pub conj: Option<usize>,
}

impl Cand {
    pub fn new(source: Option<(usize, usize)>, cue: Option<(usize, usize)>, content: Sp, direct: bool, rule: Rule) -> Self {
        Cand { source, cue, content, direct, rule, vague: None, conj: None }
    }
}
