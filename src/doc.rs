//! The document view shared by the engines: text, tokens, sentences and
//! paragraphs, built once per analysis. Offsets are UTF-8 bytes.
use crate::model::Sp;
use crate::sentences::segment;
/// Segments live with segmentation; named here too, beside the `Doc` that holds them.
pub use crate::sentences::segment::Seg;
use crate::text::{tokenize, Tok, Token};

pub struct Doc<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Seg>,
    pub paragraphs: Vec<Seg>,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Self {
        let tokens = tokenize(text);
        let sentences = segment::sentences(text, &tokens);
        let paragraphs = segment::paragraphs(&tokens);
        Doc { text, tokens, sentences, paragraphs }
    }

    /// The text of token `i`.
    pub fn t(&self, i: usize) -> &'a str {
        self.tokens[i].text(self.text)
    }

    pub fn slice(&self, sp: Sp) -> &'a str {
        &self.text[sp.start..sp.end]
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == Tok::Word)
    }

    /// Index of the sentence holding token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sentences.partition_point(|s| s.last <= i)
    }

    /// Index of the first token starting at or after byte `b`.
    pub fn token_at(&self, b: usize) -> usize {
        self.tokens.partition_point(|t| t.start < b)
    }
}
