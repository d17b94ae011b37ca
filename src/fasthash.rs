//! A small FNV-1a hasher for the hash maps and sets keyed by words (the
//! word tables, built once, and per-analysis groupings): the keys are our
//! own literals or the text's words, so SipHash's flood resistance buys
//! nothing here, and it costs much more per lookup, once per token. No
//! offsets here.
use std::hash::{BuildHasherDefault, Hasher};

pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
    // `str` hashes end with one 0xff byte: one step, not a slice loop.
    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type Build = BuildHasherDefault<Fnv>;
pub type Map<K, V> = std::collections::HashMap<K, V, Build>;
pub type Set<K> = std::collections::HashSet<K, Build>;
