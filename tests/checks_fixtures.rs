//! The checks' fixture corpus (tests/fixtures/checks): short news-style
//! texts, each followed by `---` and the exact figure_conflict and
//! arithmetic findings it must give, one a line: `rule severity | text the
//! message must contain`; no line after `---` means none. Every file runs
//! through the whole pipeline.
use factcheck::model::FindingKind;

#[test]
fn every_fixture_gives_exactly_its_findings() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/checks");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    assert!(files.len() >= 30, "{} fixtures", files.len());
    let mut bad = Vec::new();
    for path in files {
        let all = std::fs::read_to_string(&path).unwrap();
        let (text, expect) = all.split_once("\n---\n").unwrap_or_else(|| panic!("{path:?}: no --- line"));
        let a = factcheck::analyze(text, &Default::default()).unwrap();
        let got: Vec<_> = a.findings.iter().filter(|f| matches!(f.kind, FindingKind::FigureConflict | FindingKind::Arithmetic)).collect();
        let want: Vec<&str> = expect.lines().filter(|l| !l.trim().is_empty()).collect();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let shown =
            || got.iter().map(|f| format!("{} {} | {}", f.rule.id(), f.severity.as_str(), f.message)).collect::<Vec<_>>().join("\n  ");
        if got.len() != want.len() {
            bad.push(format!("{name}: want {} findings, got:\n  {}", want.len(), shown()));
            continue;
        }
        for w in want {
            let (head, needle) = w.split_once(" | ").unwrap_or((w, ""));
            let ok =
                got.iter().any(|f| format!("{} {}", f.rule.id(), f.severity.as_str()) == head.trim() && f.message.contains(needle.trim()));
            if !ok {
                bad.push(format!("{name}: no finding `{w}`; got:\n  {}", shown()));
            }
        }
        // Every finding says why, and arithmetic shows its computation.
        for f in &got {
            assert!(!f.reason.is_empty(), "{name}");
            assert_eq!(f.kind == FindingKind::Arithmetic, f.computation.is_some(), "{name}");
            assert_eq!(f.kind == FindingKind::FigureConflict, f.identity.is_some() && f.figures.len() >= 2, "{name}");
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn identities_follow_anaphora_and_keep_subsets_apart() {
    let text = "The interior ministry has estimated a total of about 40,000 displaced people are in the province. \
Relief groups assessed that has increased to 45,000. About 30,000 of them are near the river crossing.";
    let a = factcheck::analyze(text, &Default::default()).unwrap();
    let id = |t: &str| a.numbers.iter().find(|n| n.span.text == t).and_then(|n| n.identity.clone()).unwrap();
    let first = id("about 40,000");
    assert_eq!(first.counted.as_deref(), Some("displaced people"));
    assert_eq!(first.scope.as_deref(), Some("in the province"));
    assert_eq!(first.stated_by.as_deref(), Some("The interior ministry"));
    let next = id("45,000");
    assert_eq!(next.refers_to, a.numbers.iter().position(|n| n.span.text == "about 40,000"));
    assert_eq!((next.counted.as_deref(), next.stated_by.as_deref()), (Some("displaced people"), Some("Relief groups")));
    let part = id("About 30,000");
    assert!(part.subset && part.refers_to.is_none(), "{part:?}");
    assert_eq!(part.scope.as_deref(), Some("near the river crossing"));
}
