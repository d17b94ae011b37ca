//! Issue 15, class by class: numbers inside names are not figures, currencies
//! written around the number, glued units and ranges, the thing counted and
//! qualifiers on both sides. Every text is written for this file (no
//! evaluation text); each asserts the whole list of figures found, so a name
//! that turns into a figure, or a near-miss that stops being one, fails.
#![cfg(not(target_arch = "wasm32"))]
use factcheck::doc::Doc;
use factcheck::model::{NumberKind as K, QualifierKind as Q};
use factcheck::numbers::find;

/// One expected figure: its text, value (or range), kind, unit, qualifier
/// and thing counted.
struct E {
    text: &'static str,
    value: V,
    kind: K,
    unit: Option<&'static str>,
    qual: Option<Q>,
    counted: Option<&'static str>,
}

enum V {
    One(f64),
    Range(f64, f64),
}

fn e(text: &'static str, value: f64, kind: K) -> E {
    E { text, value: V::One(value), kind, unit: None, qual: None, counted: None }
}

fn r(text: &'static str, lo: f64, hi: f64, kind: K) -> E {
    E { text, value: V::Range(lo, hi), kind, unit: None, qual: None, counted: None }
}

impl E {
    fn unit(mut self, u: &'static str) -> E {
        self.unit = Some(u);
        self
    }
    fn qual(mut self, q: Q) -> E {
        self.qual = Some(q);
        self
    }
    fn counted(mut self, c: &'static str) -> E {
        self.counted = Some(c);
        self
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

/// `text` has exactly the figures `want`, in order.
fn expect(text: &str, want: &[E]) {
    let got = find(&Doc::new(text));
    let show: Vec<String> = got.iter().map(|m| format!("{:?} {:?} {:?}", m.span.slice(text), m.value, m.kind)).collect();
    assert_eq!(got.len(), want.len(), "{text:?}: got {show:#?}");
    for (m, w) in got.iter().zip(want) {
        let what = format!("{text:?} / {:?}", w.text);
        assert_eq!(m.span.slice(text), w.text, "{what}: span");
        match w.value {
            V::One(v) => assert!(m.value.is_some_and(|x| close(x, v)), "{what}: value {:?}", m.value),
            V::Range(lo, hi) => {
                assert!(m.range.is_some_and(|[a, b]| close(a, lo) && close(b, hi)), "{what}: range {:?}", m.range)
            }
        }
        assert_eq!(m.kind, w.kind, "{what}: kind");
        assert_eq!(m.unit.as_deref(), w.unit, "{what}: unit");
        assert_eq!(m.qualifier.as_ref().map(|q| q.kind), w.qual, "{what}: qualifier");
        assert_eq!(m.counted.map(|c| c.slice(text)), w.counted, "{what}: counted");
    }
}

#[test]
fn numbers_inside_names_are_not_figures() {
    expect("The carmaker said the Galaxy S24 Ultra outsold the Pixel 9 in March.", &[]);
    expect("Users upgrading to Windows 11 reported fewer crashes, the company said.", &[]);
    expect("The city rolled out 5G coverage while rural areas still rely on 4G.", &[]);
    expect("Fans packed the stadium for Super Bowl 50, and the film about Apollo 11 sold out.", &[]);
    expect("She reread Catch-22 on the train and missed her stop.", &[]);
    expect("The 76ers beat the Celtics after a pileup closed I-80 and Route 66.", &[]);
    expect("Passengers for the late flight waited at Gate B12 while staff cleared platform 9.", &[]);
    expect("He was moved to seat 14C, two rows behind the crew.", &[e("two", 2.0, K::Count).counted("rows")]);
    expect("Covid-19 wards reopened after Formula 1 left town.", &[]);
    expect("The coach spoke to BBC One after Game 7 of the series.", &[]);
    expect("The helpline is staffed 24/7 by volunteers.", &[]);
}

#[test]
fn references_and_unit_exponents_are_not_figures() {
    expect("An earlier survey [12] found 40 cases.", &[e("40", 40.0, K::Count).counted("cases")]);
    expect("Earlier work [3, 7] disagreed.", &[e("7", 7.0, K::Count)]);
    expect("The river carries 5 m3 s−1 in summer.", &[e("5 m3", 5.0, K::Measure).unit("m³")]);
    expect("Yields reached 4 t ha-1 on the best plots.", &[e("4 t", 4.0, K::Measure).unit("t")]);
    // a minus after a word that is no unit stays a figure: a score or a code
    expect("The visitors led 21-14 at half time.", &[r("21-14", 21.0, 14.0, K::Count)]);
}

#[test]
fn phone_numbers_are_not_figures() {
    expect("For bookings call 020 7946 0958 or +1 212 555 0187 before noon.", &[]);
    expect("The hotline, (212) 555-0187, opens at dawn.", &[]);
    expect("Dial +44 161 496 0000 to reach the desk.", &[]);
}

#[test]
fn near_misses_stay_figures() {
    expect("Storms knocked out power to 11 people on the island, officials said.", &[e("11", 11.0, K::Count).counted("people")]);
    expect("Analysts counted iPhone sales of 11 million in the quarter.", &[e("11 million", 11e6, K::Count)]);
    expect("The 5 largest banks posted losses.", &[e("5", 5.0, K::Count).counted("largest banks")]);
    // a capitalised word before a count of a plural noun: still a count
    expect("Officials told Reuters 40 soldiers had crossed.", &[e("40", 40.0, K::Count).counted("soldiers")]);
    // a headline in title case: the capitalised word is a verb, not a name
    expect("Storm Kills 12 In Coastal Town", &[e("12", 12.0, K::Count)]);
    expect("Tornado Flattens 40 Homes", &[e("40", 40.0, K::Count).counted("Homes")]);
    expect("Leaders of the European Union 27 member states met.", &[e("27", 27.0, K::Count).counted("member states")]);
    // a year after a name stays a year; a range after a capitalised word stays a range
    expect("The report compared Ford 2019 with Ford 2021.", &[e("2019", 2019.0, K::Year), e("2021", 2021.0, K::Year)]);
    expect("The recipe needs 3/2 cups of flour.", &[e("3/2 cups", 1.5, K::Measure).unit("cup")]);
    expect("Lava covered Mars 1-2 billion years ago.", &[r("1-2 billion years", 1e9, 2e9, K::Duration).unit("year")]);
    // ordinals after a name are ordinals: "Ortiz 96th-minute winner"
    expect("Fans cheered the Ortiz 96th-minute winner.", &[e("96th", 96.0, K::Ordinal)]);
}

#[test]
fn currencies_written_around_the_number() {
    expect("The firm booked a loss of $US12.4m on the sale.", &[e("$US12.4m", 12.4e6, K::Money).unit("USD")]);
    expect("Miners raised $A3.1bn from investors, the exchange said.", &[e("$A3.1bn", 3.1e9, K::Money).unit("AUD")]);
    expect("The flat in Kowloon sold for HK$80,000 a square metre.", &[e("HK$80,000", 80_000.0, K::Money).unit("HKD")]);
    expect(
        "Ottawa pledged C$40 million and Wellington NZ$5m to the fund.",
        &[e("C$40 million", 40e6, K::Money).unit("CAD"), e("NZ$5m", 5e6, K::Money).unit("NZD")],
    );
    expect(
        "The bank earned €5bn, while the yen deal was worth ¥500 billion.",
        &[e("€5bn", 5e9, K::Money).unit("EUR"), e("¥500 billion", 500e9, K::Money).unit("JPY")],
    );
    expect(
        "Zurich fined the lender CHF 40 million, or about 40 francs per client.",
        &[e("CHF 40 million", 40e6, K::Money).unit("CHF"), e("about 40 francs", 40.0, K::Money).unit("CHF").qual(Q::Approx)],
    );
    expect(
        "A pint now costs 80 pence, up from 65p last year.",
        &[e("80 pence", 80.0, K::Money).unit("CENT"), e("65p", 65.0, K::Money).unit("GBX")],
    );
    expect("He signed a $2.5bn-a-year deal.", &[e("$2.5bn", 2.5e9, K::Money).unit("USD")]);
    // a conversion in brackets: two figures, each with its own currency
    expect(
        "The bond was priced at £10m ($13m) on Monday.",
        &[e("£10m", 10e6, K::Money).unit("GBP"), e("$13m", 13e6, K::Money).unit("USD")],
    );
    expect("Ministers set aside S$300 and R$1.5bn.", &[e("S$300", 300.0, K::Money).unit("SGD"), e("R$1.5bn", 1.5e9, K::Money).unit("BRL")]);
}

#[test]
fn glued_units_and_ranges() {
    expect("Readings showed 2.14degF of warming at the site.", &[e("2.14degF", 2.14, K::Measure).unit("°F")]);
    expect("Set the oven to 180 degrees C before baking.", &[e("180 degrees C", 180.0, K::Measure).unit("°C")]);
    expect(
        "Crews built a 10-foot wall against winds of 5km/h.",
        &[e("10-foot", 10.0, K::Measure).unit("ft"), e("5km/h", 5.0, K::Measure).unit("km/h")],
    );
    expect("Tickets cost between 20 and 30 dollars.", &[r("between 20 and 30 dollars", 20.0, 30.0, K::Money).unit("USD")]);
    expect("Fares rose 5-7 percent over the period.", &[r("5-7 percent", 5.0, 7.0, K::Percent).unit("%")]);
    expect("The trip takes 3 to 4 hours by road.", &[r("3 to 4 hours", 3.0, 4.0, K::Duration).unit("hour")]);
    expect("The hospital treated 30–40 patients a day.", &[r("30–40", 30.0, 40.0, K::Count).counted("patients")]);
}

#[test]
fn the_thing_counted() {
    expect(
        "The plant will take on 30,000 new would-be workers next year.",
        &[e("30,000", 30_000.0, K::Count).counted("new would-be workers")],
    );
    expect("The group has a workforce of 2,000 across Europe.", &[e("2,000", 2000.0, K::Count).counted("workforce")]);
    expect("It laid off 2,000 of its employees in March.", &[e("2,000", 2000.0, K::Count).counted("employees")]);
    expect("Developers sold half of the condos before the tower opened.", &[e("half", 0.5, K::Count).counted("condos")]);
    expect("Police said 300 protesters gathered outside the ministry.", &[e("300", 300.0, K::Count).counted("protesters")]);
    expect("Rescuers said 12 died and 40 injured were flown out.", &[e("12", 12.0, K::Count), e("40", 40.0, K::Count).counted("injured")]);
    expect("The navy sent a fleet of 40 to the strait.", &[e("40", 40.0, K::Count).counted("fleet")]);
    expect(
        "Some 200 of the 350 delegates walked out.",
        &[e("Some 200", 200.0, K::Count).qual(Q::Approx).counted("delegates"), e("350", 350.0, K::Count).counted("delegates")],
    );
    expect(
        "Roughly a third of the country's 20 million households lack broadband.",
        &[
            e("Roughly a third", 1.0 / 3.0, K::Count).qual(Q::Approx).counted("households"),
            e("20 million", 20e6, K::Count).counted("households"),
        ],
    );
    // a count with no noun takes the one before it; a score stays one mention, ends as written
    expect(
        "Employers added 180,000 jobs, above forecasts of 150,000.",
        &[e("180,000", 180_000.0, K::Count).counted("jobs"), e("150,000", 150_000.0, K::Count).counted("jobs")],
    );
    expect(
        "About 30,000 fans saw the hosts win 3-1.",
        &[e("About 30,000", 30_000.0, K::Count).qual(Q::Approx).counted("fans"), r("3-1", 3.0, 1.0, K::Count)],
    );
}

#[test]
fn qualifiers_on_both_sides() {
    expect("Some 300 people attended the vigil.", &[e("Some 300", 300.0, K::Count).qual(Q::Approx).counted("people")]);
    expect("Officials said 300 or so residents turned out.", &[e("300 or so", 300.0, K::Count).qual(Q::Approx).counted("residents")]);
    expect(
        "Nearly 1 in 4 adults skip breakfast, the survey found.",
        &[e("Nearly 1 in 4", 0.25, K::Ratio).qual(Q::Approx).counted("adults")],
    );
    expect("As many as 50 homes were destroyed, officials said.", &[e("As many as 50", 50.0, K::Count).qual(Q::AtMost).counted("homes")]);
    expect("The startup is valued at north of $1bn.", &[e("north of $1bn", 1e9, K::Money).unit("USD").qual(Q::MoreThan)]);
    expect("Upward of 60 firms bid for the contract.", &[e("Upward of 60", 60.0, K::Count).qual(Q::MoreThan).counted("firms")]);
    expect("Turnout was just shy of 70 percent.", &[e("just shy of 70 percent", 70.0, K::Percent).unit("%").qual(Q::LessThan)]);
    expect("Sales rose a little over 3 percent in May.", &[e("a little over 3 percent", 3.0, K::Percent).unit("%").qual(Q::MoreThan)]);
    expect(
        "The museum drew 300-odd visitors on its first day.",
        &[e("300-odd", 300.0, K::Count).qual(Q::Approx).counted("visitors"), e("first", 1.0, K::Ordinal)],
    );
    expect(
        "Fares ran as high as $500 and as low as $20.",
        &[
            e("as high as $500", 500.0, K::Money).unit("USD").qual(Q::AtMost),
            e("as low as $20", 20.0, K::Money).unit("USD").qual(Q::AtLeast),
        ],
    );
    expect(
        "The striker is 30-ish and his coach 60ish.",
        &[e("30-ish", 30.0, K::Count).qual(Q::Approx), e("60ish", 60.0, K::Count).qual(Q::Approx)],
    );
    expect("Support fell just short of 60 percent.", &[e("just short of 60 percent", 60.0, K::Percent).unit("%").qual(Q::LessThan)]);
    expect("Rents fell south of $900 a month.", &[e("south of $900", 900.0, K::Money).unit("USD").qual(Q::LessThan)]);
    // "or greater than": the comparison goes on, so `or greater` is no qualifier
    expect(
        "A score of 200 or greater than 190 is needed.",
        &[e("200", 200.0, K::Count), e("greater than 190", 190.0, K::Count).qual(Q::MoreThan)],
    );
}
