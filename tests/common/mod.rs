//! Shared test helpers: the fixture corpus and a builder of hand-made engine output.
#![allow(dead_code)]
pub mod builder;
pub mod fixtures;
pub use builder::*;
