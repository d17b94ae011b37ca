//! A small builder for hand-made engine output, so the checks can be tested
//! without the numbers and attribution engines.
#![allow(dead_code)]
use factcheck::checks;
use factcheck::doc::Doc;
use factcheck::model::*;
use factcheck::sentences;

pub struct B<'a> {
    pub text: &'a str,
    pub nums: Vec<NumberMention<Sp>>,
    pub atts: Vec<Attribution<Sp>>,
    cursor: usize,
}

/// The span of `needle` at or after byte `from`.
pub fn find(text: &str, needle: &str, from: usize) -> Sp {
    let s = from + text[from..].find(needle).unwrap_or_else(|| panic!("{needle:?} not in text after {from}"));
    Sp::new(s, s + needle.len())
}

impl<'a> B<'a> {
    pub fn new(text: &'a str) -> Self {
        B { text, nums: Vec::new(), atts: Vec::new(), cursor: 0 }
    }
    /// A number (the next occurrence of `needle` after the previous one).
    pub fn num(mut self, needle: &str, value: f64, kind: NumberKind) -> Self {
        let span = find(self.text, needle, self.cursor);
        self.cursor = span.end;
        self.nums.push(NumberMention {
            span,
            value: Some(value),
            range: None,
            kind,
            unit: None,
            qualifier: None,
            counted: None,
            identity: None,
            why: Why::new(factcheck::rules::Rule::NumberDigits, "test"),
        });
        self
    }
    /// A range mention (`from 400 tonnes to 500 tonnes`), `range` = [lo, hi].
    pub fn range(mut self, needle: &str, lo: f64, hi: f64, kind: NumberKind) -> Self {
        self = self.num(needle, 0.0, kind);
        let n = self.nums.last_mut().unwrap();
        n.value = None;
        n.range = Some([lo, hi]);
        self
    }
    pub fn count(self, needle: &str, value: f64) -> Self {
        self.num(needle, value, NumberKind::Count)
    }
    pub fn pct(self, needle: &str, value: f64) -> Self {
        self.num(needle, value, NumberKind::Percent)
    }
    /// The thing counted by the last number: the next occurrence of `needle`.
    pub fn counted(mut self, needle: &str) -> Self {
        let sp = find(self.text, needle, self.nums.last().unwrap().span.end);
        self.nums.last_mut().unwrap().counted = Some(sp);
        self
    }
    pub fn unit(mut self, unit: &str) -> Self {
        self.nums.last_mut().unwrap().unit = Some(unit.to_string());
        self
    }
    /// A qualifier for the last number: the nearest occurrence before it.
    pub fn qual(mut self, needle: &str, kind: QualifierKind) -> Self {
        let n = self.nums.last().unwrap().span;
        let s = self.text[..n.start].rfind(needle).unwrap();
        self.nums.last_mut().unwrap().qualifier = Some(Qualifier { kind, span: Sp::new(s, s + needle.len()) });
        self
    }
    /// An attribution: source, cue and content are the first occurrences.
    pub fn att(self, source: &str, speaker: Option<&str>, cue: &str, content: &str, vague: bool) -> Self {
        self.att_at("", source, speaker, cue, content, vague)
    }
    /// An attribution whose spans are the first occurrences after `anchor`.
    pub fn att_at(mut self, anchor: &str, source: &str, speaker: Option<&str>, cue: &str, content: &str, vague: bool) -> Self {
        let id = format!("a{}", self.atts.len() + 1);
        let from = find(self.text, anchor, 0).start;
        self.atts.push(Attribution {
            id,
            source: Some(find(self.text, source, from)),
            speaker: speaker.map(|n| Speaker { entity: "e1".into(), name: n.into() }),
            cue: Some(find(self.text, cue, from)),
            content: find(self.text, content, from),
            direct: false,
            vague_source: vague,
            confidence: 1.0,
            uncertain_because: None,
            why: Why::new(factcheck::rules::Rule::AttributionReported, "test"),
        });
        self
    }
    pub fn run(&self) -> (Vec<Sentence<Sp>>, Vec<Finding<Sp>>) {
        let doc = Doc::new(self.text);
        let s = sentences::classify(&doc, &self.nums, &self.atts);
        let f = checks::find(&doc, &self.nums, &self.atts, &[], &s);
        (s, f)
    }
    /// The contract shape of the hand-made analysis (UTF-16 offsets).
    pub fn analysis(&self) -> Analysis<Span> {
        let (sentences, findings) = self.run();
        let core = Analysis {
            schema: "factcheck/1",
            offsets: "utf16",
            length: 0,
            sentences,
            numbers: self.nums.clone(),
            attributions: self.atts.clone(),
            entities: Vec::new(),
            findings,
            warnings: Vec::new(),
        };
        factcheck::contract::to_contract(self.text, core)
    }
    pub fn findings(&self, kind: FindingKind) -> Vec<Finding<Sp>> {
        self.run().1.into_iter().filter(|f| f.kind == kind).collect()
    }
}

/// Every finding's span lies inside the text, on char boundaries.
pub fn spans_ok(text: &str, f: &[Finding<Sp>]) {
    for x in f {
        assert!(!x.spans.is_empty(), "{x:?}");
        for s in &x.spans {
            assert!(s.start < s.end && s.end <= text.len(), "{s:?} in {x:?}");
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
    }
}

/// The wire-story fixture (tests/fixtures/wire_story.txt).
pub const WIRE: &str = include_str!("../fixtures/wire_story.txt");

/// The wire story's first two troop figures (`about 10,000`, `11,000`), in
/// text order: more figures may follow with the builder.
pub fn wire_troops() -> B<'static> {
    B::new(WIRE).count("10,000", 10000.0).qual("about", QualifierKind::Approx).counted("troops").count("11,000", 11000.0).counted("troops")
}

/// The two sources of those figures (the Northland ministry, Southland's
/// military intelligence service).
pub fn wire_troop_sources(b: B<'static>) -> B<'static> {
    b.att_at(
        "The Northland",
        "The Northland defence ministry",
        Some("Northland Defence Ministry"),
        "said",
        "about 10,000 troops had been deployed",
        false,
    )
    .att_at(
        "Southland\u{2019}s military",
        "Southland\u{2019}s military intelligence service",
        None,
        "put the figure",
        "at 11,000 troops",
        false,
    )
}
