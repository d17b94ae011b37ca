//! The contract's JSON written straight from an analysis into one string,
//! with no value tree in between: the fields in the order of `model.rs`,
//! spans and reasons flattened inline, byte-identical to serde_json's
//! compact output (tested in `contract.rs`). Spans go out through
//! [`SpanOut`]: contract spans as they are (UTF-16 code units), or core
//! spans (UTF-8 bytes) mapped here to UTF-16 code units by a [`Utf16Map`],
//! their text quoted straight from the document (no copy per span).
use crate::contract::Utf16Map;
use crate::json::{int, num, string};
use crate::model::*;

/// Writes one span's fields: `"start":N,"end":N,"text":"…"`.
pub trait SpanOut<S> {
    fn fields(&self, o: &mut String, s: &S);
}

/// Contract spans, written as they are.
pub struct AsIs;

impl SpanOut<Span> for AsIs {
    fn fields(&self, o: &mut String, s: &Span) {
        span3(o, s.start, s.end, &s.text);
    }
}

impl SpanOut<Sp> for Utf16Map<'_> {
    fn fields(&self, o: &mut String, s: &Sp) {
        span3(o, self.utf16(s.start), self.utf16(s.end), s.slice(self.text));
    }
}

fn span3(o: &mut String, start: usize, end: usize, text: &str) {
    o.push_str("\"start\":");
    int(o, start as u64);
    o.push_str(",\"end\":");
    int(o, end as u64);
    o.push_str(",\"text\":");
    string(o, text);
}

/// The JSON of a contract analysis.
pub fn contract(a: &Analysis<Span>) -> String {
    let mut o = String::new();
    write(&mut o, a, a.length, &AsIs);
    o
}

/// The contract's JSON of a core analysis of `text` (byte spans): the same
/// text [`contract`] writes for `to_contract(text, a)`.
pub fn core(text: &str, a: &Analysis<Sp>) -> String {
    let map = Utf16Map::new(text);
    // News text gives about 5.5 bytes of JSON per character: one allocation.
    let mut o = String::with_capacity(text.len() * 6 + 1024);
    write(&mut o, a, map.utf16(text.len()), &map);
    o
}

fn list<T>(o: &mut String, items: &[T], mut item: impl FnMut(&mut String, &T)) {
    o.push('[');
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            o.push(',');
        }
        item(o, x);
    }
    o.push(']');
}

fn opt_str(o: &mut String, x: Option<&str>) {
    match x {
        Some(x) => string(o, x),
        None => o.push_str("null"),
    }
}

fn why(o: &mut String, w: &Why) {
    o.push_str(",\"rule\":");
    string(o, w.rule.id());
    o.push_str(",\"reason\":");
    string(o, &w.reason);
}

fn identity(o: &mut String, x: Option<&Identity>) {
    let Some(x) = x else { return o.push_str("null") };
    o.push_str("{\"counted\":");
    opt_str(o, x.counted.as_deref());
    o.push_str(",\"scope\":");
    opt_str(o, x.scope.as_deref());
    o.push_str(",\"subset\":");
    o.push_str(if x.subset { "true" } else { "false" });
    o.push_str(",\"time\":");
    opt_str(o, x.time.as_deref());
    o.push_str(",\"measure\":");
    string(o, x.measure.as_str());
    o.push_str(",\"stated_by\":");
    opt_str(o, x.stated_by.as_deref());
    o.push_str(",\"refers_to\":");
    match x.refers_to {
        Some(k) => int(o, k as u64),
        None => o.push_str("null"),
    }
    o.push('}');
}

fn write<S>(o: &mut String, a: &Analysis<S>, length: usize, out: &impl SpanOut<S>) {
    let span = |o: &mut String, s: &S| {
        o.push('{');
        out.fields(o, s);
        o.push('}');
    };
    let opt_span = |o: &mut String, s: Option<&S>| match s {
        Some(s) => span(o, s),
        None => o.push_str("null"),
    };
    o.push_str("{\"schema\":");
    string(o, a.schema);
    o.push_str(",\"offsets\":");
    string(o, a.offsets);
    o.push_str(",\"length\":");
    int(o, length as u64);
    o.push_str(",\"sentences\":");
    list(o, &a.sentences, |o, x| {
        o.push('{');
        out.fields(o, &x.span);
        o.push_str(",\"class\":");
        string(o, x.class.as_str());
        o.push_str(",\"checkworthy\":");
        num(o, x.checkworthy);
        why(o, &x.why);
        o.push('}');
    });
    o.push_str(",\"numbers\":");
    list(o, &a.numbers, |o, n| {
        o.push('{');
        out.fields(o, &n.span);
        o.push_str(",\"value\":");
        match n.value {
            Some(v) => num(o, v),
            None => o.push_str("null"),
        }
        o.push_str(",\"range\":");
        match n.range {
            Some([lo, hi]) => {
                o.push('[');
                num(o, lo);
                o.push(',');
                num(o, hi);
                o.push(']');
            }
            None => o.push_str("null"),
        }
        o.push_str(",\"kind\":");
        string(o, n.kind.as_str());
        o.push_str(",\"unit\":");
        opt_str(o, n.unit.as_deref());
        o.push_str(",\"qualifier\":");
        match &n.qualifier {
            Some(q) => {
                o.push_str("{\"kind\":");
                string(o, q.kind.as_str());
                o.push(',');
                out.fields(o, &q.span);
                o.push('}');
            }
            None => o.push_str("null"),
        }
        o.push_str(",\"counted\":");
        opt_span(o, n.counted.as_ref());
        o.push_str(",\"identity\":");
        identity(o, n.identity.as_ref());
        why(o, &n.why);
        o.push('}');
    });
    o.push_str(",\"attributions\":");
    list(o, &a.attributions, |o, x| {
        o.push_str("{\"id\":");
        string(o, &x.id);
        o.push_str(",\"source\":");
        opt_span(o, x.source.as_ref());
        o.push_str(",\"speaker\":");
        match &x.speaker {
            Some(p) => {
                o.push_str("{\"entity\":");
                string(o, &p.entity);
                o.push_str(",\"name\":");
                string(o, &p.name);
                o.push('}');
            }
            None => o.push_str("null"),
        }
        o.push_str(",\"cue\":");
        opt_span(o, x.cue.as_ref());
        o.push_str(",\"content\":");
        span(o, &x.content);
        o.push_str(",\"direct\":");
        o.push_str(if x.direct { "true" } else { "false" });
        o.push_str(",\"vague_source\":");
        o.push_str(if x.vague_source { "true" } else { "false" });
        o.push_str(",\"confidence\":");
        num(o, x.confidence);
        o.push_str(",\"uncertain_because\":");
        opt_str(o, x.uncertain_because);
        why(o, &x.why);
        o.push('}');
    });
    o.push_str(",\"entities\":");
    list(o, &a.entities, |o, e| {
        o.push_str("{\"id\":");
        string(o, &e.id);
        o.push_str(",\"name\":");
        string(o, &e.name);
        o.push_str(",\"kind\":");
        string(o, e.kind.as_str());
        o.push_str(",\"title\":");
        opt_str(o, e.title.as_deref());
        o.push_str(",\"mentions\":");
        list(o, &e.mentions, span);
        o.push('}');
    });
    o.push_str(",\"findings\":");
    list(o, &a.findings, |o, f| {
        o.push_str("{\"kind\":");
        string(o, f.kind.as_str());
        o.push_str(",\"message\":");
        string(o, &f.message);
        o.push_str(",\"spans\":");
        list(o, &f.spans, span);
        o.push_str(",\"rule\":");
        string(o, f.rule.id());
        o.push_str(",\"severity\":");
        string(o, f.severity.as_str());
        o.push_str(",\"reason\":");
        string(o, &f.reason);
        o.push_str(",\"identity\":");
        identity(o, f.identity.as_ref());
        o.push_str(",\"figures\":");
        list(o, &f.figures, |o, x| {
            o.push_str("{\"text\":");
            string(o, &x.text);
            o.push_str(",\"stated_by\":");
            opt_str(o, x.stated_by.as_deref());
            o.push('}');
        });
        o.push_str(",\"computation\":");
        opt_str(o, f.computation.as_deref());
        o.push('}');
    });
    o.push_str(",\"warnings\":");
    list(o, &a.warnings, |o, w| string(o, w));
    o.push('}');
}
