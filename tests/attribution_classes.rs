//! Issue 14's failure classes, three or more texts each (sentences written
//! for these tests): source, speaker, content and `direct` of the
//! attribution the class is about. A test marked `ignore` is a known
//! failure of the class, kept so the note's counts can be checked.
#![cfg(not(target_arch = "wasm32"))]
#[path = "common/attribution_out.rs"]
mod out;
use factcheck::model::EntityKind;
use out::{run, Out};

/// The attribution whose content starts with `content`: its source, speaker and `direct`.
fn check(o: &Out, content: &str, source: Option<&str>, speaker: Option<&str>, direct: bool) -> usize {
    let k = o.by(content);
    assert_eq!(o.source(k), source, "source of {content:?}");
    if speaker.is_some() {
        assert_eq!(o.speaker(k), speaker, "speaker of {content:?}");
    }
    assert_eq!(o.atts[k].direct, direct, "direct of {content:?}");
    let c = o.atts[k].confidence;
    assert!((0.0..=1.0).contains(&c), "confidence {c}");
    assert_eq!(o.atts[k].uncertain_because.is_some(), c < 0.5);
    k
}

// 1. Participles and appositions inside a source.
#[test]
fn c1_participle_between_commas_is_circumstance_not_source() {
    let o = run("Defence Minister Hana Ortiz, speaking alongside her Polish and Danish counterparts in Oslo, said the patrols would continue through the winter.");
    let k = check(&o, "the patrols would continue", Some("Defence Minister Hana Ortiz"), Some("Defence Minister Hana Ortiz"), false);
    assert_eq!(o.cue(k), Some("said"));
}
#[test]
fn c1_relative_clause_may_stay_but_the_cue_is_not_swallowed() {
    let o = run("Omar Haddad, who chairs the port authority, said the cranes had arrived late.");
    let k = check(&o, "the cranes had arrived late", Some("Omar Haddad, who chairs the port authority"), Some("Omar Haddad"), false);
    assert_eq!(o.cue(k), Some("said"));
}
#[test]
fn c1_noun_apposition_stays_in_the_source() {
    let o = run("Lena Brandt, the council's treasurer, said the reserve fund was nearly empty.");
    check(&o, "the reserve fund was nearly empty", Some("Lena Brandt, the council's treasurer"), Some("Lena Brandt"), false);
}

// 2. A tail cue followed by a circumstance.
#[test]
fn c2_tail_cue_then_after_a_news_conference() {
    let o = run("The two governments had a frank exchange on fishing rights, Foreign Minister Aiko Mori said after a joint news conference with her Korean counterpart on Thursday.");
    let k = check(&o, "The two governments had a frank exchange", Some("Foreign Minister Aiko Mori"), None, false);
    assert_eq!(o.content(k), "The two governments had a frank exchange on fishing rights");
}
#[test]
fn c2_tail_cue_then_during_a_briefing() {
    let o = run("Prices will fall by the spring, the bank's chief economist said during a briefing in Frankfurt.");
    let k = check(&o, "Prices will fall", Some("the bank's chief economist"), None, false);
    assert_eq!(o.content(k), "Prices will fall by the spring");
}
#[test]
fn c2_tail_cue_then_before_a_visit() {
    let o = run("The bridge is safe to use, city engineer Paulo Reis told reporters before touring the site on Monday.");
    let k = check(&o, "The bridge is safe", Some("city engineer Paulo Reis"), None, false);
    assert_eq!(o.content(k), "The bridge is safe to use");
}

// 3. Messy quote marks.
#[test]
fn c3_closing_mark_used_as_opening_after_a_full_stop() {
    let o = run("The council met on Thursday.”I think the budget is fair and we will pass it,” Mayor Dana Cole said.");
    check(&o, "I think the budget is fair", Some("Mayor Dana Cole"), Some("Mayor Dana Cole"), true);
}
#[test]
fn c3_straight_double_quotes() {
    let o = run("\"We need more nurses in every ward,\" said Health Minister Rafael Pinto.");
    check(&o, "We need more nurses", Some("Health Minister Rafael Pinto"), Some("Health Minister Rafael Pinto"), true);
}
#[test]
fn c3_british_single_quotes_with_apostrophes_inside() {
    let o = run("‘It’s the workers’ money and they deserve answers,’ said Maria Lund, a union steward.");
    check(&o, "It’s the workers’ money", Some("Maria Lund, a union steward"), Some("Maria Lund"), true);
}
#[test]
fn c3_quote_over_two_paragraphs_with_the_opening_mark_repeated() {
    let o = run("“The first phase is finished,” said engineer Tomas Berg. “We move to the north bank next.\n\n“After that the old pier comes down and the ferries return.”");
    check(&o, "After that the old pier", Some("engineer Tomas Berg"), Some("Tomas Berg"), true);
}

#[test]
fn c3_a_quote_gets_its_speaker_from_a_verb_off_the_cue_list() {
    let o = run("“Sit down and let the chair finish,” Councillor Abel Mensah barked.");
    let k = check(&o, "Sit down and let the chair finish", Some("Councillor Abel Mensah"), Some("Councillor Abel Mensah"), true);
    assert_eq!(o.cue(k), Some("barked"));
    let o = run("“Who signed off on this budget?” a council clerk whispered.");
    check(&o, "Who signed off on this budget?", Some("a council clerk"), None, true);
    let o = run("The mayor paused. She went on: “We will not close a single library this year.”");
    check(&o, "We will not close a single library", Some("She"), None, true);
    let o = run("The charter affirms: “Every resident has a right to clean water.”");
    check(&o, "Every resident has a right", Some("The charter"), None, true);
}
#[test]
fn c3_the_next_quote_after_a_long_attribution_sentence_keeps_its_speaker() {
    let o = run("“The harbour was full every night,” Mayor Ines Varga told a briefing at the end of a long day of talks with the port authority and the shipping firms. “Now the berths stand empty by ten.”");
    check(&o, "Now the berths stand empty", Some("Mayor Ines Varga"), Some("Mayor Ines Varga"), true);
    let o = run("''We planned for a dry year,'' said Piet Olsen, who has farmed the valley since the 1980s and chairs the growers' board. ''Nobody planned for three.''");
    check(
        &o,
        "Nobody planned for three.",
        Some("Piet Olsen, who has farmed the valley since the 1980s and chairs the growers' board"),
        None,
        true,
    );
}
#[test]
fn c3_a_verb_after_a_quote_inside_a_sentence_is_no_cue() {
    // the quote does not open its sentence: a mixed quote, left to reported speech
    let o = run("Residents called the plan “a disgrace,” organisers reported to the press office.");
    assert!(o.atts.iter().all(|a| o.s(a.content) != "a disgrace,"), "{:?}", o.contents());
}

// 4. Entities.
#[test]
fn c4_demonyms_are_not_persons() {
    let o = run("North Korean state media said the launch was a routine test.");
    let k = check(&o, "the launch was a routine test", Some("North Korean state media"), None, false);
    let e = o.atts[k].speaker.as_ref().map(|s| s.entity.clone());
    assert!(o.ents.iter().all(|x| Some(&x.id) != e.as_ref() || x.kind != EntityKind::Person), "{:?}", o.ents);
}
#[test]
fn c4_pronoun_resolves_to_the_person_not_the_group() {
    let o = run("Senator Alma Diaz met the union leaders on Friday. She said the strike could end within days.");
    check(&o, "the strike could end", Some("She"), Some("Senator Alma Diaz"), false);
}
#[test]
fn c4_it_never_resolves_to_a_person_in_a_role() {
    let o = run("The ministry was silent, but a spokeswoman told reporters the talks had stalled.\n\nLater in the week, it promised the cuts would stop by June.");
    let k = o.by("the cuts would stop");
    assert_eq!(o.source(k), Some("it"));
    assert_ne!(o.speaker(k), Some("a spokeswoman"));
    let o = run("A senior official said the plan was dead. It said the budget would be cut.");
    assert_ne!(o.speaker(o.by("the budget would")), Some("A senior official"));
    let o = run("The agency said the roads were clear. It said the bridges would reopen.");
    assert_eq!(o.speaker(o.by("the bridges")), Some("The agency"));
}
#[test]
fn c4_two_titles_of_one_person_stay_one_entity() {
    let o = run(
        "Defense Secretary Paul Grant said the drills would go ahead. Later, Secretary of Defense Paul Grant said no troops would move.",
    );
    let a = o.atts[o.by("the drills")].speaker.clone().unwrap();
    let b = o.atts[o.by("no troops")].speaker.clone().unwrap();
    assert_eq!(a.entity, b.entity);
}
#[test]
fn c4_two_people_sharing_a_surname_stay_two() {
    let o = run("Anna Weber said the tax was fair. Her brother, Karl Weber, said it was a mistake.");
    let a = o.atts[o.by("the tax was fair")].speaker.clone().unwrap();
    let b = o.atts[o.by("it was a mistake")].speaker.clone().unwrap();
    assert_ne!(a.entity, b.entity);
    assert_eq!(b.name, "Karl Weber");
    // the same full name again, or the surname alone, is still one person
    let o = run("Judge Rosa Lind said the case was closed. Lind said the appeal had failed. Rosa Lind later said she would retire.");
    let ids: Vec<_> = ["the case was closed", "the appeal had failed", "she would retire"]
        .iter()
        .map(|c| o.atts[o.by(c)].speaker.clone().unwrap().entity)
        .collect();
    assert!(ids.iter().all(|e| *e == ids[0]), "{ids:?}");
}

// 5. Not every verb is a cue.
#[test]
fn c5_struggled_to_push_back_is_no_attribution() {
    let o = run("The rebel forces have struggled to push back an incursion near the border.");
    assert!(o.atts.is_empty(), "{:?}", o.contents());
}
#[test]
fn c5_tried_to_reach_is_no_attribution() {
    let o = run("The relief trucks have tried to reach the flooded village for three days.");
    assert!(o.atts.is_empty(), "{:?}", o.contents());
}
#[test]
fn c5_a_person_trying_or_needing_something_is_no_attribution() {
    let o = run("The mayor has tried to win over the council for months. The governor needs a deal before the recess.");
    assert!(o.atts.is_empty(), "{:?}", o.contents());
    let o = run("Ms. Alvarez maintained a narrow lead in the early count.");
    assert!(o.atts.is_empty(), "{:?}", o.contents());
    let o = run("Ms. Alvarez maintained that the count was fair.");
    assert_eq!(o.source(o.by("the count was fair")), Some("Ms. Alvarez"));
}
#[test]
fn c5_a_thing_that_needs_something_is_no_attribution() {
    let o = run("The old river dam needs new gates before the autumn rains arrive.");
    assert!(o.atts.is_empty(), "{:?}", o.contents());
}

#[test]
fn c5_speaking_somewhere_is_no_stance() {
    let o = run("The minister spoke in Tromsø on Friday night. An aide spoke on condition of anonymity.");
    assert!(o.atts.is_empty(), "{:?}", o.contents());
    let o = run("The minister spoke about the fishing quotas for an hour.");
    check(&o, "the fishing quotas", Some("The minister"), None, false);
}
#[test]
fn c5_a_cue_in_a_relative_clause_about_the_noun_before_it_is_no_stance() {
    let o = run("The pact was a deal she once supported in the Senate.");
    assert!(o.atts.is_empty(), "{:?}", o.contents());
    let o = run("Voters will judge the kind of campaign he wants to run this autumn.");
    assert!(o.atts.is_empty(), "{:?}", o.contents());
    let o = run("On the trail she wants to talk about wages and rent.");
    assert_eq!(o.source(o.by("to talk about wages")), Some("she"));
}
#[test]
fn c5_seems_is_the_writers_impression_with_no_source() {
    let o = run("The senator seemed to back the harbour plan after the hearing.");
    let k = check(&o, "to back the harbour plan", None, None, false);
    assert_eq!(o.atts[k].why.rule, factcheck::rules::Rule::AttributionImpression);
    assert!(o.atts[k].uncertain_because.is_some_and(|w| w.contains("impression")), "{:?}", o.atts[k]);
    let o = run("The agency appears to have dropped its objection.");
    check(&o, "to have dropped its objection", None, None, false);
}

// 6. Whole source phrases.
#[test]
fn c6_think_tank_source_is_the_whole_noun_phrase() {
    let o = run("The Harbor Policy Institute think tank estimated that the port would lose 300 jobs.");
    check(&o, "the port would lose", Some("The Harbor Policy Institute think tank"), None, false);
}
#[test]
fn c6_possessive_body_with_a_lowercase_head() {
    let o = run("The city's transport research unit found that buses ran late on most routes.");
    check(&o, "buses ran late", Some("The city's transport research unit"), None, false);
}
#[test]
fn c6_place_possessive_authority() {
    let o = run("Greenfield's water authority said the reservoir was half full.");
    check(&o, "the reservoir was half full", Some("Greenfield's water authority"), None, false);
}

#[test]
fn c6_a_time_phrase_before_the_cue_is_not_the_source() {
    let o = run("Governor Lee Park at the time said the bridge would reopen in May.");
    check(&o, "the bridge would reopen", Some("Governor Lee Park"), None, false);
    let o = run("Councillor Ines Moreau earlier Thursday said the vote would be delayed.");
    check(&o, "the vote would be delayed", Some("Councillor Ines Moreau"), None, false);
    let o = run("Her closest allies have in the past said she would not run again.");
    check(&o, "she would not run again", Some("Her closest allies"), None, false);
}

// 7. Direct means quoted.
#[test]
fn c7_quoted_content_after_warned_that_is_direct() {
    let o = run("The minister warned that “the reserves will not last the winter.”");
    check(&o, "the reserves will not last", Some("The minister"), None, true);
}
#[test]
fn c7_quoted_content_after_said_is_direct() {
    let o = run("Colonel Ruth Amari said “the troops have been trained for this mission.”");
    check(&o, "the troops have been trained", Some("Colonel Ruth Amari"), Some("Colonel Ruth Amari"), true);
}
#[test]
fn c7_quoted_finding_after_concluded_that_is_direct() {
    let o = run("The review panel concluded that “no single agency was responsible for the delays.”");
    check(&o, "no single agency", Some("The review panel"), None, true);
}

#[test]
fn c7_a_clause_before_the_quote_is_mixed_reported_speech() {
    let o = run("Councillor Ada Brun said the depot had not “met a single safety deadline in three years.”");
    check(&o, "the depot had not “met a single", Some("Councillor Ada Brun"), None, false);
    let o = run("About a third of the members say the board is “out of touch with the branches.”");
    check(&o, "the board is “out of touch", Some("a third of the members"), None, false);
    let o = run("The envoy told reporters the ceasefire was “holding, but only just.”");
    check(&o, "the ceasefire was “holding", Some("The envoy"), None, false);
    // a recipient alone between cue and quote leaves the quote direct
    let o = run("The envoy told reporters “the ceasefire is holding, but only just.”");
    check(&o, "the ceasefire is holding", Some("The envoy"), None, true);
}

// 8. Cues inside relative clauses.
#[test]
fn c8_figure_the_ministry_says() {
    let o = run("Observers counted fewer than the 10,000 troops the ministry says were deployed near the border.");
    let k = (0..o.atts.len()).find(|&k| o.source(k) == Some("the ministry")).expect("an attribution to the ministry");
    assert!(o.content(k).contains("were deployed near the border"), "{:?}", o.contents());
}
#[test]
fn c8_figure_that_officials_gave() {
    let o = run("The count was far below the figure that officials gave on Monday.");
    let k = (0..o.atts.len()).find(|&k| o.source(k) == Some("officials")).expect("an attribution to officials");
    assert!(o.content(k).contains("figure"), "{:?}", o.contents());
    let o = run("Aid groups counted more dead than the toll the ministry released after the floods.");
    let k = (0..o.atts.len()).find(|&k| o.source(k) == Some("the ministry")).expect("an attribution to the ministry");
    assert_eq!(o.content(k), "the toll");
    // a thing given is no figure
    let o = run("The mayor kept the medal that the veterans gave her.");
    assert!(o.atts.is_empty(), "{:?}", o.contents());
}
#[test]
fn c8_vessels_the_coast_guard_says_entered() {
    let o = run("Fishermen disputed the 40 vessels the coast guard says entered the bay last week.");
    let k = (0..o.atts.len()).find(|&k| o.source(k) == Some("the coast guard")).expect("an attribution to the coast guard");
    assert!(o.content(k).contains("entered the bay"), "{:?}", o.contents());
}

#[test]
fn uncertain_attributions_say_why() {
    let o = run("The vote was close.\n\n“Nobody in this hall expected a result like this one,” the statement began.\n\n“We all knew the count would be tight tonight.”");
    let k = o.by("We all knew");
    assert!(o.atts[k].confidence < 0.5 && o.atts[k].uncertain_because.is_some(), "{:?}", o.atts[k]);
    let o = run("“We will rebuild the bridge by May,” Mayor Dana Cole said.");
    let k = o.by("We will rebuild");
    assert!(o.atts[k].confidence >= 0.8 && o.atts[k].uncertain_because.is_none(), "{:?}", o.atts[k]);
}

#[test]
fn c6_a_partitive_source_keeps_its_quantity() {
    let o = run("Most of the senators said the bill was dead.");
    check(&o, "the bill was dead", Some("Most of the senators"), None, false);
    let o = run("Two-thirds of the teachers surveyed said staffing had worsened.");
    check(&o, "staffing had worsened", Some("Two-thirds of the teachers surveyed"), None, false);
    let o = run("A majority of the delegates said they would back the motion.");
    check(&o, "they would back the motion", Some("A majority of the delegates"), None, false);
}

#[test]
fn c8_a_finding_opened_by_the_poll_it_comes_from() {
    let o = run("In the latest Herald poll, the mayor leads her rival by 12 points.");
    let k = check(&o, "the mayor leads her rival", Some("the latest Herald poll"), None, false);
    assert_eq!(o.atts[k].why.rule, factcheck::rules::Rule::AttributionInDocument);
    let o = run("In a study of 300 bridges by the state engineers, one in five had cracked supports.");
    check(&o, "one in five had cracked supports", Some("a study of 300 bridges by the state engineers"), None, false);
    // a cue with its own source inside the clause names that source instead
    let o = run("In the report, investigators said the pump had failed twice.");
    check(&o, "the pump had failed twice", Some("investigators"), None, false);
    // `In 2019,` is a time, not a document
    let o = run("In 2019, the council approved the bridge.");
    assert!(o.atts.is_empty(), "{:?}", o.contents());
}

#[test]
fn c1_a_post_modifier_with_to_and_a_dateline_stay_out_of_the_source() {
    let o = run("A senior adviser to the governor said the talks would resume on Monday.");
    check(&o, "the talks would resume", Some("senior adviser to the governor"), None, false);
    let o = run("Several lawmakers with close ties to the mayor opposed the new levy.");
    check(&o, "the new levy", Some("Several lawmakers with close ties to the mayor"), None, false);
    // a dateline is never the speaker of the sentence's participle
    let o = run("LAKESIDE — Governor Ana Ruiz met the union on Tuesday, touting a deal on pensions.");
    assert!((0..o.atts.len()).all(|k| o.source(k) != Some("LAKESIDE")), "{:?}", o.contents());
}

#[test]
fn c2_a_circumstance_after_the_cue_is_not_content() {
    let o = run("Sales were strong all week, the shop owner said, wiping flour off the counter.");
    check(&o, "Sales were strong all week", Some("the shop owner"), None, false);
    assert_eq!(o.s(o.atts[o.by("Sales were strong")].content), "Sales were strong all week");
    // a second verb of the source after `but`/`and` ends the content
    let o = run("The minister said the bridge would reopen in May but declined to give a cost.");
    assert_eq!(o.s(o.atts[o.by("the bridge would reopen")].content), "the bridge would reopen in May");
    let o = run("The inspector said the pumps were old and added that two had failed.");
    assert_eq!(o.s(o.atts[o.by("the pumps were old")].content), "the pumps were old");
}

#[test]
fn c3_a_quote_opening_on_a_lowercase_word_after_an_abbreviation_runs_on() {
    let o = run("The envoy said the U.S. “clearly” needed a larger presence in the region.");
    let k = check(&o, "the U.S. “clearly” needed", Some("The envoy"), None, false);
    assert!(o.s(o.atts[k].content).ends_with("in the region"));
}

#[test]
fn c1_a_relative_clause_with_commas_of_its_own_stays_with_the_name() {
    let o = run("Deputy Mayor Lena Ostrova, who flew to Porto, Portugal, on Monday for the talks, said the ferry deal was close.");
    check(
        &o,
        "the ferry deal was close",
        Some("Deputy Mayor Lena Ostrova, who flew to Porto, Portugal, on Monday for the talks"),
        None,
        false,
    );
    let o = run("Tomas Weir, who farms outside the county seat, Millbrook, said the river rose overnight.");
    check(&o, "the river rose overnight", Some("Tomas Weir, who farms outside the county seat, Millbrook"), None, false);
    let o = run("Critics have in particular noted the cost of the new stadium.");
    check(&o, "the cost of the new stadium", Some("Critics"), None, false);
}

#[test]
fn c6_a_place_inside_a_post_modifier_is_not_the_source() {
    let o = run("Some delegates at the convention in Lakeside said they welcomed the debate.");
    check(&o, "they welcomed the debate", Some("Some delegates at the convention in Lakeside"), None, false);
    let o = run("A notice posted on the website HarborWatch.org said the beach would stay closed.");
    let k = o.by("the beach would stay closed");
    assert!(o.source(k).is_some_and(|s| s.ends_with("HarborWatch.org")), "{:?}", o.source(k));
    let o = run("“The pumps are old,” said Dr. Ines Marr of the Lakeside Water Board.");
    check(&o, "The pumps are old", Some("Dr. Ines Marr of the Lakeside Water Board"), None, true);
}

#[test]
fn c3_a_split_quote_around_a_source_with_an_apposition_is_one_quotation() {
    let o = run("''It keeps the library alive,'' said Piet Olsen, head of the reading room, ''and it brings in new readers.''");
    let a = check(&o, "It keeps the library alive", Some("Piet Olsen, head of the reading room"), None, true);
    let b = check(&o, "and it brings in new readers", Some("Piet Olsen, head of the reading room"), None, true);
    assert_eq!(o.cue(a), o.cue(b));
    // a verb phrase off the cue list, ending in the colon that opens the quote
    let o = run("The senator delivered a sharp retort: “Nobody is tearing this up.”");
    let k = check(&o, "Nobody is tearing this up.", Some("The senator"), None, true);
    assert_eq!(o.cue(k), Some("delivered a sharp retort"));
    let o = run("Here are the rules: “No phones in the chamber.”");
    assert!((0..o.atts.len()).all(|k| o.source(k).is_none()), "{:?}", o.contents());
}

#[test]
fn c6_names_ending_in_ly_and_name_appositions_are_sources() {
    // `-ly` makes an adverb only in lowercase
    let o = run("Kelly said the plan had failed.");
    check(&o, "the plan had failed", Some("Kelly"), Some("Kelly"), false);
    let o = run("Molly Connolly responded: “It can happen to anyone.”");
    check(&o, "It can happen to anyone.", Some("Molly Connolly"), None, true);
    // a lowercase role with the name as its apposition
    let o = run("“The deal is fair,” the city's chief negotiator, Ana Ruiz, said on Tuesday.");
    check(&o, "The deal is fair", Some("the city's chief negotiator, Ana Ruiz"), None, true);
    // a bare weekday after the apposition's comma is a time
    let o = run("Radio host Tom Weir, who had backed the mayor for years, Friday declared that the budget had failed.");
    let k = o.by("the budget had failed");
    assert_eq!(o.source(k), Some("Radio host Tom Weir, who had backed the mayor for years"));
}

#[test]
fn c3_quotes_opened_by_a_colon() {
    // a leading conjunction, or a fronted phrase, before the subject
    let o = run("And Mayor Ines Varga gloated: “It was over before it began.”");
    check(&o, "It was over before it began.", Some("Mayor Ines Varga"), None, true);
    let o = run("But back on home soil, the senator returned to his favourite lines: “We will build it and they will pay.”");
    check(&o, "We will build it and they will pay.", Some("the senator"), None, true);
    // a colon opens the quote as its own unit when only a tail cue speaks
    let o = run("The rule may matter a great deal: “Banks will lend less,” Ada Brun, an analyst at Harbor Point, wrote in a note.");
    check(&o, "Banks will lend less", Some("Ada Brun, an analyst at Harbor Point"), None, true);
    // the colon's cue for the first piece; the tail cue after it for the next
    let o =
        run("Sen. Lena Ostrova (D-Ore.) scolded him: “The evidence is against you,” she said. “I do not understand why you went there.”");
    check(&o, "The evidence is against you", Some("Sen. Lena Ostrova (D-Ore.)"), None, true);
    let k = check(&o, "I do not understand why", Some("she"), None, true);
    assert_eq!(o.cue(k), Some("said"));
}
