//! Snapshot of the attribution engine on the fixture article
//! (`tests/fixtures/attribution_news.txt`, written for this project).
#![cfg(not(target_arch = "wasm32"))]
use factcheck::attribution;
use factcheck::doc::Doc;
use serde_json::json;

#[test]
fn fixture_article_snapshot() {
    let text = include_str!("fixtures/attribution_news.txt");
    let doc = Doc::new(text);
    let (atts, ents) = attribution::find(&doc);
    let s = |sp: factcheck::model::Sp| &text[sp.start..sp.end];
    let rows: Vec<_> = atts
        .iter()
        .map(|a| {
            json!({
                "id": a.id,
                "source": a.source.map(s),
                "speaker": a.speaker.as_ref().map(|p| format!("{} {}", p.entity, p.name)),
                "cue": a.cue.map(s),
                "content": s(a.content),
                "direct": a.direct,
                "vague": a.vague_source,
                "rule": a.why.rule,
                "reason": a.why.reason,
            })
        })
        .collect();
    let entities: Vec<_> = ents
        .iter()
        .map(|e| {
            json!({"id": e.id, "name": e.name, "kind": format!("{:?}", e.kind), "title": e.title,
                        "mentions": e.mentions.iter().map(|m| s(*m)).collect::<Vec<_>>()})
        })
        .collect();
    insta::assert_json_snapshot!("fixture_article", json!({"attributions": rows, "entities": entities}));
}
