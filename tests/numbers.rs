//! Behaviour of the numbers engine on sentences written for these tests
//! (no third-party evaluation text). Offsets are UTF-8 bytes.
#![cfg(not(target_arch = "wasm32"))]
use factcheck::doc::Doc;
use factcheck::model::{NumberKind as K, QualifierKind as Q};
use factcheck::numbers::find;

#[derive(Debug)]
struct N {
    text: String,
    value: Option<f64>,
    range: Option<[f64; 2]>,
    kind: K,
    unit: Option<String>,
    qual: Option<Q>,
    counted: Option<String>,
    rule: &'static str,
}

fn nums(text: &str) -> Vec<N> {
    let doc = Doc::new(text);
    find(&doc)
        .into_iter()
        .map(|m| N {
            text: m.span.slice(text).to_string(),
            value: m.value,
            range: m.range,
            kind: m.kind,
            unit: m.unit.clone(),
            qual: m.qualifier.as_ref().map(|q| q.kind),
            counted: m.counted.map(|c| c.slice(text).to_string()),
            rule: m.why.rule.id(),
        })
        .collect()
}

/// The only mention of `text`.
fn one(text: &str) -> N {
    let mut v = nums(text);
    assert_eq!(v.len(), 1, "expected one number in {text:?}, got {v:#?}");
    v.remove(0)
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() <= 1e-9 * b.abs().max(1.0))
}

fn value(text: &str, v: f64) {
    let n = one(text);
    assert!(close(n.value, v), "{text:?}: expected {v}, got {n:#?}");
}

#[test]
fn digits_separators_decimals_and_signs() {
    value("The agency hired 8,000 staff last spring.", 8000.0);
    value("Its share price closed at 3.5 on Friday.", 3.5);
    value("The index moved -2.4 points overnight.", -2.4);
    value("Output dropped by 1,234,567.5 units.", 1_234_567.5);
    value("Only .75 of the grant was spent.", 0.75);
    value("Roughly 3/4 of staff agreed.", 0.75);
}

#[test]
fn scales_in_words_and_abbreviations() {
    value("The city borrowed 1.2 million to fix roads.", 1.2e6);
    value("The firm raised $5bn last year.", 5e9);
    value("A transfer worth £3.2m was agreed.", 3.2e6);
    value("Almost 10k runners took part.", 1e4);
    value("The debt reached 2.3 trillion.", 2.3e12);
    value("It sold 4 hundred tickets.", 400.0);
}

#[test]
fn number_words() {
    value("The council has three members.", 3.0);
    value("She turned twenty-one in May.", 21.0);
    value("They counted three hundred and twelve ballots.", 312.0);
    value("He bought a dozen eggs.", 12.0);
    value("The rally drew half a million people.", 5e5);
    value("A third of voters stayed home.", 1.0 / 3.0);
    value("Three-quarters of the forest burned.", 0.75);
    value("The trip took one and a half days.", 1.5);
    value("Two and a half million homes lost power.", 2.5e6);
}

#[test]
fn plural_scales_are_vague_counts() {
    let n = one("Hundreds of protesters gathered outside.");
    assert_eq!(n.range, Some([100.0, 1000.0]));
    assert_eq!(n.rule, "number.vague");
    assert_eq!(n.counted.as_deref(), Some("protesters"));
    let n = one("Tens of thousands of fans sang.");
    assert_eq!(n.range, Some([1e4, 1e5]));
    let n = one("Dozens of shops closed early.");
    assert!(n.range.is_some() && n.value.is_none());
}

#[test]
fn money_with_symbols_codes_and_words() {
    let n = one("The bill came to $5 million.");
    assert_eq!((n.kind, n.unit.as_deref()), (K::Money, Some("USD")));
    assert!(close(n.value, 5e6));
    let n = one("Tickets cost €20 each.");
    assert_eq!(n.unit.as_deref(), Some("EUR"));
    let n = one("The loan was 300 million pounds.");
    assert_eq!((n.kind, n.unit.as_deref()), (K::Money, Some("GBP")));
    let n = one("Rent rose to USD 1,500 a month.");
    assert_eq!(n.unit.as_deref(), Some("USD"));
    let n = one("It only cost 3 dollars and 50 cents.");
    assert!(close(n.value, 3.5));
}

#[test]
fn percentages_and_points() {
    let n = one("Turnout was 12.5% in the north.");
    assert_eq!(n.kind, K::Percent);
    assert!(close(n.value, 12.5));
    assert_eq!(one("Sales fell 40 percent.").kind, K::Percent);
    assert_eq!(one("Prices rose 7 per cent in June.").kind, K::Percent);
    let n = one("Rates went up 2.5 percentage points.");
    assert_eq!((n.kind, n.unit.as_deref()), (K::Percent, Some("percentage points")));
}

#[test]
fn measures_and_durations() {
    let n = one("The road is 12 km long.");
    assert_eq!((n.kind, n.unit.as_deref()), (K::Measure, Some("km")));
    assert_eq!(one("They walked 30 miles.").unit.as_deref(), Some("mi"));
    assert_eq!(one("The ship carried 4,000 tonnes of grain.").kind, K::Measure);
    assert_eq!(one("Output hit 325,000 barrels per day.").unit.as_deref(), Some("bpd"));
    assert_eq!(one("It was 35 degrees Celsius at noon.").unit.as_deref(), Some("°C"));
    let n = one("The trial lasted three years.");
    assert_eq!((n.kind, n.unit.as_deref()), (K::Duration, Some("year")));
    let n = one("He is 5 feet 2 inches tall.");
    assert!(close(n.value, 62.0) && n.unit.as_deref() == Some("in"));
    let n = one("The talks ran for an hour and a half.");
    assert!(close(n.value, 1.5));
}

#[test]
fn years_dates_and_ordinals() {
    let n = one("The law passed in 2016 after a long fight.");
    assert_eq!((n.kind, n.value), (K::Year, Some(2016.0)));
    let n = one("Voting ends Nov. 5, 2024 at dusk.");
    assert_eq!((n.kind, n.text.as_str()), (K::Date, "Nov. 5, 2024"));
    assert_eq!(one("The vote is on 5 November.").kind, K::Date);
    assert!(nums("The vote is on Thursday.").is_empty());
    let n = one("She came third in the race.");
    assert_eq!((n.kind, n.value), (K::Ordinal, Some(3.0)));
    let n = one("It is the 21st attempt.");
    assert_eq!((n.kind, n.value), (K::Ordinal, Some(21.0)));
    assert_eq!(one("Rents doubled in the 1990s.").kind, K::Year);
    // a four-digit count before a plural noun stays a count
    assert_eq!(one("The plant employs 1500 workers.").kind, K::Count);
}

#[test]
fn ratios() {
    let n = one("One in five adults smokes.");
    assert_eq!(n.kind, K::Ratio);
    assert!(close(n.value, 0.2));
    let n = one("Roughly 3 out of 4 voters agreed.");
    assert!(close(n.value, 0.75));
    assert_eq!(n.qual, Some(Q::Approx));
}

#[test]
fn ranges() {
    assert_eq!(one("Expect 10-12 inches of snow.").range, Some([10.0, 12.0]));
    assert_eq!(one("Between 10 and 20 boats sank.").range, Some([10.0, 20.0]));
    assert_eq!(one("The fee is 10 to 12 dollars.").range, Some([10.0, 12.0]));
    let n = one("Rates will move from 5% to 7%.");
    assert_eq!((n.range, n.kind), (Some([5.0, 7.0]), K::Percent));
    let n = one("The fine could be $3 billion to $5 billion.");
    assert_eq!((n.range, n.kind), (Some([3e9, 5e9]), K::Money));
    let n = one("A cost of 89 to $93 billion was forecast.");
    assert_eq!(n.range, Some([89e9, 93e9]));
    // after a verb of change, "to" gives a new level, not a range
    let v = nums("Profit rose 15% to $415 million.");
    assert_eq!(v.len(), 2, "{v:#?}");
    assert!(v.iter().all(|n| n.range.is_none()));
}

#[test]
fn qualifiers() {
    for (text, q) in [
        ("There were about 40 cars.", Q::Approx),
        ("There were around 40 cars.", Q::Approx),
        ("There were roughly 40 cars.", Q::Approx),
        ("There were nearly 40 cars.", Q::Approx),
        ("There were almost 40 cars.", Q::Approx),
        ("There were some 40 cars.", Q::Approx),
        ("There were an estimated 40 cars.", Q::Approx),
        ("There were approximately 40 cars.", Q::Approx),
        ("There were ~40 cars.", Q::Approx),
        ("There were up to 40 cars.", Q::AtMost),
        ("There were as many as 40 cars.", Q::AtMost),
        ("There were no more than 40 cars.", Q::AtMost),
        ("There were under 40 cars.", Q::LessThan),
        ("There were fewer than 40 cars.", Q::LessThan),
        ("There were less than 40 cars.", Q::LessThan),
        ("It stayed below 40 degrees.", Q::LessThan),
        ("There were at least 40 cars.", Q::AtLeast),
        ("There were no fewer than 40 cars.", Q::AtLeast),
        ("There were more than 40 cars.", Q::MoreThan),
        ("There were over 40 cars.", Q::MoreThan),
        ("It stayed above 40 degrees.", Q::MoreThan),
        ("There were just over 40 cars.", Q::MoreThan),
        ("There were 40 cars or more.", Q::AtLeast),
    ] {
        let n = one(text);
        assert_eq!(n.qual, Some(q), "{text:?}: {n:#?}");
        assert!(close(n.value, 40.0), "{text:?}: {n:#?}");
    }
}

#[test]
fn the_thing_counted() {
    let n = one("Officials said about 8,000 North Korean soldiers had arrived.");
    assert_eq!(n.counted.as_deref(), Some("North Korean soldiers"));
    let v = nums("Officials counted 8,000 soldiers, and one aide put the figure higher, at up to 12,000.");
    let last = v.last().unwrap();
    assert_eq!((last.qual, last.counted.as_deref()), (Some(Q::AtMost), Some("soldiers")));
    let n = one("She was one of the most gifted and fearless players.");
    assert!(n.counted.as_deref().is_some_and(|c| c.ends_with("players")), "{n:#?}");
    let v = nums("The maker offers four, five or six seats.");
    assert!(v.iter().all(|n| n.counted.as_deref() == Some("seats")), "{v:#?}");
    assert_eq!(one("It needs a four-cylinder engine.").counted.as_deref(), Some("cylinder engine"));
}

#[test]
fn names_ids_times_phones_links_are_not_numbers() {
    for text in [
        "COVID-19 cases rose.",
        "The Boeing 737 was grounded.",
        "Leaders met at the G7 summit.",
        "The S&P 500 closed lower.",
        "NATO invoked Article 5 once.",
        "Call 555-123-4567 for help.",
        "See https://example.com/2024/report-55 for more.",
        "The meeting starts at 9:30 sharp.",
        "Doors open at 7pm.",
        "He is the one who called.",
        "They helped one another.",
        "Read the 4G report.",
        "We want a strong partner, not a weaker one.",
        "One should never guess.",
        "They met one-on-one.",
        "It will happen one way or another.",
        "The tweet 783499116076687360 was deleted.",
        "Prices soared in the 80s.",
    ] {
        let v = nums(text);
        assert!(v.is_empty(), "{text:?} gave {v:#?}");
    }
    let n = one("One of them was arrested.");
    assert_eq!(n.value, Some(1.0));
}

#[test]
fn restated_figures_are_one_mention() {
    let n = one("The notice gives five (5) days to reply.");
    assert_eq!((n.value, n.kind), (Some(5.0), K::Duration));
}

#[test]
fn every_mention_has_a_rule_and_a_reason() {
    let text = "About 8,000 people paid $5 million, up 12% from 2019, between 10 and 20 km away.";
    let doc = Doc::new(text);
    let ms = find(&doc);
    assert!(ms.len() >= 4);
    for m in &ms {
        assert!(m.why.rule.id().starts_with("number."));
        assert!(m.why.reason.ends_with('.') && m.why.reason.len() > 10, "{:?}", m.why);
    }
    let money = ms.iter().find(|m| m.why.rule == "number.money").unwrap();
    assert_eq!(money.why.reason, "A sum of money: 5 million US dollars.");
    let first = &ms[0];
    assert!(first.why.reason.contains("“About”"), "{:?}", first.why);
}

#[test]
fn mentions_are_sorted_disjoint_and_on_char_boundaries() {
    let text = "Über 3,5 Mio.? No — “about 12%” of 2,000 café owners 🧁 paid €40\u{a0}000, i.e. ½ of it; 2–3 left.";
    let doc = Doc::new(text);
    let ms = find(&doc);
    assert!(!ms.is_empty());
    for w in ms.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "{:?}", w);
    }
    for m in &ms {
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
    }
}

#[test]
fn bad_input_gives_no_panic() {
    for text in [
        "",
        " ",
        "\0\u{1}\u{7f}",
        "<p>12</p><br/>",
        "----1----",
        "$$$ %%% 1e",
        "1/0",
        "9".repeat(400).as_str(),
        "½¾⅔",
        "a an the half a",
        "\u{feff}\u{200b}5",
    ] {
        let doc = Doc::new(text);
        let _ = find(&doc);
    }
    let huge = "one two three 4,5,6 $7bn - ".repeat(20_000);
    let doc = Doc::new(&huge);
    assert!(find(&doc).len() > 20_000);
}

#[test]
fn lexicon_tables_are_sorted_for_binary_search() {
    use factcheck::numbers::{counted, lexicon as l, qualifier as q, unit_table, units};
    fn sorted<T>(name: &str, t: &[(&str, T)]) {
        for w in t.windows(2) {
            assert!(w[0].0 <= w[1].0, "{name}: {:?} before {:?}", w[0].0, w[1].0);
        }
    }
    sorted("CARDINALS", l::CARDINALS);
    sorted("SCALES", l::SCALES);
    sorted("ORDINALS", l::ORDINALS);
    sorted("FRACTIONS", l::FRACTIONS);
    sorted("MONTHS", l::MONTHS);
    sorted("NAME_BEFORE", l::NAME_BEFORE.table());
    sorted("CHANGE_VERBS", l::CHANGE_VERBS.table());
    sorted("UNITS", unit_table::units());
    sorted("CURRENCY_BEFORE", units::CURRENCY_BEFORE);
    sorted("BEFORE", q::BEFORE);
    sorted("AFTER", q::AFTER);
    sorted("STOP", counted::STOP.table());
}

#[test]
fn word_sets_keep_every_word() {
    use factcheck::numbers::{counted, lexicon as l};
    assert_eq!(l::NAME_BEFORE.table().len(), 54);
    assert_eq!(l::CHANGE_VERBS.table().len(), 66);
    assert_eq!(counted::STOP.table().len(), 173);
    assert!(counted::STOP.table().iter().all(|(w, _)| !w.is_empty() && !w.contains(char::is_whitespace)));
}
