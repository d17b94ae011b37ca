//! factcheck: finds attributed claims and numbers in English news text and
//! cross-checks them. This is the pure core: no JS or DOM here. It works in
//! UTF-8 byte offsets inside and converts to the contract's UTF-16 code
//! units once, in [`contract::to_contract`]. The doors are `src/main.rs`
//! (the `factcheck` command) and `src/wasm.rs` (the browser).
pub mod attribution;
pub mod checks;
pub mod common_words;
pub mod contract;
pub mod decimal;
pub mod doc;
pub mod export;
pub mod fasthash;
pub mod json;
pub mod lower;
pub mod model;
pub mod numbers;
pub mod rules;
pub mod sentences;
pub mod text;
pub mod wire;
pub mod wordlist;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

use model::{Analysis, Sp, Span};

pub const SCHEMA: &str = "factcheck/1";

/// The largest text analysed, in UTF-16 code units (about 2 MB of prose;
/// a long feature is 50,000). Larger input gets [`Error::TooLong`].
pub const MAX_LENGTH: usize = 2_000_000;

/// Options from the caller; every field is optional.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Lower the length cap (never raise it above [`MAX_LENGTH`]).
    pub max_length: Option<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Error {
    TooLong { length: usize, max: usize },
    BadOptions(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::TooLong { length, max } => {
                write!(f, "the text is too long to analyse: {length} characters (UTF-16 units), the limit is {max}; split it into parts")
            }
            Error::BadOptions(m) => write!(f, "bad options: {m}"),
        }
    }
}

impl std::error::Error for Error {}

/// Analyses one text and returns the contract's shape (UTF-16 offsets).
pub fn analyze(text: &str, options: &Options) -> Result<Analysis<Span>, Error> {
    analyze_core(text, options).map(|a| contract::to_contract(text, a))
}

/// The analysis in the core's units (UTF-8 byte spans, `length` 0), before
/// [`contract::to_contract`]; [`core_json`] writes it as the contract's JSON.
pub fn analyze_core(text: &str, options: &Options) -> Result<Analysis<Sp>, Error> {
    let max = options.max_length.unwrap_or(MAX_LENGTH).min(MAX_LENGTH);
    // UTF-16 length is at most the byte length: count only when it may matter.
    if text.len() > max {
        let length = text.encode_utf16().count();
        if length > max {
            return Err(Error::TooLong { length, max });
        }
    }
    let doc = doc::Doc::new(text);
    let numbers = numbers::find(&doc);
    let (attributions, entities) = attribution::find(&doc);
    let sentences = sentences::classify(&doc, &numbers, &attributions);
    let (findings, identities) = checks::find_all(&doc, &numbers, &attributions, &entities, &sentences);
    let mut numbers = numbers;
    for (n, id) in numbers.iter_mut().zip(identities) {
        n.identity = id;
    }
    let core = Analysis {
        schema: SCHEMA,
        offsets: "utf16",
        length: 0,
        sentences,
        numbers,
        attributions,
        entities,
        findings,
        warnings: Vec::new(),
    };
    Ok(core)
}

/// [`analyze`] serialised as the contract's JSON.
pub fn analyze_json(text: &str, options: &Options) -> Result<String, Error> {
    analyze_core(text, options).map(|a| core_json(text, &a))
}

/// The contract's JSON of a core analysis of `text`: the same bytes as
/// `to_json(&contract::to_contract(text, a))`, without the copies.
pub fn core_json(text: &str, a: &Analysis<Sp>) -> String {
    wire::core(text, a)
}

/// The contract's JSON for an analysis.
pub fn to_json(a: &Analysis<Span>) -> String {
    // Written by hand (src/wire.rs), byte-identical to serde_json's output:
    // the wasm then ships no serde_json.
    wire::contract(a)
}
