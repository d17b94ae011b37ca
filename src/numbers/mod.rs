//! The numbers engine: every figure in the text with its value, kind, unit,
//! qualifier and the thing counted. Offsets are UTF-8 bytes.
use crate::doc::Doc;
use crate::model::{NumberKind, NumberMention, Sp, Why};
use crate::text::Tok;

pub fn find(doc: &Doc) -> Vec<NumberMention<Sp>> {
    let mut out = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != Tok::Num {
            continue;
        }
        let s = doc.t(i).replace(',', "");
        let value = s.parse::<f64>().ok();
        out.push(NumberMention {
            span: t.sp(),
            value,
            range: None,
            kind: NumberKind::Count,
            unit: None,
            qualifier: None,
            counted: None,
            why: Why::new("number.digits", "A figure written in digits."),
        });
    }
    out
}
