//! Word tables of the numbers engine: number words, scales, ordinals,
//! months, name and time words, and the short word lists the readers
//! consult. Data only, as [`WordMap`]s (sorted, binary search) and
//! [`WordList`]s (packed); callers look up `crate::lower::fold`ed words
//! unless a table says it is case-sensitive. No offsets here.
pub use crate::wordlist::cmp_key;
use crate::wordlist::{WordList, WordMap};

/// The engine's lookups on every [`WordMap`], by `&str` or by bytes
/// ([`WordMap::get_bytes`]: a binary search with the inlined [`cmp_key`]).
pub trait Look<T> {
    fn look_bytes(&self, key: &[u8]) -> Option<T>;
    fn look(&self, key: &str) -> Option<T> {
        self.look_bytes(key.as_bytes())
    }
    fn holds(&self, key: &str) -> bool {
        self.look(key).is_some()
    }
}

impl<T: Copy + PartialEq + std::fmt::Debug> Look<T> for WordMap<T> {
    #[inline]
    fn look_bytes(&self, k: &[u8]) -> Option<T> {
        self.get_bytes(k)
    }
}

/// Cardinal words below one hundred.
pub static CARDINALS: WordMap<u32> = WordMap::new(&[
    ("eight", 8), ("eighteen", 18), ("eighty", 80), ("eleven", 11), ("fifteen", 15),
    ("fifty", 50), ("five", 5), ("forty", 40), ("four", 4), ("fourteen", 14),
    ("naught", 0), ("nine", 9), ("nineteen", 19), ("ninety", 90), ("nought", 0), ("one", 1), ("seven", 7),
    ("seventeen", 17), ("seventy", 70), ("six", 6), ("sixteen", 16), ("sixty", 60),
    ("ten", 10), ("thirteen", 13), ("thirty", 30), ("three", 3), ("twelve", 12),
    ("twenty", 20), ("two", 2), ("zero", 0),
]);

/// Multipliers: words and the abbreviations news uses after digits.
pub static SCALES: WordMap<f64> = WordMap::new(&[
    ("b", 1e9), ("bil", 1e9), ("billion", 1e9), ("billions", 1e9), ("bln", 1e9), ("bn", 1e9),
    ("cr", 1e7), ("crore", 1e7), ("crores", 1e7), ("dozen", 12.0), ("dozens", 12.0),
    ("hundred", 100.0), ("hundreds", 100.0), ("k", 1e3), ("koti", 1e7), ("krore", 1e7), ("krores", 1e7),
    ("lac", 1e5), ("lacs", 1e5), ("lakh", 1e5), ("lakhs", 1e5), ("lkh", 1e5), ("lkhs", 1e5), ("m", 1e6), ("mil", 1e6), ("mill", 1e6), ("million", 1e6),
    ("millions", 1e6), ("mln", 1e6), ("mn", 1e6), ("thousand", 1e3), ("thousands", 1e3),
    ("tn", 1e12), ("trillion", 1e12), ("trillions", 1e12), ("trn", 1e12),
]);

/// Scale words that may stand after a number word (abbreviations only follow digits).
pub static WORD_SCALES: WordList = crate::words!["hundred", "thousand", "million", "billion", "trillion", "lakh", "crore", "dozen", "lac", "cr", "krore", "koti"];

/// [`WORD_SCALES`] has the (folded) word `w`.
pub fn is_word_scale(w: &str) -> bool {
    WORD_SCALES.has(w)
}

/// Scale words after plain digits that make a word number: `4 thousand 3 hundred`.
pub static MIXED_SCALES: WordList = crate::words!["thousand", "lakh", "crore", "million", "billion", "trillion"];

/// Words (besides cardinals and ordinals) that may open a number.
/// A map (searched like the cardinals) because it is asked about every word.
pub static OPENERS: WordMap<()> = WordMap::new(&[
    ("a", ()), ("an", ()), ("billions", ()), ("dozens", ()), ("half", ()), ("hundreds", ()), ("millions", ()),
    ("point", ()), ("quarter", ()), ("tens", ()), ("thousands", ()), ("trillions", ()),
]);

/// Words before `half`/`quarter` that make it a part, not a fraction: `the second half`.
pub static PART_BEFORE_HALF: WordList = crate::words!["first", "second", "third", "fourth", "final", "other", "the", "latter", "former", "1st", "2nd"];

/// Vague plurals and their lower bound: `hundreds`, `tens of thousands`.
pub static VAGUE: WordMap<f64> = WordMap::new(&[
    ("billions", 1e9), ("dozens", 12.0), ("hundreds", 100.0), ("millions", 1e6), ("tens", 10.0),
    ("thousands", 1e3), ("trillions", 1e12),
]);

/// Vague plurals that may follow `of`: `tens of thousands`.
pub static VAGUE_AFTER_OF: WordList = crate::words!["thousands", "millions", "billions"];

/// Ordinal words: (word, value, plural). Plural forms are denominators.
pub static ORDINALS: WordMap<(f64, bool)> = WordMap::new(&[
    ("billionth", (1e9, false)), ("billionths", (1e9, true)),
    ("eighteenth", (18.0, false)), ("eighteenths", (18.0, true)),
    ("eighth", (8.0, false)), ("eighths", (8.0, true)), ("eightieth", (80.0, false)),
    ("eleventh", (11.0, false)), ("elevenths", (11.0, true)),
    ("fifteenth", (15.0, false)), ("fifteenths", (15.0, true)), ("fifth", (5.0, false)),
    ("fifths", (5.0, true)), ("fiftieth", (50.0, false)), ("fiftieths", (50.0, true)),
    ("first", (1.0, false)), ("firsts", (1.0, true)), ("fortieth", (40.0, false)),
    ("fortieths", (40.0, true)), ("fourteenth", (14.0, false)), ("fourth", (4.0, false)),
    ("fourths", (4.0, true)), ("hundredth", (100.0, false)), ("hundredths", (100.0, true)),
    ("millionth", (1e6, false)), ("millionths", (1e6, true)), ("nineteenth", (19.0, false)),
    ("ninetieth", (90.0, false)), ("ninth", (9.0, false)), ("ninths", (9.0, true)),
    ("second", (2.0, false)), ("seconds", (2.0, true)), ("seventeenth", (17.0, false)),
    ("seventh", (7.0, false)), ("sevenths", (7.0, true)), ("seventieth", (70.0, false)),
    ("sixteenth", (16.0, false)), ("sixteenths", (16.0, true)), ("sixth", (6.0, false)),
    ("sixths", (6.0, true)), ("sixtieth", (60.0, false)), ("sixtieths", (60.0, true)),
    ("tenth", (10.0, false)), ("tenths", (10.0, true)), ("third", (3.0, false)),
    ("thirds", (3.0, true)), ("thirteenth", (13.0, false)), ("thirtieth", (30.0, false)),
    ("thirtieths", (30.0, true)), ("thousandth", (1e3, false)), ("thousandths", (1e3, true)),
    ("trillionth", (1e12, false)), ("trillionths", (1e12, true)), ("twelfth", (12.0, false)),
    ("twelfths", (12.0, true)), ("twentieth", (20.0, false)), ("twentieths", (20.0, true)),
]);

/// Fraction words that are not ordinals.
pub static FRACTIONS: WordMap<(f64, bool)> = WordMap::new(&[
    ("half", (2.0, false)), ("halves", (2.0, true)), ("quarter", (4.0, false)),
    ("quarters", (4.0, true)),
]);

/// Ordinal suffixes after digits: 1st, 2nd, 3rd, 4th (case-sensitive).
pub static ORDINAL_SUFFIXES: WordList = crate::words!["st", "nd", "rd", "th", "ST", "ND", "RD", "TH"];

/// [`ORDINAL_SUFFIXES`] has `w` as written.
pub fn is_ordinal_suffix(w: &str) -> bool {
    w.len() == 2 && ORDINAL_SUFFIXES.has(w)
}

/// Month names and abbreviations: (word, month number).
pub static MONTHS: WordMap<u8> = WordMap::new(&[
    ("apr", 4), ("april", 4), ("aug", 8), ("august", 8), ("dec", 12), ("december", 12),
    ("feb", 2), ("february", 2), ("jan", 1), ("january", 1), ("jul", 7), ("july", 7),
    ("jun", 6), ("june", 6), ("mar", 3), ("march", 3), ("may", 5), ("nov", 11),
    ("november", 11), ("oct", 10), ("october", 10), ("sep", 9), ("sept", 9),
    ("september", 9),
]);

/// Words that name a thing when a number follows them: `Article 5`,
/// `Boeing 737`, `Flight 370`. The number is then part of a name.
pub static NAME_BEFORE: WordList = WordList::new(
    "airbus|amendment|apollo|art|article|boeing|building|bus|channel|chapter|clause|covid|day|episode|\
    exhibit|fig|figure|flight|formula|ftse|galaxy|gate|highway|interstate|ipad|iphone|level|nasdaq|no|\
    nos|number|page|para|paragraph|part|phase|pixel|platform|playstation|pp|proposition|psalm|room|\
    route|rule|section|stage|suite|table|title|vol|volume|windows|xbox|",
);

/// Words after a clock time (case-sensitive): `9:30 pm`, `10 GMT`.
pub static TIME_SUFFIXES: WordList = crate::words!["am", "pm", "a.m", "p.m", "a.m.", "p.m.", "AM", "PM", "A.M.", "P.M.", "GMT", "UTC", "EST", "EDT", "BST", "ET", "PT", "PST", "PDT", "CET", "o'clock"];

/// [`TIME_SUFFIXES`] has `w` as written.
pub fn is_time_suffix(w: &str) -> bool {
    // asked after every number: most words fail on their first letter
    w.len() <= 7 && matches!(w.as_bytes().first(), Some(b'a' | b'p' | b'A' | b'P' | b'G' | b'U' | b'E' | b'B' | b'C' | b'o')) && TIME_SUFFIXES.has(w)
}

/// Words naming a thing before a number even in lower case: `covid-19`.
pub static ALWAYS_NAME: WordList = crate::words!["covid", "boeing", "airbus", "iphone", "ipad", "xbox", "playstation", "apollo", "ftse", "nasdaq", "windows"];

/// Words before `one` that make it a pronoun: `the one`, `a new one`.
pub static ONE_PRONOUN_AFTER: WordList = crate::words![
    "the", "this", "that", "which", "every", "any", "no", "each", "some", "someone", "everyone", "anyone", "little",
    "only", "last", "new", "big", "right", "wrong", "first", "next", "same", "another", "such", "a", "no-",
];

/// Words after `one` that make it a pronoun or a set phrase: `one who`, `one day`.
pub static ONE_PRONOUN_BEFORE: WordList = crate::words![
    "another", "who", "whose", "which", "that", "'s", "\u{2019}s", "day", "way", "thing", "point", "hand", "time", "by", "more", "less", "too",
];

/// Modals and the like after a generic `one`: `one should`.
pub static ONE_GENERIC_BEFORE: WordList = crate::words!["should", "might", "must", "can", "could", "would", "may", "after", "ought"];

/// Words hyphenated with `one` in idioms: `one-on-one`, `hole-in-one`.
pub static ONE_IDIOM: WordList = crate::words!["on", "in", "by", "to", "of", "and", "for", "size", "stop", "liners", "liner", "off", "way", "sided"];

/// Words before a plain four-digit number that make it a year: `in 2019`.
pub static YEAR_CUES: WordList = crate::words![
    "in", "since", "by", "until", "till", "of", "from", "before", "after", "during", "year", "early", "late", "mid", "spring",
    "summer", "autumn", "fall", "winter", "through", "between", "and", "to", "fiscal", "fy", "season", "election", "circa",
    "c.", "around", "for",
];

/// Words between a figure and its duration unit: `3 more weeks`, `two straight days`.
pub static FILLERS: WordList = crate::words!["extra", "more", "additional", "less", "straight", "consecutive", "full", "whole"];

/// Verbs of change: after them `X to Y` is a change and a new level
/// (`rose 15% to $415 million`), not a range. Sorted.
pub static CHANGE_VERBS: WordList = WordList::new(
    "advanced|boosted|climb|climbed|climbing|climbs|cut|decline|declined|declines|declining|decrease|\
    decreased|decreases|dipped|down|drop|dropped|dropping|drops|edged|expanded|fall|fallen|falling|\
    falls|fell|gain|gained|gaining|gains|grew|grow|growing|grown|grows|increase|increased|increases|\
    increasing|jump|jumped|jumps|lifted|lowered|narrowed|plummeted|plunged|raised|rallied|reduced|rise|\
    risen|rises|rising|rose|sank|shrank|slid|slipped|slumped|soared|surged|tumbled|up|widened|",
);

/// Words that end (or cannot start) a counted phrase, sorted.
pub static STOP: WordList = WordList::new(
    "a|about|above|according|across|after|again|against|ago|all|almost|along|already|also|am|among|an|\
    and|another|any|are|around|as|at|back|be|because|been|before|behind|being|below|between|both|but|by|\
    came|can|could|did|do|does|down|during|each|earlier|either|else|even|ever|every|fell|few|for|from|\
    got|had|has|have|having|he|her|here|hers|him|his|how|however|i|if|in|including|into|is|it|its|just|\
    last|later|less|like|made|many|may|me|might|more|most|much|must|my|near|nearly|next|no|nor|not|now|\
    of|off|on|once|one|only|onto|or|other|our|out|over|own|per|rose|said|same|say|says|see|shall|she|\
    should|since|so|some|such|than|that|the|their|them|then|there|these|they|this|those|through|thus|to|\
    today|told|too|toward|towards|under|until|up|upon|us|very|via|was|we|were|what|when|where|whether|\
    which|while|who|whom|whose|why|will|with|within|without|would|yesterday|yet|you|your|",
);

/// Determiners skipped after `of`: `a third of those screened`.
pub static DETS: WordList = crate::words!["the", "these", "those", "its", "their", "his", "her", "our", "your", "my", "all"];

/// Labels with a number after them, in any case: `gate 12`, `platform 9`.
pub static LABEL_BEFORE: WordList = crate::words![
    "gate", "seat", "platform", "room", "route", "terminal", "pier", "row", "berth", "aisle", "ward", "highway", "interstate",
    "flight", "apartment", "suite", "exit", "bay", "hangar", "locker", "carriage",
];

/// Capitalised words that do not make a name with the number after them
/// (weekdays, words that open a sentence or a count): `Tuesday 5`, `Only 5`.
pub static NOT_NAME_BEFORE: WordList = crate::words![
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "only", "just", "nearly", "almost", "about",
    "some", "another", "top", "page", "pp", "between", "aged", "age", "ages", "number", "no", "nos", "minus", "plus", "times",
    "percent", "per", "than", "and", "or", "the",
];

/// Irregular past verbs that follow a count: `5 fled`, `two won`.
pub static PAST_VERBS: WordList = crate::words!["fled", "lost", "won", "went", "took", "saw", "gave", "ran", "left", "fought", "sat", "stood", "drew", "chose", "spoke", "wrote", "met", "bought", "sold", "paid", "built", "held"];

/// Participles used as nouns of people after a count: `50 injured`.
pub static PARTICIPLE_NOUNS: WordList = crate::words!["injured", "wounded", "accused", "deceased", "displaced", "unemployed", "disabled", "infected", "detained", "insured", "vaccinated", "unvaccinated", "employed", "self-employed", "armed", "recovered", "registered", "licensed", "listed", "skilled", "unskilled", "qualified", "retired", "married", "bed", "red", "shed"];

/// Collective nouns that name what a count after `of` counts: `a workforce of 2,000`.
pub static COLLECTIVES: WordList = crate::words!["workforce", "staff", "crowd", "population", "fleet", "army", "force", "audience", "membership", "herd", "flock", "contingent", "convoy", "garrison", "cohort", "electorate", "congregation", "squad", "roster", "delegation", "caravan", "battalion", "brigade"];

/// Plurals without an `s`: after a figure they make it a count (`Reuters 5 people`).
pub static PLURALS: WordList = crate::words!["people", "men", "women", "children", "staff", "police", "cattle", "sheep", "deer", "fish", "personnel", "troops", "feet", "teeth", "mice", "geese"];

/// Words after a figure that make it a count, not part of a name: `Reuters 5 were`.
pub static COUNT_VERBS: WordList = crate::words!["were", "are", "have", "had", "more", "percent"];

/// Unit symbols (case-sensitive) that take an exponent but are not in the unit table: `s−1`, `mol−1`.
pub static EXPONENT_BASES: WordList = crate::words!["s", "mol", "d", "yr", "sr"];

/// Small words that a headline capitalises and prose does not: `Storm Kills 12 In Texas`.
pub static TITLE_SMALL_WORDS: WordList = crate::words!["in", "of", "the", "a", "an", "to", "for", "on", "at", "as", "and", "by", "with", "from", "after", "over", "into"];
