//! The attribution tests' view of a result: spans read back as text (the
//! core works in UTF-8 bytes). Shared by tests/attribution.rs and
//! tests/attribution_more.rs.
#![allow(dead_code)]
use factcheck::attribution;
use factcheck::doc::Doc;
use factcheck::model::{Attribution, Entity, Sp};

pub struct Out {
    pub text: String,
    pub atts: Vec<Attribution<Sp>>,
    pub ents: Vec<Entity<Sp>>,
}

impl Out {
    pub fn s(&self, sp: Sp) -> &str {
        &self.text[sp.start..sp.end]
    }
    pub fn content(&self, k: usize) -> &str {
        self.s(self.atts[k].content)
    }
    pub fn source(&self, k: usize) -> Option<&str> {
        self.atts[k].source.map(|s| self.s(s))
    }
    pub fn cue(&self, k: usize) -> Option<&str> {
        self.atts[k].cue.map(|s| self.s(s))
    }
    pub fn speaker(&self, k: usize) -> Option<&str> {
        self.atts[k].speaker.as_ref().map(|s| s.name.as_str())
    }
    /// The attribution whose content starts with `prefix`.
    pub fn by(&self, prefix: &str) -> usize {
        (0..self.atts.len())
            .find(|&k| self.content(k).starts_with(prefix))
            .unwrap_or_else(|| panic!("no attribution starting {prefix:?} in {:?}", self.contents()))
    }
    pub fn contents(&self) -> Vec<&str> {
        (0..self.atts.len()).map(|k| self.content(k)).collect()
    }
}

pub fn run(text: &str) -> Out {
    let doc = Doc::new(text);
    let (atts, ents) = attribution::find(&doc);
    Out { text: text.to_string(), atts, ents }
}
