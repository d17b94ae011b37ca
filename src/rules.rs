//! The rule registry: every rule id the analysis can emit, with what kind of
//! object carries it, the severity a finding of it can have, one sentence
//! saying what it means and an example. Code names rules by [`Rule`] only;
//! the id strings live here and nowhere else. `docs/rules.md` is generated
//! from this table (`cargo run --bin factcheck -- rules`), and a test fails
//! when the two differ. No offsets here.
use serde::{Serialize, Serializer};

/// Which part of the analysis carries a rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleKind {
    /// A sentence's class (`sentences[].rule`); opinion and boilerplate
    /// sentences are also listed as findings of the same rule.
    Sentence,
    /// A figure (`numbers[].rule`).
    Number,
    /// An attribution (`attributions[].rule`).
    Attribution,
    /// A finding (`findings[].rule`).
    Finding,
    /// A word-table tag that feeds check-worthiness; never emitted.
    Signal,
}

impl RuleKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RuleKind::Sentence => "sentence",
            RuleKind::Number => "number",
            RuleKind::Attribution => "attribution",
            RuleKind::Finding => "finding",
            RuleKind::Signal => "signal",
        }
    }
}

/// The severity a finding of a rule can have (`-` for non-findings).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    None,
    Info,
    Check,
    /// `info` when the stated relation holds, `check` when it does not (or
    /// when a figure is involved, for vague sources).
    InfoOrCheck,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::None => "-",
            Level::Info => "info",
            Level::Check => "check",
            Level::InfoOrCheck => "info or check",
        }
    }
}

macro_rules! rules {
    ($($v:ident = $id:literal, $kind:ident, $level:ident, $desc:literal, $ex:literal;)*) => {
        /// A rule: the stable id every `rule` field of the contract carries.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Rule { $($v),* }

        impl Rule {
            /// Every rule, in registry order.
            pub const ALL: &'static [Rule] = &[$(Rule::$v),*];
            /// The stable id (`attribution.direct`).
            pub const fn id(self) -> &'static str { match self { $(Rule::$v => $id),* } }
            pub const fn kind(self) -> RuleKind { match self { $(Rule::$v => RuleKind::$kind),* } }
            pub const fn level(self) -> Level { match self { $(Rule::$v => Level::$level),* } }
            /// One sentence: what the rule means.
            pub const fn description(self) -> &'static str { match self { $(Rule::$v => $desc),* } }
            /// A short text it fires on.
            pub const fn example(self) -> &'static str { match self { $(Rule::$v => $ex),* } }
        }
    };
}

rules! {
    // sentences
    SentenceClaim = "sentence.claim", Sentence, None, "A checkable statement: it has a figure, a source, a trend, a comparison or a definite event.", "Unemployment fell to 4.1 percent in March.";
    SentenceOther = "sentence.other", Sentence, None, "A sentence with nothing a fact-checker could check.", "The hall was quiet.";
    SentenceQuestion = "sentence.question", Sentence, None, "The writer asks a question; there is no statement to check.", "Will the plan work?";
    OpinionFirstPerson = "opinion.first_person", Sentence, Info, "The writer's own view in the first person.", "I think the council got this wrong.";
    OpinionPrediction = "opinion.prediction", Sentence, Info, "A prediction in the writer's own words.", "Prices will likely keep rising.";
    OpinionNormative = "opinion.normative", Sentence, Info, "What the writer says ought to happen.", "The city should fund more buses.";
    OpinionSpeculation = "opinion.speculation", Sentence, Info, "Speculation in the writer's own words.", "Perhaps the mayor knew all along.";
    BoilerplateLink = "boilerplate.link", Sentence, Info, "A link prompt or related-links line, not part of the report.", "Click here to read more.";
    BoilerplateCallToAction = "boilerplate.call_to_action", Sentence, Info, "A call to action (subscribe, sign up), not part of the report.", "Sign up for our newsletter.";
    BoilerplateShare = "boilerplate.share", Sentence, Info, "A share prompt, not part of the report.", "Share this story on social media.";
    BoilerplateCredit = "boilerplate.credit", Sentence, Info, "A copyright or photo credit line.", "All rights reserved.";
    BoilerplateAd = "boilerplate.ad", Sentence, Info, "An advertisement marker.", "Advertisement";
    BoilerplateByline = "boilerplate.byline", Sentence, Info, "A byline: the writer's name, not a claim.", "By Jane Roe and Sam Poe";
    // signals (word-table tags; never emitted)
    WorthyEvent = "worthy.event", Signal, None, "A definite event word that makes a sentence more check-worthy.", "The council voted on Monday.";
    WorthyTrend = "worthy.trend", Signal, None, "A change-over-time word that makes a sentence more check-worthy.", "Sales rose sharply.";
    WorthyComparison = "worthy.comparison", Signal, None, "A comparison or superlative that makes a sentence more check-worthy.", "The largest deficit on record.";
    WorthyCausal = "worthy.causal", Signal, None, "A cause-and-effect word that makes a sentence more check-worthy.", "The closure led to job losses.";
    SourceAccordingTo = "source.according_to", Signal, None, "A named source marker inside a sentence.", "according to the ministry";
    SourceData = "source.data", Signal, None, "A data source marker inside a sentence.", "figures from the census";
    SourceReport = "source.report", Signal, None, "A report, study, survey or poll marker inside a sentence.", "a survey of 1,000 adults";
    // numbers
    NumberDigits = "number.digits", Number, None, "A figure written in digits.", "1,200 people";
    NumberWords = "number.words", Number, None, "A figure written in words.", "three hundred homes";
    NumberFraction = "number.fraction", Number, None, "A fraction or share written as words or digits.", "two-thirds of voters";
    NumberRatio = "number.ratio", Number, None, "A ratio or score between two figures.", "one in five adults";
    NumberRange = "number.range", Number, None, "A range between two figures.", "between 10 and 12 percent";
    NumberVague = "number.vague", Number, None, "A vague quantity word standing for a figure.", "dozens of homes";
    NumberMoney = "number.money", Number, None, "An amount of money with its currency.", "$5 million";
    NumberPercent = "number.percent", Number, None, "A percentage or percentage-point figure.", "12.5 percent";
    NumberMeasure = "number.measure", Number, None, "A measurement with its unit.", "40 km";
    NumberDuration = "number.duration", Number, None, "A length of time.", "three years";
    NumberOrdinal = "number.ordinal", Number, None, "An ordinal: a position in a series.", "the third time";
    NumberYear = "number.year", Number, None, "A calendar year.", "in 2016";
    NumberDate = "number.date", Number, None, "A calendar date.", "on March 3, 2021";
    NumberRestated = "number.restated", Number, None, "A figure that restates another in a different unit or currency.", "$100 (£80)";
    // attributions
    AttributionDirect = "attribution.direct", Attribution, None, "A quotation in quote marks with its cue and source next to it.", "\u{201C}We will act,\u{201D} she said.";
    AttributionDirectLabel = "attribution.direct.label", Attribution, None, "A transcript line inside quote marks: the name before the colon is the speaker.", "\u{201C}ROE: We start now.\u{201D}";
    AttributionDirectSigned = "attribution.direct.signed", Attribution, None, "A quotation signed with a dash and a name.", "\u{201C}Never give up.\u{201D} \u{2015} Jane Roe";
    AttributionDirectContinued = "attribution.direct.continued", Attribution, None, "A quotation continued from an earlier piece that named the speaker.", "\u{201C}It is late,\u{201D} he said. \u{201C}We go home.\u{201D}";
    AttributionDirectCarried = "attribution.direct.carried", Attribution, None, "A quotation standing alone right after another attribution: its source carries over, with low confidence.", "Roe said she was tired. \u{201C}We all are.\u{201D}";
    AttributionDirectUnattributed = "attribution.direct.unattributed", Attribution, None, "A full-sentence quotation with no speaker named near it.", "\u{201C}Nobody saw this coming.\u{201D}";
    AttributionReported = "attribution.reported", Attribution, None, "Reported speech: a source, a speech verb and what was said.", "The minister said the plan would cost more.";
    AttributionReportedTail = "attribution.reported.tail", Attribution, None, "Reported speech with the cue after the content.", "The plan will cost more, the minister said.";
    AttributionReportedParenthetical = "attribution.reported.parenthetical", Attribution, None, "Reported speech with the cue in the middle of the content.", "The plan, the minister said, will cost more.";
    AttributionBelief = "attribution.belief", Attribution, None, "A belief or expectation held by a source.", "Officials believe the storm will turn north.";
    AttributionStance = "attribution.stance", Attribution, None, "A stance, request or intention of a source.", "The union urged the council to act.";
    AttributionImpersonal = "attribution.impersonal", Attribution, None, "An impersonal report with no named source.", "It is believed that the talks failed.";
    AttributionImpression = "attribution.impression", Attribution, None, "The writer's impression of what someone thinks or does (seems, appears): no one is quoted, so no source is given.", "The senator seemed to back the plan.";
    AttributionQuotedAs = "attribution.quoted_as", Attribution, None, "A source quoted as saying something.", "The mayor was quoted as saying the budget is fine.";
    AttributionPossessive = "attribution.possessive", Attribution, None, "A cue noun after a possessive names the source.", "The agency's estimate is that 40 homes were lost.";
    AttributionColon = "attribution.colon", Attribution, None, "A headline or transcript colon after a short name.", "Roe: The plan needs more time";
    AttributionInDocument = "attribution.in_document", Attribution, None, "A finding of the poll, survey, study or report named in the phrase that opens the sentence.", "In the latest Herald poll, the mayor leads by 12 points.";
    AttributionAccordingTo = "attribution.according_to", Attribution, None, "A claim attributed with according to.", "According to the ministry, 40 homes were lost.";
    AttributionExpected = "attribution.expected", Attribution, None, "An expectation whose holder is not named.", "The House is expected to pass the bill.";
    AttributionAsked = "attribution.asked", Attribution, None, "A question put to someone, with no asker named.", "Roe was asked whether the plan would work.";
    // findings
    FigureConflictSameQuantity = "figure_conflict.same_quantity", Finding, Check, "One quantity (thing counted, place, period, measure) is given values that cannot all hold, by different sources.", "The ministry put the displaced at about 40,000; the UN put the figure at up to 52,000.";
    ArithmeticProportion = "arithmetic.proportion", Finding, InfoOrCheck, "A stated proportion (a majority, half, one in N) between two figures, computed.", "8,000 of them, a majority of the 10,000";
    ArithmeticPercentOf = "arithmetic.percent_of", Finding, InfoOrCheck, "A stated percentage of a stated total, computed.", "40 percent of the 300 staff, or 120 people";
    ArithmeticOutOf = "arithmetic.out_of", Finding, InfoOrCheck, "A stated N of M with its share, computed.", "12 of the 40 seats, 30 percent";
    ArithmeticChange = "arithmetic.change", Finding, InfoOrCheck, "A stated change from one figure to another, checked for direction and size.", "rose 10 percent, from 200 to 220";
    ArithmeticMultiplier = "arithmetic.multiplier", Finding, InfoOrCheck, "A stated multiple (doubled, tripled, N times) between two figures, computed.", "doubled from 40 to 80";
    ArithmeticTotal = "arithmetic.total", Finding, InfoOrCheck, "Stated parts and their stated total, added up.", "12 cars, 8 vans and 5 buses, 25 vehicles in all";
    ArithmeticMargin = "arithmetic.margin", Finding, InfoOrCheck, "A stated margin between two figures, subtracted.", "leads 48% to 39%, a 9-point lead";
    ArithmeticRate = "arithmetic.rate", Finding, InfoOrCheck, "A stated rate against a total over a stated period, divided.", "$3 million over 30 days, or $100,000 a day";
    VagueSourceUnnamed = "vague_source.unnamed", Finding, InfoOrCheck, "A claim from a source that is not named (a check when it carries a figure).", "Officials said 40 homes were lost.";
    UnattributedClaimNoSource = "unattributed_claim.no_source", Finding, Info, "A check-worthy figure with no source in or near its sentence.", "Crime rose 40 percent last year.";
    HedgeBelief = "hedge.belief", Finding, Info, "The writer distances a statement as a belief.", "The money is believed to be missing.";
    HedgeApparent = "hedge.apparent", Finding, Info, "The writer softens a statement as apparent.", "The fire was apparently started by a heater.";
    HedgePossible = "hedge.possible", Finding, Info, "The writer softens a statement as possible.", "The bridge may have been damaged.";
    HedgeUnconfirmed = "hedge.unconfirmed", Finding, Info, "The writer marks a statement as unconfirmed.", "Unconfirmed reports say the mayor resigned.";
    HedgeAlleged = "hedge.alleged", Finding, Info, "The writer marks a statement as alleged.", "The alleged fraud ran for years.";
    HedgeReported = "hedge.reported", Finding, Info, "The writer marks a statement as reported by others.", "The plant reportedly closed.";
}

impl Rule {
    /// The rule with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.id() == id)
    }
    /// The family: the id up to its first dot (`attribution`, `hedge`).
    pub fn family(self) -> &'static str {
        self.id().split('.').next().unwrap_or("")
    }
}

impl Serialize for Rule {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

/// Compares with an id string (for tests and tools; code compares [`Rule`]s).
impl PartialEq<&str> for Rule {
    fn eq(&self, other: &&str) -> bool {
        self.id() == *other
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// The rules reference (`docs/rules.md`), generated from the registry.
pub fn reference_markdown() -> String {
    let mut out = String::from(
        "# Rules reference\n\n<!-- Generated from src/rules.rs by `factcheck rules`; do not edit by hand. -->\n\n\
         Every highlight and finding names the rule that fired (`rule`) and says why in one sentence (`reason`). \
         These are all the rule ids, grouped by the part of the analysis that carries them.\n",
    );
    for kind in [RuleKind::Sentence, RuleKind::Number, RuleKind::Attribution, RuleKind::Finding, RuleKind::Signal] {
        let title = match kind {
            RuleKind::Sentence => "Sentences (`sentences[].rule`)",
            RuleKind::Number => "Figures (`numbers[].rule`)",
            RuleKind::Attribution => "Attributions (`attributions[].rule`)",
            RuleKind::Finding => "Findings (`findings[].rule`)",
            RuleKind::Signal => "Signals (word-table tags behind check-worthiness; never emitted)",
        };
        out.push_str(&format!("\n## {title}\n\n| id | severity | what it means | example |\n|---|---|---|---|\n"));
        for r in Rule::ALL.iter().filter(|r| r.kind() == kind) {
            out.push_str(&format!(
                "| <a id=\"{}\"></a>`{}` | {} | {} | {} |\n",
                r.id().replace('.', "-"),
                r.id(),
                r.level().as_str(),
                r.description(),
                r.example().replace('|', "\\|")
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_well_formed() {
        let mut seen = std::collections::HashSet::new();
        for r in Rule::ALL {
            assert!(seen.insert(r.id()), "duplicate id {}", r.id());
            assert!(r.id().contains('.') && r.id().bytes().all(|b| b.is_ascii_lowercase() || b == b'.' || b == b'_'), "{}", r.id());
            assert!(r.description().ends_with('.'), "{}: description is one sentence", r.id());
            assert_eq!(Rule::from_id(r.id()), Some(*r));
        }
    }
}
