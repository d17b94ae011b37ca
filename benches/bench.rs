//! The native side of `scripts/bench`: runs the release core on the same
//! workload file as the Node systems (`benches/runner.mjs`), with the same
//! protocol, and prints one JSON result. Run through `scripts/bench`, or
//! `cargo bench --bench bench -- --workload target/bench/workload.json`.
//! Sizes count UTF-16 code units, like JS string length, so "characters"
//! mean the same thing for every system. The measured call is
//! `factcheck::analyze_json` (analysis plus the contract's JSON), the native
//! counterpart of the wasm door that returns the contract object.
use std::fs;
use std::hint::black_box;
use std::time::Instant;

use factcheck::{analyze_json, Options};
use serde_json::{json, Value};

fn u16len(s: &str) -> usize {
    s.encode_utf16().count()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect()).unwrap_or_default()
}

fn run(t: &str, o: &Options) -> f64 {
    let t0 = Instant::now();
    let r = analyze_json(black_box(t), o);
    let dt = t0.elapsed().as_secs_f64() * 1000.0;
    black_box(r.map(|s| s.len()).unwrap_or(0));
    dt
}

fn quantile(xs: &[f64], q: f64) -> f64 {
    let mut s = xs.to_vec();
    s.sort_by(|a, b| a.total_cmp(b));
    s[((q * (s.len() - 1) as f64 + 0.5) as usize).min(s.len() - 1)]
}

/// (VmRSS, VmHWM) in bytes, from /proc (Linux); zeros elsewhere.
fn mem() -> (u64, u64) {
    let s = fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = |k: &str| -> u64 {
        s.lines().find(|l| l.starts_with(k)).and_then(|l| l.split_whitespace().nth(1)).and_then(|n| n.parse().ok()).unwrap_or(0) * 1024
    };
    (kb("VmRSS:"), kb("VmHWM:"))
}

/// Median ms of each pipeline stage (as `factcheck::analyze` runs them) on one text.
fn stages(text: &str, reps: usize) -> Value {
    use factcheck::{attribution, checks, contract, doc::Doc, model::Analysis, numbers, sentences};
    let med = |f: &mut dyn FnMut()| -> f64 {
        let xs: Vec<f64> = (0..reps.max(1))
            .map(|_| {
                let t0 = Instant::now();
                f();
                t0.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        quantile(&xs, 0.5)
    };
    let doc_ms = med(&mut || {
        black_box(Doc::new(black_box(text)));
    });
    let doc = Doc::new(text);
    let numbers_ms = med(&mut || {
        black_box(numbers::find(black_box(&doc)));
    });
    let nums = numbers::find(&doc);
    let attribution_ms = med(&mut || {
        black_box(attribution::find(black_box(&doc)));
    });
    let (atts, ents) = attribution::find(&doc);
    let sentences_ms = med(&mut || {
        black_box(sentences::classify(&doc, &nums, &atts));
    });
    let sents = sentences::classify(&doc, &nums, &atts);
    let checks_ms = med(&mut || {
        black_box(checks::find(&doc, &nums, &atts, &ents, &sents));
    });
    let findings = checks::find(&doc, &nums, &atts, &ents, &sents);
    let core = Analysis {
        schema: factcheck::SCHEMA,
        offsets: "utf16",
        length: 0,
        sentences: sents,
        numbers: nums,
        attributions: atts,
        entities: ents,
        findings,
        warnings: Vec::new(),
    };
    // The JSON is written straight from the core analysis, its byte spans
    // mapped to UTF-16 on the way (`core_json`, as `analyze_json` does);
    // `contract_ms` is the UTF-16 map alone (part of `json_ms`).
    let contract_ms = med(&mut || {
        black_box(contract::Utf16Map::new(black_box(text)));
    });
    let json_ms = med(&mut || {
        black_box(factcheck::core_json(black_box(text), &core));
    });
    let j = factcheck::core_json(text, &core);
    json!({"chars": u16len(text), "doc_ms": doc_ms, "numbers_ms": numbers_ms, "attribution_ms": attribution_ms, "sentences_ms": sentences_ms,
           "checks_ms": checks_ms, "contract_ms": contract_ms, "json_ms": json_ms, "json_bytes": j.len()})
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    // `--stages FILE [REPS]`: where the time goes on one text (diagnosis).
    if let Some(i) = args.iter().position(|a| a == "--stages") {
        let text = fs::read_to_string(&args[i + 1]).expect("text file");
        let reps = args.get(i + 2).and_then(|r| r.parse().ok()).unwrap_or(3);
        println!("{}", stages(&text, reps));
        return;
    }
    let path = args
        .iter()
        .position(|a| a == "--workload")
        .and_then(|i| args.get(i + 1))
        .expect("usage: bench --workload FILE (written by scripts/bench)");
    let w: Value = serde_json::from_str(&fs::read_to_string(path).expect("workload file")).expect("workload JSON");
    let o = Options::default();
    let articles = strings(&w["articles"]);
    let chunks = strings(&w["chunks5k"]);
    let slices = strings(&w["slices10k"]);
    let words10k = w["words10k"].as_str().unwrap_or_default().to_string();
    let text1m = w["text1m"].as_str().unwrap_or_default().to_string();
    let budget_tp = w["budget"]["throughput"].as_f64().unwrap_or(2.0);
    let budget_ch = w["budget"]["chunks"].as_f64().unwrap_or(1.5);
    let reps10kw = w["reps10kw"].as_u64().unwrap_or(9) as usize;
    let reps_lin = w["reps_linearity"].as_u64().unwrap_or(3) as usize;
    let total: usize = articles.iter().map(|t| u16len(t)).sum();

    for t in &articles {
        run(t, &o);
    }
    let (rss_before, _) = mem();
    let reset = fs::write("/proc/self/clear_refs", "5").is_ok();
    for t in &articles {
        run(t, &o);
    }
    let (_, hwm) = mem();

    let (mut passes, mut ms) = (0usize, 0.0);
    while passes < 1 || ms < budget_tp * 1000.0 {
        for t in &articles {
            ms += run(t, &o);
        }
        passes += 1;
    }
    let throughput = json!({"chars": total * passes, "ms": ms, "cps": (total * passes) as f64 / (ms / 1000.0), "passes": passes});

    let mut xs = Vec::new();
    let mut ms = 0.0;
    while xs.len() < chunks.len() || ms < budget_ch * 1000.0 {
        for t in &chunks {
            let d = run(t, &o);
            xs.push(d);
            ms += d;
        }
    }
    let mean_chars = chunks.iter().map(|t| u16len(t)).sum::<usize>() as f64 / chunks.len().max(1) as f64;
    let chunk5k = json!({"n": xs.len(), "median_ms": quantile(&xs, 0.5), "p95_ms": quantile(&xs, 0.95), "mean_chars": mean_chars});

    let xs: Vec<f64> = (0..reps10kw.max(1)).map(|_| run(&words10k, &o)).collect();
    let words = json!({"chars": u16len(&words10k), "median_ms": quantile(&xs, 0.5), "min_ms": xs.iter().cloned().fold(f64::MAX, f64::min)});

    // Stages of the 10,000-word article (numbers alone = doc + numbers).
    let stages10kw = stages(&words10k, reps10kw);

    let (mut small, mut big) = (f64::MAX, f64::MAX);
    for _ in 0..reps_lin.max(1) {
        small = small.min(slices.iter().map(|t| run(t, &o)).sum());
        big = big.min(run(&text1m, &o));
    }
    let linearity = json!({"small_sum_ms": small, "big_ms": big, "big_chars": u16len(&text1m), "ratio": big / small});

    let cap_s = w["worst_cap_s"].as_f64().unwrap_or(10.0);
    let mut worst = Vec::new();
    for c in w["worst"].as_array().cloned().unwrap_or_default() {
        let name = c["name"].as_str().unwrap_or("?");
        let s = c["small"].as_str().unwrap_or_default();
        let b = c["big"].as_str().unwrap_or_default();
        let (sl, bl) = (u16len(s), u16len(b));
        // Small: best of at least 3 runs (about 30 ms in all); big: best of 3.
        let (mut sm, mut spent, mut i) = (f64::MAX, 0.0, 0);
        while i < 3 || (spent < 30.0 && i < 50) {
            let d = run(s, &o);
            sm = sm.min(d);
            spent += d;
            i += 1;
        }
        // 2× small projects the big run: one that would take longer than the
        // cap (superlinear) is reported, not run.
        let m = c["mid"].as_str().unwrap_or_default();
        let mm = run(m, &o).min(run(m, &o));
        let k = ((mm.max(1e-3) / sm.max(1e-3)).log2()).max(1.0);
        let projected = sm * (bl as f64 / sl as f64).powf(k);
        if projected > cap_s * 1000.0 {
            worst.push(json!({"name": name, "small_chars": sl, "small_ms": sm, "mid_ms": mm, "skipped": true,
                "projected_ms": projected, "ratio": mm / (2.0 * sm)}));
            continue;
        }
        let bm = (0..if projected > 1000.0 { 1 } else { 3 }).map(|_| run(b, &o)).fold(f64::MAX, f64::min);
        worst.push(json!({"name": name, "small_chars": sl, "big_chars": bl, "small_ms": sm, "big_ms": bm,
            "ratio": bm / (sm * bl as f64 / sl as f64), "cps": bl as f64 / (bm / 1000.0)}));
    }
    let (_, hwm_end) = mem();

    let out = json!({
        "system": "native",
        "version": format!("factcheck {} (native release, analyze_json)", env!("CARGO_PKG_VERSION")),
        "memory": {"rss_before": rss_before, "peak_rss": if reset { Some(hwm) } else { None },
                   "peak_rise": if reset { Some(hwm.saturating_sub(rss_before)) } else { None }, "peak_rss_end": hwm_end},
        "throughput": throughput, "chunk5k": chunk5k, "words10k": words,
        "stages10kw": stages10kw,
        "linearity": linearity, "worst": worst,
    });
    println!("{out}");
}
