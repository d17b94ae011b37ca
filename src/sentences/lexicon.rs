//! The word tables behind sentence classes, check-worthiness and the
//! hedge/opinion/boilerplate findings, and a phrase matcher over tokens.
//! Each entry is data: a lower-case phrase (words separated by spaces; `’`
//! is read as `'`), a stable rule id and a short note for messages.
//! The matcher indexes entries by first word once; a lookup is a hash probe
//! per word token plus a bounded compare (phrases are at most 6 words).
//! Works on token indices; no byte offsets here.
use crate::rules::Rule;
use crate::fasthash::Map as HashMap;
use std::sync::OnceLock;

use crate::doc::Doc;
use crate::text::Tok;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    /// Links, calls to action, share prompts, bylines, credits.
    Boilerplate,
    /// The writer's own view in the first person.
    FirstPerson,
    /// Predictions, normative or speculative wording.
    Prediction,
    /// Words that soften or distance a statement.
    Hedge,
    /// Change over time, cause and effect.
    Trend,
    /// Comparisons and superlatives.
    Comparison,
    /// Definite events.
    Event,
    /// Where a figure comes from (`according to`, `data from`).
    SourceMarker,
}

pub struct Entry {
    pub phrase: &'static str,
    pub rule: Rule,
    pub note: &'static str,
}

const fn e(phrase: &'static str, rule: Rule, note: &'static str) -> Entry {
    Entry { phrase, rule, note }
}

pub const BOILERPLATE: &[Entry] = &[
    e("click here", Rule::BoilerplateLink, "a link prompt"),
    e("click the link", Rule::BoilerplateLink, "a link prompt"),
    e("read more", Rule::BoilerplateLink, "a link prompt"),
    e("read the full", Rule::BoilerplateLink, "a link prompt"),
    e("related coverage", Rule::BoilerplateLink, "a related-links line"),
    e("related articles", Rule::BoilerplateLink, "a related-links line"),
    e("sign up", Rule::BoilerplateCallToAction, "a call to action"),
    e("subscribe to", Rule::BoilerplateCallToAction, "a call to action"),
    e("subscribe now", Rule::BoilerplateCallToAction, "a call to action"),
    e("download our app", Rule::BoilerplateCallToAction, "a call to action"),
    e("our newsletter", Rule::BoilerplateCallToAction, "a call to action"),
    e("follow us", Rule::BoilerplateShare, "a share prompt"),
    e("share this", Rule::BoilerplateShare, "a share prompt"),
    e("share on", Rule::BoilerplateShare, "a share prompt"),
    e("like us on", Rule::BoilerplateShare, "a share prompt"),
    e("all rights reserved", Rule::BoilerplateCredit, "a copyright line"),
    e("copyright", Rule::BoilerplateCredit, "a copyright line"),
    e("contributed reporting", Rule::BoilerplateCredit, "a reporting credit"),
    e("contributed to this report", Rule::BoilerplateCredit, "a reporting credit"),
    e("reporting by", Rule::BoilerplateCredit, "a reporting credit"),
    e("editing by", Rule::BoilerplateCredit, "a reporting credit"),
    e("writing by", Rule::BoilerplateCredit, "a reporting credit"),
    e("advertisement", Rule::BoilerplateAd, "an advertisement marker"),
];

pub const FIRST_PERSON: &[Entry] = &[
    e("i think", Rule::OpinionFirstPerson, "the writer's own view"),
    e("i believe", Rule::OpinionFirstPerson, "the writer's own view"),
    e("i suspect", Rule::OpinionFirstPerson, "the writer's own view"),
    e("i feel", Rule::OpinionFirstPerson, "the writer's own view"),
    e("i doubt", Rule::OpinionFirstPerson, "the writer's own view"),
    e("i expect", Rule::OpinionFirstPerson, "the writer's own prediction"),
    e("i fear", Rule::OpinionFirstPerson, "the writer's own view"),
    e("i hope", Rule::OpinionFirstPerson, "the writer's own view"),
    e("i wonder", Rule::OpinionFirstPerson, "the writer's own view"),
    e("i would argue", Rule::OpinionFirstPerson, "the writer's own view"),
    e("i'd argue", Rule::OpinionFirstPerson, "the writer's own view"),
    e("we believe", Rule::OpinionFirstPerson, "the writer's own view"),
    e("we think", Rule::OpinionFirstPerson, "the writer's own view"),
    e("we suspect", Rule::OpinionFirstPerson, "the writer's own view"),
    e("we expect", Rule::OpinionFirstPerson, "the writer's own prediction"),
    e("we fear", Rule::OpinionFirstPerson, "the writer's own view"),
    e("in my view", Rule::OpinionFirstPerson, "the writer's own view"),
    e("in our view", Rule::OpinionFirstPerson, "the writer's own view"),
    e("in my opinion", Rule::OpinionFirstPerson, "the writer's own view"),
    e("my guess is", Rule::OpinionFirstPerson, "the writer's own view"),
    e("it seems to me", Rule::OpinionFirstPerson, "the writer's own view"),
    e("one suspects", Rule::OpinionFirstPerson, "the writer's own view"),
];

pub const PREDICTION: &[Entry] = &[
    e("will probably", Rule::OpinionPrediction, "a prediction"),
    e("will likely", Rule::OpinionPrediction, "a prediction"),
    e("is likely to", Rule::OpinionPrediction, "a prediction"),
    e("are likely to", Rule::OpinionPrediction, "a prediction"),
    e("is bound to", Rule::OpinionPrediction, "a prediction"),
    e("may well", Rule::OpinionPrediction, "a speculation"),
    e("it remains to be seen", Rule::OpinionPrediction, "a speculation"),
    e("only time will tell", Rule::OpinionPrediction, "a speculation"),
    e("perhaps", Rule::OpinionSpeculation, "a speculation"),
    e("probably", Rule::OpinionSpeculation, "a speculation"),
    e("arguably", Rule::OpinionSpeculation, "a judgement"),
    e("ought to", Rule::OpinionNormative, "a judgement of what should happen"),
];

pub const HEDGES: &[Entry] = &[
    e("reportedly", Rule::HedgeReported, "reportedly"),
    e("allegedly", Rule::HedgeAlleged, "allegedly"),
    e("alleged", Rule::HedgeAlleged, "alleged"),
    e("purportedly", Rule::HedgeAlleged, "purportedly"),
    e("apparently", Rule::HedgeApparent, "apparently"),
    e("appears to", Rule::HedgeApparent, "appears to"),
    e("appear to", Rule::HedgeApparent, "appear to"),
    e("seems to", Rule::HedgeApparent, "seems to"),
    e("seem to", Rule::HedgeApparent, "seem to"),
    e("possibly", Rule::HedgePossible, "possibly"),
    e("may have", Rule::HedgePossible, "may have"),
    e("might have", Rule::HedgePossible, "might have"),
    e("could have", Rule::HedgePossible, "could have"),
    e("is believed to", Rule::HedgeBelief, "is believed to"),
    e("are believed to", Rule::HedgeBelief, "are believed to"),
    e("is thought to", Rule::HedgeBelief, "is thought to"),
    e("are thought to", Rule::HedgeBelief, "are thought to"),
    e("is said to", Rule::HedgeBelief, "is said to"),
    e("are said to", Rule::HedgeBelief, "are said to"),
    e("unconfirmed", Rule::HedgeUnconfirmed, "unconfirmed"),
    e("could not be independently verified", Rule::HedgeUnconfirmed, "could not be independently verified"),
    e("could not be verified", Rule::HedgeUnconfirmed, "could not be verified"),
];

pub const TREND: &[Entry] = &[
    e("increased", Rule::WorthyTrend, "a trend"), e("increase", Rule::WorthyTrend, "a trend"),
    e("rose", Rule::WorthyTrend, "a trend"), e("risen", Rule::WorthyTrend, "a trend"),
    e("fell", Rule::WorthyTrend, "a trend"), e("fallen", Rule::WorthyTrend, "a trend"),
    e("dropped", Rule::WorthyTrend, "a trend"), e("declined", Rule::WorthyTrend, "a trend"),
    e("decreased", Rule::WorthyTrend, "a trend"), e("grew", Rule::WorthyTrend, "a trend"),
    e("surged", Rule::WorthyTrend, "a trend"), e("soared", Rule::WorthyTrend, "a trend"),
    e("plunged", Rule::WorthyTrend, "a trend"), e("jumped", Rule::WorthyTrend, "a trend"),
    e("doubled", Rule::WorthyTrend, "a trend"), e("tripled", Rule::WorthyTrend, "a trend"),
    e("halved", Rule::WorthyTrend, "a trend"), e("record", Rule::WorthyTrend, "a record"),
    e("because", Rule::WorthyCausal, "a cause"), e("due to", Rule::WorthyCausal, "a cause"),
    e("caused", Rule::WorthyCausal, "a cause"), e("led to", Rule::WorthyCausal, "a cause"),
    e("as a result", Rule::WorthyCausal, "a cause"), e("resulted in", Rule::WorthyCausal, "a cause"),
];

pub const COMPARISON: &[Entry] = &[
    e("than", Rule::WorthyComparison, "a comparison"), e("largest", Rule::WorthyComparison, "a superlative"),
    e("biggest", Rule::WorthyComparison, "a superlative"), e("highest", Rule::WorthyComparison, "a superlative"),
    e("lowest", Rule::WorthyComparison, "a superlative"), e("smallest", Rule::WorthyComparison, "a superlative"),
    e("worst", Rule::WorthyComparison, "a superlative"), e("best", Rule::WorthyComparison, "a superlative"),
    e("most", Rule::WorthyComparison, "a superlative"), e("fewest", Rule::WorthyComparison, "a superlative"),
    e("first time", Rule::WorthyComparison, "a first"), e("only", Rule::WorthyComparison, "an exclusive claim"),
    e("majority", Rule::WorthyComparison, "a proportion"),
];

pub const EVENT: &[Entry] = &[
    e("killed", Rule::WorthyEvent, "an event"), e("died", Rule::WorthyEvent, "an event"),
    e("arrested", Rule::WorthyEvent, "an event"), e("signed", Rule::WorthyEvent, "an event"),
    e("voted", Rule::WorthyEvent, "an event"), e("approved", Rule::WorthyEvent, "an event"),
    e("passed", Rule::WorthyEvent, "an event"), e("launched", Rule::WorthyEvent, "an event"),
    e("attacked", Rule::WorthyEvent, "an event"), e("deployed", Rule::WorthyEvent, "an event"),
    e("announced", Rule::WorthyEvent, "an event"), e("won", Rule::WorthyEvent, "an event"),
    e("lost", Rule::WorthyEvent, "an event"), e("fired", Rule::WorthyEvent, "an event"),
    e("sent", Rule::WorthyEvent, "an event"), e("crossed", Rule::WorthyEvent, "an event"),
    e("charged", Rule::WorthyEvent, "an event"), e("injured", Rule::WorthyEvent, "an event"),
    e("wounded", Rule::WorthyEvent, "an event"), e("resigned", Rule::WorthyEvent, "an event"),
];

pub const SOURCE_MARKERS: &[Entry] = &[
    e("according to", Rule::SourceAccordingTo, "a named source"),
    e("data from", Rule::SourceData, "a data source"),
    e("figures from", Rule::SourceData, "a data source"),
    e("a report by", Rule::SourceReport, "a report"),
    e("a study", Rule::SourceReport, "a study"),
    e("a survey", Rule::SourceReport, "a survey"),
    e("a poll", Rule::SourceReport, "a poll"),
    e("census", Rule::SourceData, "a data source"),
    e("statistics", Rule::SourceData, "a data source"),
];

/// Every table the matcher knows.
pub const TABLES: &[(Table, &[Entry])] = &[
    (Table::Boilerplate, BOILERPLATE),
    (Table::FirstPerson, FIRST_PERSON),
    (Table::Prediction, PREDICTION),
    (Table::Hedge, HEDGES),
    (Table::Trend, TREND),
    (Table::Comparison, COMPARISON),
    (Table::Event, EVENT),
    (Table::SourceMarker, SOURCE_MARKERS),
];

/// One match: the table, the entry and its token range `[first, last)`.
#[derive(Clone, Copy)]
pub struct Hit {
    pub table: Table,
    pub entry: &'static Entry,
    pub first: usize,
    pub last: usize,
}

struct Compiled {
    table: Table,
    entry: &'static Entry,
    rest: Vec<&'static str>,
}

fn index() -> &'static HashMap<&'static str, Vec<Compiled>> {
    static INDEX: OnceLock<HashMap<&'static str, Vec<Compiled>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut m: HashMap<&'static str, Vec<Compiled>> = HashMap::default();
        for (table, entries) in TABLES {
            for entry in entries.iter() {
                let mut words = entry.phrase.split(' ');
                let head = words.next().unwrap_or("");
                m.entry(head).or_default().push(Compiled { table: *table, entry, rest: words.collect() });
            }
        }
        m
    })
}

// General word helpers live in `crate::text`; named here too until every
// engine imports them from there.
pub use crate::text::{norm, word_is};

/// Calls `f` for every phrase matched inside tokens `[first, last)`.
pub fn scan(doc: &Doc, first: usize, last: usize, mut f: impl FnMut(Hit)) {
    let idx = index();
    let mut buf = String::with_capacity(32);
    for i in first..last.min(doc.tokens.len()) {
        if doc.tokens[i].kind != Tok::Word {
            continue;
        }
        let Some(cands) = idx.get(norm(doc.t(i), &mut buf)) else { continue };
        for c in cands {
            let end = i + 1 + c.rest.len();
            if end > last {
                continue;
            }
            if c.rest.iter().enumerate().all(|(k, w)| word_is(doc.t(i + 1 + k), w)) {
                f(Hit { table: c.table, entry: c.entry, first: i, last: end });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every phrase once in all the tables (a second row with another rule
    /// would be silently ignored by whichever the matcher meets second),
    /// written as the matcher reads it: lower case, single spaces, `'` for `’`.
    #[test]
    fn phrase_tables_have_no_duplicate_or_unreadable_rows() {
        let mut seen = std::collections::HashMap::new();
        let mut bad = Vec::new();
        for (table, entries) in TABLES {
            for e in entries.iter() {
                let mut buf = String::new();
                let readable = e.phrase.split(' ').all(|w| !w.is_empty() && norm(w, &mut buf) == w) && e.phrase.split(' ').count() <= 6;
                if !readable {
                    bad.push(format!("{:?}: not lower case, single-spaced and at most 6 words", e.phrase));
                }
                if let Some(first) = seen.insert(e.phrase, *table) {
                    bad.push(format!("{:?} is listed twice ({first:?} and {table:?})", e.phrase));
                }
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
        assert!(seen.len() > 100);
    }
}
