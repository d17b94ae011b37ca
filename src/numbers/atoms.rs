//! Atoms: the document's tokens with hyphenated words split into their
//! parts (`twenty-one` → `twenty` `-` `one`), so number grammar sees every
//! piece. Also the spans of URLs and e-mail addresses, where no number is
//! read. Offsets are UTF-8 bytes.
use crate::doc::Doc;
use crate::text::{Gap, Tok, Token};

pub struct Atoms<'a> {
    pub text: &'a str,
    pub v: Vec<Token>,
    /// Byte spans of URLs, e-mail addresses and handles, sorted.
    pub links: Vec<(usize, usize)>,
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

impl<'a> Atoms<'a> {
    pub fn new(doc: &Doc<'a>) -> Atoms<'a> {
        let text = doc.text;
        let mut v = Vec::with_capacity(doc.tokens.len() + 16);
        for t in &doc.tokens {
            let s = t.text(text);
            if t.kind == Tok::Num && (s.contains(',') && !grouped(s) && !decimal_comma(s) || s.matches('.').count() > 1) {
                split_list(t, s, &mut v);
                continue;
            }
            if t.kind != Tok::Word || !s.contains(is_hyphen) {
                v.push(*t);
                continue;
            }
            let mut start = t.start;
            let mut gap = t.gap;
            for (k, c) in s.char_indices() {
                if is_hyphen(c) {
                    let h = t.start + k;
                    v.push(Token { start, end: h, kind: Tok::Word, gap });
                    v.push(Token { start: h, end: h + c.len_utf8(), kind: Tok::Punct, gap: Gap::None });
                    start = h + c.len_utf8();
                    gap = Gap::None;
                }
            }
            v.push(Token { start, end: t.end, kind: Tok::Word, gap });
        }
        Atoms { text, v, links: links(text) }
    }
    pub fn len(&self) -> usize {
        self.v.len()
    }
    pub fn is_empty(&self) -> bool {
        self.v.is_empty()
    }
    /// The text of atom `i`; empty past the end (every accessor is total).
    pub fn text(&self, i: usize) -> &'a str {
        self.v.get(i).map_or("", |t| t.text(self.text))
    }
    /// The gap before atom `i`; a paragraph break past the end.
    pub fn gap(&self, i: usize) -> Gap {
        self.v.get(i).map_or(Gap::Para, |t| t.gap)
    }
    /// The kind of atom `i`; punctuation past the end.
    pub fn kind(&self, i: usize) -> Tok {
        self.v.get(i).map_or(Tok::Punct, |t| t.kind)
    }
    /// True when atom `i` exists and is the word `w` (any case).
    pub fn is(&self, i: usize, w: &str) -> bool {
        i < self.v.len() && self.text(i).eq_ignore_ascii_case(w)
    }
    /// True when atom `i` exists and is one of `ws` (any case).
    pub fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        i < self.v.len() && ws.iter().any(|w| self.text(i).eq_ignore_ascii_case(w))
    }
    /// Atom `i` follows atom `i-1` with no space.
    pub fn glued(&self, i: usize) -> bool {
        i < self.v.len() && i > 0 && self.v[i].gap == Gap::None
    }
    /// Atom `i` continues the line: it exists and no line break comes before it.
    pub fn near(&self, i: usize) -> bool {
        i < self.v.len() && self.v[i].gap <= Gap::Space
    }
    pub fn in_link(&self, i: usize) -> bool {
        let s = self.v[i].start;
        let k = self.links.partition_point(|l| l.1 <= s);
        k < self.links.len() && self.links[k].0 <= s
    }
}

/// True when the commas of a number group thousands: `1,234,567.5`.
fn grouped(s: &str) -> bool {
    let int = s.split('.').next().unwrap_or(s);
    let mut parts = int.split(',');
    let first = parts.next().unwrap_or("");
    let rest: Vec<usize> = parts.map(str::len).collect();
    // 1,234,567 or the Indian 12,34,567
    let indian = rest.last() == Some(&3) && rest[..rest.len() - 1].iter().all(|&l| l == 2);
    !first.is_empty() && first.len() <= 3 && (rest.iter().all(|&l| l == 3) || indian)
}

/// `1,3` or `5,00`: a decimal comma (one comma, one or two digits after).
fn decimal_comma(s: &str) -> bool {
    s.split_once(',')
        .is_some_and(|(i, f)| !i.is_empty() && i.len() <= 3 && (1..=2).contains(&f.len()) && !f.contains(',') && !s.contains('.'))
}

/// `22,24,26,31` is a list: one atom per number, commas between.
fn split_list(t: &Token, s: &str, v: &mut Vec<Token>) {
    let mut start = t.start;
    let mut gap = t.gap;
    let dotted_list = s.matches('.').count() > 1; // once: the token may be huge
    for (k, c) in s.char_indices() {
        if c == ',' || c == '.' && dotted_list {
            let at = t.start + k;
            v.push(Token { start, end: at, kind: Tok::Num, gap });
            v.push(Token { start: at, end: at + 1, kind: Tok::Punct, gap: Gap::None });
            start = at + 1;
            gap = Gap::None;
        }
    }
    v.push(Token { start, end: t.end, kind: Tok::Num, gap });
}

/// Spans of URLs (`http…`, `www.…`), e-mail addresses and @handles:
/// from the marker back to the last space and on to the next space.
fn links(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let hit = (b[i] == b':' && b[i + 1..].starts_with(b"//"))
            || (b[i..].len() > 4 && b[i..4 + i].eq_ignore_ascii_case(b"www."))
            || (b[i] == b'@' && i + 1 < b.len() && b[i + 1].is_ascii_alphanumeric());
        if hit {
            let mut s = i;
            while s > 0 && !b[s - 1].is_ascii_whitespace() && s + 200 > i {
                s -= 1;
            }
            let mut e = i + 1;
            while e < b.len() && !b[e].is_ascii_whitespace() && e < i + 2000 {
                e += 1;
            }
            while e > s && !text.is_char_boundary(e) {
                e -= 1;
            }
            while s < e && !text.is_char_boundary(s) {
                s += 1;
            }
            if out.last().is_some_and(|l| l.1 >= s) {
                if let Some(l) = out.last_mut() {
                    l.1 = l.1.max(e);
                }
            } else {
                out.push((s, e));
            }
            i = e.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}
