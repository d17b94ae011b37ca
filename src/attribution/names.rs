//! Data tables for source phrases: heads that can speak, organisation
//! heads, post-modifiers, titles and roles, vague sources, organisation
//! words and places, state abbreviations, honorific genders. Pure data plus
//! lookups, re-exported by [`super::lexicon`]; no offsets here.
use crate::wordlist::{WordList, WordMap};

/// Heads of source phrases that can act (speak, urge, plan): people,
/// bodies and groups. Stance and belief verbs need one of these (or a name
/// or a pronoun) as their source.
pub static AGENT_NOUNS: WordList = crate::words![
    "campaign", "company", "group", "network", "agency", "committee", "department", "administration",
    "government", "party", "court", "panel", "board", "office", "firm", "organization", "union", "coalition", "team",
    "people", "voters", "residents", "protesters", "activists", "members", "leaders", "lawmakers", "senators",
    "candidates", "supporters", "critics", "opponents", "advocates", "authorities", "police", "investigators",
    "prosecutors", "authority", "democrats", "republicans", "conservatives", "liberals", "americans", "families", "parents",
    "women", "men", "workers", "students", "man", "woman", "family", "country", "nation", "state", "city", "council",
    "commission", "bureau", "ministry", "military", "army", "regime", "embassy", "spokesperson", "staff", "aides",
    "officials", "official", "experts", "analysts", "economists", "scientists", "researchers", "doctors",
    "lawyers", "judges", "groups", "companies", "networks", "campaigns", "governments", "countries", "nations",
    "allies", "partners", "donors", "friends", "neighbors", "witnesses", "source", "sources", "some", "many",
    "others", "most", "both", "all", "everyone", "nobody", "someone", "anyone", "majority", "minority", "public",
    "electorate", "legislature", "congress", "senate", "house", "white",
];

/// Lowercase heads that make a source phrase an organisation
/// (`the defence ministry`, `the company`, `a monitoring group`).
pub static ORG_HEADS: WordList = crate::words![
    "ministry", "company", "agency", "department", "government", "administration", "committee", "campaign",
    "party", "court", "panel", "board", "office", "firm", "organization", "organisation", "union", "coalition",
    "network", "council", "commission", "bureau", "military", "army", "regime", "embassy", "group", "legislature",
    "institute", "university", "bank", "service", "center", "centre", "foundation", "association", "newspaper",
    "website", "watchdog", "monitor", "authority", "ministries", "companies", "agencies", "groups", "firms",
    "authorities", "police", "navy", "command", "cabinet", "secretariat", "observatory", "charity", "insurer",
];

/// Words that open a post-modifier of a source phrase: `officials in
/// Southland`, `a group based in Vienna`, `analysts at the bank`, `an
/// adviser to the president`.
pub static POST_PREPS: WordList = crate::words!["in", "at", "from", "with", "for", "of", "to", "inside", "across", "near", "on"];
/// Quantity heads of a partitive source: `a third of the members`,
/// `most of the voters`, `half of those polled`.
pub static PARTITIVE_HEADS: WordList = crate::words![
    "third", "thirds", "quarter", "quarters", "fifth", "fifths", "half", "majority", "minority", "most", "many",
    "some", "percent", "share", "number", "none", "each",
];
/// Nouns for a figure someone can give out (`the figure that officials gave`).
pub static FIGURE_NOUNS: WordList = crate::words![
    "figure", "figures", "estimate", "number", "numbers", "count", "toll", "tally", "total", "statistics",
];
/// Verbs that hand out a figure in a relative clause after it.
pub static FIGURE_VERBS: WordList = crate::words!["gave", "cited", "released", "provided", "published", "quoted", "offered"];
/// Participles between a source head and its post-modifier.
pub static POST_PARTICIPLES: WordList = crate::words![
    "based", "located", "headquartered", "stationed", "working", "living", "familiar", "close", "affiliated",
    "involved", "briefed", "allied", "aligned", "linked", "opposed", "loyal", "speaking",
];

/// Titles written before a name; they belong to the source span.
pub static TITLES: WordList = crate::abbreviated_titles!(crate::words;
    "President", "Vice", "Secretary", "Senator", "Representative", "Governor", "Mayor", "Judge", "Justice", "General",
    "Admiral", "Colonel", "Captain", "Professor", "Miss", "Minister", "Prime", "Chancellor", "Ambassador", "Speaker",
    "Chairman", "Chairwoman", "Director", "Commissioner", "Attorney", "Sheriff", "Chief", "Pope", "King", "Queen",
    "Prince", "Princess", "Leader", "Former", "former", "Deputy", "Assistant", "Acting", "State", "Defense",
    "Treasury", "Foreign", "Majority", "Minority", "Press", "Spokesman", "Spokeswoman",
);

/// Lowercase role nouns that may stand before a name (`campaign manager Jane Roe`)
/// or head a source phrase (`a spokesman`).
pub static ROLE_NOUNS: WordList = crate::words![
    "president", "secretary", "senator", "spokesman", "spokeswoman", "spokesperson", "manager", "chairman",
    "chairwoman", "nominee", "candidate", "leader", "governor", "director", "minister", "adviser", "advisor",
    "official", "aide", "chief", "strategist", "analyst", "economist", "professor", "editor", "reporter",
    "correspondent", "host", "anchor", "lawyer", "attorney", "founder", "executive", "member", "head", "mayor",
    "commander", "ambassador", "envoy", "surrogate", "pollster", "columnist", "writer", "author", "expert",
    "frontrunner", "front-runner", "hopeful", "rival", "opponent", "challenger", "representative", "congressman",
    "congresswoman", "lawmaker", "justice", "judge", "general", "colonel", "diplomat", "negotiator", "researcher",
    "scientist", "president-elect", "CEO", "chair", "deputy", "counsel", "partner", "co-founder", "commentator",
    "activist", "organizer", "operative", "consultant", "supporter", "staffer", "donor", "billionaire", "mogul",
];

/// Vague sources: the phrase head, and the neutral explanation.
pub static VAGUE: WordMap<&str> = WordMap::new(&[
    ("aides", "aides who are not named"),
    ("analysts", "analysts who are not named"),
    ("critics", "critics who are not named"),
    ("diplomats", "diplomats who are not named"),
    ("economists", "economists who are not named"),
    ("experts", "experts who are not named"),
    ("insiders", "insiders who are not named"),
    ("many", "“many”, who are not named"),
    ("observers", "observers who are not named"),
    ("official", "an official who is not named"),
    ("officials", "officials who are not named"),
    ("others", "others who are not named"),
    ("people", "people who are not named"),
    ("reports", "reports that are not named"),
    ("residents", "residents who are not named"),
    ("scientists", "scientists who are not named"),
    ("some", "“some”, who are not named"),
    ("source", "a source that is not named"),
    ("sources", "sources that are not named"),
    ("witnesses", "witnesses who are not named"),
]);

/// Names that are not persons when they head a capitalised sequence.
pub static ORG_WORDS: WordList = crate::organisation_words!(crate::words;
    "House", "Times", "Post", "News", "Center", "Centre", "Bureau", "Administration", "Campaign", "Journal", "Press",
    "Network", "Foundation", "Corp", "Inc", "Congress", "Senate", "Fund", "Club", "Magazine", "Reuters", "Street",
    "Pentagon", "Kremlin", "Navy", "Review", "Report", "Tribune", "Herald", "Guardian", "Telegraph", "Examiner",
    "Daily", "Weekly", "CNN", "NBC", "CBS", "ABC", "Fox", "MSNBC", "BBC", "AP", "FBI", "CIA", "NATO", "GOP",
    "Politico", "Breitbart", "Poll", "Survey", "Democrats", "Republicans", "Democratic", "Republican",
);

/// Places often named as sources (countries speak through governments).
pub static PLACES: WordList = crate::words![
    "U.S.", "US", "America", "United", "China", "Russia", "Ukraine", "Iran", "Israel", "Britain", "France",
    "Germany", "Japan", "India", "Mexico", "Canada", "Syria", "Turkey", "Korea", "Seoul", "Moscow", "Beijing",
    "Washington", "Kyiv", "Kiev", "Tehran", "Pyongyang", "London", "Paris", "Berlin", "Tokyo", "Brussels", "EU",
];

/// US state abbreviations as news style writes them after a place or a
/// party letter (`of Springfield, Va.,`, `Sen. Jane Roe, R-Ky.,`).
pub static STATE_ABBREVS: WordList = crate::state_abbreviations!(crate::words;
    "Ind", "Kans", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "R.I.", "S.C.", "S.D.", "W.Va", "D.C.", "Alaska",
    "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah",
);

/// Female / male cues in honorifics for pronoun agreement.
pub static HONORIFIC_GENDER: WordMap<char> = WordMap::new(&[
    ("Chairman", 'm'), ("Chairwoman", 'f'), ("Congressman", 'm'), ("Congresswoman", 'f'), ("King", 'm'),
    ("Miss", 'f'), ("Mr", 'm'), ("Mr.", 'm'), ("Mrs", 'f'), ("Mrs.", 'f'), ("Ms", 'f'), ("Ms.", 'f'),
    ("Pope", 'm'), ("Prince", 'm'), ("Princess", 'f'), ("Queen", 'f'), ("Spokesman", 'm'), ("Spokeswoman", 'f'),
]);
