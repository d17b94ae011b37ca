//! The `factcheck` command: the native door to the core. Prints the
//! contract's JSON (UTF-16 offsets), the same JSON the wasm door returns.
//!
//!   factcheck analyze [FILE|-]
//!   factcheck analyze --jsonl [FILE|-]
//!   factcheck export --format w3c|markdown|claimreview [FILE|-]
//!   factcheck rules
//!   factcheck --version
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use factcheck::export::{export, Format};
use factcheck::{analyze, analyze_json, Options};

const USAGE: &str = "usage:
  factcheck analyze [FILE|-]             one text in, one analysis (JSON) out
  factcheck analyze --jsonl [FILE|-]     lines of {\"id\",\"text\"} in, one analysis line each out
  factcheck export --format w3c|markdown|claimreview [FILE|-]
  factcheck rules                        the rules reference (Markdown, as in docs/rules.md)
  factcheck --version";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("factcheck: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let mut jsonl = false;
    let mut format = None;
    let mut file = None;
    let mut it = args.iter();
    let cmd = it.next().ok_or_else(|| USAGE.to_string())?;
    match cmd.as_str() {
        "--version" | "-V" => {
            println!("factcheck {}", env!("CARGO_PKG_VERSION"));
            return Ok(());
        }
        "--help" | "-h" | "help" => {
            println!("{USAGE}");
            return Ok(());
        }
        "rules" => {
            print!("{}", factcheck::rules::reference_markdown());
            return Ok(());
        }
        "analyze" | "export" => {}
        other => return Err(format!("unknown command {other:?}\n{USAGE}")),
    }
    while let Some(a) = it.next() {
        match a.as_str() {
            "--jsonl" if cmd == "analyze" => jsonl = true,
            "--format" if cmd == "export" => {
                let f = it.next().ok_or("--format needs a value")?;
                format = Some(Format::parse(f).ok_or_else(|| format!("unknown format {f:?}: use w3c, markdown or claimreview"))?);
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s:?}\n{USAGE}")),
            s if file.is_none() => file = Some(s.to_string()),
            s => return Err(format!("unexpected argument {s:?}\n{USAGE}")),
        }
    }
    let path = file.filter(|f| f != "-");
    if jsonl {
        return run_jsonl(path.as_deref());
    }
    let text = read_text(path.as_deref())?;
    let options = Options::default();
    let out = if cmd == "export" {
        let format = format.ok_or("export needs --format w3c|markdown|claimreview")?;
        let a = analyze(&text, &options).map_err(|e| e.to_string())?;
        export(&text, &a, format)
    } else {
        analyze_json(&text, &options).map_err(|e| e.to_string())?
    };
    let mut stdout = io::stdout().lock();
    writeln!(stdout, "{out}").map_err(|e| e.to_string())
}

fn read_text(path: Option<&str>) -> Result<String, String> {
    let mut bytes = Vec::new();
    match path {
        Some(p) => bytes = std::fs::read(p).map_err(|e| format!("cannot read {p}: {e}"))?,
        None => {
            io::stdin().read_to_end(&mut bytes).map_err(|e| format!("cannot read standard input: {e}"))?;
        }
    }
    String::from_utf8(bytes)
        .map_err(|e| format!("the input is not UTF-8 text (invalid byte at offset {}); is it a binary file?", e.utf8_error().valid_up_to()))
}

fn run_jsonl(path: Option<&str>) -> Result<(), String> {
    let reader: Box<dyn BufRead> = match path {
        Some(p) => Box::new(io::BufReader::new(std::fs::File::open(p).map_err(|e| format!("cannot read {p}: {e}"))?)),
        None => Box::new(io::BufReader::new(io::stdin())),
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let options = Options::default();
    for (n, line) in reader.split(b'\n').enumerate() {
        let line = line.map_err(|e| e.to_string())?;
        if line.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        let result = jsonl_line(&line, &options);
        let text = match result {
            Ok(s) => s,
            Err((id, e)) => format!("{{\"id\":{},\"error\":{}}}", id, serde_json::Value::String(format!("line {}: {e}", n + 1))),
        };
        writeln!(out, "{text}").map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}

/// One input line to one output line, or (id as JSON, error message).
fn jsonl_line(line: &[u8], options: &Options) -> Result<String, (String, String)> {
    let v: serde_json::Value = serde_json::from_slice(line).map_err(|e| ("null".to_string(), format!("not JSON: {e}")))?;
    let id = v.get("id").cloned().unwrap_or(serde_json::Value::Null).to_string();
    let text = v.get("text").and_then(|t| t.as_str()).ok_or_else(|| (id.clone(), "no \"text\" string".to_string()))?;
    let json = analyze_json(text, options).map_err(|e| (id.clone(), e.to_string()))?;
    // `json` is an object: splice the id in as its first field.
    Ok(format!("{{\"id\":{id},{}", &json[1..]))
}
