//! The fixture corpus: news-style paragraphs written for this project
//! (fictional people and events). Shared by the native snapshot test and
//! the wasm test, which checks the browser build gives the same JSON.
//! `tests/corpus.rs` fails when a file in fixtures/corpus is not listed here.
pub const FIXTURES: &[(&str, &str)] = &[
    ("01_curly_direct", include_str!("../fixtures/corpus/01_curly_direct.txt")),
    ("02_straight_direct", include_str!("../fixtures/corpus/02_straight_direct.txt")),
    ("03_em_dash_according", include_str!("../fixtures/corpus/03_em_dash_according.txt")),
    ("04_nbsp_money", include_str!("../fixtures/corpus/04_nbsp_money.txt")),
    ("05_emoji_before_quote", include_str!("../fixtures/corpus/05_emoji_before_quote.txt")),
    ("06_multi_paragraph_quote", include_str!("../fixtures/corpus/06_multi_paragraph_quote.txt")),
    ("07_split_quote", include_str!("../fixtures/corpus/07_split_quote.txt")),
    ("08_conflicting_figures", include_str!("../fixtures/corpus/08_conflicting_figures.txt")),
    ("09_percent_change", include_str!("../fixtures/corpus/09_percent_change.txt")),
    ("10_majority_relation", include_str!("../fixtures/corpus/10_majority_relation.txt")),
    ("11_mixed_quote", include_str!("../fixtures/corpus/11_mixed_quote.txt")),
    ("12_impersonal_vague", include_str!("../fixtures/corpus/12_impersonal_vague.txt")),
    ("13_doubled", include_str!("../fixtures/corpus/13_doubled.txt")),
    ("14_abbreviations", include_str!("../fixtures/corpus/14_abbreviations.txt")),
    ("15_opinion_boilerplate", include_str!("../fixtures/corpus/15_opinion_boilerplate.txt")),
    ("16_question", include_str!("../fixtures/corpus/16_question.txt")),
    ("17_measures", include_str!("../fixtures/corpus/17_measures.txt")),
    ("18_not_numbers", include_str!("../fixtures/corpus/18_not_numbers.txt")),
    ("19_glued", include_str!("../fixtures/corpus/19_glued.txt")),
    ("20_ratio_fraction", include_str!("../fixtures/corpus/20_ratio_fraction.txt")),
    ("21_single_quotes_apostrophes", include_str!("../fixtures/corpus/21_single_quotes_apostrophes.txt")),
    ("22_denial_mixed", include_str!("../fixtures/corpus/22_denial_mixed.txt")),
    ("23_expectation_some_say", include_str!("../fixtures/corpus/23_expectation_some_say.txt")),
    ("24_unbalanced_quote", include_str!("../fixtures/corpus/24_unbalanced_quote.txt")),
];
