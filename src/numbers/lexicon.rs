//! Word tables of the numbers engine: number words, scales, ordinals,
//! months, and the case-insensitive lookup used on every table. Pure data
//! plus a binary search; no offsets here (callers pass token text).

/// A word lower-cased into a stack buffer (ASCII only; other bytes kept).
pub struct Lc {
    buf: [u8; 40],
    len: usize,
}

impl Lc {
    pub fn new(s: &str) -> Lc {
        let mut buf = [0u8; 40];
        let b = s.as_bytes();
        if b.len() > buf.len() {
            return Lc { buf, len: 0 };
        }
        for (d, c) in buf.iter_mut().zip(b) {
            *d = c.to_ascii_lowercase();
        }
        Lc { buf, len: b.len() }
    }
    pub fn as_str(&self) -> &str {
        // Only ASCII bytes were changed, so the bytes stay valid UTF-8.
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

/// Byte-wise order of short keys, without a library call per comparison
/// (inlined into every search: the tables are searched once per token).
#[inline(always)]
pub fn cmp_key(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    let n = a.len().min(b.len());
    let mut i = 0;
    while i < n {
        if a[i] != b[i] {
            return a[i].cmp(&b[i]);
        }
        i += 1;
    }
    a.len().cmp(&b.len())
}

/// Binary search of a table sorted by its lower-case key.
pub fn look<T: Copy>(table: &[(&'static str, T)], key: &str) -> Option<T> {
    let k = key.as_bytes();
    let (mut lo, mut hi) = (0, table.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        match cmp_key(table[mid].0.as_bytes(), k) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return Some(table[mid].1),
        }
    }
    None
}

/// Looks a word up after lower-casing it.
pub fn look_word<T: Copy>(table: &[(&'static str, T)], word: &str) -> Option<T> {
    if word.len() > 40 {
        return None;
    }
    look(table, Lc::new(word).as_str())
}

/// A sorted word set stored as one space-separated text (no pointer per
/// word in the binary), split once on first use into a table for [`look`].
pub struct WordSet {
    text: &'static str,
    words: std::sync::OnceLock<Vec<(&'static str, ())>>,
}

impl WordSet {
    pub const fn new(text: &'static str) -> WordSet {
        WordSet { text, words: std::sync::OnceLock::new() }
    }

    pub fn table(&self) -> &[(&'static str, ())] {
        self.words.get_or_init(|| self.text.split(' ').filter(|w| !w.is_empty()).map(|w| (w, ())).collect())
    }
}

/// Cardinal words below one hundred.
pub static CARDINALS: &[(&str, u32)] = &[
    ("eight", 8), ("eighteen", 18), ("eighty", 80), ("eleven", 11), ("fifteen", 15),
    ("fifty", 50), ("five", 5), ("forty", 40), ("four", 4), ("fourteen", 14),
    ("naught", 0), ("nine", 9), ("nineteen", 19), ("ninety", 90), ("nought", 0), ("one", 1), ("seven", 7),
    ("seventeen", 17), ("seventy", 70), ("six", 6), ("sixteen", 16), ("sixty", 60),
    ("ten", 10), ("thirteen", 13), ("thirty", 30), ("three", 3), ("twelve", 12),
    ("twenty", 20), ("two", 2), ("zero", 0),
];

/// Multipliers: words and the abbreviations news uses after digits.
pub static SCALES: &[(&str, f64)] = &[
    ("b", 1e9), ("bil", 1e9), ("billion", 1e9), ("billions", 1e9), ("bln", 1e9), ("bn", 1e9),
    ("cr", 1e7), ("crore", 1e7), ("crores", 1e7), ("dozen", 12.0), ("dozens", 12.0),
    ("hundred", 100.0), ("hundreds", 100.0), ("k", 1e3), ("koti", 1e7), ("krore", 1e7), ("krores", 1e7),
    ("lac", 1e5), ("lacs", 1e5), ("lakh", 1e5), ("lakhs", 1e5), ("lkh", 1e5), ("lkhs", 1e5), ("m", 1e6), ("mil", 1e6), ("mill", 1e6), ("million", 1e6),
    ("millions", 1e6), ("mln", 1e6), ("mn", 1e6), ("thousand", 1e3), ("thousands", 1e3),
    ("tn", 1e12), ("trillion", 1e12), ("trillions", 1e12), ("trn", 1e12),
];

/// Scale words that may stand after a number word (abbreviations only follow digits).
pub fn is_word_scale(w: &str) -> bool {
    matches!(w, "hundred" | "thousand" | "million" | "billion" | "trillion" | "lakh" | "crore" | "dozen" | "lac" | "cr" | "krore" | "koti")
}

/// Ordinal words: (word, value, plural). Plural forms are denominators.
pub static ORDINALS: &[(&str, (f64, bool))] = &[
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
];

/// Fraction words that are not ordinals.
pub static FRACTIONS: &[(&str, (f64, bool))] = &[
    ("half", (2.0, false)), ("halves", (2.0, true)), ("quarter", (4.0, false)),
    ("quarters", (4.0, true)),
];

/// Ordinal suffixes after digits: 1st, 2nd, 3rd, 4th.
pub fn is_ordinal_suffix(w: &str) -> bool {
    matches!(w, "st" | "nd" | "rd" | "th" | "ST" | "ND" | "RD" | "TH")
}

/// Month names and abbreviations: (word, month number).
pub static MONTHS: &[(&str, u8)] = &[
    ("apr", 4), ("april", 4), ("aug", 8), ("august", 8), ("dec", 12), ("december", 12),
    ("feb", 2), ("february", 2), ("jan", 1), ("january", 1), ("jul", 7), ("july", 7),
    ("jun", 6), ("june", 6), ("mar", 3), ("march", 3), ("may", 5), ("nov", 11),
    ("november", 11), ("oct", 10), ("october", 10), ("sep", 9), ("sept", 9),
    ("september", 9),
];

/// Words that name a thing when a number follows them: `Article 5`,
/// `Boeing 737`, `Flight 370`. The number is then part of a name.
pub static NAME_BEFORE: WordSet = WordSet::new(
    "airbus amendment apollo art article boeing building bus channel chapter clause covid day \
    episode exhibit fig figure flight formula ftse galaxy gate highway interstate ipad iphone \
    level nasdaq no nos number page para paragraph part phase pixel platform playstation pp \
    proposition psalm room route rule section stage suite table title vol volume windows xbox",
);

/// Words after a number that make it part of a name: `Fortune 500 company`
/// is handled by [`NAME_BEFORE`]; these are `the 49ers`-style tails.
pub fn is_time_suffix(w: &str) -> bool {
    matches!(w, "am" | "pm" | "a.m" | "p.m" | "a.m." | "p.m." | "AM" | "PM" | "A.M." | "P.M." | "GMT" | "UTC" | "EST" | "EDT" | "BST" | "ET" | "PT" | "PST" | "PDT" | "CET" | "o'clock")
}

/// Verbs of change: after them `X to Y` is a change and a new level
/// (`rose 15% to $415 million`), not a range. Sorted.
pub static CHANGE_VERBS: WordSet = WordSet::new(
    "advanced boosted climb climbed climbing climbs cut decline declined declines declining \
    decrease decreased decreases dipped down drop dropped dropping drops edged expanded fall \
    fallen falling falls fell gain gained gaining gains grew grow growing grown grows increase \
    increased increases increasing jump jumped jumps lifted lowered narrowed plummeted plunged \
    raised rallied reduced rise risen rises rising rose sank shrank slid slipped slumped soared \
    surged tumbled up widened",
);
