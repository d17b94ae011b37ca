//! Arithmetic relations, on sentences written for these tests, with
//! hand-built number mentions.
#![cfg(not(target_arch = "wasm32"))]
mod checks_common;
use checks_common::*;
use factcheck::model::{FindingKind::Arithmetic, Severity};

#[test]
fn majority_that_holds() {
    let b = B::new("About 8,000 of the soldiers have crossed, a majority of the 10,000 sent to the region.")
        .count("8,000", 8000.0)
        .counted("soldiers")
        .count("10,000", 10000.0);
    let f = b.findings(Arithmetic);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].severity, Severity::Info);
    assert_eq!(f[0].rule, "arithmetic.proportion");
    assert!(f[0].message.contains("8,000 \u{F7} 10,000 = 80%"), "{}", f[0].message);
    assert!(f[0].message.contains("more than 50%"), "{}", f[0].message);
    spans_ok(b.text, &f);
}

#[test]
fn majority_that_does_not_hold() {
    let b = B::new("Some 4,000 workers joined the strike, a majority of the 10,000 at the plant.")
        .count("4,000", 4000.0)
        .counted("workers")
        .count("10,000", 10000.0);
    let f = b.findings(Arithmetic);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].severity, Severity::Check);
    assert!(f[0].message.contains("= 40%"), "{}", f[0].message);
    assert!(!f[0].message.to_lowercase().contains("false"));
}

#[test]
fn majority_with_the_part_in_the_previous_sentence() {
    let b = B::new("Officials counted 6,000 ballots on Monday. That was a majority of the 11,000 ballots cast.")
        .count("6,000", 6000.0)
        .counted("ballots")
        .count("11,000", 11000.0)
        .counted("ballots");
    let f = b.findings(Arithmetic);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].severity, Severity::Info);
}

#[test]
fn fractions_half_third_two_thirds() {
    let half = B::new("The agency hired 510 staff, half of the 1,000 it had promised.").count("510", 510.0).count("1,000", 1000.0);
    assert_eq!(half.findings(Arithmetic)[0].severity, Severity::Info);
    let third = B::new("Just 200 homes were rebuilt, a third of the 900 destroyed.").count("200", 200.0).count("900", 900.0);
    let f = third.findings(Arithmetic);
    assert_eq!(f[0].severity, Severity::Check, "{f:?}");
    assert!(f[0].message.contains("22.2%") && f[0].message.contains("33.3%"), "{}", f[0].message);
    let two = B::new("The city spent $40 million, two-thirds of the $60 million budget.")
        .num("$40 million", 40e6, factcheck::model::NumberKind::Money)
        .num("$60 million", 60e6, factcheck::model::NumberKind::Money);
    let f = two.findings(Arithmetic);
    assert_eq!(f[0].severity, Severity::Info, "{f:?}");
    let nearly = B::new("Police arrested 45 people, nearly half of the 100 detained.").count("45", 45.0).count("100", 100.0);
    assert_eq!(nearly.findings(Arithmetic)[0].severity, Severity::Info);
}

#[test]
fn percent_of_a_whole() {
    let ok =
        B::new("Of the 2,500 votes, 40% went to the mayor, or 1,000 votes.").count("2,500", 2500.0).pct("40%", 40.0).count("1,000", 1000.0);
    // `40% of` is not written here: no percent_of relation, and no invented one.
    assert!(ok.findings(Arithmetic).iter().all(|f| f.rule != "arithmetic.percent_of"));
    let b = B::new("The company cut 300 jobs, 15% of its 2,000 employees.")
        .count("300", 300.0)
        .counted("jobs")
        .pct("15%", 15.0)
        .count("2,000", 2000.0);
    let f = b.findings(Arithmetic);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].rule, "arithmetic.percent_of");
    assert_eq!(f[0].severity, Severity::Info);
    assert!(f[0].message.contains("15% of 2,000 = 300"), "{}", f[0].message);
    let bad = B::new("The company cut 500 jobs, 15% of its 2,000 employees.")
        .count("500", 500.0)
        .counted("jobs")
        .pct("15%", 15.0)
        .count("2,000", 2000.0);
    assert_eq!(bad.findings(Arithmetic)[0].severity, Severity::Check);
}

#[test]
fn out_of() {
    // Alone, `nine out of 12` states no relation: nothing to show.
    let b = B::new("Nine out of 12 judges agreed.").count("Nine", 9.0).count("12", 12.0);
    assert!(b.findings(Arithmetic).is_empty());
    let p = B::new("Some 30 of the 40 members, or 80%, voted yes.").count("30", 30.0).count("40", 40.0).pct("80%", 80.0);
    let f = p.findings(Arithmetic);
    assert_eq!(f[0].severity, Severity::Check, "{f:?}");
    assert!(f[0].message.contains("30 of 40 = 75%"), "{}", f[0].message);
    let big = B::new("Officials said 14 of the 12 seats were won.").count("14", 14.0).count("12", 12.0);
    assert_eq!(big.findings(Arithmetic)[0].severity, Severity::Check);
    // A plain `of` with nothing to compute gives nothing.
    assert!(B::new("Only 3 of the 10 bridges reopened.").count("3", 3.0).count("10", 10.0).findings(Arithmetic).is_empty());
}

#[test]
fn percent_change() {
    let b = B::new("Exports rose from 200 tonnes to 250 tonnes, a 25% increase.").count("200", 200.0).count("250", 250.0).pct("25%", 25.0);
    let f = b.findings(Arithmetic);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].severity, Severity::Info);
    assert!(f[0].message.contains("(250 \u{2212} 200) \u{F7} 200 = 25%"), "{}", f[0].message);
    let bad = B::new("Sales rose from 80 to 100, a 30% increase.").count("80", 80.0).count("100", 100.0).pct("30%", 30.0);
    assert_eq!(bad.findings(Arithmetic)[0].severity, Severity::Check);
    let down = B::new("Crime fell 10% to 900 cases from 1,000 cases.").pct("10%", 10.0).count("900", 900.0).count("1,000", 1000.0);
    let f = down.findings(Arithmetic);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].severity, Severity::Info, "{}", f[0].message);
    let wrong_way = B::new("Prices rose from 120 to 100 last year.").count("120", 120.0).count("100", 100.0);
    assert_eq!(wrong_way.findings(Arithmetic)[0].severity, Severity::Check);
}

#[test]
fn doubled_and_tripled() {
    let d = B::new("Enrolment doubled from 1,500 to 3,000 pupils.").count("1,500", 1500.0).count("3,000", 3000.0);
    let f = d.findings(Arithmetic);
    assert_eq!(f[0].rule, "arithmetic.multiplier");
    assert_eq!(f[0].severity, Severity::Info);
    let t = B::new("Fees tripled from 40 to 90 dollars.").count("40", 40.0).count("90", 90.0);
    let f = t.findings(Arithmetic);
    assert_eq!(f[0].severity, Severity::Check, "{f:?}");
    assert!(f[0].message.contains("2.25\u{D7}"), "{}", f[0].message);
}

#[test]
fn totals_of_listed_parts() {
    let b = B::new("A total of 40 people were hurt: 12 children, 20 women and 8 men.")
        .count("40", 40.0)
        .count("12", 12.0)
        .count("20", 20.0)
        .count("8", 8.0);
    let f = b.findings(Arithmetic);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].severity, Severity::Info);
    assert!(f[0].message.contains("12 + 20 + 8 = 40"), "{}", f[0].message);
    let bad = B::new("A total of 40 people were hurt: 12 children, 20 women and 10 men.")
        .count("40", 40.0)
        .count("12", 12.0)
        .count("20", 20.0)
        .count("10", 10.0);
    assert_eq!(bad.findings(Arithmetic)[0].severity, Severity::Check);
    let inc =
        B::new("A total of 40 people were hurt, including 12 children and 20 women.").count("40", 40.0).count("12", 12.0).count("20", 20.0);
    assert_eq!(inc.findings(Arithmetic)[0].severity, Severity::Info);
    // Figures not in a list are not parts.
    let none = B::new("A total of 40 people died in 2 attacks over 3 days.").count("40", 40.0).count("2", 2.0).count("3", 3.0);
    assert!(none.findings(Arithmetic).is_empty());
}

#[test]
fn totals_need_a_total_cue_and_a_placed_list() {
    // `total` as an adjective is not a stated total of the figures listed.
    let adj = B::new("Firms reported 900 total units and 300 leased units, but only 250 total units and 40 leased units elsewhere.")
        .count("900", 900.0)
        .count("300", 300.0)
        .count("250", 250.0)
        .count("40", 40.0);
    assert!(adj.findings(Arithmetic).is_empty());
    // Parts first, then the total.
    let before = B::new("Rescuers found 12 survivors in the north and 9 in the south, 21 in all.")
        .count("12", 12.0)
        .count("9", 9.0)
        .count("21", 21.0);
    let f = before.findings(Arithmetic);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].message.contains("12 + 9 = 21"), "{}", f[0].message);
}

#[test]
fn a_change_written_as_one_range_mention() {
    use factcheck::model::NumberKind::Money;
    let b = B::new("Ticket prices fell from $500 to $400 this year, a 20% drop.")
        .range("from $500 to $400", 400.0, 500.0, Money)
        .pct("20%", 20.0);
    let f = b.findings(Arithmetic);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].severity, Severity::Info, "{}", f[0].message);
    assert!(f[0].message.contains("from $500 to $400"), "{}", f[0].message);
    assert!(f[0].message.contains("(400 \u{2212} 500) \u{F7} 500 = -20%"), "{}", f[0].message);
    assert_eq!(f[0].spans[0].slice(b.text), "$500");
    spans_ok(b.text, &f);
    // A range that is not a change is left alone.
    let r = B::new("Between 400 and 500 people came.").range("400 and 500", 400.0, 500.0, factcheck::model::NumberKind::Count);
    assert!(r.findings(Arithmetic).is_empty());
}

#[test]
fn whole_first_then_part_then_majority() {
    let b = B::new("Of the 600 nurses polled, 420 backed the strike, a clear majority, the union said.")
        .count("600", 600.0)
        .count("420", 420.0);
    let f = b.findings(Arithmetic);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].severity, Severity::Info);
    assert!(f[0].message.contains("420 \u{F7} 600 = 70%"), "{}", f[0].message);
    let no = B::new("Of the 600 nurses polled, 220 backed the strike, a majority, the union said.").count("600", 600.0).count("220", 220.0);
    assert_eq!(no.findings(Arithmetic)[0].severity, Severity::Check);
    // `most` alone is not read as a share.
    assert!(B::new("Of the 600 nurses, 420 were most worried.").count("600", 600.0).count("420", 420.0).findings(Arithmetic).is_empty());
}

#[test]
fn doubled_with_the_earlier_figure_after_a_clause() {
    use factcheck::model::NumberKind::Money;
    let b = B::new("Revenue doubled to $900 million in the second quarter, up from $450 million a year earlier.")
        .num("$900 million", 900e6, Money)
        .num("$450 million", 450e6, Money);
    let f = b.findings(Arithmetic);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].rule, "arithmetic.multiplier");
    assert_eq!(f[0].severity, Severity::Info);
    assert!(f[0].message.contains("from $450 million to $900 million"), "{}", f[0].message);
}

#[test]
fn a_ratio_read_as_one_figure() {
    use factcheck::model::NumberKind::Ratio;
    let b = B::new("One in five households, or 30%, rely on aid.").num("One in five", 0.2, Ratio).pct("30%", 30.0);
    let f = b.findings(Arithmetic);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].severity, Severity::Check);
    assert!(f[0].message.contains("One in five = 20%; the text gives 30%"), "{}", f[0].message);
    let ok = B::new("Three out of four voters, or 75%, said yes.").num("Three out of four", 0.75, Ratio).pct("75%", 75.0);
    assert_eq!(ok.findings(Arithmetic)[0].severity, Severity::Info);
    // Alone, neither `nine out of 12` nor `one in five` has anything to check.
    assert!(B::new("Nine out of 12 judges agreed.").num("Nine out of 12", 0.75, Ratio).findings(Arithmetic).is_empty());
    assert!(B::new("One in five agreed.").num("One in five", 0.2, Ratio).findings(Arithmetic).is_empty());
}
