//! The one case-fold. [`fold`] gives the lookup key of a word (ASCII
//! lower case, on the stack, for words up to 40 bytes: every word table is
//! ASCII); [`lower`] lower-cases a whole string (entity keys, messages).
//!
//! Lower-casing without std's Unicode case tables (`str::to_lowercase`
//! pulls ~4 KB gzip of conversion tables into the wasm). Covers ASCII,
//! Latin-1, Latin Extended-A, basic Greek (U+0386-U+03AF) and basic Cyrillic
//! (U+0400-U+042F) exactly as
//! `char::to_lowercase` does (tested below); other characters are kept as
//! they are. Works on chars; no offsets (callers use it only for lookup keys).

/// A case-folded lookup key: see [`fold`].
pub struct Folded<'a> {
    /// The word itself when it has no ASCII capital (most words): no copy.
    same: Option<&'a str>,
    buf: [u8; 40],
    len: u8,
}

impl Folded<'_> {
    pub fn as_str(&self) -> &str {
        match self.same {
            Some(s) => s,
            // Only ASCII bytes were changed, so the bytes stay valid UTF-8
            // (checked here only for words that had a capital).
            None => std::str::from_utf8(&self.buf[..self.len as usize]).unwrap_or(""),
        }
    }
}

/// The lookup key of a word: ASCII letters lower-cased, other bytes kept;
/// empty for a word over 40 bytes (no table holds one).
pub fn fold(s: &str) -> Folded<'_> {
    let mut buf = [0u8; 40];
    let b = s.as_bytes();
    if b.len() > buf.len() {
        return Folded { same: Some(""), buf, len: 0 };
    }
    if !b.iter().any(u8::is_ascii_uppercase) {
        return Folded { same: Some(s), buf, len: 0 };
    }
    for (d, c) in buf.iter_mut().zip(b) {
        *d = c.to_ascii_lowercase();
    }
    Folded { same: None, buf, len: b.len() as u8 }
}

/// Appends the lower case of `c` to `out`.
pub fn push_lower(out: &mut String, c: char) {
    let u = c as u32;
    let l = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 32,
        0x130 => {
            out.push_str("i\u{307}");
            return;
        }
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u.is_multiple_of(2) => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x178 => 0xFF,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 63,
        0x391..=0x3A1 | 0x3A3..=0x3AB => u + 32,
        0x400..=0x40F => u + 80,
        0x410..=0x42F => u + 32,
        _ => u,
    };
    out.push(char::from_u32(l).unwrap_or(c));
}

/// The lower case of `s` (see [`push_lower`] for what is covered).
pub fn lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_lower(&mut out, c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_std_on_latin_greek_and_cyrillic() {
        for u in (0..0x180).chain(0x386..0x3B0).chain(0x400..0x430) {
            let Some(c) = char::from_u32(u) else { continue };
            let mut mine = String::new();
            push_lower(&mut mine, c);
            assert_eq!(mine, c.to_lowercase().collect::<String>(), "U+{u:04X}");
        }
        assert_eq!(
            lower("\u{C9}LYS\u{C9}E Stra\u{DF}e \u{41C}\u{418}\u{420} \u{1F600}"),
            "\u{E9}lys\u{E9}e stra\u{DF}e \u{43C}\u{438}\u{440} \u{1F600}"
        );
    }
}
