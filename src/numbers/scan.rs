//! The core value at an atom ([`core_at`]: digits, words, `½`, `.5`) and
//! the digit reader: digits (`8,000`, `-2.4`, `3/4`,
//! `1 1/2`, `1e10`, `1,3`), scales after them (`1.2 million`, `5bn`, `10k`)
//! and ordinal suffixes (`21st`). The value type is [`super::value`];
//! number words live in [`super::words`]. Atom indices; no allocation.
use super::atoms::Atoms;
use super::lexicon::is_ordinal_suffix;
use super::numwords::starts_mixed;
use super::unit_table::UK;
use super::units::unit_at;
use super::value::{digits_stub, digits_value, int_atom, vulgar, with_scales, Core};
use super::words::{fraction_after_and, point_digits, words};
use crate::text::Tok;

/// The core value at atom `i`: digits, a leading-dot decimal, or words.
pub fn core_at(a: &Atoms, i: usize) -> Option<Core> {
    match a.kind(i) {
        Tok::Num if starts_mixed(a, i) => words(a, i),
        Tok::Num => digits(a, i),
        Tok::Punct if vulgar(a.text(i)).is_some() => {
            let mut c = digits(a, i).unwrap_or(Core { value: 0.0, ..digits_stub(i) });
            c.value = vulgar(a.text(i)).unwrap_or(0.0);
            c.fraction = true;
            Some(c)
        }
        Tok::Word => words(a, i).or_else(|| {
            // "an hour and a half", "a minute and 30 seconds": the article is 1
            if !(a.is_any(i, &["a", "an"]) && a.near(i + 1)) {
                return None;
            }
            let unit = unit_at(a, i + 1).filter(|u| u.0.kind == UK::Duration)?;
            (a.is(unit.1, "and") && a.near(unit.1 + 1)).then(|| Core { value: 1.0, words: true, ..digits_stub(i) })
        }),
        Tok::Punct if a.text(i) == "." && a.glued(i + 1) && i + 1 < a.len() && a.kind(i + 1) == Tok::Num => {
            if i > 0 && a.glued(i) && a.kind(i - 1) != Tok::Punct {
                return None;
            }
            let t = a.text(i + 1);
            if t.contains(['.', ',']) {
                return None;
            }
            let v = crate::decimal::parse(t)?;
            let mut c = digits(a, i + 1)?;
            c.value = v / 10f64.powi(t.len() as i32);
            c.start = i;
            c.plain = false;
            Some(c)
        }
        _ => None,
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
        while a.gap(k) == crate::text::Gap::Space
            && a.kind(k) == Tok::Num
            && a.text(k).len() == 3
            && a.text(k).bytes().all(|b| b.is_ascii_digit())
        {
            val = val * 1000.0 + digits_value(a.text(k)).unwrap_or(0.0);
            k += 1;
        }
        // a last group may carry decimals: 1 234 567.89
        if k > j
            && a.gap(k) == crate::text::Gap::Space
            && a.kind(k) == Tok::Num
            && a.text(k).len() > 4
            && a.text(k).as_bytes()[3] == b'.'
            && !a.text(k).contains(',')
        {
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
