//! What each figure measures (its identity): the thing counted, the scope
//! (`in the region`, `near the border`, a subset `of them`), the time
//! (`in 2015`, `this year`, a rate period `a month`), the measure (total,
//! average, rate, share, change) and who states it, each from the words
//! around the figure itself (`anaphora` ties figures to earlier ones).
//! Offsets: tokens.
use crate::checks::words::*;
use crate::checks::{Ctx, Fig};
use crate::model::{Measure, NumberKind};
use crate::text::Tok;

/// A figure's identity, as the conflict check compares it.
#[derive(Clone, Debug, Default)]
pub struct Id {
    /// The thing counted, normalised (the comparison key) and as written.
    pub thing: Option<String>,
    pub counted: Option<String>,
    pub scope: Option<String>,
    pub subset: bool,
    pub time: Option<String>,
    pub measure: Option<Measure>,
    pub stated_by: Option<String>,
    /// The earlier figure (index into `figs`) this one refers back to, and the words that do it.
    pub refers_to: Option<usize>,
    pub link: Option<String>,
    /// Linked by a revision verb (`has increased to`, `revised to`).
    pub revision: bool,
    /// What the text says of the counted thing: the first word after it
    /// (auxiliaries skipped), cut to five letters (`went`, `cross`).
    pub pred: Option<String>,
    /// The link says the figures differ (`put the figure higher`, `a lower estimate`).
    pub contrast: bool,
    /// Linked as an alternative (`another`, `while`): another source by the wording itself.
    pub alt: bool,
}

pub fn word<'d>(ctx: &Ctx<'_, 'd>, i: usize) -> Option<&'d str> {
    (i < ctx.doc.tokens.len() && ctx.doc.tokens[i].kind == Tok::Word).then(|| ctx.doc.t(i))
}

/// A figure of any kind starts at token `i`.
fn fig_starts(ctx: &Ctx, i: usize) -> bool {
    crate::checks::relation::fig_at(ctx, i).is_some()
}

/// The identity a figure has from its own words.
pub fn own(ctx: &Ctx, f: &Fig) -> Id {
    let d = ctx.doc;
    let seg = d.sentences[f.sentence];
    let counted = ctx.numbers.get(f.n).and_then(|m| m.counted).map(|c| d.slice(c).split_whitespace().collect::<Vec<_>>().join(" "));
    let stop = f.head.as_deref().is_some_and(|h| STOP_HEADS.has(h));
    let mut id = Id { thing: f.thing.clone().filter(|_| !stop), counted: counted.filter(|_| !stop), ..Id::default() };
    if id.thing.is_some() && id.counted.is_none() {
        // A thing carried over from the figure before (`10,000 troops, another 11,000`).
        id.counted = f.thing.clone();
    }
    // A subset: `30,000 of them`, `8,000 of the 10,000`, `most of`.
    let i = f.after;
    if word(ctx, i).is_some_and(|w| is(w, "of"))
        && (word(ctx, i + 1).is_some_and(|w| DETERMINERS.has_folded(w) || is(w, "them") || is(w, "those")) || fig_starts(ctx, i + 1))
    {
        id.subset = true;
    }
    id.scope = scope_after(ctx, f, seg.last).or_else(|| scope_first(ctx, f));
    let (time, rate) = time(ctx, f);
    id.time = time;
    id.measure = Some(measure(ctx, f, rate));
    id.stated_by = ctx.source_of(f).or_else(|| cue_source(ctx, f));
    id.pred = (f.after..(f.after + 4).min(seg.last))
        .map_while(|i| word(ctx, i))
        .find(|w| !AUX.has_folded(w) && !PRONOUNS.has_folded(w))
        .map(|w| {
            let w = crate::lower::lower(w);
            w.chars().take(5).collect()
        });
    id
}

/// `… are near the border`, `in the region`: a place after the figure.
fn scope_after(ctx: &Ctx, f: &Fig, end: usize) -> Option<String> {
    let d = ctx.doc;
    let mut i = f.after;
    let limit = (i + 7).min(end);
    while i < limit {
        let w = word(ctx, i)?;
        if ALTERNATIVES.has_folded(w) {
            return None;
        }
        if SCOPE_PREPS.has_folded(w) {
            return phrase(ctx, i, end);
        }
        if i > f.after && (is(w, "and") || is(w, "or")) {
            return None;
        }
        i += 1;
    }
    let _ = d;
    None
}

/// `In Florida, 300 …`, `Among women, …`: a place opening the sentence.
fn scope_first(ctx: &Ctx, f: &Fig) -> Option<String> {
    let seg = ctx.doc.sentences[f.sentence];
    let w = word(ctx, seg.first)?;
    if !SCOPE_PREPS.has_folded(w) {
        return None;
    }
    let comma = (seg.first..(seg.first + 6).min(f.t0)).find(|&i| ctx.doc.t(i) == ",")?;
    phrase(ctx, seg.first, comma)
}

/// The place phrase from preposition `p` as written: up to four words, not a time.
fn phrase(ctx: &Ctx, p: usize, end: usize) -> Option<String> {
    let mut i = p + 1;
    while i < end && word(ctx, i).is_some_and(|w| DETERMINERS.has_folded(w)) {
        i += 1;
    }
    let mut last = None;
    while i < end && i < p + 6 {
        let Some(w) = word(ctx, i) else { break };
        let verbish = w.len() > 4 && (w.ends_with("ed") || w.ends_with("ly"));
        // `in the third quarter`, `in May`: a time; `in favour`, `in total`: no place.
        if TIME_WORDS.has_folded(w) || PERIODS.has_folded(w) || last.is_none() && NOT_PLACE.has_folded(w) {
            return None;
        }
        if SCOPE_STOP.has_folded(w) || verbish {
            break;
        }
        last = Some(i);
        i += 1;
    }
    let d = ctx.doc;
    last.map(|l| crate::lower::lower(d.slice(crate::model::Sp::new(d.tokens[p].start, d.tokens[l].end))))
}

/// The time nearest the figure in its sentence (a year or date figure, a
/// month or weekday, `this year`), not past another quantity; and whether
/// it is a rate period right after it (`a month`, `per year`).
fn time(ctx: &Ctx, f: &Fig) -> (Option<String>, bool) {
    let d = ctx.doc;
    let seg = d.sentences[f.sentence];
    // A rate period right after the thing counted.
    for i in f.after..(f.after + 2).min(seg.last) {
        if let (Some(a), Some(b)) = (word(ctx, i), word(ctx, i + 1)) {
            if PERIOD_LEAD.get(crate::lower::fold(a).as_str()) == Some(true) && PERIODS.has_folded(b) {
                return (Some(format!("{} {}", crate::lower::lower(a), crate::lower::lower(b))), true);
            }
        }
        if word(ctx, i).is_some_and(|w| RATE.has_folded(w)) {
            return (Some(crate::lower::lower(d.t(i))), true);
        }
    }
    let at = |i: usize| -> Option<String> {
        if let Some(k) = crate::checks::relation::fig_at(ctx, i) {
            let g = &ctx.figs[k];
            return matches!(g.kind, NumberKind::Year | NumberKind::Date).then(|| crate::lower::lower(d.slice(g.own)));
        }
        let w = word(ctx, i)?;
        if TIME_WORDS.has_folded(w) {
            return Some(crate::lower::lower(w));
        }
        let next = word(ctx, i + 1).filter(|n| PERIODS.has_folded(n))?;
        (PERIOD_LEAD.get(crate::lower::fold(w).as_str()) == Some(false))
            .then(|| format!("{} {}", crate::lower::lower(w), crate::lower::lower(next)))
    };
    let blocked = |i: usize| crate::checks::relation::fig_at(ctx, i).is_some_and(|k| ctx.figs[k].is_quantity() && ctx.figs[k].t0 != f.t0);
    let (mut back, mut fwd) = (f.t0, f.after);
    for _ in 0..12 {
        if fwd < seg.last {
            if let Some(t) = at(fwd) {
                return (Some(t), false);
            }
            if blocked(fwd) {
                fwd = seg.last;
            } else {
                fwd += 1;
            }
        }
        if back > seg.first {
            back -= 1;
            if let Some(t) = at(back) {
                return (Some(t), false);
            }
            if blocked(back) {
                back = seg.first;
            }
        }
    }
    (None, false)
}

fn measure(ctx: &Ctx, f: &Fig, rate: bool) -> Measure {
    let near = |a: usize, b: usize, l: &crate::wordlist::WordList| (a..b).any(|i| word(ctx, i).is_some_and(|w| l.has_folded(w)));
    let seg = ctx.doc.sentences[f.sentence];
    let before = f.t0.saturating_sub(3).max(seg.first);
    // The size of a change: `rose 10%`, `up 5%`, `fell by 3`, `an increase of 10%`.
    let p = |b: usize| f.t0.checked_sub(b).filter(|&i| i >= seg.first).and_then(|i| word(ctx, i)).unwrap_or("");
    let moved = |w: &str| (RISE.has_folded(w) || FALL.has_folded(w)) && !is(w, "higher") && !is(w, "lower");
    let change = moved(p(1)) || (is(p(1), "by") || is(p(1), "of")) && moved(p(2));
    if rate {
        Measure::Rate
    } else if near(before, f.t0, &AVERAGE) || near(f.after, (f.after + 3).min(seg.last), &AVERAGE) {
        Measure::Average
    } else if change || near(f.t1, (f.t1 + 1).min(seg.last), &CHANGE_AFTER) {
        Measure::Change
    } else if f.kind == NumberKind::Percent {
        Measure::Share
    } else {
        Measure::Total
    }
}

/// Who gives a figure when no attribution holds it: the subject of a cue
/// verb before it in its clause (`the UN has put the figure higher, at up to`).
fn cue_source(ctx: &Ctx, f: &Fig) -> Option<String> {
    let d = ctx.doc;
    let seg = d.sentences[f.sentence];
    let from = f.t0.saturating_sub(10).max(seg.first);
    let cue = (from..f.t0).rev().find(|&i| word(ctx, i).is_some_and(|w| CUES.has_folded(w)))?;
    if (cue..f.t0).any(|i| d.tokens[i].kind == Tok::Num) {
        return None;
    }
    let mut end = cue;
    while end > seg.first && word(ctx, end - 1).is_some_and(|w| AUX.has_folded(w)) {
        end -= 1;
    }
    let start = (seg.first..end)
        .rev()
        .take(5)
        .take_while(|&i| word(ctx, i).is_some_and(|w| !["while", "whereas", "but", "and", "that"].iter().any(|x| is(w, x))))
        .last()?;
    // `the Red Cross, which put it at`: the name before the relative.
    let (start, end) = match word(ctx, start) {
        Some(w) if (is(w, "which") || is(w, "who")) && end == start + 1 && start > seg.first + 1 && d.t(start - 1) == "," => {
            let e = start - 1;
            let b = (seg.first..e)
                .rev()
                .take(4)
                .take_while(|&i| word(ctx, i).is_some_and(|w| w.starts_with(char::is_uppercase) || is(w, "the")))
                .last()?;
            (b, e)
        }
        _ => (start, end),
    };
    let s = d.slice(crate::model::Sp::new(d.tokens[start].start, d.tokens[end - 1].end));
    let named = !PRONOUNS.has_folded(s) && crate::export::names_someone(s);
    named.then(|| s.to_string())
}
