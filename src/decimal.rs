//! Decimal text to `f64`, for the figures the engine reads (`1,250` after
//! its commas are dropped, `3.5`, `.75`, `2e6`). Core's `f64::from_str`
//! carries ~10 KB of incompressible power-of-five tables into the wasm; news
//! figures do not need them. Correctly rounded (the same `f64` as core) for
//! up to 15 significant digits with a decimal exponent within ±22, which
//! covers any figure written in prose; beyond that, within a few units in
//! the last place. Works on a whole string; no offsets.

/// Exact powers of ten: every one up to 1e22 is an `f64` without rounding.
const POW10: [f64; 23] =
    [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/// Parses `[+-]digits[.digits][(e|E)[+-]digits]` (either digit run may be
/// empty, not both); anything else, including `inf` and `nan`, is `None`.
pub fn parse(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let mut i = 0;
    let neg = match b.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let (mut m, mut exp, mut any) = (0u64, 0i32, false);
    let mut digit = |d: u8, after_point: bool, exp: &mut i32| {
        if m < 1_000_000_000_000_000_000 {
            m = m * 10 + u64::from(d - b'0');
            *exp -= i32::from(after_point);
        } else if !after_point {
            *exp += 1; // digits past the 19th only scale (truncation)
        }
    };
    while i < b.len() && b[i].is_ascii_digit() {
        digit(b[i], false, &mut exp);
        any = true;
        i += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            digit(b[i], true, &mut exp);
            any = true;
            i += 1;
        }
    }
    if !any {
        return None;
    }
    if i < b.len() && (b[i] | 0x20) == b'e' {
        i += 1;
        let eneg = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        let mut e = 0i32;
        while i < b.len() && b[i].is_ascii_digit() {
            e = (e * 10 + i32::from(b[i] - b'0')).min(100_000);
            i += 1;
        }
        if i == start {
            return None;
        }
        exp += if eneg { -e } else { e };
    }
    if i != b.len() {
        return None;
    }
    let v = scale(m, exp);
    Some(if neg { -v } else { v })
}

/// `m · 10^exp`: exact operands give a correctly rounded result (one
/// rounding); otherwise `powi`, a few ulps at most.
fn scale(m: u64, exp: i32) -> f64 {
    if m == 0 {
        return 0.0;
    }
    let x = m as f64;
    if m < 1 << 53 {
        if (0..=22).contains(&exp) {
            return x * POW10[exp as usize];
        }
        if (-22..0).contains(&exp) {
            return x / POW10[(-exp) as usize];
        }
    }
    if exp >= 0 {
        x * 10f64.powi(exp)
    } else {
        x / 10f64.powi(-exp)
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn same_as_core_for_prose_figures() {
        for s in [
            "0",
            "7",
            "1250",
            "38000",
            "3.5",
            "0.1",
            "0.3",
            "2.675",
            ".75",
            "5.",
            "1e6",
            "2.5E-3",
            "+4",
            "-12.25",
            "123456789.123",
            "0.000001",
            "9007199254740993",
            "12345678901234567890",
            "99.99",
            "1.1",
            "4.35",
            "0.07",
            "1000000000000000000000",
            "3.14159265358979",
        ] {
            assert_eq!(parse(s).map(f64::to_bits), s.parse::<f64>().ok().map(f64::to_bits), "{s}");
        }
    }

    #[test]
    fn rejects_what_is_not_a_decimal() {
        for s in ["", ".", "-", "e5", "1e", "1.2.3", "1,000", "inf", "NaN", "12a", " 1", "1 "] {
            assert_eq!(parse(s), None, "{s:?}");
        }
    }

    #[test]
    fn huge_and_tiny_stay_finite_or_saturate() {
        assert_eq!(parse("1e400"), Some(f64::INFINITY));
        assert_eq!(parse("1e-400"), Some(0.0));
        let long = "9".repeat(400);
        assert_eq!(parse(&long), Some(f64::INFINITY));
        assert_eq!(parse("0.0000000000000000000000000000000000000000001"), Some(1e-43));
    }
}
