"""Misses found by the session-5 audits ("recall-2"): actor countries (a country name the model cut in two, a
place it took for an organisation, a leader's administration, outlets as signs of a story's country) and
the sides of support one has from another (CAMEO 05/07), with the real spaCy model and near misses."""

from __future__ import annotations

from newsgraph.pipeline import Pipeline
from newsgraph.records import Article, Extraction

STATE = "U.S. Department of State, Office of the Spokesperson"


def run(pipeline: Pipeline, text: str, published: str = "2021-06-10", source: str | None = None) -> Extraction:
    return pipeline.extract(Article(id="t", text=text, published=published, source=source))


def triples(ex: Extraction) -> set[tuple[str | None, str | None, str]]:
    return {(e.source_code, e.target_code, e.cameo) for e in ex.events}


def countries(ex: Extraction) -> dict[str, str | None]:
    return {a.name: a.country for a in ex.actors}


# -- actors ------------------------------------------------------------------------------------


def test_possessive_democratic_republic_of_the_congo_is_cod(pipeline: Pipeline) -> None:
    # before a possessive the model tags "the Democratic Republic of the" and "Congo" as two places
    ex = run(pipeline, "Secretary Blinken met with the Democratic Republic of the Congo's President Tshisekedi.")
    assert "COD" in set(countries(ex).values()) and "COG" not in set(countries(ex).values())
    # near miss: the Republic of the Congo stays itself
    ex = run(pipeline, "Secretary Blinken met with officials of the Republic of the Congo in Brazzaville.")
    assert "COD" not in set(countries(ex).values())


def test_crimea_is_ukraine(pipeline: Pipeline) -> None:
    ex = run(pipeline, "Russia has occupied Crimea since 2014.")
    assert countries(ex).get("Crimea") == "UKR"
    assert ("RUS", "UKR", "192") in {(e.source_code, e.target_code, e.cameo) for e in ex.events}
    # near miss: a city of Russia stays Russian
    ex = run(pipeline, "Russia has moved troops to Rostov.")
    assert "UKR" not in {a.country for a in ex.actors}


def test_a_named_leaders_administration_officials_are_that_leaders_country(pipeline: Pipeline) -> None:
    ex = run(pipeline, "Pinera administration officials met with Secretary Blinken in Washington.")
    assert ("CHLGOV", "USAGOV", "040") in triples(ex)
    ex = run(pipeline, "Senior Bolsonaro administration officials met with Secretary Blinken.")
    assert ("BRAGOV", "USAGOV", "040") in triples(ex)
    # near miss: an unnamed administration's officials get no foreign country
    ex = run(pipeline, "Senior administration officials met with the Chilean president.")
    assert not any(e.source_code and e.source_code.startswith("CHL") for e in ex.events)


def test_cited_outlets_do_not_make_the_story_american(pipeline: Pipeline) -> None:
    # a British story that names the U.S. once and cites NPR (twice) and Twitter: its police are no U.S. police
    text = (
        "On Friday, a man stabbed several people in London. Police arrived and shot him, NPR reported. "
        "Videos posted on Twitter showed the police surrounding him. According to NPR, the attacker lived in "
        "Staffordshire. In the United States such attacks are called suicide by cop, a professor said."
    )
    ex = run(pipeline, text, published="2019-11-30")
    assert not any(a.country == "USA" and a.kind == "group" for a in ex.actors)
    assert not any((e.source_code or "").startswith("USA") for e in ex.events if e.cameo.startswith("19"))
    # near miss: a story told about U.S. places still gives its unnamed police the U.S.
    text = (
        "Police in Chicago, Illinois arrested a man on Friday. The United States has seen such attacks before. "
        "Officials in Washington said police shot the attacker. The United States will review the case."
    )
    ex = run(pipeline, text, published="2019-11-30")
    assert any(a.code == "USACOP" for a in ex.actors)


# -- sides -------------------------------------------------------------------------------------


def test_the_possessor_of_support_one_has_gives_it(pipeline: Pipeline) -> None:
    # "X has Y's support" (CAMEO 051): Y supports X
    ex = run(pipeline, "Israel has the United States' unwavering support.")
    assert ("USA", "ISR", "051") in triples(ex)
    ex = run(pipeline, "Ukraine has received Germany's assistance.")
    assert ("DEU", "UKR", "070") in triples(ex)
    # near miss: one's own support given is no support received
    ex = run(pipeline, "Israel has expressed its support for the United States.")
    assert ("USA", "ISR", "051") not in triples(ex)


def test_the_victims_of_a_countrys_armed_act_are_not_its_own_people_unless_stated(pipeline: Pipeline) -> None:
    # a story naming only Russia gives its unnamed civilians Russia: not the victims of Russia's own aggression
    text = (
        "Russia continues its war. Russian forces have shelled cities. Russian aggression has killed thousands of "
        "civilians. Moscow must stop."
    )
    assert not any(s[:3] == t[:3] for s, t, _ in triples(run(pipeline, text)) if s and t)
    # near miss: victims stated to be the country's own stay its own
    text = "Russian forces have shelled cities. Russian forces killed Russian civilians. Moscow must stop."
    assert any((s or "")[:3] == "RUS" and (t or "")[:3] == "RUS" for s, t, _ in triples(run(pipeline, text)))


def test_a_welcomed_things_author_in_a_by_phrase_on_the_verb_is_the_target(pipeline: Pipeline) -> None:
    # the parser hangs "by the Government of Ethiopia" on the verb, not on "declaration"
    text = "The United States welcomes and supports the declaration by the Government of Ethiopia of a truce."
    assert {("USA", "ETHGOV", "051")} <= {t for t in triples(run(pipeline, text)) if t[2] == "051"}
    # near miss: a means ("by signing") names no author
    ex = run(pipeline, "The United States supports the effort by signing the agreement.")
    assert all(t is None for s, t, c in triples(ex) if c == "051")


def test_a_lone_proper_noun_after_a_title_is_a_person(pipeline: Pipeline) -> None:
    ex = run(pipeline, "Special Envoy Stern met with Chinese officials in Beijing.", source=STATE)
    assert ("USAGOV", "CHNGOV", "040") in triples(ex)
    # near miss: a plural proper noun after 'Member' is no one
    ex = run(pipeline, "All UN Member States must implement the resolution.", source=STATE)
    assert not any(a.kind == "person" for a in ex.actors)


def test_a_titles_acronym_before_its_holder_is_no_organisation(pipeline: Pipeline) -> None:
    text = "Special Envoy for the Horn of Africa (SEHOA) Mike Hammer will travel to Egypt."
    assert ("USAGOV", "EGY", "036") in triples(run(pipeline, text, source=STATE))
    # near miss: a body's acronym before a person stays the body's ("OFAC" is no title)
    text = "The Office of Foreign Assets Control (OFAC) Director Andrea Gacki met with Egyptian officials."
    assert any(a.kind == "organization" and a.code == "USAGOV" for a in run(pipeline, text, source=STATE).actors)


def test_a_title_of_a_foreign_body_named_before_its_holder_is_that_bodys_country(pipeline: Pipeline) -> None:
    text = "The Secretary met with the Secretary of the Mongolian National Security Council Jadamba Enkhbayar."
    assert ("USAGOV", "MNGGOV", "040") in triples(run(pipeline, text, source=STATE))
    # near miss: the release's own Secretary stays U.S.
    text = "The Secretary met with the Mongolian Foreign Minister in Washington."
    assert any(s == "USAGOV" for s, _, c in triples(run(pipeline, text, source=STATE)) if c == "040")


def test_a_given_name_the_model_left_out_after_a_title_and_its_place_is_the_persons(pipeline: Pipeline) -> None:
    # "Mayor of London Sadiq Khan" tagged "Khan": without "Sadiq" he merged with the attacker Usman Khan
    text = (
        "Usman Khan stabbed several people in London. Police shot Khan. "
        '"I am in awe of the people who ran towards danger," tweeted Mayor of London Sadiq Khan.'
    )
    ex = run(pipeline, text, published="2019-11-30")
    assert not any(a.name == "Usman Khan" and a.sector == "GOV" for a in ex.actors)
    assert any(a.name == "Sadiq Khan" for a in ex.actors)
    # near miss: a lone title before a surname adds no given name
    ex = run(pipeline, "Police arrested Usman Khan in London. Mayor Khan praised the police.", published="2019-11-30")
    assert not any(a.name.startswith("Mayor") for a in ex.actors)
