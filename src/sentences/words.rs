//! The word tables of sentence segmentation (`segment.rs`): titles and
//! abbreviations after which a dot does not end a sentence, and words that
//! usually open one. Words are as written (case-sensitive), one
//! [`WordList`] each; the titles and state abbreviations shared with the
//! attribution engine come from [`crate::common_words`]. No offsets here.
use crate::wordlist::WordList;

/// Titles before a name: never end a sentence after them.
pub static TITLES: WordList = crate::abbreviated_titles!(crate::words;
    "Atty", "Brig", "Cmdr", "Cpl", "Fr", "Ft", "Gens", "Hon", "Messrs", "Mt", "Pres", "Pvt",
    "Supt", "vs", "Vs", "cf",
);
/// Titles only before a figure: `No. 3`, `Nos. 4 and 5`, `Art. 5`.
pub static NUMBER_TITLES: WordList = crate::words!["No", "Nos", "no", "Art", "Fig", "Vol", "pp", "Ch"];
/// Abbreviations that end a sentence only before a clear sentence start.
pub static ABBREVIATIONS: WordList = crate::state_abbreviations!(crate::words;
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun", "Inc", "Corp", "Co",
    "Ltd", "Jr", "Sr", "St", "Bros", "Ave", "Blvd", "Rd", "Dept", "Univ", "approx", "est",
    "etc", "mln", "bln", "min", "hr", "hrs", "sq", "ft", "lb", "lbs", "oz",
);
/// Dotted words that never end a sentence (`e.g.`, `i.e.`).
pub static NEVER_FINAL: WordList = crate::words!["e.g.", "i.e.", "E.g.", "I.e.", "viz."];
/// Capitalised words that usually open a sentence (used after `U.S.`, `Inc.`, initials).
pub static STARTERS: WordList = crate::words![
    "A", "According", "After", "Also", "Although", "An", "And", "As", "Asked", "At", "Before", "Both",
    "But", "By", "Despite", "During", "Each", "Earlier", "Even", "For", "From", "He", "Her", "His",
    "How", "However", "I", "If", "In", "Instead", "It", "Its", "Last", "Later", "Many", "Meanwhile",
    "More", "Most", "My", "No", "Not", "Now", "Officials", "On", "One", "Only", "Our", "She",
    "Since", "So", "Some", "Still", "That", "The", "Their", "Then", "There", "These", "They", "This",
    "Those", "To", "Under", "Until", "We", "What", "When", "Where", "While", "Who", "Why", "With",
    "Yet", "You",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segmentation_tables_have_no_duplicate_rows() {
        for (name, t) in [("TITLES", &TITLES), ("NUMBER_TITLES", &NUMBER_TITLES), ("ABBREVIATIONS", &ABBREVIATIONS), ("NEVER_FINAL", &NEVER_FINAL), ("STARTERS", &STARTERS)] {
            assert_eq!(t.problems(), Vec::<String>::new(), "{name}");
        }
        // a title stops a sentence end, a month only before a non-starter
        assert!(TITLES.has("Sen") && TITLES.has("Messrs") && !TITLES.has("sen"));
        assert!(ABBREVIATIONS.has("Calif") && ABBREVIATIONS.has("Sept") && !ABBREVIATIONS.has("Texas"));
    }
}
