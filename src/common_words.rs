//! Word lists more than one engine reads, each defined once: abbreviated
//! titles (sentence segmentation, attribution sources), US state
//! abbreviations (segmentation, attribution) and organisation words
//! (attribution entities, the ClaimReview export). Each is a macro of rows
//! that builds the caller's own table type with the caller's extra rows:
//! `crate::state_abbreviations!(crate::words; "Jan", "Feb")` is a
//! [`crate::wordlist::WordList`] of the states plus two months. Words are
//! as written (case-sensitive). No offsets here.

/// Abbreviated titles written before a name (`Sen.`, `Dr.`, `Gov.`).
#[macro_export]
macro_rules! abbreviated_titles {
    ($($m:ident)::+; $($extra:literal),* $(,)?) => {
        $($m)::+![
            "Adm", "Capt", "Col", "Dr", "Gen", "Gov", "Lt", "Maj", "Mr", "Mrs", "Ms", "Prof",
            "Rep", "Reps", "Rev", "Sen", "Sens", "Sgt",
            $($extra),*
        ]
    };
}

/// US state abbreviations as news style writes them, without dots (`Calif.`, `Va.`).
#[macro_export]
macro_rules! state_abbreviations {
    ($($m:ident)::+; $($extra:literal),* $(,)?) => {
        $($m)::+![
            "Calif", "Conn", "Fla", "Ill", "Mass", "Mich", "Minn", "Tenn", "Tex", "Va", "Wash", "Wis",
            "Ariz", "Colo", "Ga", "Ky", "La", "Md", "Mo", "Nev", "Okla", "Ore", "Pa", "Ala",
            "Ark", "Del", "Kan", "Miss", "Mont", "Neb", "Vt", "Wyo",
            $($extra),*
        ]
    };
}

/// Capitalised words that make a name an organisation (`Defence Ministry`, `World Bank`).
#[macro_export]
macro_rules! organisation_words {
    ($($m:ident)::+; $($extra:literal),* $(,)?) => {
        $($m)::+![
            "Ministry", "Department", "Agency", "Service", "Office", "Council", "Nations", "Union",
            "Committee", "Commission", "Government", "Army", "Police", "Party", "Group", "Bank",
            "Company", "Institute", "University", "Court", "Association", "Organization", "Board", "Authority",
            $($extra),*
        ]
    };
}

#[cfg(test)]
mod tests {
    #[test]
    fn shared_lists_have_no_duplicate_rows() {
        for (name, list) in [
            ("abbreviated_titles", crate::abbreviated_titles!(crate::words;)),
            ("state_abbreviations", crate::state_abbreviations!(crate::words;)),
            ("organisation_words", crate::organisation_words!(crate::words;)),
        ] {
            assert_eq!(list.problems(), Vec::<String>::new(), "{name}");
            assert!(list.iter().count() >= 18, "{name}");
        }
        assert!(crate::state_abbreviations!(crate::words; "Jan").has("Jan"));
        assert!(crate::state_abbreviations!(crate::words; "Jan").has("Calif"));
    }
}
