//! The one plain sentence that explains each number mention to a reader:
//! what kind of figure it is, its value and unit, and its qualifier.
use crate::model::{NumberKind as K, QualifierKind as Q};

/// A value written for people: `5 million`, `8,000`, `2.5`.
pub fn fmt(v: f64) -> String {
    let a = v.abs();
    for (s, name) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
        if a >= s {
            return format!("{} {name}", trim(v / s));
        }
    }
    if v.fract() == 0.0 && a < 1e15 {
        let digits = format!("{}", a as u64);
        let mut out = String::with_capacity(digits.len() + 4);
        if v < 0.0 {
            out.push('-');
        }
        for (k, ch) in digits.chars().enumerate() {
            if k > 0 && (digits.len() - k) % 3 == 0 {
                out.push(',');
            }
            out.push(ch);
        }
        return out;
    }
    trim(v)
}

fn trim(v: f64) -> String {
    let s = format!("{:.4}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_string()
}

fn currency(iso: &str) -> &str {
    match iso {
        "USD" => "US dollars",
        "EUR" => "euros",
        "GBP" => "pounds sterling",
        "JPY" => "yen",
        "CNY" => "yuan",
        "INR" => "rupees",
        "CENT" => "cents",
        _ => iso,
    }
}

fn qual_word(q: Q) -> &'static str {
    match q {
        Q::Approx => "approximate",
        Q::AtMost => "at most",
        Q::LessThan => "less than",
        Q::AtLeast => "at least",
        Q::MoreThan => "more than",
    }
}

/// The reason sentence for a mention.
pub fn reason(kind: K, value: Option<f64>, range: Option<[f64; 2]>, unit: Option<&str>, qual: Option<(Q, &str)>, vague: bool) -> String {
    let amount = match (value, range) {
        (_, Some([lo, hi])) if vague => format!("an unspecified number between {} and {}", fmt(lo), fmt(hi)),
        (_, Some([lo, hi])) => format!("from {} to {}", fmt(lo), fmt(hi)),
        (Some(v), None) => fmt(v),
        _ => String::new(),
    };
    let u = unit.unwrap_or("");
    let mut s = match kind {
        K::Money => format!("A sum of money: {amount} {}", currency(u)),
        K::Percent if u == "percentage points" => format!("A change in percentage points: {amount}"),
        K::Percent => format!("A percentage: {amount}%"),
        K::Measure => format!("A measurement: {amount} {u}"),
        K::Duration => format!("A length of time: {amount} {u}(s)"),
        K::Year => format!("A year: {}", value.map_or(amount.clone(), |v| format!("{}", v as i64))),
        K::Date => "A calendar date".to_string(),
        K::Ordinal => format!("A position in an order (ordinal): {amount}"),
        K::Ratio => format!("A ratio or share: {amount}"),
        _ if range.is_some() => format!("A range of figures: {amount}"),
        _ => format!("A count: {amount}"),
    };
    if let Some((q, text)) = qual {
        s.push_str(&format!(", given as “{text}” ({})", qual_word(q)));
    }
    s.push('.');
    s
}
