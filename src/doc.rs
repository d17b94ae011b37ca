//! The document view shared by the engines: text, tokens, sentences and
//! paragraphs, built once per analysis. Offsets are UTF-8 bytes.
use crate::model::Sp;
use crate::sentences::segment;
use crate::text::{tokenize, Gap, Tok, Token};

/// A run of tokens: its byte span and its token index range `[first, last)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Seg {
    pub sp: Sp,
    pub first: usize,
    pub last: usize,
}

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
        let paragraphs = paragraphs(&tokens);
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

fn paragraphs(tokens: &[Token]) -> Vec<Seg> {
    let mut out = Vec::new();
    let mut first = 0;
    for i in 1..=tokens.len() {
        if i == tokens.len() || tokens[i].gap >= Gap::Line {
            if first < i {
                out.push(Seg { sp: Sp::new(tokens[first].start, tokens[i - 1].end), first, last: i });
            }
            first = i;
        }
    }
    out
}
