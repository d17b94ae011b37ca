//! The one shape of word list: [`WordList`], a set of words written
//! `words!["is", "was"]`, stored as one `|`-separated string (no pointer per
//! word in the wasm) and turned into a hash set on first use, and
//! [`WordMap`], a sorted table of words with a value each, searched by
//! binary search. Both check themselves for duplicate, unsorted or
//! conflicting rows ([`WordList::problems`], [`WordMap::problems`]); a test
//! runs the checks over every table. Keys are compared as given: callers
//! look up a case-folded word ([`crate::lower::fold`]). No offsets here.
use std::sync::OnceLock;

/// A [`WordList`] from word literals: `words!["is", "was"]`.
#[macro_export]
macro_rules! words {
    ($($w:literal),* $(,)?) => {
        $crate::wordlist::WordList::new(concat!($($w, "|"),*))
    };
}

/// A set of words (see the module comment).
pub struct WordList {
    text: &'static str,
    set: OnceLock<crate::fasthash::Set<&'static str>>,
}

impl WordList {
    pub const fn new(text: &'static str) -> Self {
        WordList { text, set: OnceLock::new() }
    }
    /// Is `w` (as given: fold it first where case does not matter) listed?
    pub fn has(&self, w: &str) -> bool {
        self.set.get_or_init(|| self.iter().collect()).contains(w)
    }
    /// [`WordList::has`] on the case-folded word.
    pub fn has_folded(&self, w: &str) -> bool {
        self.has(crate::lower::fold(w).as_str())
    }
    /// The words in table order.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> {
        self.text.split_terminator('|')
    }
    /// Rows that are empty or listed twice.
    pub fn problems(&self) -> Vec<String> {
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        for w in self.iter() {
            if w.is_empty() || w.trim() != w {
                out.push(format!("empty or padded word {w:?}"));
            }
            if !seen.insert(w) {
                out.push(format!("{w:?} is listed twice"));
            }
        }
        out
    }
}

/// Byte-wise order of short keys, inlined (a slice comparison calls
/// `memcmp` at every step of a search, which made the engines' per-token
/// lookups up to 50% slower).
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

/// A table of words with a value each, sorted by word (byte order).
pub struct WordMap<T: 'static> {
    rows: &'static [(&'static str, T)],
}

impl<T: Copy + PartialEq + std::fmt::Debug> WordMap<T> {
    pub const fn new(rows: &'static [(&'static str, T)]) -> Self {
        WordMap { rows }
    }
    /// The value of `w` (as given), if listed.
    #[inline]
    pub fn get(&self, w: &str) -> Option<T> {
        self.get_bytes(w.as_bytes())
    }
    /// [`WordMap::get`] on a key given as bytes.
    #[inline]
    pub fn get_bytes(&self, w: &[u8]) -> Option<T> {
        self.rows.binary_search_by(|(k, _)| cmp_key(k.as_bytes(), w)).ok().map(|i| self.rows[i].1)
    }
    pub fn has(&self, w: &str) -> bool {
        self.get(w).is_some()
    }
    pub fn rows(&self) -> &'static [(&'static str, T)] {
        self.rows
    }
    /// Rows out of order, listed twice, or listed twice with two values.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        for pair in self.rows.windows(2) {
            let ((a, va), (b, vb)) = (pair[0], pair[1]);
            if a == b {
                out.push(if va == vb { format!("{a:?} is listed twice") } else { format!("{a:?} is listed with {va:?} and {vb:?}") });
            } else if a.as_bytes() > b.as_bytes() {
                out.push(format!("{a:?} comes before {b:?}: the table must be sorted"));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_and_maps_find_and_check_their_rows() {
        let l = crate::words!["said", "told", "said"];
        assert!(l.has("told") && !l.has("Told") && l.has_folded("Told"));
        assert_eq!(l.problems(), vec!["\"said\" is listed twice".to_string()]);
        static ROWS: &[(&str, u8)] = &[("a", 1), ("b", 2), ("b", 3), ("a", 4)];
        let m = WordMap::new(ROWS);
        assert_eq!(m.problems().len(), 2);
        static OK: &[(&str, u8)] = &[("five", 5), ("four", 4), ("one", 1)];
        let m = WordMap::new(OK);
        assert!(m.problems().is_empty());
        assert_eq!(m.get("four"), Some(4));
        assert_eq!(m.get("two"), None);
    }
}
