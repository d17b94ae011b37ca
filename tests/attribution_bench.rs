//! Benchmark (not a timed test): attribution on a 10,000-word article made
//! by repeating the fixture article. Run it with
//! `cargo test --release --test attribution_bench -- --ignored --nocapture`.
#![cfg(not(target_arch = "wasm32"))]
use factcheck::attribution;
use factcheck::doc::Doc;
use std::time::Instant;

#[test]
#[ignore]
fn ten_thousand_words() {
    let one = include_str!("fixtures/attribution_news.txt");
    let words_one = one.split_whitespace().count();
    let mut text = String::new();
    while text.split_whitespace().count() < 10_000 {
        text.push_str(one);
        text.push_str("\n\n");
    }
    let words = text.split_whitespace().count();
    let runs = 20;
    let doc = Doc::new(&text);
    let t = Instant::now();
    let mut n = 0;
    for _ in 0..runs {
        n += attribution::find(&doc).0.len();
    }
    let att = t.elapsed().as_secs_f64() * 1000.0 / runs as f64;
    let t = Instant::now();
    for _ in 0..runs {
        let _ = factcheck::analyze(&text, &Default::default()).unwrap();
    }
    let all = t.elapsed().as_secs_f64() * 1000.0 / runs as f64;
    println!("{words} words ({words_one} per copy): attribution {att:.2} ms, whole analysis {all:.2} ms, {} attributions", n / runs);
    assert!(n > 0);
}
