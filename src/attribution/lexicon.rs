//! Data tables of the attribution engine: cue verbs with their forms and
//! the constructions they allow, reporting phrases, noun and time words
//! around cues, pronouns and the small closed word classes the phrase
//! scanners use. Pure data plus lookups; no offsets here (callers hold UTF-8 byte
//! offsets and token indices). Source-phrase tables live in [`super::names`]
//! and are re-exported here.
pub use super::cues::*;
pub use super::names::*;
use crate::wordlist::{WordList, WordMap};
use crate::rules::Rule;

/// Reporting phrases that are not verbs: rule id and what they mean.
pub struct Phrase {
    pub words: &'static [&'static str],
    pub rule: Rule,
    pub message: &'static str,
}

pub static PHRASES: &[Phrase] = &[
    Phrase { words: &["according", "to"], rule: Rule::AttributionAccordingTo, message: "“according to”" },
    Phrase { words: &["was", "quoted", "as", "saying"], rule: Rule::AttributionQuotedAs, message: "“quoted as saying”" },
    Phrase { words: &["were", "quoted", "as", "saying"], rule: Rule::AttributionQuotedAs, message: "“quoted as saying”" },
    Phrase { words: &["is", "quoted", "as", "saying"], rule: Rule::AttributionQuotedAs, message: "“quoted as saying”" },
];

/// Impersonal passives: `it is said that ...`, `it was believed that ...`.
pub const IMPERSONAL_BE: &[&str] = &["is", "was", "has been", "had been", "are", "were"];
pub static IMPERSONAL_VERBS: WordList = crate::words![
    "said", "believed", "reported", "thought", "expected", "estimated", "alleged", "claimed", "understood", "rumored",
    "feared", "known", "argued", "suggested",
];

/// Forms of `be` (passives, copulas).
pub static BE: WordList = crate::words!["is", "was", "were", "are", "be", "been", "being"];

/// Cue forms that are mostly plural nouns in news text (`battleground
/// states`, `his remarks`): cues only before an explicit `that`.
pub static NOUN_FORMS: WordList = crate::words!["states", "remarks"];

/// Passives of expectation with an unnamed holder: `X is expected to …`.
pub static EXPECTATION_PASSIVES: WordList = crate::words!["expected", "projected", "predicted", "forecast", "slated"];

/// Nouns that make a possessive a source: `the agency's estimate`.
pub static CUE_NOUNS: WordList = crate::words![
    "estimate", "estimates", "assessment", "assessments", "view", "claim", "claims", "argument", "forecast",
    "projection", "projections", "prediction", "belief", "contention", "position",
];

/// Documents and data that "show" or "find" things: with these as the
/// source, `shows`/`found` need no `that`.
pub static DOC_SOURCES: WordList = crate::words![
    "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "data", "analysis", "video",
    "videos", "footage", "figures", "numbers", "results", "research", "review", "audit", "investigation", "records",
    "documents", "emails", "memo", "filing", "filings", "statistics", "estimates", "projections", "census", "probe",
    "average", "averages", "tally", "model", "models", "judge", "court", "jury", "panel",
];

/// Documents whose findings an opening `In …,` phrase attributes:
/// `In a new poll, …`, `In its annual report, …`.
pub static FINDING_DOCS: WordList =
    crate::words!["poll", "polls", "survey", "surveys", "study", "report", "analysis", "audit", "review", "census"];

/// Number words after `about` that make it a qualifier (`said about half`).
pub static NUMBER_WORDS: WordList = crate::words![
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
    "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "dozen",
    "dozens", "half", "billion", "billions",
];

/// Person pronouns as sources, with gender: 'm', 'f', 'p' (plural), 'n' (it), 'x' (any).
pub static PRONOUNS: WordMap<char> = WordMap::new(&[
    ("he", 'm'), ("her", 'f'), ("him", 'm'), ("his", 'm'), ("i", 'x'), ("it", 'n'), ("she", 'f'), ("they", 'p'), ("we", 'p'), ("which", 'n'), ("who", 'x'), ("you", 'x'),
]);

/// The gender of a (lower-case) person pronoun.
pub fn pronoun(lower: &str) -> Option<char> {
    PRONOUNS.get(lower)
}

/// Words that open a noun phrase.
pub static DETERMINERS: WordList = crate::words![
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "some", "many",
    "several", "other", "another", "both", "all", "most", "each", "any", "few", "two", "three", "four", "five",
    "one", "more", "numerous", "multiple", "top", "senior",
];

/// Words that never sit inside a source phrase (walking stops there).
pub static STOP: WordList = crate::words![
    "and", "or", "but", "if", "when", "while", "because", "as", "that", "which", "what", "where", "why", "how",
    "than", "then", "so", "yet", "nor", "is", "was", "are", "were", "be", "been", "being", "has", "have", "had",
    "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "not", "no",
    "to", "in", "on", "at", "by", "with", "from", "into", "about", "after", "before", "since", "until", "over",
    "under", "against", "during", "through", "without", "also", "just", "only", "even", "still", "there", "here",
    "him", "them", "us", "me", "it", "he", "she", "they", "we", "i", "you", "who", "whom", "whose", "said", "says",
    "say", "told", "this", "last", "next", "week", "ago", "today", "yesterday", "tonight", "now", "later", "of",
    "for", "once", "again", "among", "like", "unlike", "whether", "though", "although", "however", "meanwhile",
    "asked", "speaking", "per", "via", "up", "out", "off", "down", "too", "very", "said.", "earlier", "ever",
];

/// Words between a subject and its cue: `has also said`, `later told`.
pub static AUX: WordList = crate::words![
    "has", "have", "had", "also", "later", "then", "previously", "would", "will", "could", "did", "does", "do",
    "again", "once", "first", "further", "earlier", "often", "long", "already", "even", "still", "may",
    "might", "reportedly", "recently", "repeatedly", "publicly", "privately", "frequently", "never", "ever", "just",
    "flatly", "firmly", "simply", "separately", "subsequently", "initially", "originally", "correctly", "falsely",
    "wrongly", "rightly", "openly", "quickly", "immediately", "explicitly", "now", "always", "usually",
];

/// Words that can open a context phrase between a cue and its content:
/// `said on Tuesday that`, `told reporters in Ohio that`.
pub static CONTEXT: WordList = crate::words![
    "on", "in", "at", "during", "last", "this", "earlier", "yesterday", "today", "tonight", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "recently", "repeatedly", "publicly", "privately",
    "again", "also", "later", "previously", "before", "after", "while", "via", "through", "to", "with", "late",
    "early", "separately", "then", "once", "twice", "often", "flatly", "firmly",
];

/// Irregular past forms that tie a quote to its speaker although they are
/// no cue verbs (`“…,” she went on`, `he shot back: “…”`); regular ones
/// are told by their `-ed`.
pub static QUOTE_VERBS: WordList = crate::words!["went", "shot", "began", "broke", "kept", "struck", "hit", "put", "threw", "spat"];
/// Particles such a verb may take before a colon (`went on: “…”`).
pub static QUOTE_PARTICLES: WordList = crate::words!["on", "back", "in", "out", "up"];
/// Words that may lead a time phrase between a source and its cue.
pub static TIME_LEADS: WordList =
    crate::words!["at", "in", "on", "during", "over", "last", "this", "that", "the", "earlier", "late", "early", "same", "past", "recent"];
pub static WEEKDAYS: WordList = crate::words!["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Words before a colon that label a text part rather than name a speaker.
pub static LABELS: WordList = crate::words![
    "note", "editor's", "editor’s", "update", "updated", "related", "read", "more", "photo", "photos", "video",
    "watch", "source", "sources", "correction", "disclosure", "transcript", "listen", "see", "also", "advertisement",
    "q", "a", "question", "answer", "by", "from", "to", "subject", "date", "time", "where", "when", "what", "why",
    "how", "who", "here", "the", "this", "that", "these", "bottom", "line", "key", "takeaways", "warning", "breaking",
    "exclusive", "opinion", "analysis", "report", "live", "graphic", "chart", "map", "map:", "et", "pt",
];

/// Words that, after a comma, open a clause outside the reported content.
pub static SUBORDINATORS: WordList = crate::words![
    "but", "although", "though", "while", "whereas", "yet", "even", "as", "when", "after", "before", "since",
    "unless", "should", "until", "despite", "amid", "meanwhile", "if",
];

/// Words after which a cue form is a noun (`his claims`, `a June report`,
/// `the latest estimates`, `in a written statement`).
pub static NOUN_MAKERS: WordList = crate::words![
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "with", "of",
    "for", "new", "recent", "latest", "annual", "separate", "joint", "written", "internal", "official", "final",
    "preliminary", "detailed", "earlier", "previous", "weekly", "monthly", "quarterly", "confidential", "formal",
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december",
];

/// Time nouns of a short time phrase between a cue and its content
/// (`said last month it would …`, `said Tuesday night the plan …`) or
/// between a source and its cue (`Roe at the time said`, `have in the past said`).
pub static TIME_NOUNS: WordList = crate::words![
    "week", "month", "year", "weekend", "night", "morning", "afternoon", "evening", "spring", "summer", "fall",
    "autumn", "winter", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "time",
    "past", "weeks", "months", "years", "day", "days", "today", "yesterday", "tonight", "earlier",
];

/// Words that end the object of a stance verb (`attacked the plan as
/// the vote neared`, `praised her while …`).
pub static ACT_ENDS: WordList = crate::words![
    "while", "after", "when", "because", "since", "during", "despite", "amid", "before", "until", "whereas",
    "though", "although", "even",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// No table of the engine lists a word twice, out of order, or with two
    /// values; no cue form sits in two rows of the cue table.
    #[test]
    fn attribution_tables_have_no_duplicate_or_conflicting_rows() {
        let lists: &[(&str, &WordList)] = &[
            ("IMPERSONAL_VERBS", &IMPERSONAL_VERBS), ("BE", &BE), ("NOUN_FORMS", &NOUN_FORMS),
            ("EXPECTATION_PASSIVES", &EXPECTATION_PASSIVES), ("CUE_NOUNS", &CUE_NOUNS), ("DOC_SOURCES", &DOC_SOURCES), ("FINDING_DOCS", &FINDING_DOCS),
            ("NUMBER_WORDS", &NUMBER_WORDS), ("DETERMINERS", &DETERMINERS), ("STOP", &STOP), ("AUX", &AUX),
            ("CONTEXT", &CONTEXT), ("WEEKDAYS", &WEEKDAYS), ("TIME_LEADS", &TIME_LEADS), ("QUOTE_VERBS", &QUOTE_VERBS), ("QUOTE_PARTICLES", &QUOTE_PARTICLES), ("LABELS", &LABELS), ("SUBORDINATORS", &SUBORDINATORS),
            ("NOUN_MAKERS", &NOUN_MAKERS), ("TIME_NOUNS", &TIME_NOUNS), ("ACT_ENDS", &ACT_ENDS),
            ("AGENT_NOUNS", &AGENT_NOUNS), ("ORG_HEADS", &ORG_HEADS), ("POST_PREPS", &POST_PREPS), ("PARTITIVE_HEADS", &PARTITIVE_HEADS), ("FIGURE_NOUNS", &FIGURE_NOUNS), ("FIGURE_VERBS", &FIGURE_VERBS),
            ("POST_PARTICIPLES", &POST_PARTICIPLES), ("TITLES", &TITLES), ("ROLE_NOUNS", &ROLE_NOUNS),
            ("ORG_WORDS", &ORG_WORDS), ("PLACES", &PLACES), ("STATE_ABBREVS", &STATE_ABBREVS),
        ];
        let mut bad: Vec<String> = lists.iter().flat_map(|(n, l)| l.problems().into_iter().map(move |p| format!("{n}: {p}"))).collect();
        bad.extend(PRONOUNS.problems().into_iter().map(|p| format!("PRONOUNS: {p}")));
        bad.extend(VAGUE.problems().into_iter().map(|p| format!("VAGUE: {p}")));
        bad.extend(HONORIFIC_GENDER.problems().into_iter().map(|p| format!("HONORIFIC_GENDER: {p}")));
        bad.extend(cue_problems().into_iter().map(|p| format!("cues: {p}")));
        assert!(bad.is_empty(), "{bad:#?}");
    }

    #[test]
    fn cue_check_rejects_dead_rows() {
        // the check itself: a lowercase table with a repeated form would be caught
        let l = crate::words!["said", "told", "said"];
        assert_eq!(l.problems().len(), 1);
        assert_eq!(cue("said").map(|c| c.lemma), Some("say"));
        assert!(cue("Said").is_none() && cue("sa").is_none());
    }
}
