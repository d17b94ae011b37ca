//! Attribution engine: one test per construction, on sentences written for
//! these tests. Spans are checked as text (the core works in UTF-8 bytes).
#![cfg(not(target_arch = "wasm32"))]
#[path = "common/attribution_out.rs"]
mod out;
use factcheck::model::EntityKind;
use out::run;

#[test]
fn direct_quote_after_with_pronoun_resolved() {
    let o = run("Secretary of State Antony Blinken arrived in Seoul on Monday. “We are ready to help,” he said.");
    let k = o.by("We are ready");
    assert_eq!(o.content(k), "We are ready to help,");
    assert!(o.atts[k].direct);
    assert_eq!(o.source(k), Some("he"));
    assert_eq!(o.cue(k), Some("said"));
    assert_eq!(o.speaker(k), Some("Secretary of State Antony Blinken"));
    assert_eq!(o.atts[k].why.rule, "attribution.direct");
    assert!(o.atts[k].why.reason.contains("Secretary of State Antony Blinken"), "{}", o.atts[k].why.reason);
}

#[test]
fn split_quote_shares_cue_and_source() {
    let o = run("“We are ready,” Blinken said, “to act on this at once.”");
    assert_eq!(o.atts.len(), 2, "{:?}", o.contents());
    assert_eq!(o.content(0), "We are ready,");
    assert_eq!(o.content(1), "to act on this at once.");
    assert_eq!(o.atts[0].cue, o.atts[1].cue);
    assert_eq!(o.atts[0].source, o.atts[1].source);
    assert!(o.atts.iter().all(|a| a.direct));
}

#[test]
fn speaker_before_quote_with_colon_and_inverted_source() {
    let o = run("The minister said: “Prices will fall by spring.”\n\n“It is over,” said Jane Roe, a spokeswoman for the ministry.");
    let k = o.by("Prices will fall");
    assert_eq!(o.source(k), Some("The minister"));
    let k = o.by("It is over");
    assert_eq!(o.cue(k), Some("said"));
    assert!(o.source(k).unwrap().starts_with("Jane Roe"), "{:?}", o.source(k));
    assert_eq!(o.speaker(k), Some("Jane Roe"));
}

#[test]
fn multi_sentence_and_paragraph_continued_quotes() {
    let text = "“The talks went well. We agreed on a timetable. Both sides will meet again,” the envoy said.\n\n\
                “First we fix the border crossings.\n\n\
                “Then we turn to trade,” she added.";
    let o = run(text);
    let k = o.by("The talks went well");
    assert_eq!(o.content(k), "The talks went well. We agreed on a timetable. Both sides will meet again,");
    assert_eq!(o.source(k), Some("the envoy"));
    let a = o.by("First we fix");
    let b = o.by("Then we turn");
    assert_eq!(o.content(a), "First we fix the border crossings.");
    assert_eq!(o.cue(a), Some("added"), "a continued paragraph takes the cue of its quote");
    assert_eq!(o.atts[a].cue, o.atts[b].cue);
}

#[test]
fn glued_quotes_and_apostrophes() {
    let o = run("“We will not accept that response,”Austin said. He spoke in Washington.”I think it is late,” he added.");
    let k = o.by("We will not accept");
    assert_eq!(o.source(k), Some("Austin"));
    // Apostrophes are not quote marks.
    let o = run("Ukraine’s army, which did not exist in the ’90s, can’t retreat now, officials said.");
    assert_eq!(o.atts.len(), 1, "{:?}", o.contents());
    assert!(!o.atts[0].direct);
    assert_eq!(o.content(0), "Ukraine’s army, which did not exist in the ’90s, can’t retreat now");
}

#[test]
fn straight_and_doubled_apostrophe_quotes() {
    let o = run("\"The plan is dead,\" Roe said.\n\n''It never had a chance,'' said Mr. Doe.");
    assert_eq!(o.content(o.by("The plan")), "The plan is dead,");
    let k = o.by("It never");
    assert_eq!(o.content(k), "It never had a chance,");
    assert_eq!(o.source(k), Some("Mr. Doe"));
}

#[test]
fn reported_speech_forward_without_that() {
    let o = run("The governor said that the bridge would reopen in May.");
    assert_eq!(o.atts.len(), 1);
    assert_eq!(o.content(0), "the bridge would reopen in May");
    assert_eq!(o.source(0), Some("The governor"));
    assert!(!o.atts[0].direct);
    assert_eq!(o.atts[0].why.rule, "attribution.reported");
}

#[test]
fn reported_speech_tail_and_context() {
    let o = run("The bridge will reopen in May, the governor said on Tuesday.");
    assert_eq!(o.content(0), "The bridge will reopen in May");
    assert_eq!(o.source(0), Some("the governor"));
    let o = run("Mayor Lee told reporters on Friday that the budget was balanced.");
    assert_eq!(o.content(0), "the budget was balanced");
    assert_eq!(o.cue(0), Some("told"));
    assert_eq!(o.speaker(0), Some("Mayor Lee"));
}

#[test]
fn according_to_before_and_after() {
    let o = run("According to the health ministry, 40 people were injured.");
    assert_eq!(o.content(0), "40 people were injured");
    assert_eq!(o.source(0), Some("the health ministry"));
    assert_eq!(o.cue(0), Some("According to"));
    let o = run("Forty people were injured, according to the health ministry.");
    assert_eq!(o.content(0), "Forty people were injured");
    assert_eq!(o.atts[0].why.rule, "attribution.according_to");
}

#[test]
fn estimates_assessments_and_warnings() {
    let o = run("The agency has estimated that 8,000 workers lost their jobs.");
    assert_eq!(o.content(0), "8,000 workers lost their jobs");
    assert_eq!(o.source(0), Some("The agency"));
    let o = run("Analysts assessed that the sanctions had failed.");
    assert_eq!(o.content(0), "the sanctions had failed");
    let o = run("The central bank warned that inflation could rise again.");
    assert_eq!(o.content(0), "inflation could rise again");
    let o = run("The ministry has put the figure at 12,000 homes.");
    assert_eq!(o.content(0), "12,000 homes");
    let o = run("The agency's estimate is that 300 roads were damaged.");
    assert_eq!(o.content(0), "300 roads were damaged");
    assert_eq!(o.cue(0), Some("estimate"));
}

#[test]
fn impersonal_and_quoted_as_saying() {
    let o = run("It is believed that the ship sank near the coast.");
    assert_eq!(o.content(0), "the ship sank near the coast");
    assert_eq!(o.source(0), None);
    assert!(o.atts[0].vague_source);
    let o = run("The senator was quoted as saying the vote would be close.");
    assert_eq!(o.content(0), "the vote would be close");
    assert_eq!(o.source(0), Some("The senator"));
}

#[test]
fn mixed_quote_is_one_reported_attribution() {
    let o = run("Blinken said he had a “robust conversation” with his Chinese counterpart.");
    assert_eq!(o.atts.len(), 1, "{:?}", o.contents());
    assert!(!o.atts[0].direct);
    assert_eq!(o.content(0), "he had a “robust conversation” with his Chinese counterpart");
}

#[test]
fn vague_sources_are_neutral() {
    for text in [
        "Officials said the talks would resume next week.",
        "The talks will resume next week, sources said.",
        "Some experts say the plan is too costly.",
    ] {
        let o = run(text);
        assert_eq!(o.atts.len(), 1, "{text}: {:?}", o.contents());
        assert!(o.atts[0].vague_source, "{text}");
        let r = &o.atts[0].why.reason;
        assert!(r.contains("not named"), "{r}");
        for word in ["anonymous", "unreliable", "suspicious", "false"] {
            assert!(!r.to_lowercase().contains(word), "{r}");
        }
    }
    let o = run("Governor Jane Roe said the talks would resume.");
    assert!(!o.atts[0].vague_source);
}

#[test]
fn organisations_groups_and_countries() {
    let o = run("The U.S. said it would send more aid. Seoul and its allies said the launch broke the rules.");
    assert_eq!(o.source(o.by("it would send")), Some("The U.S."));
    assert_eq!(o.source(o.by("the launch")), Some("Seoul and its allies"));
    let o = run("Biden administration officials said the deal was close.");
    assert_eq!(o.source(0), Some("Biden administration officials"));
}

#[test]
fn entities_hold_each_speaker_once_with_all_mentions() {
    let text = "Secretary of State Antony Blinken said the talks were useful. \
                Blinken said a second round would follow. He said Seoul agreed. \
                Officials said no date was set.";
    let o = run(text);
    let ids: Vec<&str> = o.atts.iter().filter_map(|a| a.speaker.as_ref().map(|s| s.entity.as_str())).collect();
    assert_eq!(ids.len(), 4);
    assert_eq!(ids[0], ids[1]);
    assert_eq!(ids[1], ids[2]);
    let e = o.ents.iter().find(|e| e.id == ids[0]).unwrap();
    assert_eq!(e.name, "Secretary of State Antony Blinken");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(e.title.as_deref(), Some("Secretary of State"));
    let m: Vec<&str> = e.mentions.iter().map(|s| o.s(*s)).collect();
    assert!(m.contains(&"Blinken") && m.contains(&"He"), "{m:?}");
    assert_eq!(o.ents.len(), 2);
    assert_eq!(o.ents[1].kind, EntityKind::Group);
    // ids are a1, a2 … and e1, e2 …
    assert_eq!(o.atts[0].id, "a1");
    assert_eq!(o.ents[0].id, "e1");
}

#[test]
fn pronoun_takes_the_nearest_compatible_person() {
    let text = "Mrs. Ann Lee met Mr. Tom Park on Monday. She said the meeting went well.";
    let o = run(text);
    assert_eq!(o.speaker(0), Some("Mrs. Ann Lee"));
}

#[test]
fn nested_attribution_keeps_the_outermost() {
    let o = run("The mayor said the police chief told her that crime had fallen.");
    assert_eq!(o.atts.len(), 1, "{:?}", o.contents());
    assert_eq!(o.source(0), Some("The mayor"));
}

#[test]
fn non_claims_are_not_flagged() {
    for text in
        ["The bulldozer pushed the rubble aside.", "He said so.", "Prices declined slightly in March.", "The team called a timeout.", ""]
    {
        let o = run(text);
        assert!(o.atts.is_empty(), "{text}: {:?}", o.contents());
    }
}

#[test]
fn bad_input_never_panics() {
    let long_open = "“".repeat(5000);
    let inputs = [
        "\"",
        "“unbalanced quote that never closes, he said",
        "”stray closer” said",
        "<p>“Hello,” <b>she</b> said.</p>",
        "Emoji 🎉 “Great news 🎉,” said Ana 🎉. 👍",
        "\u{feff}\u{200b}“”‘’''\"\"",
        "said said said, said said.",
        long_open.as_str(),
        "according to",
        "’s estimate is",
    ];
    for t in inputs {
        let o = run(t);
        for a in &o.atts {
            assert!(t.is_char_boundary(a.content.start) && t.is_char_boundary(a.content.end));
            assert!(a.content.start < a.content.end);
        }
    }
}

#[test]
fn headline_colon_and_title_case_cue() {
    let o = run("Senator Jane Roe Says Port Plan Could Cost Jobs\n\nRoe: The Plan Needs More Time\n\nUpdate: the vote was moved.");
    assert_eq!(o.atts.len(), 2, "{:?}", o.contents());
    assert_eq!(o.content(0), "Port Plan Could Cost Jobs");
    assert_eq!(o.content(1), "The Plan Needs More Time");
    assert_eq!(o.cue(1), Some(":"));
    assert_eq!(o.atts[0].speaker, o.atts[1].speaker, "the surname resolves to the full mention");
}

#[test]
fn lowercase_organisation_is_a_source() {
    let o = run("The port authority said about 3,000 containers were stuck. The company said it would appeal. The agency said in a statement that fares would rise.");
    let k = o.by("about 3,000");
    assert_eq!(o.source(k), Some("The port authority"));
    assert_eq!(o.source(o.by("it would appeal")), Some("The company"));
    assert_eq!(o.source(o.by("fares would rise")), Some("The agency"));
    let e = o.ents.iter().find(|e| e.name == "The company").expect("entity");
    assert_eq!(e.kind, EntityKind::Organization);
}

#[test]
fn plural_noun_before_bare_verb_is_no_cue() {
    let o = run("Harvest reports differ as the rains continue\n\nFarm claims rise to a record in the north.");
    assert!(o.atts.is_empty(), "{:?}", o.contents());
    // the -s form with a clause after it stays a cue
    let o = run("Roe says the bridge will open in May.");
    assert_eq!(o.source(o.by("the bridge")), Some("Roe"));
}

#[test]
fn post_modified_source_phrase() {
    let o = run("A research group based in Lisbon said up to 400 nests were lost. Teachers at the school said the roof leaked.");
    let k = o.by("up to 400");
    assert_eq!(o.source(k), Some("A research group based in Lisbon"));
    assert_eq!(o.speaker(k), Some("A research group based in Lisbon"));
    assert!(!o.atts[k].vague_source);
    assert_eq!(o.source(o.by("the roof")), Some("Teachers at the school"));
}

#[test]
fn officials_in_a_place_stay_vague_and_they_inherits() {
    let o = run("Officials in Eastport said 900 homes lost power. By noon 300 had it back, they said.");
    let k = o.by("900 homes");
    assert_eq!(o.source(k), Some("Officials in Eastport"));
    assert!(o.atts[k].vague_source);
    let k2 = o.by("By noon");
    assert_eq!(o.source(k2), Some("they"));
    assert_eq!(o.speaker(k2), Some("Officials in Eastport"));
    assert!(o.atts[k2].vague_source);
    assert_eq!(o.atts[k].speaker.as_ref().map(|s| &s.entity), o.atts[k2].speaker.as_ref().map(|s| &s.entity));
}

#[test]
fn it_resolves_to_the_latest_body() {
    let o = run("The water board said supplies were safe. Later it said two wells had been closed.");
    let k = o.by("two wells");
    assert_eq!(o.source(k), Some("it"));
    assert_eq!(o.speaker(k), Some("The water board"));
}

#[test]
fn titled_speaker_after_straight_quote() {
    let o = run("The hearing ran late.\n\n\"The pumps failed twice in one week,\" Mr. Alder said. \"Nobody warned the crews.\"");
    let k = o.by("The pumps failed");
    assert_eq!(o.source(k), Some("Mr. Alder"));
    assert_eq!(o.cue(k), Some("said"));
    assert_eq!(o.source(o.by("Nobody warned")), Some("Mr. Alder"));
}

#[test]
fn transcript_label_inside_quote_marks() {
    let o = run("\"HOST: Welcome back to the program tonight.\n\n\"MORAN: Thank you, the harbour plan is on schedule.");
    let k = o.by("Welcome back");
    assert_eq!(o.source(k), Some("HOST"));
    let k = o.by("Thank you");
    assert_eq!(o.source(k), Some("MORAN"));
    assert_eq!(o.cue(k), Some(":"));
    assert!(o.atts[k].direct);
}

#[test]
fn quote_signed_with_a_dash() {
    let o = run("“The ferry should run every hour in summer.” ― Lena Ortiz\n“We lost two days of work.”― Paul Krane\n");
    assert_eq!(o.source(o.by("The ferry")), Some("Lena Ortiz"));
    assert_eq!(o.source(o.by("We lost")), Some("Paul Krane"));
    assert_eq!(o.atts[o.by("We lost")].why.rule, "attribution.direct.signed");
}

#[test]
fn subordinate_clause_cue_ends_at_its_comma_and_now_is_skipped() {
    let o = run("When she wrote the report, Ms. Vale said that the dam was sound. Roe now says she backs the levy.");
    let k = o.by("the dam was sound");
    assert_eq!(o.source(k), Some("Ms. Vale"));
    assert!(o.contents().iter().all(|c| !c.contains("Vale said")), "{:?}", o.contents());
    assert_eq!(o.source(o.by("she backs")), Some("Roe"));
}
