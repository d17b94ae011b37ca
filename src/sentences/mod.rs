//! Sentences: segmentation (in `segment`) and each sentence's class and
//! check-worthiness. Offsets are UTF-8 bytes.
pub mod segment;

use crate::doc::Doc;
use crate::model::{Attribution, NumberMention, Sentence, SentenceClass, Sp, Why};

pub fn classify(doc: &Doc, _numbers: &[NumberMention<Sp>], _attributions: &[Attribution<Sp>]) -> Vec<Sentence<Sp>> {
    doc.sentences
        .iter()
        .map(|s| Sentence {
            span: s.sp,
            class: SentenceClass::Other,
            checkworthy: 0.0,
            why: Why::new("sentence.other", "A sentence."),
        })
        .collect()
}
