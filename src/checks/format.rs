//! Number formatting and the precision a written figure implies, for the
//! computations the checks show. No offsets here.
use crate::checks::Fig;
use crate::doc::Doc;
use crate::model::NumberKind;

/// `8000` → `8,000`; `33.333` → `33.3`; `-2.5` → `-2.5`; `840000000` →
/// `840 million` (scale words from a million up, as news writes them).
pub fn fmt(v: f64) -> String {
    if !v.is_finite() {
        return "?".to_string();
    }
    for (scale, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
        if v.abs() >= scale {
            let x = (v / scale * 1000.0).round() / 1000.0;
            let t = format!("{x:.3}");
            return format!("{} {word}", t.trim_end_matches('0').trim_end_matches('.'));
        }
    }
    let neg = v < 0.0;
    let a = v.abs();
    let rounded = if a >= 100.0 || (a - a.round()).abs() < 1e-9 {
        format!("{:.0}", a)
    } else if a >= 10.0 {
        format!("{:.1}", a)
    } else {
        format!("{:.2}", a)
    };
    let (int, frac) = rounded.split_once('.').map_or((rounded.as_str(), None), |(i, f)| (i, Some(f)));
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    let len = int.len();
    for (k, c) in int.chars().enumerate() {
        if k > 0 && (len - k) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac.filter(|f| !f.trim_end_matches('0').is_empty()) {
        out.push('.');
        out.push_str(f.trim_end_matches('0'));
    }
    out
}

/// A percentage for messages: `80%`, `33.3%`.
pub fn pct(v: f64) -> String {
    format!("{}%", fmt(v))
}

/// How far a true value may lie from a figure as written and still be
/// that figure rounded: half a unit of its last written digit (`3.5` →
/// 0.05; `8,000` → 500, at most 5% of it), and 10% more when qualified
/// as approximate.
pub fn tolerance(doc: &Doc, f: &Fig) -> f64 {
    tolerance_as(doc, f, true)
}

/// [`tolerance`], optionally without reading trailing zeros as rounding
/// (`strict`: a stated total of 40 is 40).
pub fn tolerance_as(doc: &Doc, f: &Fig, round_zeros: bool) -> f64 {
    let v = f.mid().unwrap_or(0.0).abs();
    let digits = (f.t0..f.t1).find(|&i| doc.tokens[i].kind == crate::text::Tok::Num).map(|i| doc.t(i));
    let mut tol = match digits {
        Some(d) => {
            let plain: String = d.chars().filter(|c| *c != ',').collect();
            if let Some((_, frac)) = plain.split_once('.') {
                let scale = if let Some(x) = crate::decimal::parse(&plain) {
                    if x != 0.0 {
                        v / x
                    } else {
                        1.0
                    }
                } else {
                    1.0
                };
                0.5 * 10f64.powi(-(frac.len() as i32)) * scale
            } else if f.kind == NumberKind::Percent {
                0.5
            } else {
                let zeros = if round_zeros { plain.len() - plain.trim_end_matches('0').len() } else { 0 };
                let scale = crate::decimal::parse(&plain).filter(|x| *x != 0.0).map_or(1.0, |x| v / x);
                (0.5 * 10f64.powi(zeros as i32) * scale).min(0.05 * v).max(0.5 * scale)
            }
        }
        None => 0.05 * v,
    };
    if f.approx {
        tol += 0.1 * v;
    }
    tol
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn formats_like_a_newspaper() {
        assert_eq!(fmt(8000.0), "8,000");
        assert_eq!(fmt(1234567.0), "1.235 million");
        assert_eq!(fmt(840e6), "840 million");
        assert_eq!(fmt(2.5e9), "2.5 billion");
        assert_eq!(fmt(999999.0), "999,999");
        assert_eq!(fmt(33.3333), "33.3");
        assert_eq!(fmt(2.25), "2.25");
        assert_eq!(fmt(0.5), "0.5");
        assert_eq!(fmt(-2500.0), "-2,500");
        assert_eq!(fmt(12.0), "12");
        assert_eq!(pct(80.0), "80%");
    }
}
