//! One test per organisation rule, on sentences written for the purpose
//! (invented names).

use super::{Entity, EntityKind, Extractor};

fn kind_of(ents: &[Entity], name: &str) -> Option<EntityKind> {
    ents.iter()
        .find(|e| e.name == name || e.aliases.iter().any(|a| a == name))
        .map(|e| e.kind)
}

fn run(text: &str) -> Vec<Entity> {
    Extractor::new().extract(text, &[])
}

#[test]
fn a_noun_naming_the_kind_makes_an_organisation() {
    let e = run("Last year the band Velmoria Drift toured with the label Quorvane.\n");
    assert_eq!(
        kind_of(&e, "Velmoria Drift"),
        Some(EntityKind::Organisation)
    );
    assert_eq!(kind_of(&e, "Quorvane"), Some(EntityKind::Organisation));
}

#[test]
fn a_verb_cue_makes_an_organisation() {
    let e = run("In March the striker signed with Tarvosk Rovers after a long dispute.\n");
    assert_eq!(
        kind_of(&e, "Tarvosk Rovers"),
        Some(EntityKind::Organisation)
    );
    let e = run("Investors sold shares of Brelloni Halvik on Tuesday.\n");
    assert_eq!(
        kind_of(&e, "Brelloni Halvik"),
        Some(EntityKind::Organisation)
    );
}

#[test]
fn a_name_followed_by_its_acronym_is_an_organisation() {
    let e = run("Officials at Quessant Lorvic Arbenne (QLA) said so.\n");
    assert_eq!(
        kind_of(&e, "Quessant Lorvic Arbenne"),
        Some(EntityKind::Organisation)
    );
    let e = run("A report by Qelvindor Ostrand (Qel) was cited.\n");
    assert_eq!(
        kind_of(&e, "Qelvindor Ostrand"),
        Some(EntityKind::Organisation)
    );
}

#[test]
fn an_organisation_stays_one_in_the_whole_article() {
    let e = run(
        "Critics praised the band Orvelle Tamsin in a review.\nLater Orvelle Tamsin played in a small hall.\n",
    );
    let ent = e
        .iter()
        .find(|x| x.name == "Orvelle Tamsin")
        .expect("found");
    assert_eq!(ent.kind, EntityKind::Organisation);
    assert_eq!(ent.mentions.len(), 2);
    assert!(kind_of(&e, "Orvelle Tamsin").is_some());
    assert!(
        !e.iter()
            .any(|x| x.name == "Orvelle Tamsin" && x.kind == EntityKind::Person)
    );
}

#[test]
fn codes_with_digits_are_no_organisations() {
    let e = run("Fans of the game QX9 and the index ZR40 were pleased.\n");
    assert_eq!(kind_of(&e, "QX9"), None);
    assert_eq!(kind_of(&e, "ZR40"), None);
}

#[test]
fn a_possessive_noun_is_no_cue() {
    let e = run("The band's singer Idris Tolvane left on Monday.\n");
    assert_eq!(kind_of(&e, "Idris Tolvane"), Some(EntityKind::Person));
}

#[test]
fn a_place_and_a_plural_nickname_make_a_team() {
    let e = run("On Saturday the Toronto Marvelkins lost at home.\n");
    assert_eq!(
        kind_of(&e, "Toronto Marvelkins"),
        Some(EntityKind::Organisation)
    );
}

#[test]
fn an_inner_organisation_keyword_makes_an_organisation() {
    let e = run(
        "The weather was cold and wet all week.\nWe watched Vantor League Hockey with friends from our old school.\n",
    );
    assert_eq!(
        kind_of(&e, "Vantor League Hockey"),
        Some(EntityKind::Organisation)
    );
}

#[test]
fn a_keyword_run_ending_in_a_number_is_no_organisation() {
    let e =
        run("The weather was cold and wet all week.\nShe flew on Sky Force One to the summit.\n");
    assert_ne!(kind_of(&e, "Sky Force One"), Some(EntityKind::Organisation));
}

fn find<'a>(ents: &'a [Entity], name: &str) -> Option<&'a Entity> {
    ents.iter().find(|e| e.name == name)
}

fn mention_texts(text: &str, e: &Entity) -> Vec<String> {
    e.mentions
        .iter()
        .map(|m| text[m.start..m.end].to_string())
        .collect()
}

#[test]
fn a_title_keeps_off_a_person_before_an_organisation_phrase() {
    let e = run("The panel is led by Dr Maren Ostrava of the University of Quellbrook.\n");
    let p = find(&e, "Maren Ostrava").expect("person");
    assert_eq!(p.kind, EntityKind::Person);
    assert_eq!(p.role.as_deref(), Some("Dr"));
}

#[test]
fn a_title_after_and_is_peeled_too() {
    let t = "The method came from Dr Olle Varnik and Dr Tessa Brunlow in Kenya.\n";
    let e = run(t);
    let p = find(&e, "Tessa Brunlow").expect("second person");
    assert_eq!(mention_texts(t, p), ["Tessa Brunlow"]);
    assert_eq!(p.role.as_deref(), Some("Dr"));
}

#[test]
fn junior_and_senior_belong_to_the_name() {
    let t = "The yard was run by Colonel Arvid Pellham Jr. until the war.\n";
    let e = run(t);
    let p = find(&e, "Arvid Pellham Jr.").expect("person with suffix");
    assert_eq!(p.kind, EntityKind::Person);
}

#[test]
fn a_long_title_case_list_line_is_read_as_text() {
    let t = "Unknown, 2 May 1950; Colonel Idris Vantelle, 9 June 1951; Major Orsolya Brandt, 1 July 1952; Captain Ferdo Kalmic, 3 March 1953; Colonel Aino Resk, 5 May 1954\n";
    let e = run(t);
    for name in ["Idris Vantelle", "Orsolya Brandt", "Ferdo Kalmic"] {
        assert_eq!(kind_of(&e, name), Some(EntityKind::Person), "{name}");
    }
}

#[test]
fn a_short_title_case_line_is_still_a_headline() {
    let e = run("Senate Delays Vote On Budget\n");
    assert!(e.iter().all(|x| x.kind != EntityKind::Person));
}

#[test]
fn a_capitalised_common_noun_opening_a_headline_is_nobody() {
    let t = "Harbour council reopens the ferry\n\nMayor Ines Valdor said on Tuesday that the Northgate ferry will run again.\n";
    let e = run(t);
    assert_eq!(kind_of(&e, "Harbour"), None);
    assert_ne!(kind_of(&e, "Northgate"), Some(EntityKind::Organisation));
    assert_eq!(kind_of(&e, "Ines Valdor"), Some(EntityKind::Person));
}

#[test]
fn a_sentence_initial_surname_joins_a_known_name() {
    let t = "Talks were led by Hedda Korsvik in Oslo.\nKorsvik said the deal was close.\n";
    let e = run(t);
    let p = find(&e, "Hedda Korsvik").expect("person");
    assert_eq!(mention_texts(t, p), ["Hedda Korsvik", "Korsvik"]);
}

#[test]
fn the_name_before_a_plural_still_reads_as_an_organisation() {
    let e = run("Fans said the Quarvels were better live than on record.\n");
    assert_eq!(kind_of(&e, "Quarvels"), Some(EntityKind::Organisation));
}

#[test]
fn a_singular_the_name_is_no_organisation_by_itself() {
    let e = run("Barges sailed down the Vellmar towards the sea.\n");
    assert_ne!(kind_of(&e, "Vellmar"), Some(EntityKind::Organisation));
    assert_ne!(kind_of(&e, "Vellmar"), Some(EntityKind::Person));
}

#[test]
fn a_newspaper_word_ends_an_organisation() {
    let e = run("The story ran in the Dunmore Chronicle and the Ashby Sentinel on Monday.\n");
    assert_eq!(
        kind_of(&e, "Dunmore Chronicle"),
        Some(EntityKind::Organisation)
    );
    assert_eq!(
        kind_of(&e, "Ashby Sentinel"),
        Some(EntityKind::Organisation)
    );
}

#[test]
fn a_title_line_that_is_a_sentence_is_read_as_text() {
    let t = "Grey Harbour Songs (1951) is by Oskar Trevelyan.\n\nThe book was reprinted.\n";
    let blocks = crate::core::article::text::parse(t.to_string()).blocks;
    let e = Extractor::new().extract(t, &blocks);
    assert_eq!(kind_of(&e, "Oskar Trevelyan"), Some(EntityKind::Person));
}

#[test]
fn a_name_ending_in_a_common_noun_is_nobody() {
    let e = run("Crowds queued for hours at Austin Casino on Friday.\n");
    assert_ne!(kind_of(&e, "Austin Casino"), Some(EntityKind::Person));
    let e = run("The pianist Iggo Shearwell played with Aldo Foot that night.\n");
    assert_eq!(kind_of(&e, "Aldo Foot"), Some(EntityKind::Person));
}

#[test]
fn provinces_and_rivers_are_places() {
    let e = run("Her family moved from Nova Scotia to a farm on the Danube.\n");
    assert_eq!(kind_of(&e, "Nova Scotia"), Some(EntityKind::Place));
    assert_eq!(kind_of(&e, "Danube"), Some(EntityKind::Place));
}

#[test]
fn a_professor_of_a_university_keeps_the_title_off() {
    let t = "According to Professor Ilan Brosvik of the Tarvin University, the cave is old.\n";
    let e = run(t);
    let p = find(&e, "Ilan Brosvik").expect("person");
    assert_eq!(p.kind, EntityKind::Person);
    assert_eq!(p.role.as_deref(), Some("Professor"));
}

#[test]
fn a_coined_name_and_a_country_make_a_branch() {
    let e = run("The album was released by Quorvex Japan in the spring.\n");
    assert_eq!(kind_of(&e, "Quorvex Japan"), Some(EntityKind::Organisation));
}

#[test]
fn a_title_before_a_plain_word_names_nobody() {
    let e = run(
        "They lost to the song \"Miss Murder\" at the Extraordinary General Meeting in Lisbon.\n",
    );
    assert_eq!(kind_of(&e, "Murder"), None);
    assert_eq!(kind_of(&e, "Meeting"), None);
}

#[test]
fn a_hall_of_fame_is_an_organisation() {
    let e = run("In 1990 she was inducted into the Curling Hall of Fame in Regina.\n");
    assert_eq!(
        kind_of(&e, "Curling Hall of Fame"),
        Some(EntityKind::Organisation)
    );
}

#[test]
fn an_ordinal_belongs_to_a_unit_name() {
    let t = "The 41st Signal Brigade moved north.\nNinth Transport Command, 2 May 1950.\n";
    let e = run(t);
    assert_eq!(
        kind_of(&e, "41st Signal Brigade"),
        Some(EntityKind::Organisation)
    );
    assert_eq!(
        kind_of(&e, "Ninth Transport Command"),
        Some(EntityKind::Organisation)
    );
}

#[test]
fn a_name_before_a_comma_and_a_state_is_a_town() {
    let e = run("The plant near Dorvale, Ohio closed in May.\n");
    assert_eq!(kind_of(&e, "Dorvale"), Some(EntityKind::Place));
}

#[test]
fn an_apposition_role_makes_no_person_of_a_place() {
    let e = run("The army marched on the city of Lisbon, head of the old kingdom.\n");
    assert_eq!(kind_of(&e, "Lisbon"), Some(EntityKind::Place));
}

#[test]
fn a_keyword_heading_a_coined_name_is_an_organisation() {
    let e = run("The single was played on Radio Quorvane all summer.\n");
    assert_eq!(
        kind_of(&e, "Radio Quorvane"),
        Some(EntityKind::Organisation)
    );
}

#[test]
fn charts_books_and_tournaments_are_no_organisations() {
    let e = run(
        "The song topped the Velmor Singles Chart and won the Dunmore Tennis Classic prize fund.\n",
    );
    assert_ne!(
        kind_of(&e, "Velmor Singles Chart"),
        Some(EntityKind::Organisation)
    );
    assert_ne!(
        kind_of(&e, "Dunmore Tennis Classic"),
        Some(EntityKind::Organisation)
    );
}

#[test]
fn a_quoted_nickname_stays_inside_the_name() {
    let t = "The title went to Harald \"Bucky\" Tormund of Leeds.\nTormund retired later.\n";
    let e = run(t);
    let p = find(&e, "Harald \"Bucky\" Tormund").expect("person with nickname");
    assert_eq!(p.kind, EntityKind::Person);
    assert_eq!(mention_texts(t, p), ["Harald \"Bucky\" Tormund", "Tormund"]);
}

#[test]
fn spanish_place_words_make_places() {
    let e = run("Farmers from Vallecas Norte and Nuevo Tarvel joined the march.\n");
    assert_eq!(kind_of(&e, "Vallecas Norte"), Some(EntityKind::Place));
    assert_eq!(kind_of(&e, "Nuevo Tarvel"), Some(EntityKind::Place));
}
