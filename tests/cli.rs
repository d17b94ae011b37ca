//! The `factcheck` command line, run as a process: one text, JSONL with a
//! bad line in the middle, binary input, unknown options. Offsets in its
//! output are UTF-16 code units.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_factcheck"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn factcheck");
    // The command may exit before reading (usage errors): a broken pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn json(out: &[u8]) -> serde_json::Value {
    serde_json::from_slice(out).expect("stdout is JSON")
}

#[test]
fn analyze_reads_stdin_and_prints_the_contract() {
    let text = "Officials said about 300 homes were damaged \u{2014} \u{201C}a disaster,\u{201D} one resident said. \u{1F62E}";
    let out = run(&["analyze"], text.as_bytes());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v = json(&out.stdout);
    assert_eq!(v["schema"], "factcheck/1");
    assert_eq!(v["offsets"], "utf16");
    assert_eq!(v["length"].as_u64().unwrap() as usize, text.encode_utf16().count());
    let first = &v["numbers"][0];
    assert!(first["text"].as_str().unwrap().contains("300"));
}

#[test]
fn jsonl_keeps_order_and_reports_bad_lines_without_stopping() {
    let input = concat!(
        "{\"id\": \"a\", \"text\": \"The fund paid 12 claims.\"}\n",
        "this is not json\n",
        "{\"id\": 7, \"nottext\": 1}\n",
        "\n",
        "{\"id\": \"b\", \"text\": \"\"}\n",
    );
    let out = run(&["analyze", "--jsonl"], input.as_bytes());
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = out.stdout.split(|b| *b == b'\n').filter(|l| !l.is_empty()).map(json).collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["schema"], "factcheck/1");
    assert!(lines[1]["error"].as_str().unwrap().contains("not JSON"));
    assert_eq!(lines[2]["id"], 7);
    assert!(lines[2]["error"].as_str().unwrap().contains("text"));
    assert_eq!(lines[3]["id"], "b");
    assert_eq!(lines[3]["length"], 0);
}

#[test]
fn binary_input_is_a_clear_error_not_a_panic() {
    let out = run(&["analyze"], &[0x66, 0x6f, 0xff, 0xfe, 0x00, 0x80]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not UTF-8"), "{err}");
}

#[test]
fn unknown_commands_formats_and_options_are_refused_with_usage() {
    for args in [&["frobnicate"][..], &["analyze", "--nope"], &["export", "--format", "pdf"], &["export"]] {
        let out = run(args, b"Text.");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty());
    }
}

#[test]
fn a_missing_file_names_the_file() {
    let out = run(&["analyze", "/nonexistent/article.txt"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/article.txt"));
}
