//! The analysis data model, generic over its span type.
//!
//! Inside the core every span is a [`Sp`]: UTF-8 **byte** offsets into the
//! text. [`crate::contract`] maps each one, once, to the contract's
//! [`Span`] (UTF-16 code units plus the quoted text) on the way out. The
//! serde field names here *are* the contract (`../shared/CONTRACT.md`).
use crate::rules::Rule;
use serde::Serialize;

/// A span inside the core: UTF-8 byte offsets, `end` exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Sp {
    pub start: usize,
    pub end: usize,
}

impl Sp {
    pub const fn new(start: usize, end: usize) -> Self {
        Sp { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// The smallest span covering both.
    pub fn cover(self, other: Sp) -> Sp {
        Sp::new(self.start.min(other.start), self.end.max(other.end))
    }
    pub fn contains(&self, other: Sp) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Sp) -> bool {
        self.start < other.end && other.start < self.end
    }
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// A span as the contract has it: UTF-16 code units and the text it quotes.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// Why something was flagged: a stable rule id and one plain sentence.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Why {
    pub rule: Rule,
    pub reason: String,
}

impl Why {
    pub fn new(rule: Rule, reason: impl Into<String>) -> Self {
        Why { rule, reason: reason.into() }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SentenceClass {
    Claim,
    Opinion,
    Boilerplate,
    Question,
    Other,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Sentence<S> {
    #[serde(flatten)]
    pub span: S,
    pub class: SentenceClass,
    pub checkworthy: f64,
    #[serde(flatten)]
    pub why: Why,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NumberKind {
    Count,
    Money,
    Percent,
    Measure,
    Duration,
    Year,
    Date,
    Ordinal,
    Ratio,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QualifierKind {
    Approx,
    AtMost,
    LessThan,
    AtLeast,
    MoreThan,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Qualifier<S> {
    pub kind: QualifierKind,
    #[serde(flatten)]
    pub span: S,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NumberMention<S> {
    #[serde(flatten)]
    pub span: S,
    pub value: Option<f64>,
    pub range: Option<[f64; 2]>,
    pub kind: NumberKind,
    pub unit: Option<String>,
    pub qualifier: Option<Qualifier<S>>,
    pub counted: Option<S>,
    /// What the figure measures, as the checks read it (set after the checks run).
    pub identity: Option<Identity>,
    #[serde(flatten)]
    pub why: Why,
}

/// What a figure measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    Total,
    Average,
    Rate,
    Share,
    Change,
}

/// A figure's quantity: two figures are compared only when this matches.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Identity {
    /// The thing counted, with its modifiers ("displaced people"), or the one an anaphor points to.
    pub counted: Option<String>,
    /// Place or population ("in the region", "near the border").
    pub scope: Option<String>,
    /// A part of a larger figure ("of them", "of the 10,000").
    pub subset: bool,
    /// Date, period or rate ("in 2015", "this year", "a month").
    pub time: Option<String>,
    pub measure: Measure,
    /// Who gives the figure; null: the writer.
    pub stated_by: Option<String>,
    /// The earlier figure (index into `numbers`) this one refers back to ("the figure", "that has increased to").
    pub refers_to: Option<usize>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Speaker {
    pub entity: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Attribution<S> {
    pub id: String,
    pub source: Option<S>,
    pub speaker: Option<Speaker>,
    pub cue: Option<S>,
    pub content: S,
    pub direct: bool,
    pub vague_source: bool,
    /// How sure the engine is (0-1; see docs/confidence.md).
    pub confidence: f64,
    /// Why it is unsure, when `confidence` is below 0.5 (else null).
    pub uncertain_because: Option<&'static str>,
    #[serde(flatten)]
    pub why: Why,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Group,
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entity<S> {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    pub title: Option<String>,
    pub mentions: Vec<S>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    FigureConflict,
    Arithmetic,
    VagueSource,
    UnattributedClaim,
    Hedge,
    Opinion,
    Boilerplate,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Check,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding<S> {
    pub kind: FindingKind,
    pub message: String,
    pub spans: Vec<S>,
    pub rule: Rule,
    pub severity: Severity,
    /// Which rule fired and why, in one sentence.
    pub reason: String,
    /// The quantity the figures share (conflicts).
    pub identity: Option<Identity>,
    /// Each figure compared, with who gives it (conflicts).
    pub figures: Vec<Stated>,
    /// The computation shown (arithmetic): "30,000 ÷ 40,000 = 75%".
    pub computation: Option<String>,
}

/// A figure as written and who gives it (null: the writer).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Stated {
    pub text: String,
    pub stated_by: Option<String>,
}

/// The whole analysis. `Analysis<Sp>` lives in the core; `Analysis<Span>` is
/// the contract shape that leaves it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Analysis<S> {
    pub schema: &'static str,
    pub offsets: &'static str,
    pub length: usize,
    pub sentences: Vec<Sentence<S>>,
    pub numbers: Vec<NumberMention<S>>,
    pub attributions: Vec<Attribution<S>>,
    pub entities: Vec<Entity<S>>,
    pub findings: Vec<Finding<S>>,
    pub warnings: Vec<String>,
}

/// The contract's (snake_case) names of the enums, as serde writes them, and
/// every variant (`ALL`): tests/types.rs checks both against serde and the
/// string unions of types/factcheck.d.ts.
macro_rules! names {
    ($($t:ty { $($v:ident => $n:literal),* $(,)? })*) => {$(
        impl $t {
            pub const ALL: &'static [$t] = &[$(<$t>::$v),*];
            pub fn as_str(self) -> &'static str {
                match self { $(<$t>::$v => $n),* }
            }
        }
    )*};
}

names! {
    SentenceClass { Claim => "claim", Opinion => "opinion", Boilerplate => "boilerplate", Question => "question", Other => "other" }
    NumberKind { Count => "count", Money => "money", Percent => "percent", Measure => "measure", Duration => "duration", Year => "year", Date => "date", Ordinal => "ordinal", Ratio => "ratio", Other => "other" }
    QualifierKind { Approx => "approx", AtMost => "at_most", LessThan => "less_than", AtLeast => "at_least", MoreThan => "more_than" }
    EntityKind { Person => "person", Organization => "organization", Place => "place", Group => "group", Unknown => "unknown" }
    FindingKind { FigureConflict => "figure_conflict", Arithmetic => "arithmetic", VagueSource => "vague_source", UnattributedClaim => "unattributed_claim", Hedge => "hedge", Opinion => "opinion", Boilerplate => "boilerplate" }
    Severity { Info => "info", Check => "check" }
    Measure { Total => "total", Average => "average", Rate => "rate", Share => "share", Change => "change" }
}
