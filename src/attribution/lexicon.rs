//! Data tables of the attribution engine: cue verbs with their forms and
//! the constructions they allow, reporting phrases, noun and time words
//! around cues, pronouns and the small closed word classes the phrase
//! scanners use. Pure data plus lookups; no offsets here (callers hold UTF-8 byte
//! offsets and token indices). Source-phrase tables live in [`super::names`]
//! and are re-exported here.
pub use super::names::*;
use crate::rules::Rule;

/// A [`Lex`] from word literals: `lex!["is", "was"]`.
macro_rules! lex {
    ($($w:literal),* $(,)?) => {
        $crate::attribution::lexicon::Lex::new(concat!($($w, "|"),*))
    };
}
pub(crate) use lex;

/// What a cue verb allows.
pub type Flags = u8;
/// `X said (that) ...`: the content follows the cue.
pub const FWD: Flags = 1;
/// `..., X said.`: the content comes before the cue.
pub const TAIL: Flags = 2;
/// `..., said X.`: the source may follow the cue.
pub const INV: Flags = 4;
/// The verb takes a person object first: `told reporters (that) ...`.
pub const OBJ: Flags = 8;
/// Belief or expectation: content only as a clause (`believes (that) we ...`).
pub const BELIEF: Flags = 16;
/// Findings of polls and reports: content only after an explicit `that`.
pub const THAT_ONLY: Flags = 32;

/// One cue verb: its base form, every inflected form (space-separated),
/// what it allows.
pub struct CueVerb {
    pub lemma: &'static str,
    pub forms: &'static str,
    pub flags: Flags,
}

/// Acts of stance, request or intention (`urged Congress to act`,
/// `accused the agency of …`, `wants to …`): the content is what follows,
/// object included.
pub const ACT: Flags = 64;

const SPEECH: Flags = FWD | TAIL | INV;
const STANCE: Flags = FWD | ACT;

// The table is written as rows but compiled to one string (`lemma form
// form|…`) and a flag array: a slice of string slices would cost 8 bytes of
// pointers per form in the wasm, which compress poorly.
macro_rules! cues {
    ($($lemma:literal [$($f:literal),*] $flags:expr;)*) => {
        const CUE_TEXT: &str = concat!($($lemma, $(" ", $f,)* "|",)*);
        const CUE_FLAGS: &[Flags] = &[$($flags),*];
    };
}

/// Every cue verb, in table order (built from the packed table on first use).
pub fn cue_verbs() -> &'static [CueVerb] {
    static VERBS: std::sync::OnceLock<Vec<CueVerb>> = std::sync::OnceLock::new();
    VERBS.get_or_init(|| {
        CUE_TEXT
            .split_terminator('|')
            .zip(CUE_FLAGS)
            .map(|(row, &flags)| {
                let (lemma, forms) = row.split_once(' ').unwrap_or((row, ""));
                CueVerb { lemma, forms, flags }
            })
            .collect()
    })
}

cues! {
    "say" ["say", "says", "said", "saying"] SPEECH;
    "tell" ["tell", "tells", "told", "telling"] SPEECH | OBJ;
    "add" ["add", "adds", "added", "adding"] SPEECH;
    "write" ["write", "writes", "wrote", "writing"] SPEECH;
    "note" ["note", "notes", "noted", "noting"] SPEECH;
    "report" ["report", "reports", "reported", "reporting"] FWD | TAIL;
    "announce" ["announce", "announces", "announced", "announcing"] FWD | TAIL;
    "argue" ["argue", "argues", "argued", "arguing"] SPEECH;
    "explain" ["explain", "explains", "explained", "explaining"] SPEECH;
    "claim" ["claim", "claims", "claimed", "claiming"] SPEECH;
    "insist" ["insist", "insists", "insisted", "insisting"] SPEECH;
    "acknowledge" ["acknowledge", "acknowledges", "acknowledged", "acknowledging"] SPEECH;
    "admit" ["admit", "admits", "admitted", "admitting"] SPEECH;
    "warn" ["warn", "warns", "warned", "warning"] SPEECH | OBJ;
    "declare" ["declare", "declares", "declared", "declaring"] SPEECH;
    "state" ["states", "stated", "stating"] SPEECH;
    "assert" ["assert", "asserts", "asserted", "asserting"] SPEECH;
    "contend" ["contend", "contends", "contended", "contending"] SPEECH;
    "maintain" ["maintains", "maintained"] FWD | TAIL;
    "predict" ["predict", "predicts", "predicted", "predicting"] SPEECH;
    "estimate" ["estimate", "estimates", "estimated", "estimating"] FWD | TAIL;
    "assess" ["assess", "assesses", "assessed"] FWD | TAIL;
    "indicate" ["indicates", "indicated", "indicating"] FWD | TAIL;
    "reveal" ["reveals", "revealed", "revealing"] FWD | TAIL;
    "confirm" ["confirms", "confirmed", "confirming"] FWD | TAIL;
    "deny" ["deny", "denies", "denied", "denying"] FWD | TAIL;
    "tweet" ["tweet", "tweets", "tweeted", "tweeting"] SPEECH;
    "post" ["posted"] TAIL;
    "reply" ["replies", "replied", "replying"] SPEECH;
    "respond" ["responds", "responded", "responding"] SPEECH;
    "recall" ["recalls", "recalled", "recalling"] SPEECH;
    "remark" ["remarks", "remarked"] SPEECH;
    "observe" ["observes", "observed"] SPEECH;
    "stress" ["stresses", "stressed", "stressing"] SPEECH;
    "emphasize" ["emphasizes", "emphasized", "emphasises", "emphasised", "emphasizing"] SPEECH;
    "conclude" ["concludes", "concluded", "concluding"] FWD | TAIL;
    "concede" ["concede", "concedes", "conceded", "conceding"] SPEECH;
    "allege" ["allege", "alleges", "alleged", "alleging"] FWD | TAIL;
    "promise" ["promise", "promises", "promised", "promising"] FWD | TAIL;
    "pledge" ["pledges", "pledged", "pledging"] FWD | TAIL;
    "vow" ["vow", "vows", "vowed", "vowing"] FWD | TAIL;
    "testify" ["testify", "testifies", "testified"] FWD | TAIL;
    "complain" ["complain", "complains", "complained", "complaining"] SPEECH;
    "caution" ["cautions", "cautioned", "cautioning"] SPEECH;
    "continue" ["continued"] TAIL | INV;
    "counter" ["countered"] SPEECH;
    "retort" ["retorted"] SPEECH;
    "quip" ["quipped"] SPEECH;
    "joke" ["joked"] SPEECH;
    "boast" ["boasted", "boasts"] SPEECH;
    "ask" ["asked", "asks", "asking"] TAIL | INV | STANCE;
    "suggest" ["suggest", "suggests", "suggested", "suggesting"] FWD | TAIL;
    "agree" ["agreed", "agrees"] STANCE;
    "announce" ["proclaimed"] SPEECH;
    "assure" ["assured", "assures"] FWD | OBJ;
    "remind" ["reminded"] FWD | OBJ;
    "inform" ["informed"] FWD | OBJ;
    "believe" ["believe", "believes", "believed"] FWD | BELIEF;
    "think" ["think", "thinks", "thought"] FWD | BELIEF;
    "expect" ["expect", "expects", "expected"] FWD | BELIEF;
    "fear" ["fear", "fears", "feared"] FWD | BELIEF;
    "hope" ["hopes", "hoped"] FWD | BELIEF;
    "worry" ["worry", "worries", "worried"] FWD | BELIEF;
    "doubt" ["doubts", "doubted"] FWD | BELIEF;
    "feel" ["feel", "feels", "felt"] FWD | BELIEF;
    "know" ["knows", "knew"] THAT_ONLY | FWD;
    "show" ["show", "shows", "showed", "shown"] THAT_ONLY | FWD | TAIL;
    "find" ["find", "finds", "found"] THAT_ONLY | FWD | TAIL;
    "learn" ["learned", "learnt"] THAT_ONLY | FWD;
    "call" ["call", "called", "calls", "calling"] STANCE;
    "accuse" ["accused", "accuses", "accusing"] STANCE;
    "criticize" ["criticize", "criticized", "criticizes", "criticised", "criticises", "criticizing"] STANCE;
    "decline" ["declined", "declines"] STANCE;
    "refuse" ["refused", "refuses", "refusing"] STANCE;
    "endorse" ["endorse", "endorsed", "endorses", "endorsing"] STANCE;
    "support" ["support", "supports", "supported", "supporting"] STANCE;
    "oppose" ["oppose", "opposes", "opposed", "opposing"] STANCE;
    "want" ["want", "wants", "wanted"] STANCE;
    "plan" ["plans", "planned"] STANCE;
    "seek" ["seeks", "sought", "seeking"] STANCE;
    "urge" ["urge", "urged", "urges", "urging"] STANCE;
    "propose" ["proposed", "proposes", "proposing"] STANCE;
    "praise" ["praised", "praises", "praising"] STANCE;
    "blame" ["blamed", "blames", "blaming"] STANCE;
    "attack" ["attacked", "attacks", "attacking"] STANCE;
    "defend" ["defended", "defends", "defending"] STANCE;
    "dismiss" ["dismissed", "dismisses", "dismissing"] STANCE;
    "reject" ["reject", "rejected", "rejects", "rejecting"] STANCE;
    "question" ["questioned", "questions", "questioning"] STANCE;
    "cite" ["cited", "cites", "citing"] STANCE;
    "describe" ["described", "describes", "describing"] STANCE;
    "mention" ["mentioned", "mentions"] STANCE;
    "reiterate" ["reiterated", "reiterates"] SPEECH;
    "echo" ["echoed", "echoes"] STANCE;
    "recommend" ["recommended", "recommends"] STANCE;
    "demand" ["demanded", "demands", "demanding"] STANCE;
    "threaten" ["threatened", "threatens", "threatening"] STANCE;
    "condemn" ["condemned", "condemns"] STANCE;
    "denounce" ["denounced", "denounces", "denouncing"] STANCE;
    "blast" ["blasted", "blasts"] STANCE;
    "slam" ["slammed", "slams"] STANCE;
    "mock" ["mocked", "mocks", "mocking"] STANCE;
    "challenge" ["challenged", "challenges"] STANCE;
    "intend" ["intends", "intended"] STANCE;
    "refer" ["referring", "referred"] STANCE;
    "point" ["pointed"] STANCE;
    "express" ["expressed", "expresses", "expressing"] STANCE;
    "voice" ["voiced"] STANCE;
    "welcome" ["welcomed", "welcomes"] STANCE;
    "applaud" ["applauded"] STANCE;
    "push" ["pushed"] STANCE;
    "back" ["backed", "backs", "backing"] STANCE;
    "favor" ["favors", "favored", "favoring"] STANCE;
    "prefer" ["prefers", "preferred"] STANCE;
    "fault" ["faulted"] STANCE;
    "charge" ["charged"] STANCE;
    "request" ["requested"] STANCE;
    "encourage" ["encourage", "encouraged", "encourages", "encouraging"] STANCE;
    "highlight" ["highlighted", "highlights"] STANCE;
    "discuss" ["discuss", "discussed", "discusses", "discussing"] STANCE;
    "pressed" ["pressed"] STANCE;
    "lament" ["lamented"] SPEECH;
    "speculate" ["speculated"] SPEECH;
    "hint" ["hinted"] STANCE;
    "imply" ["implied"] STANCE;
    "vote" ["voted"] STANCE;
    "seem" ["seems", "seemed"] STANCE;
    "appear" ["appears", "appeared"] STANCE;
    "offer" ["offered", "offers", "offering"] STANCE;
    "speak" ["speak", "speaks", "spoke"] STANCE;
    "talk" ["talk", "talked", "talks", "talking"] STANCE;
    "issue" ["issued"] STANCE;
    "order" ["ordered", "orders"] STANCE;
    "decide" ["decided", "decides"] STANCE;
    "consider" ["considers", "considered"] STANCE;
    "see" ["sees", "saw"] STANCE | BELIEF;
    "view" ["views", "viewed"] STANCE;
    "liken" ["likened", "likens"] STANCE;
    "compare" ["compared", "compares"] STANCE;
    "label" ["labeled", "labelled", "labels"] STANCE;
    "dub" ["dubbed"] STANCE;
    "brand" ["branded"] STANCE;
    "rule" ["ruled"] THAT_ONLY | FWD;
    "apologize" ["apologized", "apologised"] STANCE;
    "thank" ["thanked"] STANCE;
    "tout" ["touted", "touts", "touting"] STANCE;
    "embrace" ["embraced", "embraces"] STANCE;
    "unveil" ["unveiled", "unveils"] STANCE;
    "outline" ["outlined", "outlines"] STANCE;
    "weigh" ["weighed"] STANCE;
    "acknowledge" ["acknowledges"] STANCE;
    "pointing" ["pointing", "points"] STANCE;
    "hope" ["hope", "hoping"] FWD | BELIEF;
    "try" ["trying", "tried", "tries"] STANCE;
    "need" ["needs"] STANCE;
    "aim" ["aims", "aimed"] STANCE;
    "struggle" ["struggled"] STANCE;
    "put" ["put", "puts"] FWD | ACT;
    "rail" ["railed", "rails", "railing"] STANCE;
    "lash" ["lashed"] STANCE;
}

/// Looks a lowercase word up among the cue verb forms.
pub fn cue(word: &str) -> Option<&'static CueVerb> {
    if word.len() < 3 || word.len() > 14 || !word.as_bytes()[0].is_ascii_lowercase() {
        return None;
    }
    static INDEX: std::sync::OnceLock<Vec<(&'static str, usize)>> = std::sync::OnceLock::new();
    let verbs = cue_verbs();
    let index = INDEX.get_or_init(|| {
        let mut v: Vec<(&'static str, usize)> =
            verbs.iter().enumerate().flat_map(|(i, c)| c.forms.split(' ').map(move |f| (f, i))).collect();
        v.sort();
        v.dedup_by(|a, b| a.0 == b.0);
        v
    });
    // byte order, compared inline (no library call per step: once per word)
    index.binary_search_by(|p| crate::numbers::lexicon::cmp_key(p.0.as_bytes(), word.as_bytes())).ok().map(|k| &verbs[index[k].1])
}

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
pub static IMPERSONAL_VERBS: Lex = lex![
    "said", "believed", "reported", "thought", "expected", "estimated", "alleged", "claimed", "understood", "rumored",
    "feared", "known", "argued", "suggested",
];

/// Forms of `be` (passives, copulas).
pub static BE: Lex = lex!["is", "was", "were", "are", "be", "been", "being"];

/// Cue forms that are mostly plural nouns in news text (`battleground
/// states`, `his remarks`): cues only before an explicit `that`.
pub static NOUN_FORMS: Lex = lex!["states", "remarks"];

/// Passives of expectation with an unnamed holder: `X is expected to …`.
pub static EXPECTATION_PASSIVES: Lex = lex!["expected", "projected", "predicted", "forecast", "slated"];

/// Nouns that make a possessive a source: `the agency's estimate`.
pub static CUE_NOUNS: Lex = lex![
    "estimate", "estimates", "assessment", "assessments", "view", "claim", "claims", "argument", "forecast",
    "projection", "projections", "prediction", "belief", "contention", "position",
];

/// Documents and data that "show" or "find" things: with these as the
/// source, `shows`/`found` need no `that`.
pub static DOC_SOURCES: Lex = lex![
    "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "data", "analysis", "video",
    "videos", "footage", "figures", "numbers", "results", "research", "review", "audit", "investigation", "records",
    "documents", "emails", "memo", "filing", "filings", "statistics", "estimates", "projections", "census", "probe",
    "average", "averages", "tally", "model", "models", "judge", "court", "jury", "panel",
];

/// Number words after `about` that make it a qualifier (`said about half`).
pub static NUMBER_WORDS: Lex = lex![
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
    "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "dozen",
    "dozens", "half", "billion", "billions",
];

/// Person pronouns as sources, with gender: 'm', 'f', 'p' (plural), 'n' (it), 'x' (any).
pub static PRONOUNS: &[(&str, char)] = &[
    ("he", 'm'), ("she", 'f'), ("they", 'p'), ("it", 'n'), ("we", 'p'), ("i", 'x'), ("you", 'x'), ("who", 'x'),
    ("which", 'n'), ("him", 'm'), ("her", 'f'), ("his", 'm'),
];

pub fn pronoun(lower: &str) -> Option<char> {
    PRONOUNS.iter().find(|p| p.0 == lower).map(|p| p.1)
}

/// Words that open a noun phrase.
pub static DETERMINERS: Lex = lex![
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "some", "many",
    "several", "other", "another", "both", "all", "most", "each", "any", "few", "two", "three", "four", "five",
    "one", "more", "numerous", "multiple", "top", "senior",
];

/// Words that never sit inside a source phrase (walking stops there).
pub static STOP: Lex = lex![
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
pub static AUX: Lex = lex![
    "has", "have", "had", "also", "later", "then", "previously", "would", "will", "could", "did", "does", "do",
    "again", "once", "first", "further", "earlier", "often", "long", "already", "even", "still", "has", "may",
    "might", "reportedly", "recently", "repeatedly", "publicly", "privately", "frequently", "never", "ever", "just",
    "flatly", "firmly", "simply", "separately", "subsequently", "initially", "originally", "correctly", "falsely",
    "wrongly", "rightly", "openly", "quickly", "immediately", "explicitly", "now", "always", "usually",
];

/// Words that can open a context phrase between a cue and its content:
/// `said on Tuesday that`, `told reporters in Ohio that`.
pub static CONTEXT: Lex = lex![
    "on", "in", "at", "during", "last", "this", "earlier", "yesterday", "today", "tonight", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "recently", "repeatedly", "publicly", "privately",
    "again", "also", "later", "previously", "before", "after", "while", "via", "through", "to", "with", "late",
    "early", "separately", "then", "once", "twice", "often", "flatly", "firmly",
];

pub static WEEKDAYS: Lex = lex!["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Words before a colon that label a text part rather than name a speaker.
pub static LABELS: Lex = lex![
    "note", "editor's", "editor’s", "update", "updated", "related", "read", "more", "photo", "photos", "video",
    "watch", "source", "sources", "correction", "disclosure", "transcript", "listen", "see", "also", "advertisement",
    "q", "a", "question", "answer", "by", "from", "to", "subject", "date", "time", "where", "when", "what", "why",
    "how", "who", "here", "the", "this", "that", "these", "bottom", "line", "key", "takeaways", "warning", "breaking",
    "exclusive", "opinion", "analysis", "report", "live", "graphic", "chart", "map", "map:", "et", "pt",
];

/// Words that, after a comma, open a clause outside the reported content.
pub static SUBORDINATORS: Lex = lex![
    "but", "although", "though", "while", "whereas", "yet", "even", "as", "when", "after", "before", "since",
    "unless", "should", "until", "despite", "amid", "meanwhile", "if",
];

/// Words after which a cue form is a noun (`his claims`, `a June report`,
/// `the latest estimates`, `in a written statement`).
pub static NOUN_MAKERS: Lex = lex![
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "with", "of",
    "for", "new", "recent", "latest", "annual", "separate", "joint", "written", "internal", "official", "final",
    "preliminary", "detailed", "earlier", "previous", "weekly", "monthly", "quarterly", "confidential", "formal",
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december",
];

/// Time nouns of a short time phrase between a cue and its content
/// (`said last month it would …`, `said Tuesday night the plan …`).
pub static TIME_NOUNS: Lex = lex![
    "week", "month", "year", "weekend", "night", "morning", "afternoon", "evening", "spring", "summer", "fall",
    "autumn", "winter", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "time",
];

/// Words that end the object of a stance verb (`attacked the plan as
/// the vote neared`, `praised her while …`).
pub static ACT_ENDS: Lex = lex![
    "while", "after", "when", "because", "since", "during", "despite", "amid", "before", "until", "whereas",
    "though", "although", "even",
];

pub fn has(list: &Lex, w: &str) -> bool {
    list.has(w)
}

/// A word list with a hash set built on first use (lookups stay O(1) in
/// the scanners' inner loops). Written `lex!["a", "b"]`; stored as one
/// `|`-separated string (no per-word pointers in the wasm).
pub struct Lex {
    words: &'static str,
    set: std::sync::OnceLock<crate::fasthash::Set<&'static str>>,
}

impl Lex {
    pub const fn new(words: &'static str) -> Self {
        Lex { words, set: std::sync::OnceLock::new() }
    }
    pub fn has(&self, w: &str) -> bool {
        self.set.get_or_init(|| self.words.split_terminator('|').collect()).contains(w)
    }
}

/// A lowercase copy into a stack buffer (no allocation) for table lookups.
pub fn lower<'b>(w: &str, buf: &'b mut [u8; 32]) -> &'b str {
    let b = w.as_bytes();
    if b.len() > 32 || !w.is_ascii() {
        return "";
    }
    for (i, c) in b.iter().enumerate() {
        buf[i] = c.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).unwrap_or("")
}
