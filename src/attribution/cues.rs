//! The cue verb table: each verb's base form, its inflected forms and the
//! constructions it allows ([`Flags`]), packed into one string, with the
//! lookup [`cue`] and a check of the table's rows ([`cue_problems`]). Pure
//! data plus lookups; no offsets here.

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
    "maintain" ["maintains", "maintained"] THAT_ONLY | FWD | TAIL;
    "predict" ["predict", "predicts", "predicted", "predicting"] SPEECH;
    "estimate" ["estimate", "estimates", "estimated", "estimating"] FWD | TAIL;
    "assess" ["assess", "assesses", "assessed"] FWD | TAIL;
    "indicate" ["indicates", "indicated", "indicating"] FWD | TAIL;
    "reveal" ["reveals", "revealed", "revealing"] FWD | TAIL;
    "confirm" ["confirms", "confirmed", "confirming"] FWD | TAIL;
    "deny" ["deny", "denies", "denied", "denying"] FWD | TAIL;
    "tweet" ["tweets", "tweeted", "tweeting"] SPEECH;
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
    "proclaim" ["proclaimed"] SPEECH;
    "assure" ["assured", "assures"] FWD | OBJ;
    "remind" ["reminded"] FWD | OBJ;
    "inform" ["informed"] FWD | OBJ;
    "believe" ["believe", "believes", "believed"] FWD | BELIEF;
    "think" ["think", "thinks", "thought"] FWD | BELIEF;
    "expect" ["expect", "expects", "expected"] FWD | BELIEF;
    "fear" ["fear", "fears", "feared"] FWD | BELIEF;
    "hope" ["hope", "hopes", "hoped", "hoping"] FWD | BELIEF;
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
    "attack" ["attacked", "attacking"] STANCE;
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
    "point" ["pointed", "pointing", "points"] STANCE;
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
    "press" ["pressed"] STANCE;
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
    "aim" ["aims", "aimed"] STANCE;
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
    index.binary_search_by(|p| crate::wordlist::cmp_key(p.0.as_bytes(), word.as_bytes())).ok().map(|k| &verbs[index[k].1])
}

/// Rows of the cue table that would be dead or wrong: a form listed twice
/// (the later row is silently ignored), a lemma listed twice, or a lemma
/// that is not the base of its forms (another verb, or an inflected form).
pub fn cue_problems() -> Vec<String> {
    problems_of(cue_verbs())
}

fn problems_of(rows: &[CueVerb]) -> Vec<String> {
    let mut out = Vec::new();
    let (mut lemmas, mut forms) = (std::collections::HashSet::new(), std::collections::HashMap::new());
    for (k, c) in rows.iter().enumerate() {
        if !lemmas.insert(c.lemma) {
            out.push(format!("lemma {:?} has two rows", c.lemma));
        }
        let inflected = c.lemma.ends_with("ing") || c.lemma.ends_with("ed") && !c.lemma.ends_with("eed");
        if inflected || c.forms.split(' ').any(|f| f.as_bytes().first() != c.lemma.as_bytes().first()) {
            out.push(format!("lemma {:?} is not the base of {:?}", c.lemma, c.forms));
        }
        for f in c.forms.split(' ') {
            if f.is_empty() || forms.insert(f, k).is_some() {
                out.push(format!("form {f:?} of {:?} is empty or listed twice", c.lemma));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_check_rejects_dead_and_conflicting_rows() {
        let row = |lemma, forms, flags| super::CueVerb { lemma, forms, flags };
        let good = [row("say", "say says said", super::FWD), row("tell", "told", super::FWD | super::OBJ)];
        assert!(super::problems_of(&good).is_empty());
        let bad = [
            row("say", "say said", super::FWD),
            row("say", "says", super::TAIL),           // the same lemma again
            row("announce", "proclaimed", super::FWD), // another verb's forms
            row("add", "said", super::FWD),            // another row's form, of another verb
            row("pointing", "pointing", super::FWD),   // an -ing form as lemma
        ];
        let p = super::problems_of(&bad);
        assert_eq!(p.len(), 5, "{p:#?}");
        assert!(p[0].contains("\"say\" has two rows") && p[1].contains("announce") && p[3].contains("\"said\" of \"add\" is empty or listed twice"));
    }
}
