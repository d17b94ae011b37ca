//! The core value reader: digits (`8,000`, `-2.4`, `3/4`, `1 1/2`, `1e10`),
//! scales (`1.2 million`, `5bn`, `10k`), number words (`three hundred and
//! twelve`, `a dozen`, `half a million`, `two-thirds`, `one and a half`),
//! approximate plurals (`hundreds`, `tens of thousands`) and ordinals
//! (`21st`, `twenty-fifth`). Works on atom indices; no allocation.
use super::atoms::Atoms;
use super::lexicon::{is_ordinal_suffix, is_word_scale, look, look_word, Lc, CARDINALS, FRACTIONS, ORDINALS, SCALES};
use crate::text::Tok;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Core {
    pub value: f64,
    pub start: usize,
    pub end: usize,
    pub words: bool,
    pub ordinal: bool,
    pub fraction: bool,
    /// A scale word or abbreviation multiplied the value.
    pub scaled: bool,
    /// The scale was a bare `m`/`M` glued to digits (million or metre).
    pub m_abbrev: Option<f64>,
    /// `hundreds`, `dozens`, `tens of thousands`: a vague count.
    pub vague: Option<[f64; 2]>,
    /// Plain digits with no separator, sign, decimal or scale (a year or id?).
    pub plain: bool,
    /// The product of the scales applied (1 when none).
    pub mult: f64,
}

impl Core {
    fn new(value: f64, start: usize, end: usize) -> Core {
        Core { value, start, end, words: false, ordinal: false, fraction: false, scaled: false, m_abbrev: None, vague: None, plain: false, mult: 1.0 }
    }
}

fn digits_value(s: &str) -> Option<f64> {
    if s.bytes().filter(|&c| c == b'.').count() > 1 {
        return None;
    }
    // a decimal comma: 1,3 and 5,00 (one comma, one or two digits after it)
    if let Some((int, frac)) = s.split_once(',') {
        if !s.contains('.') && (1..=2).contains(&frac.len()) && !frac.contains(',') && !int.is_empty() && int.len() <= 3 {
            let (i, f): (f64, f64) = (int.parse().ok()?, frac.parse().ok()?);
            return Some(i + f / 10f64.powi(frac.len() as i32));
        }
    }
    let mut buf = [0u8; 40];
    let mut n = 0;
    for c in s.bytes() {
        if c != b',' {
            if n == buf.len() {
                return None;
            }
            buf[n] = c;
            n += 1;
        }
    }
    std::str::from_utf8(&buf[..n]).ok()?.parse::<f64>().ok()
}

fn int_atom(a: &Atoms, i: usize) -> Option<f64> {
    if i < a.len() && a.kind(i) == Tok::Num && !a.text(i).contains(['.', ',']) {
        digits_value(a.text(i))
    } else {
        None
    }
}

fn is_slash(a: &Atoms, i: usize) -> bool {
    a.is_any(i, &["/", "\u{2044}"])
}

/// A number written in digits at atom `i`, with what is glued to it.
pub fn digits(a: &Atoms, i: usize) -> Option<Core> {
    let t = a.text(i);
    let v = digits_value(t)?;
    let mut c = Core::new(v, i, i + 1);
    c.plain = !t.contains([',', '.']);
    let mut j = i + 1;
    // 1½
    if c.plain && a.glued(j) {
        if let Some(f) = vulgar(a.text(j)) {
            c.value += f;
            c.plain = false;
            return Some(with_scales(a, c, j + 1));
        }
    }
    // 5 and a half
    if c.plain && a.is(j, "and") && a.near(j + 1) {
        if let Some(f) = fraction_after_and(a, j + 1) {
            c.value += f.value;
            c.plain = false;
            return Some(with_scales(a, c, f.end));
        }
    }
    // 1 point 5
    if c.plain && a.is(j, "point") && a.near(j + 1) {
        if let Some((d, e)) = point_digits(a, j + 1) {
            c.value += d;
            c.plain = false;
            return Some(with_scales(a, c, e));
        }
    }
    // 1.3x10^6, 6.23×10^-4
    if a.glued(j) && a.is_any(j, &["x", "×"]) && a.glued(j + 1) && a.text(j + 1) == "10" && a.text(j + 2) == "^" && a.glued(j + 2) {
        let mut k = j + 3;
        let sign = if a.is_any(k, &["-", "−"]) && a.glued(k) {
            k += 1;
            -1.0
        } else {
            1.0
        };
        if let Some(x) = int_atom(a, k).filter(|_| a.glued(k)) {
            c.value = v * 10f64.powf(sign * x);
            c.plain = false;
            c.end = k + 1;
            return Some(c);
        }
    }
    // 40 000, 1 234 567: groups of three after a space
    if c.plain && t.len() <= 3 {
        let mut k = j;
        let mut val = v;
        while a.gap(k) == crate::text::Gap::Space && a.kind(k) == Tok::Num && a.text(k).len() == 3 && a.text(k).bytes().all(|b| b.is_ascii_digit()) {
            val = val * 1000.0 + digits_value(a.text(k)).unwrap_or(0.0);
            k += 1;
        }
        // a last group may carry decimals: 1 234 567.89
        if k > j && a.gap(k) == crate::text::Gap::Space && a.kind(k) == Tok::Num && a.text(k).len() > 4 && a.text(k).as_bytes()[3] == b'.' && !a.text(k).contains(',') {
            val = val * 1000.0 + digits_value(a.text(k)).unwrap_or(0.0);
            k += 1;
        }
        if k > j && !(a.near(k) && a.kind(k) == Tok::Num) {
            c.value = val;
            c.plain = false;
            return Some(with_scales(a, c, k));
        }
    }
    // 3/4, 20/100 (not 11/25/2026: the caller reads dates first)
    if is_slash(a, j) && a.glued(j) && a.glued(j + 1) && c.plain {
        if let Some(d) = int_atom(a, j + 1) {
            if d != 0.0 && !(is_slash(a, j + 2) && a.glued(j + 2)) {
                c.value = v / d;
                c.fraction = true;
                c.plain = false;
                return Some(with_scales(a, c, j + 2));
            }
        }
    }
    // 1 1/2
    if c.plain && a.near(j) && !a.glued(j) && is_slash(a, j + 1) && a.glued(j + 1) && a.glued(j + 2) {
        if let (Some(n), Some(d)) = (int_atom(a, j), int_atom(a, j + 2)) {
            if n < d && d != 0.0 && !(is_slash(a, j + 3) && a.glued(j + 3)) {
                c.value = v + n / d;
                c.plain = false;
                return Some(with_scales(a, c, j + 3));
            }
        }
    }
    // 1e10, 12.32e+14, 1.1^23
    if a.glued(j) && j < a.len() && (a.is(j, "e") || a.text(j) == "^") {
        let mut k = j + 1;
        let mut sign = 1.0;
        while a.glued(k) && a.is_any(k, &["+", "-"]) {
            if a.text(k) == "-" {
                sign = -sign;
            }
            k += 1;
        }
        if a.glued(k) {
            if let Some(x) = int_atom(a, k) {
                c.value = if a.text(j) == "^" { v.powf(sign * x) } else { v * 10f64.powf(sign * x) };
                c.plain = false;
                c.end = k + 1;
                return Some(c);
            }
        }
    }
    // 21st, 2nd
    if a.glued(j) && j < a.len() && is_ordinal_suffix(a.text(j)) && c.plain {
        c.ordinal = true;
        c.end = j + 1;
        return Some(c);
    }
    // 1 point 5 is read by the word reader; digits end here or take scales.
    j = c.end;
    Some(with_scales(a, c, j))
}

/// Multiplies by the scale words and abbreviations after atom `j`.
fn with_scales(a: &Atoms, mut c: Core, mut j: usize) -> Core {
    c.end = j;
    let mut last = 0.0;
    while a.near(j) {
        let w = a.text(j);
        let lc = Lc::new(w);
        let lw = lc.as_str();
        let Some(s) = super::lexicon::look(SCALES, lw) else { break };
        let word = is_word_scale(lw) || lw.ends_with('s') && is_word_scale(&lw[..lw.len() - 1]);
        // Abbreviations (k, m, bn) glue to digits or stand one space after them.
        if !word && (c.words || j != c.end) {
            break;
        }
        if !word && (w == "m" || lw == "b") && !a.glued(j) {
            break;
        }
        if lw == "m" && w == "m" && c.m_abbrev.is_none() && last == 0.0 {
            c.m_abbrev = Some(c.value);
        }
        if last != 0.0 && s <= last && s != 12.0 || c.words && s == 100.0 && c.value >= 100.0 {
            break;
        }
        c.value *= s;
        c.mult *= s;
        c.scaled = true;
        c.plain = false;
        last = s;
        j += 1;
        c.end = j;
    }
    c
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Last {
    None,
    Article,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale(f64),
}

fn card(a: &Atoms, i: usize) -> Option<f64> {
    match a.kind(i) {
        Tok::Word if i < a.len() => look_word(CARDINALS, a.text(i)).map(f64::from),
        _ => None,
    }
}

/// A cardinal word, or plain digits below 1000 inside a word number
/// (`3 hundred and 21`, `4 thousand 3 hundred`).
fn card_or_digits(a: &Atoms, i: usize) -> Option<f64> {
    card(a, i).or_else(|| int_atom(a, i).filter(|&v| v < 1000.0 && a.text(i).len() <= 3 && !a.glued(i + 1)))
}

/// Plain digits below 1000 followed by a scale word: read as a word number.
pub fn starts_mixed(a: &Atoms, i: usize) -> bool {
    card_or_digits(a, i).is_some() && a.near(i + 1) && !a.glued(i + 1) && {
        let w = Lc::new(a.text(i + 1));
        matches!(w.as_str(), "thousand" | "lakh" | "crore" | "million" | "billion" | "trillion")
            || w.as_str() == "hundred" && card_or_digits(a, i).is_some_and(|v| v < 100.0)
    }
}

/// An ordinal or fraction word (`fifth`, `thirds`, `quarter`) at `i`.
fn denom_word(a: &Atoms, i: usize) -> Option<(f64, bool)> {
    if i >= a.len() || a.kind(i) != Tok::Word {
        return None;
    }
    look_word(ORDINALS, a.text(i)).or_else(|| look_word(FRACTIONS, a.text(i)))
}

/// `fifth`, `twenty-fifth`, `twenty firsts`: (value, plural, end).
fn denom(a: &Atoms, i: usize) -> Option<(f64, bool, usize)> {
    if let Some(t) = card(a, i).filter(|&v| v >= 20.0 && v % 10.0 == 0.0) {
        let k = if a.is(i + 1, "-") && a.glued(i + 1) { i + 2 } else { i + 1 };
        if a.near(k) {
            if let Some((d, pl)) = denom_word(a, k).filter(|d| d.0 < 10.0) {
                return Some((t + d, pl, k + 1));
            }
        }
        return None;
    }
    denom_word(a, i).map(|(d, pl)| (d, pl, i + 1))
}

fn is_tens_ordinal(a: &Atoms, i: usize) -> bool {
    card(a, i).is_some_and(|v| v >= 20.0 && v % 10.0 == 0.0) && denom(a, i).is_some()
}

/// A number in words at atom `i`.
pub fn words(a: &Atoms, i: usize) -> Option<Core> {
    words_in(a, i, true)
}

/// True when a word may begin a number (one table search for most words).
fn may_start(w: &str) -> bool {
    look(CARDINALS, w).is_some()
        || look(ORDINALS, w).is_some()
        || matches!(w, "a" | "an" | "half" | "quarter" | "point" | "tens" | "dozens" | "hundreds" | "thousands" | "millions" | "billions" | "trillions")
        || w.ends_with("fold")
}

fn words_in(a: &Atoms, i: usize, scales: bool) -> Option<Core> {
    if a.kind(i) == Tok::Word && !may_start(Lc::new(a.text(i)).as_str()) {
        return None;
    }
    let (mut total, mut cur, mut last) = (0.0f64, 0.0f64, Last::None);
    let mut j = i;
    let mut end = i;
    let first = Lc::new(a.text(i));
    let fw = first.as_str();
    // sixfold, tenfold
    if let Some(n) = fw.strip_suffix("fold").and_then(|p| super::lexicon::look(CARDINALS, p)).filter(|&n| n > 1) {
        let mut c = Core::new(f64::from(n), i, i + 1);
        c.words = true;
        return Some(c);
    }
    if (fw == "half" || fw == "quarter") && i > 0 && a.near(i) && a.is_any(i - 1, &["first", "second", "third", "fourth", "final", "other", "the", "latter", "former", "1st", "2nd"]) {
        return None;
    }
    // "point 77" read aloud
    if fw == "point" && (i == 0 || a.kind(i - 1) != Tok::Num && card(a, i - 1).is_none()) && a.near(i + 1) {
        if let Some(v) = int_atom(a, i + 1) {
            let mut c = Core::new(v / 10f64.powi(a.text(i + 1).len() as i32), i, i + 2);
            c.words = true;
            return Some(c);
        }
    }
    if fw == "half" || fw == "quarter" {
        return half(a, i, if fw == "half" { 0.5 } else { 0.25 });
    }
    if fw == "a" || fw == "an" {
        let n = Lc::new(if i + 1 < a.len() { a.text(i + 1) } else { "" });
        let nw = n.as_str();
        if (nw == "couple" || nw == "pair") && a.near(i + 1) && (nw == "couple" || a.is(i + 2, "of")) {
            let mut c = Core::new(2.0, i, i + 2);
            c.words = true;
            if a.is(i + 2, "of") {
                c.end = i + 3;
            }
            return Some(c);
        }
        let ok = is_word_scale(nw) || denom(a, i + 1).is_some_and(|d| d.0 >= 3.0 || nw == "half" || nw == "quarter");
        if !ok || !a.near(i + 1) {
            return None;
        }
        cur = 1.0;
        last = Last::Article;
        j = i + 1;
    }
    let mut small = 0.0f64;
    let mut top = 1.0f64; // the largest scale word read
    while j < a.len() && (j == i || a.near(j)) {
        let lc = Lc::new(a.text(j));
        let w = lc.as_str();
        let spaced_dash = w == "-" && last == Last::Tens && a.near(j + 1) && card(a, j + 1).is_some_and(|v| v > 0.0 && v < 10.0);
        if w == "-" && (a.glued(j) && a.glued(j + 1) || spaced_dash) && last != Last::None && card(a, j + 1).is_some() {
            j += 1;
            continue;
        }
        if w == "and" && matches!(last, Last::Hundred | Last::Scale(_)) && card_or_digits(a, j + 1).is_some() && !is_tens_ordinal(a, j + 1) && !(a.near(j + 2) && denom(a, j + 2).is_some())
            && !(last == Last::Hundred && a.near(j + 2) && a.is(j + 2, "hundred"))
        {
            j += 1;
            continue;
        }
        if let Some(v) = if j == i || last != Last::None && last != Last::Article { card_or_digits(a, j) } else { card(a, j) } {
            if a.kind(j) == Tok::Num && matches!(last, Last::Unit | Last::Teen | Last::Tens) {
                break;
            }
            let ok = match last {
                Last::None => true,
                Last::Hundred => cur % 100.0 == 0.0,
                Last::Scale(_) => true,
                Last::Tens => v > 0.0 && v < 10.0,
                _ => false,
            };
            if !ok || (last != Last::None && is_tens_ordinal(a, j) && !a.is(j - 1, "and")) {
                break;
            }
            cur += v;
            small = if last == Last::Tens { small + v } else { v };
            let digits = a.kind(j) == Tok::Num;
            last = if v < 10.0 { Last::Unit } else if v < 20.0 || digits && v % 10.0 != 0.0 || v >= 100.0 { Last::Teen } else { Last::Tens };
            j += 1;
            end = j;
            continue;
        }
        if w == "hundred" && cur > 0.0 && cur < 100.0 && !matches!(last, Last::None | Last::Hundred | Last::Scale(_)) {
            cur *= 100.0;
            top = top.max(100.0);
            last = Last::Hundred;
            small = 0.0;
            j += 1;
            end = j;
            continue;
        }
        if w == "dozen" || w == "dozens" {
            if cur > 0.0 {
                cur += small * 11.0;
                if small == 0.0 {
                    cur *= 12.0;
                }
                last = Last::Scale(12.0);
                j += 1;
                end = j;
            }
            break;
        }
        if is_word_scale(w) && w != "hundred" {
            let s = super::lexicon::look(SCALES, w).unwrap_or(1.0);
            match last {
                Last::Scale(p) if cur == 0.0 && s > p => total *= s,
                Last::Scale(p) if s >= p => break,
                Last::None => break,
                _ => {
                    total += cur * s;
                    cur = 0.0;
                }
            }
            last = Last::Scale(s);
            top = top.max(s);
            small = 0.0;
            j += 1;
            end = j;
            continue;
        }
        break;
    }
    if end == i && last != Last::Article {
        if let Some((d, false, e)) = denom(a, i).filter(|d| !d.1 && a.kind(i) == Tok::Word && look_word(FRACTIONS, a.text(i)).is_none()) {
            let mut c = Core::new(d, i, e);
            c.words = true;
            c.ordinal = true;
            return Some(c);
        }
        return vague(a, i);
    }
    let mut c = Core::new(total + cur, i, end.max(j.min(i + 1)));
    c.words = true;
    if top > 1.0 {
        c.scaled = true;
        c.mult = top;
    }
    if last == Last::Article {
        c.end = i + 1;
    }
    // fractions and ordinals after the cardinal part
    let dash = a.is_any(c.end, &["-", "\u{2013}", "\u{2014}"]) && a.near(c.end + 1) && last != Last::Article;
    let at = if dash { c.end + 1 } else { c.end };
    if a.near(at) {
        if let Some((d, plural, e)) = denom(a, at) {
            let v = c.value;
            let set = |c: &mut Core, val: f64, ord: bool| {
                c.value = val;
                c.end = e;
                c.ordinal = ord;
                c.fraction = !ord;
            };
            let scale_ord = d >= 100.0;
            match last {
                Last::Article if d >= 3.0 || d == 2.0 && !a.is(c.end, "second") => set(&mut c, 1.0 / d, false),
                Last::Article => {}
                _ if plural => set(&mut c, v / d, false),
                Last::Tens if d < 10.0 => set(&mut c, v + d, true),
                Last::Unit | Last::Teen | Last::Tens if scale_ord => set(&mut c, v * d, true),
                Last::Hundred | Last::Scale(_) if !scale_ord => set(&mut c, v + d, true),
                Last::Unit | Last::Teen if (d >= 3.0 && d < 100.0 || a.is(at, "half")) && !a.is(at, "second") => set(&mut c, v / d, false),
                _ => {}
            }
        }
    }
    if last == Last::Article && c.end == i + 1 {
        // "a hundred", "a million", "a dozen"
        return Some(with_scales(a, Core { words: true, ..Core::new(1.0, i, i + 1) }, i + 1));
    }
    // "and a half", "and three quarters"
    if !c.ordinal && a.is(c.end, "and") && a.near(c.end + 1) {
        if let Some(f) = fraction_after_and(a, c.end + 1) {
            let next = Lc::new(a.text(f.end));
            let s2 = if a.near(f.end) && is_word_scale(next.as_str()) { super::lexicon::look(SCALES, next.as_str()) } else { None };
            match (s2, last) {
                (Some(s2), Last::Scale(s)) if s2 < s => {
                    c.value += f.value * s2;
                    c.end = f.end + 1;
                }
                (None, Last::Scale(s)) if scales => {
                    c.value += f.value * s;
                    c.end = f.end;
                    return Some(c);
                }
                (_, Last::Scale(_)) => {}
                _ => {
                    c.value += f.value;
                    c.end = f.end;
                }
            }
        }
    }
    // "one point five"
    if !c.fraction && !c.ordinal && a.is(c.end, "point") && a.near(c.end + 1) {
        if let Some((d, e)) = point_digits(a, c.end + 1) {
            c.value += d;
            c.end = e;
        }
    }
    if !c.ordinal && scales {
        c = with_scales(a, c, c.end);
    }
    // "two thirds of a million"
    if c.fraction && scales && a.is(c.end, "of") && a.is_any(c.end + 1, &["a", "an"]) && a.near(c.end + 2) {
        let w = Lc::new(a.text(c.end + 2));
        if let Some(s) = super::lexicon::look(SCALES, w.as_str()).filter(|_| is_word_scale(w.as_str())) {
            c.value *= s;
            c.end += 3;
        }
    }
    Some(c)
}

pub fn fraction_after_and(a: &Atoms, i: usize) -> Option<Core> {
    let f = if a.is(i, "half") {
        Some(Core::new(0.5, i, i + 1))
    } else if a.is(i, "quarter") {
        Some(Core { fraction: true, ..Core::new(0.25, i, i + 1) })
    } else if a.is(i, "an") && a.is(i + 1, "half") {
        Some(Core::new(0.5, i, i + 2))
    } else {
        words_in(a, i, false)
    }?;
    let quarter = a.is(f.end - 1, "quarter") || a.is(f.end - 1, "quarters");
    if (f.fraction || a.is(i, "half") || quarter) && f.value < 1.0 {
        if quarter && !f.fraction {
            return None;
        }
        return Some(f);
    }
    None
}

/// Digits after `point`: `point 5`, `point zero three`, `point seventy-one`.
fn point_digits(a: &Atoms, i: usize) -> Option<(f64, usize)> {
    if let Some(v) = int_atom(a, i) {
        let n = a.text(i).len() as i32;
        return Some((v / 10f64.powi(n), i + 1));
    }
    // digit by digit: point zero three
    let (mut s, mut n, mut j) = (0.0f64, 0i32, i);
    while n < 12 && (j == i || a.near(j)) {
        match card(a, j) {
            Some(v) if v < 10.0 && !a.is(j + 1, "-") => {
                s = s * 10.0 + v;
                n += 1;
                j += 1;
            }
            _ => break,
        }
    }
    if n >= 2 || (n == 1 && card(a, j).is_none()) {
        return Some((s / 10f64.powi(n), j));
    }
    // one word number: point seventy-one, point eleven
    let w = words_in(a, i, false)?;
    if w.fraction || w.ordinal || w.value >= 100.0 {
        return None;
    }
    let digits = if w.value >= 10.0 { 2 } else { 1 };
    Some((w.value / 10f64.powi(digits), w.end))
}

/// `half a million`, `half a dozen`, `half-litre`, `half an hour`.
fn half(a: &Atoms, i: usize, f: f64) -> Option<Core> {
    let mut c = Core::new(f, i, i + 1);
    // half million, quarter million
    let w = Lc::new(a.text(i + 1));
    if a.near(i + 1) && is_word_scale(w.as_str()) && w.as_str() != "hundred" {
        return Some(with_scales(a, Core { words: true, ..c }, i + 1));
    }
    if f != 0.5 {
        return None;
    }
    c.words = true;
    c.fraction = true;
    if a.is_any(i + 1, &["a", "an"]) && a.near(i + 2) {
        let s = with_scales(a, Core { words: true, ..Core::new(0.5, i, i + 2) }, i + 2);
        if s.scaled {
            return Some(s);
        }
        c.end = i + 2; // a unit may follow: half an hour
        return Some(c);
    }
    let unit = super::units::unit_at(a, i + 1).is_some_and(|u| u.0.kind == super::units::UK::Duration);
    if a.is(i + 1, "-") && a.glued(i + 1) || a.is(i + 1, "of") || unit && a.near(i + 1) {
        return Some(c);
    }
    None
}

/// `hundreds`, `dozens`, `thousands of`, `tens of thousands`.
fn vague(a: &Atoms, i: usize) -> Option<Core> {
    let lc = Lc::new(a.text(i));
    let w = lc.as_str();
    let base = match w {
        "tens" => 10.0,
        "dozens" => 12.0,
        "hundreds" => 100.0,
        "thousands" => 1e3,
        "millions" => 1e6,
        "billions" => 1e9,
        "trillions" => 1e12,
        _ => return None,
    };
    let mut c = Core::new(base, i, i + 1);
    c.words = true;
    let mut lo = if base == 12.0 { 24.0 } else { base };
    let mut hi = if base == 12.0 { 144.0 } else { base * 10.0 };
    if a.is(i + 1, "of") && a.near(i + 2) {
        let n = Lc::new(a.text(i + 2));
        if let Some(s) = matches!(n.as_str(), "thousands" | "millions" | "billions").then(|| super::lexicon::look(SCALES, n.as_str())).flatten() {
            lo *= s;
            hi *= s;
            c.end = i + 3;
        }
    } else if w == "tens" {
        return None;
    }
    c.vague = Some([lo, hi]);
    c.value = lo;
    Some(c)
}

/// The value of a vulgar-fraction character: `½`, `¾`, `⅔`.
pub fn vulgar(s: &str) -> Option<f64> {
    Some(match s {
        "½" => 0.5,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅕" => 0.2,
        "⅖" => 0.4,
        "⅗" => 0.6,
        "⅘" => 0.8,
        "⅙" => 1.0 / 6.0,
        "⅚" => 5.0 / 6.0,
        "⅛" => 0.125,
        "⅜" => 0.375,
        "⅝" => 0.625,
        "⅞" => 0.875,
        _ => return None,
    })
}

/// An empty core at atom `i` (for values read from a single symbol).
pub fn digits_stub(i: usize) -> Core {
    Core::new(0.0, i, i + 1)
}
