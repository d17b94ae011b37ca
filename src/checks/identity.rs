//! What each figure measures (its identity): the thing counted, the scope
//! (`in the region`, `near the border`, a subset `of them`), the time
//! (`in 2015`, `this year`, a rate period `a month`), the measure (total,
//! average, rate, share, change) and who states it; and the anaphora that
//! tie a figure to an earlier one (`the figure`, `that has increased to
//! N`, `another`/`while` alternatives). Offsets: tokens.
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

fn word<'d>(ctx: &Ctx<'_, 'd>, i: usize) -> Option<&'d str> {
    (i < ctx.doc.tokens.len() && ctx.doc.tokens[i].kind == Tok::Word).then(|| ctx.doc.t(i))
}

/// A figure of any kind starts at token `i`.
fn fig_starts(ctx: &Ctx, i: usize) -> bool {
    crate::checks::relation::fig_at(ctx, i).is_some()
}

/// The identity of every figure, in `figs` order.
pub fn identities(ctx: &Ctx) -> Vec<Id> {
    let mut ids: Vec<Id> = ctx.figs.iter().map(|f| own(ctx, f)).collect();
    for k in 0..ids.len() {
        let f = &ctx.figs[k];
        if !f.is_quantity() {
            continue;
        }
        let Some((j, link, revision, contrast)) = antecedent(ctx, &ids, k) else { continue };
        let (a, b) = (ids[j].clone(), &mut ids[k]);
        if b.measure != a.measure || b.subset && !a.subset {
            continue;
        }
        let fits = |x: &Option<String>, y: &Option<String>| x.is_none() || x == y;
        if !fits(&b.scope, &a.scope)
            || !fits(&b.time, &a.time)
            || !fits(&b.thing.as_ref().map(|t| last(t)), &a.thing.as_ref().map(|t| last(t)))
        {
            continue;
        }
        b.thing = a.thing;
        b.counted = a.counted;
        b.scope = b.scope.take().or(a.scope);
        b.time = b.time.take().or(a.time);
        b.subset = a.subset;
        b.refers_to = Some(j);
        b.alt = link_is_alt(&link);
        if b.alt && b.stated_by == a.stated_by {
            b.stated_by = None; // `another`: not the first figure's source
        }
        b.link = Some(link);
        b.revision = revision;
        b.contrast = contrast;
    }
    ids
}

fn last(t: &str) -> String {
    t.rsplit(' ').next().unwrap_or(t).to_string()
}

/// The identity a figure has from its own words.
fn own(ctx: &Ctx, f: &Fig) -> Id {
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

/// The earlier figure an anaphoric figure refers to: `the figure`, `that
/// number`, `its estimate`, `that has increased to`, `revised to`; or a
/// figure set beside it as an alternative (`while others say 12,000 troops`).
fn antecedent(ctx: &Ctx, ids: &[Id], k: usize) -> Option<(usize, String, bool, bool)> {
    let d = ctx.doc;
    let f = &ctx.figs[k];
    let seg = d.sentences[f.sentence];
    let prev = ctx.figs[..k].iter().rposition(|g| g.is_quantity() && g.t1 <= f.t0);
    let from = prev.map_or(seg.first, |p| ctx.figs[p].t1.max(seg.first)).max(f.t0.saturating_sub(9));
    let mut link = None;
    let mut revision = false;
    {
        for i in (from..f.t0).rev() {
            let Some(w) = word(ctx, i) else { continue };
            // `the figure`, `a higher estimate of 52,000`; not `the number of voters`.
            let of_other = word(ctx, i + 1).is_some_and(|n| is(n, "of")) && i + 2 != f.t0;
            if ANAPHOR_NOUNS.has_folded(w) && i > seg.first && word(ctx, i - 1).is_some() && !of_other {
                link = Some(d.slice(crate::model::Sp::new(d.tokens[i - 1].start, d.tokens[i].end)).to_string());
                break;
            }
            // `put it at 52,000`, `puts it at`.
            if is(w, "it")
                && i + 2 == f.t0
                && word(ctx, i + 1).is_some_and(|t| is(t, "at"))
                && i > seg.first
                && word(ctx, i - 1).is_some_and(|t| is(t, "put") || is(t, "puts"))
            {
                link = Some(format!("{} it at", d.t(i - 1)));
                break;
            }
            if REVISED.has_folded(w) && word(ctx, f.t0 - 1).is_some_and(|t| is(t, "to")) {
                revision = true;
                let subj = (from..i).rev().find(|&j| word(ctx, j).is_some_and(|t| is(t, "that") || is(t, "it") || is(t, "this")));
                if let Some(j) = subj {
                    link = Some(format!("{} \u{2026} {} to", d.t(j), w));
                    break;
                }
            }
        }
    }
    let Some(link) = link else { return alternative(ctx, ids, k) };
    // `revised the figure to`, `later put it at`: a revision, perhaps by the same source.
    revision |= (from..f.t0).any(|i| word(ctx, i).is_some_and(|w| REVISED.has_folded(w) || is(w, "later")));
    let contrast = (from..f.t0).any(|i| word(ctx, i).is_some_and(|w| is(w, "higher") || is(w, "lower")));
    // The nearest earlier figure of the same kind with a thing counted, within three sentences.
    let j = (0..k).rev().take(12).find(|&j| {
        let g = &ctx.figs[j];
        g.kind == f.kind && g.is_quantity() && ids[j].thing.is_some() && g.sentence + 3 >= f.sentence && g.t1 <= f.t0
    })?;
    Some((j, link, revision, contrast))
}

/// `11,000 troops, while a monitor said up to 12,000 troops`: the figure
/// before an alternative marker in the same sentence, counting the same thing.
fn alternative(ctx: &Ctx, ids: &[Id], k: usize) -> Option<(usize, String, bool, bool)> {
    let f = &ctx.figs[k];
    let j = ctx.figs[..k].iter().rposition(|g| g.is_quantity() && g.t1 <= f.t0)?;
    let g = &ctx.figs[j];
    if g.sentence != f.sentence || g.kind != f.kind || f.t0 - g.t1 > 14 || ids[j].thing.is_none() {
        return None;
    }
    if ids[k].thing.as_ref().is_some_and(|t| last(t) != last(ids[j].thing.as_deref().unwrap_or(""))) {
        return None;
    }
    match (g.t1..f.t0).find(|&i| word(ctx, i).is_some_and(|w| ALTERNATIVES.has_folded(w))) {
        Some(m) => Some((j, ctx.doc.t(m).to_string(), false, false)),
        // The next of a list of alternatives: `another 11,000, and a third up to 12,000`.
        None if ids[j].alt && (g.t1..f.t0).any(|i| ctx.doc.t(i) == ",") => Some((j, ids[j].link.clone()?, false, false)),
        None => None,
    }
}

fn link_is_alt(link: &str) -> bool {
    ALTERNATIVES.has_folded(link)
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
