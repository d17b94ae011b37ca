//! Sentence segmentation on news-style text written for these tests.
#![cfg(not(target_arch = "wasm32"))]
use factcheck::doc::Doc;

fn split(text: &str) -> Vec<&str> {
    let d = Doc::new(text);
    d.sentences.iter().map(|s| &text[s.sp.start..s.sp.end]).collect()
}

#[test]
fn plain_sentences_split() {
    assert_eq!(split("The vote passed. Critics objected! Was it fair?"), ["The vote passed.", "Critics objected!", "Was it fair?"]);
}

#[test]
fn initialisms_and_times_do_not_split_before_names() {
    assert_eq!(split("The U.S. Army arrived at 9 a.m. Thursday in the city."), ["The U.S. Army arrived at 9 a.m. Thursday in the city."]);
    assert_eq!(split("Troops left the U.S. The base closed."), ["Troops left the U.S.", "The base closed."]);
}

#[test]
fn titles_never_end_a_sentence() {
    assert_eq!(
        split("Sen. Maria Lopez and Gen. Tom Reyes met Dr. Ann Wu. They talked."),
        ["Sen. Maria Lopez and Gen. Tom Reyes met Dr. Ann Wu.", "They talked."]
    );
    assert_eq!(split("Mr. Hale spoke to Gov. Park and Lt. Col. Dean."), ["Mr. Hale spoke to Gov. Park and Lt. Col. Dean."]);
}

#[test]
fn months_and_suffixes_split_only_before_a_sentence_start() {
    assert_eq!(split("The talks began on Nov. 5 in Geneva."), ["The talks began on Nov. 5 in Geneva."]);
    assert_eq!(split("Ray Dunn Jr. said he would run."), ["Ray Dunn Jr. said he would run."]);
    assert_eq!(split("It was signed by Ray Dunn Jr. The law took effect."), ["It was signed by Ray Dunn Jr.", "The law took effect."]);
    assert_eq!(split("Acme Corp. Chief Executive Lee Fox resigned."), ["Acme Corp. Chief Executive Lee Fox resigned."]);
}

#[test]
fn number_titles_only_before_figures() {
    assert_eq!(split("He ranked No. 3 in the poll."), ["He ranked No. 3 in the poll."]);
    assert_eq!(split("\u{201C}No.\u{201D} She left."), ["\u{201C}No.\u{201D}", "She left."]);
}

#[test]
fn initials_stay_with_their_name() {
    assert_eq!(split("John F. Kennedy and George W. Bush were named."), ["John F. Kennedy and George W. Bush were named."]);
    assert_eq!(split("He quoted Malcolm X. He then sat down."), ["He quoted Malcolm X.", "He then sat down."]);
}

#[test]
fn decimals_and_money_do_not_split() {
    assert_eq!(
        split("Growth was 3.5 percent, or $1.2 billion. Prices rose."),
        ["Growth was 3.5 percent, or $1.2 billion.", "Prices rose."]
    );
}

#[test]
fn ellipses() {
    assert_eq!(split("We waited... and waited. Then it came."), ["We waited... and waited.", "Then it came."]);
    assert_eq!(split("It was over\u{2026} The crowd left."), ["It was over\u{2026}", "The crowd left."]);
}

#[test]
fn sentences_ending_inside_quotes() {
    assert_eq!(
        split("\u{201C}We will not back down.\u{201D} The minister left. \u{201C}Why now?\u{201D} she asked."),
        ["\u{201C}We will not back down.\u{201D}", "The minister left.", "\u{201C}Why now?\u{201D} she asked."]
    );
    assert_eq!(split("He said: \"It is done.\" Then he left."), ["He said: \"It is done.\"", "Then he left."]);
}

#[test]
fn glued_sentences_split() {
    assert_eq!(
        split("The army described a Ukrainian incursion.That also raised fears."),
        ["The army described a Ukrainian incursion.", "That also raised fears."]
    );
    // a closing mark glued to the next word with no quote open was meant to
    // open it: it starts the next sentence, as a straight quote would
    assert_eq!(
        split("The mayor spoke on Thursday.\u{201D}I think we are ready,\u{201D} she said."),
        ["The mayor spoke on Thursday.", "\u{201D}I think we are ready,\u{201D} she said."]
    );
    assert_eq!(split("It ended in 2015.The next year began."), ["It ended in 2015.", "The next year began."]);
}

#[test]
fn glued_straight_quote_opens_the_next_sentence() {
    assert_eq!(split("He left early.\"We are done,\" she said."), ["He left early.", "\"We are done,\" she said."]);
}

#[test]
fn domains_and_acronyms_are_not_glued_sentences() {
    assert_eq!(split("Visit www.Example.com for more."), ["Visit www.Example.com for more."]);
    assert_eq!(split("The NATO.UN summit was odd."), ["The NATO.UN summit was odd."]);
}

#[test]
fn line_breaks_end_headlines_but_not_wrapped_lines() {
    assert_eq!(split("Storm hits coast\nThe storm arrived early."), ["Storm hits coast", "The storm arrived early."]);
    assert_eq!(split("The council regularly\napproves such plans."), ["The council regularly\napproves such plans."]);
}

#[test]
fn empty_and_odd_input() {
    assert!(split("").is_empty());
    assert!(split("   \n\n  ").is_empty());
    assert_eq!(split("..."), ["..."]);
    assert_eq!(split("\"\"\" . ? !"), ["\"\"\" . ? !"]);
    // Never a broken char boundary.
    for t in ["\u{1F600}.\u{1F600}. \u{201C}\u{2026}\u{201D}", "a.\u{a0}B. \u{2014}C.", "\u{0301}.A"] {
        for s in split(t) {
            assert!(!s.is_empty());
        }
    }
}

#[test]
fn an_emoji_before_a_capital_opens_a_sentence() {
    assert_eq!(split("We left. \u{1F30A} The water rose."), ["We left.", "\u{1F30A} The water rose."]);
    assert_eq!(split("We left \u{1F30A} the water rose."), ["We left \u{1F30A} the water rose."]);
}

#[test]
fn mixed_quote_styles_and_a_quote_before_a_line_break() {
    assert_eq!(
        split("\u{201C}It is over,\" she said, calling it \"a farce.\" Then she left."),
        ["\u{201C}It is over,\" she said, calling it \"a farce.\"", "Then she left."]
    );
    assert_eq!(split("He said it was a plot.\"\nThe end."), ["He said it was a plot.\"", "The end."]);
}
