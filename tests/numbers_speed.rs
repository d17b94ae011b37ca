//! Benchmark (not a timed test): the numbers engine on a 10,000-word article
//! written for it. Run in release:
//! `cargo test --release --test numbers_speed -- --ignored --nocapture`.
#![cfg(not(target_arch = "wasm32"))]
use factcheck::doc::Doc;
use factcheck::numbers::find;
use std::time::Instant;

fn article() -> String {
    // a news-like paragraph, denser in figures than most news (one in seven words)
    let para = "The ministry said about 8,000 troops and 1,200 vehicles had moved 40 km north by Nov. 5, 2024, \
        while officials put the cost at $3.2 billion to $4 billion, up 12.5% from 2019. \
        Nearly two-thirds of the 3.5 million residents, one in five of them children, left within three weeks; \
        hundreds of families stayed behind in the cold, where it fell below minus 10 degrees. \
        COVID-19 and the G7 meeting at 9:30 were not mentioned, the spokesman told reporters on Thursday. \
        In the capital, shops reopened slowly and the trains ran again, though the main station stayed closed \
        to most travellers until the engineers had checked every bridge along the line to the coast. \
        Aid groups warned that the winter would be hard for those who had lost their homes, and they asked \
        donors to give what they could before the roads froze and the convoys could no longer get through. ";
    let words = para.split_whitespace().count();
    para.repeat(10_000 / words + 1)
}

#[test]
#[ignore]
fn numbers_on_a_10000_word_article_are_fast() {
    let text = article();
    assert!(text.split_whitespace().count() >= 10_000);
    let doc = Doc::new(&text);
    let _ = find(&doc); // warm up
                        // the best of several runs: the build machine is shared and loaded
    let runs = 30;
    let mut n = 0;
    let mut per = f64::MAX;
    for _ in 0..runs {
        let t = Instant::now();
        n += find(&doc).len();
        per = per.min(t.elapsed().as_secs_f64() * 1000.0);
    }
    let t = Instant::now();
    let _ = Doc::new(&text);
    println!("(for scale: Doc::new took {:.2} ms)", t.elapsed().as_secs_f64() * 1000.0);
    println!("numbers::find on {} words: {per:.2} ms per run, {} mentions", text.split_whitespace().count(), n / runs);
    assert!(n > 0);
}
