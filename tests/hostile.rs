//! Hostile input: property tests (proptest) and a few deterministic giants
//! on `factcheck::analyze`. For any string, analyze returns without panic;
//! the result is the contract's shape; every span lies in bounds on UTF-16
//! code-unit offsets, on character boundaries, and quotes the text exactly
//! (`utf16(text)[start..end] == span.text`, what JS `slice` sees); every
//! attribution's speaker names a listed entity; output is deterministic.
//! Offsets here are UTF-16 code units (the contract's), counted with
//! `encode_utf16`. Case count: 256 per property (override: PROPTEST_CASES).
#![cfg(not(target_arch = "wasm32"))]
use factcheck::{analyze, to_json, Error, Options, MAX_LENGTH};
use proptest::prelude::*;
use serde_json::Value;

/// Checks every contract invariant this file promises; Err says which broke.
fn check(text: &str) -> Result<(), String> {
    let a = analyze(text, &Options::default()).map_err(|e| format!("analyze refused a {}-byte text: {e}", text.len()))?;
    let json = to_json(&a);
    let again = to_json(&analyze(text, &Options::default()).map_err(|e| e.to_string())?);
    if json != again {
        return Err("two analyses of the same text differ".into());
    }
    let v: Value = serde_json::from_str(&json).map_err(|e| format!("output is not JSON: {e}"))?;
    let units: Vec<u16> = text.encode_utf16().collect();
    if v["length"].as_u64() != Some(units.len() as u64) {
        return Err(format!("length {} but the text has {} UTF-16 units", v["length"], units.len()));
    }
    if v["schema"] != "factcheck/1" || v["offsets"] != "utf16" {
        return Err("schema/offsets header missing".into());
    }
    for key in ["sentences", "numbers", "attributions", "entities", "findings", "warnings"] {
        if !v[key].is_array() {
            return Err(format!("`{key}` is not an array"));
        }
    }
    let mut n = 0;
    spans(&v, &units, &mut n).map_err(|e| format!("${e}"))?;
    for key in ["sentences", "numbers", "attributions", "findings"] {
        for (i, x) in v[key].as_array().into_iter().flatten().enumerate() {
            if x["rule"].as_str().is_none_or(str::is_empty) {
                return Err(format!("{key}[{i}] has no rule id"));
            }
        }
    }
    let ids: Vec<&str> = v["entities"].as_array().into_iter().flatten().filter_map(|e| e["id"].as_str()).collect();
    for (i, at) in v["attributions"].as_array().into_iter().flatten().enumerate() {
        if let Some(e) = at["speaker"]["entity"].as_str() {
            if !ids.contains(&e) {
                return Err(format!("attributions[{i}].speaker.entity {e:?} is not among the entities"));
            }
        }
    }
    Ok(())
}

/// Every object with numeric `start`/`end` and a string `text` is a span.
/// The error names the path to the bad span (built only on failure).
fn spans(v: &Value, units: &[u16], n: &mut usize) -> Result<(), String> {
    match v {
        Value::Object(m) => {
            if let (Some(s), Some(e), Some(t)) =
                (m.get("start").and_then(Value::as_u64), m.get("end").and_then(Value::as_u64), m.get("text").and_then(Value::as_str))
            {
                let (s, e) = (s as usize, e as usize);
                if s > e || e > units.len() {
                    return Err(format!(": span {s}..{e} out of bounds (length {})", units.len()));
                }
                let quoted = String::from_utf16(&units[s..e]).map_err(|_| format!(": span {s}..{e} splits a surrogate pair"))?;
                if quoted != t {
                    return Err(format!(": span {s}..{e} quotes {quoted:?} but says {t:?}"));
                }
                *n += 1;
            }
            for (k, x) in m {
                spans(x, units, n).map_err(|e| format!(".{k}{e}"))?;
            }
        }
        Value::Array(xs) => {
            for (i, x) in xs.iter().enumerate() {
                spans(x, units, n).map_err(|e| format!("[{i}]{e}"))?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// Pieces of news text and of trouble, to be strung together at random.
const PIECES: &[&str] = &[
    "The",
    "minister",
    "Smith",
    "Dr.",
    "Mr.",
    "U.S.",
    "officials",
    "experts",
    "he",
    "she",
    "they",
    "it",
    "said",
    "says",
    "told reporters",
    "according to",
    "warned",
    "claimed",
    "added",
    "that",
    "about",
    "nearly",
    "up to",
    "more than",
    "at least",
    "between",
    "and",
    "percent",
    "per cent",
    "million",
    "billion",
    "thousand",
    "dozen",
    "one",
    "twenty-five",
    "third",
    "half",
    "of",
    "the",
    "people",
    "km",
    "tonnes",
    "years",
    "in",
    "2016",
    "1,000",
    "3.5",
    "12.5%",
    "$5",
    "€40",
    "£3bn",
    "10-12",
    "1990s",
    "5:30",
    "#1",
    "No.",
    "1st",
    "-",
    "–",
    "—",
    " ",
    " ",
    " ",
    "  ",
    "\u{A0}",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    ".",
    ". ",
    ",",
    ";",
    ":",
    "?",
    "!",
    "...",
    "…",
    "(",
    ")",
    "[",
    "]",
    "\"",
    "\"",
    "'",
    "’",
    "‘",
    "“",
    "”",
    "«",
    "»",
    "„",
    "‹",
    "›",
    "`",
    "''",
    "’s",
    "s’",
    "\u{0}",
    "\u{FFFD}",
    "\u{200F}",
    "\u{200E}",
    "\u{202E}",
    "\u{2066}",
    "\u{200B}",
    "\u{200D}",
    "\u{FEFF}",
    "\u{2028}",
    "\u{0301}",
    "e\u{0301}",
    "\u{0308}\u{0308}\u{0308}",
    "😀",
    "👍🏽",
    "👩‍👩‍👧",
    "🇺🇸",
    "中文",
    "العربية",
    "עברית",
    "Ωμέγα",
    "ǅ",
    "ß",
    "İ",
    "<b>",
    "</style>",
    "<script>alert(1)</script>",
    "&amp;",
    "&#x27;",
    "javascript:",
    "http://x.example/a?b=1",
    "@user",
    "#tag",
    "%",
    "$",
    "\\",
    "/",
    "*",
    "_",
    "~",
    "^",
    "|",
    "0",
    "9",
    "00000",
    "1.2.3",
    "1,2,3",
    ",000",
    ".5",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..160).prop_map(|v| {
        let mut s = String::new();
        for (i, p) in v.iter().enumerate() {
            // Mostly space-separated, sometimes glued together.
            if i > 0 && i % 3 != 0 {
                s.push(' ');
            }
            s.push_str(p);
        }
        s
    })
}

/// UTF-16 units as JS may send them, lone surrogates included; the wasm door
/// reads each unpaired surrogate as one U+FFFD.
fn js_units() -> impl Strategy<Value = Vec<u16>> {
    prop::collection::vec(
        prop_oneof![
            3 => 0x20u16..0x7f,
            1 => 0xd800u16..0xe000,
            1 => prop::sample::select(vec![0x201cu16, 0x201d, 0x2018, 0x2019, 0x22, 0x0a, 0xa0, 0x2014, 0x31, 0x30]),
            1 => any::<u16>(),
        ],
        0..300,
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_string(s in any::<String>()) {
        check(&s).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn news_like_and_hostile_pieces(s in news_like()) {
        check(&s).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn js_strings_with_lone_surrogates(units in js_units()) {
        let s = String::from_utf16_lossy(&units);
        prop_assert_eq!(s.encode_utf16().count(), units.len(), "lossy decoding must keep offsets");
        check(&s).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn arbitrary_bytes_read_lossily(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check(&String::from_utf8_lossy(&bytes)).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn alternating_quotes_and_digits(n in 1usize..200, open in prop::sample::select(vec!["\"", "“", "”", "'", "‘", "«"])) {
        let s: String = (0..n).map(|i| if i % 2 == 0 { open.to_string() } else { (i % 10).to_string() }).collect();
        check(&s).map_err(TestCaseError::fail)?;
    }
}

fn repeat(unit: &str, units16: usize) -> String {
    let per = unit.encode_utf16().count();
    unit.repeat(units16.div_ceil(per))
}

#[test]
fn empty_and_whitespace() {
    for s in ["", " ", "\n\n\n", "\u{A0}", "\u{FEFF}", "\0"] {
        check(s).unwrap();
    }
    let a = analyze("", &Options::default()).unwrap();
    assert!(a.sentences.is_empty() && a.numbers.is_empty() && a.attributions.is_empty());
}

#[test]
fn one_megabyte_without_spaces_or_punctuation() {
    check(&repeat("a", 1_000_000)).unwrap();
}

#[test]
fn one_megabyte_of_digits() {
    check(&repeat("7", 1_000_000)).unwrap();
}

#[test]
fn a_hundred_thousand_quote_marks() {
    check(&repeat("\"", 100_000)).unwrap();
    check(&repeat("“", 100_000)).unwrap();
    check(&repeat("“”‘’", 100_000)).unwrap();
}

#[test]
fn deeply_alternating_quotes_and_digits() {
    // Every other character starts a figure or a quote: the output is as big
    // as it gets (one number per two characters), so these stay at 40,000
    // units to keep the debug test run short (if this test gets slow, an engine
    // went quadratic: see the worst-case table of scripts/bench); scripts/bench runs 1 M.
    check(&repeat("\"1", 40_000)).unwrap();
    check(&repeat("“1”2", 40_000)).unwrap();
}

#[test]
fn dense_cues_and_unclosed_quotes() {
    check(&repeat("He said \"about 5% of $1 million ", 100_000)).unwrap();
}

#[test]
fn combining_marks_rtl_and_emoji() {
    check(&repeat("e\u{0301}\u{200F}\u{202E}👍🏽\u{200D}", 300_000)).unwrap();
}

#[test]
fn over_the_cap_is_a_clear_error() {
    let s = repeat("a", MAX_LENGTH + 1);
    match analyze(&s, &Options::default()) {
        Err(Error::TooLong { length, max }) => assert_eq!((length, max), (MAX_LENGTH + 1, MAX_LENGTH)),
        other => panic!("expected TooLong, got {:?}", other.map(|a| a.length)),
    }
    assert!(Error::TooLong { length: 3, max: 2 }.to_string().contains("too long"));
    // The cap counts UTF-16 units, not bytes: emoji are two units, four bytes.
    let emoji = "😀".repeat(MAX_LENGTH / 2 + 1);
    assert!(matches!(analyze(&emoji, &Options::default()), Err(Error::TooLong { .. })));
    // A caller may lower the cap, never raise it.
    let small = Options { max_length: Some(10) };
    assert!(matches!(analyze("eleven char", &small), Err(Error::TooLong { length: 11, max: 10 })));
    let big = Options { max_length: Some(usize::MAX) };
    assert!(matches!(analyze(&s, &big), Err(Error::TooLong { .. })));
}

#[test]
fn the_span_checker_catches_bad_spans() {
    let units: Vec<u16> = "a😀b".encode_utf16().collect();
    let mut n = 0;
    let ok = serde_json::json!({"x": [{"start": 1, "end": 3, "text": "😀"}]});
    assert_eq!(spans(&ok, &units, &mut n), Ok(()));
    assert_eq!(n, 1);
    let split = serde_json::json!({"x": [{"start": 1, "end": 2, "text": "?"}]});
    assert!(spans(&split, &units, &mut n).unwrap_err().contains("surrogate"));
    let wrong = serde_json::json!({"y": {"start": 0, "end": 1, "text": "b"}});
    assert_eq!(spans(&wrong, &units, &mut n).unwrap_err(), ".y: span 0..1 quotes \"a\" but says \"b\"");
    let out = serde_json::json!([{"start": 3, "end": 5, "text": "b"}]);
    assert!(spans(&out, &units, &mut n).unwrap_err().contains("out of bounds"));
}

/// Found by proptest (news_like_and_hostile_pieces) when the numbers and
/// checks engines first met: "attempt to subtract with overflow" in
/// src/checks/mod.rs (`cur.t0 - prev.t1` when two figures overlap); fixed
/// on main with `saturating_sub`.
#[test]
fn overlapping_dotted_figures_then_pronoun() {
    check("1.2.3 he TheThe").unwrap();
}

/// Inputs libFuzzer found (`fuzz/run`, artifacts crash-118b52c1, -8f985535,
/// -b93b51bb, -f01d021b; the fuzz target's mode byte dropped) on the numbers,
/// attribution and checks branches merged together before main took them.
/// Each has a figure whose thousands groups run on ("3,5003,500"), read as two
/// overlapping figures, and all four panicked with "attempt to subtract with
/// overflow" at src/checks/mod.rs:181 (`cur.t0 - prev.t1`), the bug of
/// `overlapping_dotted_figures_then_pronoun`; fixed on main. Regressions.
const FUZZ_RUN_ON_THOUSANDS: &[&[u8]] = &[
    b"e ministry, nearly 3,5003,500\xd9peo?ple were evacuat\x94 moreording t\xffo the ministry, nearly 4,5003,500Halow to 1.5 perhalf!cent. Hale said: \xe2\x80\x9cow to 1.5 perhea mzreaofficialsto than twceieticent.",
    b"Accong t\xffo the ministry, ney 3,5003,500\xd9peo?ple were evacuat\x94 more than twch numendent told reporters.",
    b"\xe2\x80\x9cWeA\x12\x00ministry, nearly 3,5003,500\xd9peo?ple were evacuacent. Hale said: \xe2\x80\x9cow to 1.5 perhea mo3,5003,500\xd9peo?ple went. Halow to 1.5 perha\x00\x00\x00\x00\x00\x00\xdf\x8d\x9eis Tues\xffdiy.2",
    b"\xe2\x80\x9cWe.will no Ruiz {a\x0b\x0a on Tuesday. She adde She added thal not raaxes,\xe2\x80\x9d Governor Ana Ruiz {a\x0b\xff\xff\xff\xff\xff\xffeAday. She added that about 44% of the 12,0003.5003.5useholddozen seen bijmi\xeclion.",
];

#[test]
fn fuzz_finds_figures_whose_thousands_groups_run_on() {
    for (i, bytes) in FUZZ_RUN_ON_THOUSANDS.iter().enumerate() {
        let text = String::from_utf8_lossy(bytes);
        check(&text).unwrap_or_else(|e| panic!("fuzz input {i}: {e}"));
    }
}
