//! The word tables behind sentence classes, check-worthiness and the
//! hedge/opinion/boilerplate findings, and a phrase matcher over tokens.
//! Each entry is data: a lower-case phrase (words separated by spaces; `’`
//! is read as `'`), a stable rule id and a short note for messages.
//! The matcher indexes entries by first word once; a lookup is a hash probe
//! per word token plus a bounded compare (phrases are at most 6 words).
//! Works on token indices; no byte offsets here.
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
    pub rule: &'static str,
    pub note: &'static str,
}

const fn e(phrase: &'static str, rule: &'static str, note: &'static str) -> Entry {
    Entry { phrase, rule, note }
}

pub const BOILERPLATE: &[Entry] = &[
    e("click here", "boilerplate.link", "a link prompt"),
    e("click the link", "boilerplate.link", "a link prompt"),
    e("read more", "boilerplate.link", "a link prompt"),
    e("read the full", "boilerplate.link", "a link prompt"),
    e("related coverage", "boilerplate.link", "a related-links line"),
    e("related articles", "boilerplate.link", "a related-links line"),
    e("sign up", "boilerplate.call_to_action", "a call to action"),
    e("subscribe to", "boilerplate.call_to_action", "a call to action"),
    e("subscribe now", "boilerplate.call_to_action", "a call to action"),
    e("download our app", "boilerplate.call_to_action", "a call to action"),
    e("our newsletter", "boilerplate.call_to_action", "a call to action"),
    e("follow us", "boilerplate.share", "a share prompt"),
    e("share this", "boilerplate.share", "a share prompt"),
    e("share on", "boilerplate.share", "a share prompt"),
    e("like us on", "boilerplate.share", "a share prompt"),
    e("all rights reserved", "boilerplate.credit", "a copyright line"),
    e("copyright", "boilerplate.credit", "a copyright line"),
    e("contributed reporting", "boilerplate.credit", "a reporting credit"),
    e("contributed to this report", "boilerplate.credit", "a reporting credit"),
    e("reporting by", "boilerplate.credit", "a reporting credit"),
    e("editing by", "boilerplate.credit", "a reporting credit"),
    e("writing by", "boilerplate.credit", "a reporting credit"),
    e("advertisement", "boilerplate.ad", "an advertisement marker"),
];

pub const FIRST_PERSON: &[Entry] = &[
    e("i think", "opinion.first_person", "the writer's own view"),
    e("i believe", "opinion.first_person", "the writer's own view"),
    e("i suspect", "opinion.first_person", "the writer's own view"),
    e("i feel", "opinion.first_person", "the writer's own view"),
    e("i doubt", "opinion.first_person", "the writer's own view"),
    e("i expect", "opinion.first_person", "the writer's own prediction"),
    e("i fear", "opinion.first_person", "the writer's own view"),
    e("i hope", "opinion.first_person", "the writer's own view"),
    e("i wonder", "opinion.first_person", "the writer's own view"),
    e("i would argue", "opinion.first_person", "the writer's own view"),
    e("i'd argue", "opinion.first_person", "the writer's own view"),
    e("we believe", "opinion.first_person", "the writer's own view"),
    e("we think", "opinion.first_person", "the writer's own view"),
    e("we suspect", "opinion.first_person", "the writer's own view"),
    e("we expect", "opinion.first_person", "the writer's own prediction"),
    e("we fear", "opinion.first_person", "the writer's own view"),
    e("in my view", "opinion.first_person", "the writer's own view"),
    e("in our view", "opinion.first_person", "the writer's own view"),
    e("in my opinion", "opinion.first_person", "the writer's own view"),
    e("my guess is", "opinion.first_person", "the writer's own view"),
    e("it seems to me", "opinion.first_person", "the writer's own view"),
    e("one suspects", "opinion.first_person", "the writer's own view"),
];

pub const PREDICTION: &[Entry] = &[
    e("will probably", "opinion.prediction", "a prediction"),
    e("will likely", "opinion.prediction", "a prediction"),
    e("is likely to", "opinion.prediction", "a prediction"),
    e("are likely to", "opinion.prediction", "a prediction"),
    e("is bound to", "opinion.prediction", "a prediction"),
    e("may well", "opinion.prediction", "a speculation"),
    e("it remains to be seen", "opinion.prediction", "a speculation"),
    e("only time will tell", "opinion.prediction", "a speculation"),
    e("perhaps", "opinion.speculation", "a speculation"),
    e("probably", "opinion.speculation", "a speculation"),
    e("arguably", "opinion.speculation", "a judgement"),
    e("ought to", "opinion.normative", "a judgement of what should happen"),
];

pub const HEDGES: &[Entry] = &[
    e("reportedly", "hedge.reported", "reportedly"),
    e("allegedly", "hedge.alleged", "allegedly"),
    e("alleged", "hedge.alleged", "alleged"),
    e("purportedly", "hedge.alleged", "purportedly"),
    e("apparently", "hedge.apparent", "apparently"),
    e("appears to", "hedge.apparent", "appears to"),
    e("appear to", "hedge.apparent", "appear to"),
    e("seems to", "hedge.apparent", "seems to"),
    e("seem to", "hedge.apparent", "seem to"),
    e("possibly", "hedge.possible", "possibly"),
    e("may have", "hedge.possible", "may have"),
    e("might have", "hedge.possible", "might have"),
    e("could have", "hedge.possible", "could have"),
    e("is believed to", "hedge.belief", "is believed to"),
    e("are believed to", "hedge.belief", "are believed to"),
    e("is thought to", "hedge.belief", "is thought to"),
    e("are thought to", "hedge.belief", "are thought to"),
    e("is said to", "hedge.belief", "is said to"),
    e("are said to", "hedge.belief", "are said to"),
    e("unconfirmed", "hedge.unconfirmed", "unconfirmed"),
    e("could not be independently verified", "hedge.unconfirmed", "could not be independently verified"),
    e("could not be verified", "hedge.unconfirmed", "could not be verified"),
];

pub const TREND: &[Entry] = &[
    e("increased", "worthy.trend", "a trend"), e("increase", "worthy.trend", "a trend"),
    e("rose", "worthy.trend", "a trend"), e("risen", "worthy.trend", "a trend"),
    e("fell", "worthy.trend", "a trend"), e("fallen", "worthy.trend", "a trend"),
    e("dropped", "worthy.trend", "a trend"), e("declined", "worthy.trend", "a trend"),
    e("decreased", "worthy.trend", "a trend"), e("grew", "worthy.trend", "a trend"),
    e("surged", "worthy.trend", "a trend"), e("soared", "worthy.trend", "a trend"),
    e("plunged", "worthy.trend", "a trend"), e("jumped", "worthy.trend", "a trend"),
    e("doubled", "worthy.trend", "a trend"), e("tripled", "worthy.trend", "a trend"),
    e("halved", "worthy.trend", "a trend"), e("record", "worthy.trend", "a record"),
    e("because", "worthy.causal", "a cause"), e("due to", "worthy.causal", "a cause"),
    e("caused", "worthy.causal", "a cause"), e("led to", "worthy.causal", "a cause"),
    e("as a result", "worthy.causal", "a cause"), e("resulted in", "worthy.causal", "a cause"),
];

pub const COMPARISON: &[Entry] = &[
    e("than", "worthy.comparison", "a comparison"), e("largest", "worthy.comparison", "a superlative"),
    e("biggest", "worthy.comparison", "a superlative"), e("highest", "worthy.comparison", "a superlative"),
    e("lowest", "worthy.comparison", "a superlative"), e("smallest", "worthy.comparison", "a superlative"),
    e("worst", "worthy.comparison", "a superlative"), e("best", "worthy.comparison", "a superlative"),
    e("most", "worthy.comparison", "a superlative"), e("fewest", "worthy.comparison", "a superlative"),
    e("first time", "worthy.comparison", "a first"), e("only", "worthy.comparison", "an exclusive claim"),
    e("majority", "worthy.comparison", "a proportion"),
];

pub const EVENT: &[Entry] = &[
    e("killed", "worthy.event", "an event"), e("died", "worthy.event", "an event"),
    e("arrested", "worthy.event", "an event"), e("signed", "worthy.event", "an event"),
    e("voted", "worthy.event", "an event"), e("approved", "worthy.event", "an event"),
    e("passed", "worthy.event", "an event"), e("launched", "worthy.event", "an event"),
    e("attacked", "worthy.event", "an event"), e("deployed", "worthy.event", "an event"),
    e("announced", "worthy.event", "an event"), e("won", "worthy.event", "an event"),
    e("lost", "worthy.event", "an event"), e("fired", "worthy.event", "an event"),
    e("sent", "worthy.event", "an event"), e("crossed", "worthy.event", "an event"),
    e("charged", "worthy.event", "an event"), e("injured", "worthy.event", "an event"),
    e("wounded", "worthy.event", "an event"), e("resigned", "worthy.event", "an event"),
];

pub const SOURCE_MARKERS: &[Entry] = &[
    e("according to", "source.according_to", "a named source"),
    e("data from", "source.data", "a data source"),
    e("figures from", "source.data", "a data source"),
    e("a report by", "source.report", "a report"),
    e("a study", "source.report", "a study"),
    e("a survey", "source.report", "a survey"),
    e("a poll", "source.report", "a poll"),
    e("census", "source.data", "a data source"),
    e("statistics", "source.data", "a data source"),
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

/// Lower-cases a word into `buf` (`’` read as `'`).
pub fn norm<'b>(word: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
        return buf.as_str();
    }
    for c in word.chars() {
        match c {
            '\u{2019}' | '\u{02BC}' => buf.push('\''),
            c if c.is_ascii() => buf.push(c.to_ascii_lowercase()),
            c => crate::lower::push_lower(buf, c),
        }
    }
    buf.as_str()
}

/// Does token text `tok` equal the lower-case word `w` (ignoring case, `’` = `'`)?
pub fn word_is(tok: &str, w: &str) -> bool {
    // Only `’` (3 bytes) stands for a shorter char (`'`), so a match has
    // between 1 and 3 bytes of `tok` per byte of `w`: a long token (a
    // 100 KB run of digits) is rejected at once, not scanned per call.
    if tok.len() < w.len() || tok.len() > 3 * w.len() {
        return false;
    }
    if tok.is_ascii() {
        return tok.len() == w.len() && tok.bytes().zip(w.bytes()).all(|(x, y)| x.to_ascii_lowercase() == y);
    }
    let mut a = tok.chars().map(|c| if c == '\u{2019}' { '\'' } else { c.to_ascii_lowercase() });
    let mut b = w.chars();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y => {}
            _ => return false,
        }
    }
}

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
