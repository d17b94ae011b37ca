//! Tokens (the shared document view every engine reads is built on them)
//! and the general word helpers every engine uses: [`norm`] and
//! [`word_is`]. All offsets here are UTF-8 byte offsets into the caller's text.
use crate::model::Sp;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok {
    /// Letters, with internal apostrophes (don't, Ukraine’s), hyphens
    /// (twenty-one) and initialism dots (U.S., a.m.).
    Word,
    /// Digits, with internal `,` or `.` between digits (8,000 and 3.5).
    Num,
    /// Any other visible character, one per token.
    Punct,
}

/// What separates a token from the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Gap {
    None,
    Space,
    /// One line break.
    Line,
    /// A blank line (or more): a paragraph break.
    Para,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Tok,
    pub gap: Gap,
}

impl Token {
    pub fn sp(&self) -> Sp {
        Sp::new(self.start, self.end)
    }
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// True for the apostrophes that may sit inside a word.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut newlines = 0u32;
    let mut spaced = false;
    // One pass: each token's scan returns its end and the loop resumes there.
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        if c.is_whitespace() || c.is_control() || is_invisible(c) {
            if c == '\n' || c == '\u{2029}' {
                newlines += 1;
            }
            spaced = true;
            i += c.len_utf8();
            continue;
        }
        let gap = match (newlines, spaced) {
            (0, false) => Gap::None,
            (0, true) => Gap::Space,
            (1, _) => Gap::Line,
            _ => Gap::Para,
        };
        newlines = 0;
        spaced = false;
        let (kind, end) = if c.is_alphabetic() {
            (Tok::Word, scan_word(text, i))
        } else if c.is_ascii_digit() {
            (Tok::Num, scan_num(text, i))
        } else {
            (Tok::Punct, i + c.len_utf8())
        };
        out.push(Token { start: i, end, kind, gap });
        i = end;
    }
    out
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn scan_word(text: &str, start: usize) -> usize {
    let mut end = start;
    let mut seg_len = 0usize; // letters since the last dot, for initialisms
    let mut dotted = false;
    let mut chars = text[start..].char_indices().peekable();
    while let Some((k, c)) = chars.next() {
        let i = start + k;
        if c.is_alphabetic() {
            end = i + c.len_utf8();
            seg_len += 1;
            continue;
        }
        if c.is_mark() {
            end = i + c.len_utf8();
            continue;
        }
        let next_alpha = chars.peek().is_some_and(|&(_, n)| n.is_alphabetic());
        if (is_apostrophe(c) || matches!(c, '-' | '\u{2010}' | '\u{2011}')) && next_alpha && !dotted {
            end = i + c.len_utf8();
            seg_len = 0;
            continue;
        }
        if c == '.' && seg_len == 1 {
            // U.S. / a.m. / D.C.: single letters joined by dots.
            let after_next = text[i + 1..].chars().nth(1);
            if next_alpha && after_next.is_none_or(|n| !n.is_alphabetic()) {
                end = i + 1;
                seg_len = 0;
                dotted = true;
                continue;
            }
            if dotted {
                end = i + 1;
            }
        }
        break;
    }
    end
}

trait IsMark {
    fn is_mark(&self) -> bool;
}
impl IsMark for char {
    /// Combining marks (U+0300–U+036F and friends) stay in their word.
    fn is_mark(&self) -> bool {
        matches!(*self, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
    }
}

fn scan_num(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let mut i = start;
    while i < b.len() {
        if b[i].is_ascii_digit() || (b[i] == b',' || b[i] == b'.') && i + 1 < b.len() && b[i + 1].is_ascii_digit() {
            i += 1;
        } else {
            break;
        }
    }
    i
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
