//! Cross-checks: findings over the numbers, attributions and sentences
//! (figure conflicts, arithmetic, vague sources, opinion, boilerplate).
//! Offsets are UTF-8 bytes.
use crate::doc::Doc;
use crate::model::{Attribution, Entity, Finding, NumberMention, Sentence, Sp};

pub fn find(
    _doc: &Doc,
    _numbers: &[NumberMention<Sp>],
    _attributions: &[Attribution<Sp>],
    _entities: &[Entity<Sp>],
    _sentences: &[Sentence<Sp>],
) -> Vec<Finding<Sp>> {
    Vec::new()
}
