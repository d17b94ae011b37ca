//! The boundary: turns the core's byte-offset analysis (`Analysis<Sp>`) into
//! the contract's (`Analysis<Span>`, UTF-16 code units plus quoted text).
//! This is the one place offsets change unit; everything before it is UTF-8
//! bytes, everything after it UTF-16 code units. (`wire.rs` writes the
//! JSON, mapping core spans with the same [`Utf16Map`]; tests/wire.rs checks
//! it says what serde_json says of the model.)
use crate::model::*;

/// Maps UTF-8 byte offsets of one text to UTF-16 code-unit offsets.
/// Checkpoint `k` holds the first char boundary at or after byte `k * 64`
/// and the UTF-16 units before it, so a lookup counts at most ~64 bytes.
pub struct Utf16Map<'a> {
    pub(crate) text: &'a str,
    ascii: bool,
    checkpoints: Vec<(usize, usize)>,
}

const STEP: usize = 64;

impl<'a> Utf16Map<'a> {
    pub fn new(text: &'a str) -> Self {
        let ascii = text.is_ascii();
        let mut checkpoints = Vec::new();
        if !ascii {
            checkpoints.reserve(text.len() / STEP + 2);
            let mut units = 0usize;
            let mut next = 0usize;
            for (i, c) in text.char_indices() {
                while next <= i {
                    checkpoints.push((i, units));
                    next += STEP;
                }
                units += c.len_utf16();
            }
            while next <= text.len() {
                checkpoints.push((text.len(), units));
                next += STEP;
            }
        }
        Utf16Map { text, ascii, checkpoints }
    }

    /// UTF-16 offset of a byte offset, which must be a char boundary.
    pub fn utf16(&self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        let (b, units) = self.checkpoints[byte / STEP];
        // UTF-16 units from bytes: one per char (every byte but UTF-8
        // continuation bytes), two for 4-byte chars (lead byte >= 0xF0).
        let mut n = units;
        for &x in &self.text.as_bytes()[b..byte] {
            n += usize::from(x & 0xC0 != 0x80) + usize::from(x >= 0xF0);
        }
        n
    }

    pub fn span(&self, sp: Sp) -> Span {
        Span { start: self.utf16(sp.start), end: self.utf16(sp.end), text: self.text[sp.start..sp.end].to_string() }
    }
}

/// Converts a core analysis to the contract shape: the typed result of the
/// native API ([`crate::analyze`]; the exports and the tests read it). The
/// doors do not call it: the JSON writer maps core spans itself, and the
/// serde door into JS values was measured and not adopted (see the
/// boundary's own module), so there is no serializer that could carry the span mapping instead; the
/// copy stays, one line per object, in the order of src/model.rs.
pub fn to_contract(text: &str, a: Analysis<Sp>) -> Analysis<Span> {
    let map = Utf16Map::new(text);
    let m = |s: Sp| map.span(s);
    Analysis {
        schema: a.schema,
        offsets: a.offsets,
        length: map.utf16(text.len()),
        sentences: a
            .sentences
            .into_iter()
            .map(|s| Sentence { span: m(s.span), class: s.class, checkworthy: s.checkworthy, why: s.why })
            .collect(),
        numbers: a
            .numbers
            .into_iter()
            .map(|n| NumberMention {
                span: m(n.span),
                value: n.value,
                range: n.range,
                kind: n.kind,
                unit: n.unit,
                qualifier: n.qualifier.map(|q| Qualifier { kind: q.kind, span: m(q.span) }),
                counted: n.counted.map(m),
                identity: n.identity,
                why: n.why,
            })
            .collect(),
        attributions: a
            .attributions
            .into_iter()
            .map(|x| Attribution {
                id: x.id,
                source: x.source.map(m),
                speaker: x.speaker,
                cue: x.cue.map(m),
                content: m(x.content),
                direct: x.direct,
                vague_source: x.vague_source,
                confidence: x.confidence,
                uncertain_because: x.uncertain_because,
                why: x.why,
            })
            .collect(),
        entities: a
            .entities
            .into_iter()
            .map(|e| Entity { id: e.id, name: e.name, kind: e.kind, title: e.title, mentions: e.mentions.into_iter().map(m).collect() })
            .collect(),
        findings: a
            .findings
            .into_iter()
            .map(|f| Finding {
                kind: f.kind,
                message: f.message,
                spans: f.spans.into_iter().map(m).collect(),
                rule: f.rule,
                severity: f.severity,
                reason: f.reason,
                identity: f.identity,
                figures: f.figures,
                computation: f.computation,
            })
            .collect(),
        warnings: a.warnings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_count_surrogate_pairs_and_multibyte_marks() {
        // curly quote (3 bytes, 1 unit), em dash (3, 1), NBSP (2, 1), emoji (4, 2)
        let t = "\u{201C}Yes\u{201D} \u{2014}\u{a0}\u{1F600} ok";
        let map = Utf16Map::new(t);
        let ok = t.find("ok").unwrap();
        let js: Vec<u16> = t.encode_utf16().collect();
        let u = map.utf16(ok);
        assert_eq!(String::from_utf16(&js[u..u + 2]).unwrap(), "ok");
        assert_eq!(map.utf16(t.len()), js.len());
    }

    #[test]
    fn utf16_map_agrees_with_a_direct_count_past_many_checkpoints() {
        let t = "\u{e9}\u{1F600}a\u{2014}".repeat(100);
        let map = Utf16Map::new(&t);
        for (i, _) in t.char_indices() {
            assert_eq!(map.utf16(i), t[..i].encode_utf16().count(), "byte {i}");
        }
    }
}
