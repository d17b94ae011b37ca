//! Sentences: segmentation (`segment`, its word tables in `words`), the
//! phrase tables (`lexicon`), and each
//! sentence's class and check-worthiness (`classify`). Offsets are UTF-8 bytes.
pub mod classify;
#[rustfmt::skip] // word tables, aligned by hand
pub mod lexicon;
pub mod segment;
#[rustfmt::skip] // word tables, aligned by hand
pub mod words;

pub use classify::{classify, voice, Voice};
