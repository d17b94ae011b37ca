//! The word tables of the checks, as data: every list a `WordList`, every
//! table with a value a sorted `WordMap`; callers look words up case-folded
//! (`crate::lower::fold`, through [`is`] and `has_folded`). No offsets here.
use crate::model::Measure;
use crate::wordlist::{WordList, WordMap};

/// How a stated share or multiple compares with the computed one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cmp {
    /// About the stated value (within 2.5 points, or 5% of a multiple).
    Eq,
    /// Within 5 points (`about half`), or 10% of a multiple.
    Approx,
    /// Just under it (`nearly half`: up to 10 points below).
    Nearly,
    Above,
    Below,
}

/// Is token `w` the (lower-case) word `x`, case aside?
pub fn is(w: &str, x: &str) -> bool {
    crate::lower::fold(w).as_str() == x
}

/// Words for one thing counted: (word as written, the head it maps to).
#[rustfmt::skip]
pub static SAME_THING: WordMap<&str> = WordMap::new(&[
    ("children", "child"), ("civilians", "civilian"), ("individuals", "person"), ("men", "man"), ("people", "person"),
    ("personnel", "soldier"), ("persons", "person"), ("soldiers", "soldier"), ("troop", "soldier"), ("troops", "soldier"),
    ("women", "woman"),
]);
/// Things counted that are not one quantity across a text (`points`, `times`).
#[rustfmt::skip]
pub static STOP_HEADS: WordList = crate::words![
    "point", "time", "figure", "number", "one", "way", "thing", "part", "step", "round", "year", "day", "week", "month", "hour",
    "minute", "second", "percent", "ruling", "score", "other", "estimate", "them", "edge", "lead", "margin", "gap",
];
/// Words between two figures of one sentence that set them side by side
/// as alternatives (`11,000, while a monitor said up to 12,000`).
pub static ALTERNATIVES: WordList = crate::words!["another", "others", "while", "whereas", "but", "versus", "vs", "against"];
/// Nouns that stand for a figure given before (`put the figure at`).
pub static ANAPHOR_NOUNS: WordList = crate::words!["figure", "number", "estimate", "estimates", "tally", "count"];
/// Verbs of a revised figure (`that has increased to`, `revised to`).
#[rustfmt::skip]
pub static REVISED: WordList = crate::words![
    "increased", "risen", "rose", "grown", "grew", "climbed", "fallen", "fell", "dropped", "declined", "revised", "raised",
    "lowered", "updated",
];
/// Words before a preposition phrase that names a scope (`in Russia`, `near the border`).
pub static SCOPE_PREPS: WordList = crate::words!["in", "near", "among", "inside", "outside", "across", "within"];
/// Words that end a scope phrase.
#[rustfmt::skip]
pub static SCOPE_STOP: WordList = crate::words![
    "and", "or", "but", "that", "who", "which", "since", "after", "before", "by", "for", "with", "to", "from", "as", "were", "was",
    "is", "are", "had", "have", "has", "said", "says", "the", "a", "an", "of", "on", "while", "than", "last", "this", "next",
    "represent", "represents", "remain", "remains", "live", "could", "would", "will", "may", "might", "must", "can", "should",
    "did", "do", "does", "now", "then", "also", "still", "say", "told", "so", "far", "alone", "each", "per", "according",
];
/// Words after `in` that make no place (`in favour`, `in total`, `in the first half`).
#[rustfmt::skip]
pub static NOT_PLACE: WordList = crate::words![
    "favour", "favor", "total", "all", "fact", "addition", "response", "part", "turn", "order", "return", "support", "opposition",
    "cash", "kind", "person", "advance", "line", "time", "first", "second", "third", "fourth", "half", "recent", "past", "coming",
    "years", "months", "weeks", "days", "charge", "power", "office", "contrast", "particular", "short", "general",
];
/// Words dropped from a scope or counted phrase (`the region` = `region`).
pub static DETERMINERS: WordList = crate::words!["the", "its", "their", "his", "her", "all", "those", "these", "our", "some", "a", "an"];
/// Months and weekdays: times.
#[rustfmt::skip]
pub static TIME_WORDS: WordList = crate::words![
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "spring", "summer",
    "autumn", "winter",
];
/// Periods after `this`, `last`, `next`, `so far this`, `per`, `a`.
pub static PERIODS: WordList = crate::words!["year", "month", "week", "day", "quarter", "decade", "hour", "season", "term"];
/// Words before a period that make it a time (`this year`) or a rate (`a year`).
#[rustfmt::skip]
pub static PERIOD_LEAD: WordMap<bool> = WordMap::new(&[
    ("a", true), ("an", true), ("each", true), ("every", true), ("last", false), ("next", false), ("past", false), ("per", true),
    ("this", false),
]);
/// Cue verbs whose subject gives a figure no attribution holds (`the UN has put the figure at`).
#[rustfmt::skip]
pub static CUES: WordList = crate::words![
    "put", "puts", "estimated", "estimates", "assessed", "reported", "counted", "said", "says", "gave", "gives", "revised",
    "raised", "lowered",
];
/// Words between a source and its cue (`has`, `now`), or a figure and what is said of it (`were`).
#[rustfmt::skip]
pub static AUX: WordList = crate::words![
    "has", "have", "had", "now", "also", "later", "since", "were", "was", "are", "is", "been", "be", "being", "still", "already",
    "reportedly", "would", "could", "will", "may",
];
/// Pronouns: they name no source on their own.
pub static PRONOUNS: WordList = crate::words!["it", "they", "he", "she", "we", "this", "that", "which", "who", "its", "their"];
/// Words that make a figure an average or a rate on their own.
pub static AVERAGE: WordList = crate::words!["average", "averaged", "averaging", "mean", "median"];
pub static RATE: WordList = crate::words!["annually", "daily", "monthly", "weekly", "yearly", "capita", "apiece"];
/// Words after a count that make it a change (`1,200 more jobs`).
pub static CHANGE_AFTER: WordList = crate::words!["more", "fewer", "less", "extra", "additional", "new"];

/// Proportion words: (word, share in percent, how it compares).
pub static PROPORTIONS: WordMap<(f64, Cmp)> =
    WordMap::new(&[("majority", (50.0, Cmp::Above)), ("minority", (50.0, Cmp::Below)), ("most", (50.0, Cmp::Above))]);
/// Fraction words: (word, denominator); a multiplier before it (`two-thirds`).
#[rustfmt::skip]
pub static FRACTIONS: WordMap<f64> = WordMap::new(&[
    ("fifth", 5.0), ("fifths", 5.0), ("fourth", 4.0), ("half", 2.0), ("quarter", 4.0), ("quarters", 4.0), ("tenth", 10.0),
    ("tenths", 10.0), ("third", 3.0), ("thirds", 3.0),
]);
/// Multipliers before a fraction word, and before `times` (`three times`).
#[rustfmt::skip]
pub static MULTIPLIERS: WordMap<f64> = WordMap::new(&[
    ("a", 1.0), ("double", 2.0), ("five", 5.0), ("four", 4.0), ("one", 1.0), ("quadruple", 4.0), ("three", 3.0),
    ("treble", 3.0), ("triple", 3.0), ("twice", 2.0), ("two", 2.0),
]);
/// Number words among the multipliers: a multiple only before `times`.
pub static NUMERALS: WordList = crate::words!["a", "one", "two", "three", "four", "five"];
/// Words before a share or multiple that loosen or bound it.
#[rustfmt::skip]
pub static MODIFIERS: WordMap<Cmp> = WordMap::new(&[
    ("about", Cmp::Approx), ("above", Cmp::Above), ("almost", Cmp::Nearly), ("approximately", Cmp::Approx),
    ("around", Cmp::Approx), ("below", Cmp::Below), ("fewer", Cmp::Below), ("less", Cmp::Below), ("more", Cmp::Above),
    ("nearly", Cmp::Nearly), ("over", Cmp::Above), ("roughly", Cmp::Approx), ("some", Cmp::Approx), ("under", Cmp::Below),
]);
/// Change multipliers: (word, factor).
pub static FACTORS: WordMap<f64> =
    WordMap::new(&[("doubled", 2.0), ("halved", 0.5), ("quadrupled", 4.0), ("trebled", 3.0), ("tripled", 3.0)]);
#[rustfmt::skip]
pub static RISE: WordList = crate::words![
    "rose", "risen", "rise", "increase", "increased", "up", "grew", "grown", "gain", "jumped", "climbed", "surged", "soared",
    "higher",
];
#[rustfmt::skip]
pub static FALL: WordList = crate::words![
    "fell", "fallen", "fall", "decrease", "decreased", "down", "dropped", "drop", "declined", "decline", "plunged", "cut", "lower",
];
/// Nouns of a margin between two figures (`a 9-point lead`).
pub static MARGINS: WordList = crate::words!["lead", "edge", "margin", "advantage", "gap", "deficit", "difference", "spread"];
/// Rate periods in days.
#[rustfmt::skip]
pub static DAYS: WordMap<f64> = WordMap::new(&[
    ("day", 1.0), ("days", 1.0), ("month", 30.4375), ("months", 30.4375), ("week", 7.0), ("weeks", 7.0), ("year", 365.25),
    ("years", 365.25),
]);
/// Words of a stated total (`in all`, `altogether`).
pub static TOTALS: WordList = crate::words!["totaling", "totalling", "altogether", "combined"];
/// Words that say the listed parts are some of the total, not all.
pub static INCLUDING: WordList = crate::words!["including", "among", "includes", "include"];
/// Words that introduce parts after a total (`a total of 40: 12 …`).
pub static INTRODUCE: WordList = crate::words!["including", "among", "of", "whom", "which", "from"];
/// Measures as named in messages.
pub const fn measure_name(m: Measure) -> &'static str {
    match m {
        Measure::Total => "total",
        Measure::Average => "average",
        Measure::Rate => "rate",
        Measure::Share => "share",
        Measure::Change => "change",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn every_table_is_clean() {
        #[rustfmt::skip]
        let lists = [
            &STOP_HEADS, &ALTERNATIVES, &ANAPHOR_NOUNS, &REVISED, &SCOPE_PREPS, &SCOPE_STOP, &NOT_PLACE, &PRONOUNS, &DETERMINERS,
            &TIME_WORDS, &PERIODS, &CUES, &AUX, &AVERAGE, &RATE, &CHANGE_AFTER, &RISE, &FALL, &MARGINS, &NUMERALS, &TOTALS,
            &INCLUDING, &INTRODUCE,
        ];
        let mut p: Vec<String> = lists.iter().flat_map(|l| l.problems()).collect();
        p.extend(SAME_THING.problems());
        p.extend(PERIOD_LEAD.problems());
        p.extend(PROPORTIONS.problems());
        p.extend(FRACTIONS.problems());
        p.extend(MULTIPLIERS.problems());
        p.extend(MODIFIERS.problems());
        p.extend(FACTORS.problems());
        p.extend(DAYS.problems());
        assert!(p.is_empty(), "{p:?}");
        // and the check itself fires on a bad row
        assert!(!crate::words!["in", "in"].problems().is_empty());
    }
}
