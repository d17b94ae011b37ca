//! The figures as the checks see them (`Fig`): one per number, a change
//! written as one range (`from 400 to 500 tonnes`) split into its two ends,
//! and the thing counted carried to a bare figure from the one before it
//! (`10,000 troops, another 11,000`). Offsets: tokens and UTF-8 bytes.
use crate::checks::words::{DETERMINERS, SAME_THING};
use crate::doc::Doc;
use crate::lower::fold;
use crate::model::{NumberKind, NumberMention, QualifierKind, Sp};
use crate::text::{Gap, Tok};

/// A number as the checks see it.
#[derive(Clone, Debug)]
pub struct Fig {
    /// Index into the numbers list.
    pub n: usize,
    /// Token range `[t0, t1)` of the mention.
    pub t0: usize,
    pub t1: usize,
    pub sentence: usize,
    pub value: Option<f64>,
    pub range: Option<[f64; 2]>,
    pub kind: NumberKind,
    pub unit: Option<String>,
    pub qualifier: Option<QualifierKind>,
    pub approx: bool,
    /// The head word of the thing counted, normalised (`soldier`), if known.
    pub head: Option<String>,
    /// The thing counted with its modifiers, normalised (`north korean soldier`).
    pub thing: Option<String>,
    /// The token after the thing counted (or the figure).
    pub after: usize,
    /// The span to highlight: the number with its qualifier.
    pub sp: Sp,
    /// The figure as written, for messages (one end of a split range).
    pub own: Sp,
}

impl Fig {
    /// One value to compare: the value, or a range's midpoint.
    pub fn mid(&self) -> Option<f64> {
        self.value.or(self.range.map(|r| (r[0] + r[1]) / 2.0))
    }
    pub fn is_quantity(&self) -> bool {
        matches!(self.kind, NumberKind::Count | NumberKind::Money | NumberKind::Percent | NumberKind::Measure)
    }
}

pub fn figs(doc: &Doc, numbers: &[NumberMention<Sp>]) -> Vec<Fig> {
    let n_tok = doc.tokens.len();
    if n_tok == 0 {
        return Vec::new();
    }
    let mut figs: Vec<Fig> = numbers
        .iter()
        .enumerate()
        .filter(|(_, m)| m.span.end <= doc.text.len() && !m.span.is_empty())
        .map(|(k, m)| {
            let t0 = doc.token_at(m.span.start).min(n_tok - 1);
            let t1 = doc.token_at(m.span.end).max(t0 + 1);
            let sp = m.qualifier.as_ref().map_or(m.span, |q| q.span.cover(m.span));
            let counted = m.counted.filter(|c| c.end <= doc.text.len());
            let (head, thing) = counted.map_or((None, None), |c| thing(doc, c));
            let after = counted.map_or(t1, |c| doc.token_at(c.end).max(t1));
            Fig {
                n: k,
                t0,
                t1,
                sentence: doc.sentence_of(t0),
                value: m.value,
                range: m.range,
                kind: m.kind,
                unit: m.unit.clone(),
                qualifier: m.qualifier.as_ref().map(|q| q.kind),
                approx: m.qualifier.as_ref().is_some_and(|q| q.kind == QualifierKind::Approx),
                head,
                thing,
                after,
                sp,
                own: m.span,
            }
        })
        .collect();
    let mut split = Vec::new();
    figs.retain(|f| match split_change(doc, f) {
        Some((a, b)) => {
            split.push(a);
            split.push(b);
            false
        }
        None => true,
    });
    figs.extend(split);
    figs.sort_by_key(|f| (f.t0, f.t1));
    for i in 1..figs.len() {
        let (prev, cur) = (&figs[i - 1], &figs[i]);
        if cur.head.is_none()
            && cur.unit.is_none()
            && cur.kind == NumberKind::Count
            && prev.kind == NumberKind::Count
            && prev.sentence == cur.sentence
            && cur.t0.saturating_sub(prev.t1) <= 12
            && !doc.tokens.get(cur.t1).is_some_and(|t| t.kind == Tok::Word && !is_filler(doc.t(cur.t1)))
        {
            figs[i].head = figs[i - 1].head.clone();
            figs[i].thing = figs[i - 1].thing.clone();
        }
    }
    figs
}

/// A range written as a change (`from 400 tonnes to 500 tonnes`, `to 9 from
/// 12`) becomes its two figures, in the order written.
fn split_change(doc: &Doc, f: &Fig) -> Option<(Fig, Fig)> {
    let [a, b] = f.range?;
    let (lo, hi) = (a.min(b), a.max(b));
    let has = |w: &str| (f.t0..f.t1).any(|i| doc.tokens[i].kind == Tok::Word && fold(doc.t(i)).as_str() == w);
    if !has("from") || !has("to") {
        return None;
    }
    let mut nums = (f.t0..f.t1).filter(|&i| doc.tokens[i].kind == Tok::Num);
    let (n1, n2) = (nums.next()?, nums.next()?);
    let digits = |i: usize| crate::decimal::parse(&doc.t(i).replace(',', ""));
    let (v1, v2) = if digits(n1)? <= digits(n2)? { (lo, hi) } else { (hi, lo) };
    // Each end keeps a currency sign written before it (`$400`).
    let start = |n: usize| if n > f.t0 && doc.tokens[n - 1].kind == Tok::Punct && doc.tokens[n].gap == Gap::None { n - 1 } else { n };
    let end_of = |n: usize| {
        let stop = |i: usize| i >= f.t1 || matches!(fold(doc.t(i)).as_str(), "to" | "from");
        let mut e = n + 1;
        while !stop(e) {
            e += 1;
        }
        e
    };
    let part = |n: usize, v: f64| {
        let (t0, t1) = (start(n), end_of(n));
        let sp = Sp::new(doc.tokens[t0].start, doc.tokens[t1 - 1].end);
        Fig { t0, t1, value: Some(v), range: None, sp, own: sp, ..f.clone() }
    };
    Some((part(n1, v1), part(n2, v2)))
}

/// Words after a bare figure that do not name a new thing.
fn is_filler(w: &str) -> bool {
    matches!(fold(w).as_str(), "and" | "or" | "but" | "while" | "according" | "as" | "in" | "on" | "by" | "at")
}

/// The head word of a counted phrase (its last word, singular, synonyms
/// merged) and the whole phrase so normalised, determiners dropped.
pub fn thing(doc: &Doc, counted: Sp) -> (Option<String>, Option<String>) {
    let (f, l) = (doc.token_at(counted.start), doc.token_at(counted.end).min(doc.tokens.len()));
    let words: Vec<String> = (f..l)
        .filter(|&i| doc.tokens[i].kind == Tok::Word && !DETERMINERS.has_folded(doc.t(i)))
        .map(|i| crate::lower::lower(doc.t(i)).replace('\u{2019}', "'"))
        .collect();
    let Some(last) = words.last() else { return (None, None) };
    let head = SAME_THING.get(last.as_str()).map_or_else(|| singular(last), str::to_string);
    let mut all = words[..words.len() - 1].to_vec();
    all.push(head.clone());
    (Some(head), Some(all.join(" ")))
}

fn singular(w: &str) -> String {
    if w.len() > 4 && w.ends_with("ies") {
        format!("{}y", &w[..w.len() - 3])
    } else if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") {
        w[..w.len() - 1].to_string()
    } else {
        w.to_string()
    }
}
