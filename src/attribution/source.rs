//! Source span finder: the noun phrase that names who speaks, before a cue
//! (`Secretary of State Antony Blinken said`, `a campaign spokesman told`),
//! after it (`said Blinken`, `according to the agency`), past an apposition
//! (`Blinken, speaking in Seoul, said`), or a pronoun. Every walk is bounded;
//! how a phrase grows over appositions lives in [`super::extend`], the
//! core noun-phrase walks in [`super::phrase`].
//! Works on token indices `[start, end)`; no byte offsets here.
use super::extend::{apposition, np_paren, place_state, post_modified};
use super::lexicon as lx;
use super::phrase::{is_cap, is_word, np_before};
use crate::doc::Doc;
use crate::lower::fold;
use crate::text::Tok;

/// The source of a cue at token `cue`: skips auxiliaries (`has also`), then
/// takes the noun phrase, with an apposition between commas or a
/// parenthesis (`Sen. Jane Roe (D-Ore.) said`).
pub fn before_cue(doc: &Doc, cue: usize, lo: usize) -> Option<(usize, usize)> {
    let mut end = cue;
    let mut k = 0;
    // `is calling for`, `were saying`: a progressive's `be` sits with the auxiliaries.
    let progressive = doc.t(cue).ends_with("ing");
    while end > lo && k < 3 && is_word(doc, end - 1) && {
        let w_f = fold(doc.t(end - 1));
        let w = w_f.as_str();
        // (an adverb is lowercase: `Kelly said` is a name)
        lx::AUX.has(w)
            || w.len() > 4 && w.ends_with("ly") && !is_cap(doc.t(end - 1))
            || progressive && matches!(w, "is" | "are" | "was" | "were" | "been")
    } {
        end -= 1;
        k += 1;
    }
    // `Critics have in particular noted`: a fixed adverbial phrase is no source.
    if end > lo + 2
        && matches!(
            (fold(doc.t(end - 2)).as_str(), fold(doc.t(end - 1)).as_str()),
            ("in", "particular" | "fact" | "turn") | ("for", "example" | "instance") | ("of", "course") | ("at", "least")
        )
    {
        end -= 2;
        while end > lo && is_word(doc, end - 1) && lx::AUX.has(fold(doc.t(end - 1)).as_str()) {
            end -= 1;
        }
    }
    // `Roe at the time said`, `Roe earlier Thursday said`: a time phrase is no source.
    if let Some(t) = time_phrase(doc, end, lo) {
        end = t;
        while end > lo && is_word(doc, end - 1) && lx::AUX.has(fold(doc.t(end - 1)).as_str()) {
            end -= 1;
        }
    }
    // `…, who has denounced the nominee, Friday declared`: a bare weekday after
    // the apposition's comma is a time; the source is before the comma.
    if end > lo + 1 && (lx::WEEKDAYS.has(doc.t(end - 1)) || matches!(fold(doc.t(end - 1)).as_str(), "today" | "yesterday")) {
        if doc.t(end - 2) == "," {
            end -= 1;
        } else if !is_word(doc, end - 2) {
            return None;
        }
    }
    if end > lo && doc.t(end - 1) == ")" {
        return np_paren(doc, end, lo);
    }
    if end > lo && doc.t(end - 1) == "," {
        if let Some(sp) = long_relative(doc, end - 1, lo) {
            return Some(sp);
        }
        // `Blinken, speaking alongside Park, said`
        let close = end - 1;
        let mut open = close;
        // `of Springfield, Va., said`: the comma before a state is inside the phrase.
        let mut state_comma = None;
        while open > lo && close - open < 31 && (doc.t(open - 1) != "," || open < close && place_state(doc, open) && state_comma.is_none())
        {
            if doc.t(open - 1) == "," {
                state_comma = Some(open - 1);
            }
            open -= 1;
        }
        if let (Some(sc), true) = (state_comma, open <= lo || doc.t(open - 1) != ",") {
            // no comma before the place: `Roe of Springfield, Va., said`
            let np = np_before(doc, sc, lo)?;
            return Some((np.0, close));
        }
        if open > lo && doc.t(open - 1) == "," && apposition(doc, open, close) {
            // `Rep. Jane Roe (D-Ore.), the panel's chair, said`
            // `Mary Ames, 21, a junior from Reno, said`: an age before the apposition.
            let mut o = open - 1;
            if o >= lo + 2 && doc.tokens[o - 1].kind == Tok::Num && doc.t(o - 2) == "," {
                o -= 2;
            }
            let np = if o > lo && doc.t(o - 1) == ")" { np_paren(doc, o, lo)? } else { np_before(doc, o, lo)? };
            // `the White House press secretary, Josh Earnest, said`: a name as the apposition.
            let name = close - open <= 4 && (open..close).all(|t| is_cap(doc.t(t)) || doc.t(t) == ".");
            if !name
                && !is_cap(doc.t(np.1 - 1))
                && doc.t(np.1 - 1) != ")"
                && lx::pronoun(fold(doc.t(np.0)).as_str()).is_none()
                && np.1 - np.0 > 3
            {
                return None;
            }
            // `Roe, at Monday's debate, said`: a circumstance, not part of the name.
            let w_f = fold(doc.t(open));
            let w = w_f.as_str();
            // `Roe, speaking alongside Park in Seoul, said`: a participle is circumstance too.
            if lx::STOP.has(w) && !matches!(w, "who" | "of") || w.ends_with("ing") && is_word(doc, open) && !lx::DETERMINERS.has(w) {
                return Some(np);
            }
            return Some((np.0, close));
        }
        return None;
    }
    let np = np_before(doc, end, lo)?;
    // `people familiar with the matter`, `sources close to the campaign`
    if np.0 > lo + 2 {
        let (a, b) = (fold(doc.t(np.0 - 2)).as_str().to_string(), doc.t(np.0 - 1));
        if matches!((a.as_str(), b), ("familiar", "with") | ("close", "to") | ("briefed", "on")) {
            if let Some(head) = np_before(doc, np.0 - 2, lo) {
                return Some((head.0, np.1));
            }
        }
    }
    let np = post_modified(doc, np, lo);
    // `Seoul and its allies`, `Roe and her aides`: one source of two parts.
    if np.0 > lo + 1 && doc.t(np.0 - 1) == "and" && is_cap(doc.t(np.0 - 2)) {
        if let Some(first) = np_before(doc, np.0 - 1, lo) {
            return Some((first.0, np.1));
        }
    }
    Some(np)
}

/// Can the phrase act as a source of a stance or belief: a pronoun for
/// people, a name, a role, a body or a group (not `the bulldozer`)?
pub fn agentive(doc: &Doc, sp: (usize, usize)) -> bool {
    let (a, b) = sp;
    let head_f = fold(doc.t(b - 1));
    let head = head_f.as_str();
    if b - a == 1 && lx::pronoun(head).is_some() {
        return !matches!(head, "it" | "which");
    }
    if (a..b).any(|t| is_cap(doc.t(t)) && (t > a || b - a == 1 || !lx::DETERMINERS.has(fold(doc.t(t)).as_str()))) {
        return true;
    }
    lx::AGENT_NOUNS.has(head)
        || lx::ROLE_NOUNS.has(head)
        || lx::DOC_SOURCES.has(head)
        || lx::VAGUE.has(head)
        || head.ends_with("ers")
        || head.ends_with("ists")
        || head.ends_with("ians")
        || head.ends_with("ants")
        || head.ends_with("ents")
        || head == "percent"
}

/// Is the phrase a vague source? Returns the neutral explanation.
pub fn vague(doc: &Doc, sp: (usize, usize)) -> Option<&'static str> {
    let (a, b) = sp;
    // A post-modifier (`officials in Southland`) places them; it does not name them.
    let b = (a + 1..b).find(|&t| lx::POST_PREPS.has(doc.t(t)) || lx::POST_PARTICIPLES.has(doc.t(t))).unwrap_or(b);
    if (a..b).any(|t| is_cap(doc.t(t)) && t > a && doc.t(t) != "White") {
        return None; // a named body: `Pentagon officials` speak for it
    }
    let v = (a..b).find_map(|t| {
        let w_f = fold(doc.t(t));
        let w = w_f.as_str();
        lx::VAGUE.get(w)
    })?;
    // `the source` / `a source` with a determiner still does not name anyone.
    Some(v)
}

/// Where a time phrase ending at `end` starts (`at the time`, `earlier
/// Thursday`, `in the past`, `last week`), if a word before it is left for
/// the source.
fn time_phrase(doc: &Doc, end: usize, lo: usize) -> Option<usize> {
    if end <= lo + 1 || !is_word(doc, end - 1) || !lx::TIME_NOUNS.has(fold(doc.t(end - 1)).as_str()) {
        return None;
    }
    let mut k = end - 1;
    while k > lo + 1 && end - k < 4 && is_word(doc, k - 1) && {
        let w_f = fold(doc.t(k - 1));
        lx::TIME_LEADS.has(w_f.as_str()) || lx::TIME_NOUNS.has(w_f.as_str())
    } {
        k -= 1;
    }
    // a bare `the past`, `this week` is the phrase only after a preposition or a name
    let led =
        matches!(fold(doc.t(k)).as_str(), "at" | "in" | "on" | "during" | "over" | "last" | "earlier") || lx::WEEKDAYS.has(doc.t(end - 1));
    (led && k > lo && is_word(doc, k - 1)).then_some(k)
}

/// `Jane Roe, who was to travel to Columbus, Ohio, on Wednesday, said`: a
/// relative clause with commas of its own, closed by the comma at `close`;
/// the source is the name before it, the clause included.
fn long_relative(doc: &Doc, close: usize, lo: usize) -> Option<(usize, usize)> {
    let lo2 = lo.max(close.saturating_sub(40));
    let who = (lo2 + 1..close).rev().find(|&t| matches!(fold(doc.t(t)).as_str(), "who" | "whose") && doc.t(t - 1) == ",")?;
    let inner = (who + 1..close).any(|t| doc.t(t) == ",");
    // (a cue verb in the clause is an attribution of its own; `the talks` is a noun)
    let verb_cue =
        |t: usize| lx::cue(fold(doc.t(t)).as_str()).is_some() && super::phrase::verb_case(doc, t) && !super::phrase::article(doc, t - 1);
    let clean = (who + 1..close).all(|t| !(matches!(doc.t(t), "." | ";" | ":" | "\u{201C}" | "\u{201D}" | "\"") || verb_cue(t)));
    if !inner || !clean {
        return None;
    }
    let np = np_before(doc, who - 1, lo)?;
    (is_cap(doc.t(np.1 - 1)) || lx::ROLE_NOUNS.has(fold(doc.t(np.1 - 1)).as_str())).then_some((np.0, close))
}
