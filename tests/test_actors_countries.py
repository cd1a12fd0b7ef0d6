"""Countries for actors whose country the text never states outright (CAMEO actor codes = country + sector).

Real model; each case names the rule it pins down, and the negative cases pin down where a rule must not fire.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from conftest import STATE, WHITE_HOUSE, WIKINEWS, actor_index, only_actor
from newsgraph.actors.index import ActorIndex
from newsgraph.actors.knowledge import default_knowledge
from newsgraph.actors.publishers import publisher_country
from newsgraph.records import Actor

_index = actor_index
_actor = only_actor


def _resolve(index: ActorIndex, word: str, nth: int = 0) -> Actor | None:
    tokens = [t for t in index.doc if t.text == word]
    return index.resolve_phrase(tokens[nth])


# ------------------------------------------------------------------------------------------- publishers
@pytest.mark.parametrize(
    ("source", "country"),
    [
        (STATE, "USA"),
        (WHITE_HOUSE, "USA"),
        (WIKINEWS, None),
        ("Reuters", None),  # a news agency reports on anyone's officials
        (None, None),
    ],
)
def test_a_government_publisher_has_a_country(source: str | None, country: str | None) -> None:
    assert publisher_country(source, default_knowledge()) == country


# --------------------------------------------------------------------------------- definite descriptions
def test_the_secretary_is_the_one_person_whose_title_starts_with_it(nlp: Language) -> None:
    text = (
        "Secretary of State Antony J. Blinken and Assistant Secretary Brian Nichols spoke today with Armenian "
        "Prime Minister Nikol Pashinyan. The Secretary and the Prime Minister discussed the peace talks."
    )
    index = _index(nlp, text, STATE)
    assert _resolve(index, "Secretary", 2).name == "Antony Blinken"  # type: ignore[union-attr]
    prime = _resolve(index, "Minister", 1)
    assert prime is not None and prime.name == "Nikol Pashinyan" and prime.code == "ARMGOV"


def test_a_qualified_title_does_not_fit_another_qualified_title(nlp: Language) -> None:
    text = "President Biden spoke with Prime Minister Netanyahu of Israel. The Foreign Minister was not there."
    index = _index(nlp, text, WHITE_HOUSE)
    foreign = _resolve(index, "Minister", 1)
    assert foreign is None or foreign.kind != "person"  # "Prime Minister" is no foreign minister


def test_the_foreign_minister_is_the_minister_of_foreign_affairs(nlp: Language) -> None:
    text = (
        "Secretary Blinken spoke with Qatari Minister of Foreign Affairs Mohammed bin Abdulrahman Al-Thani. "
        "The Secretary thanked the Foreign Minister for Qatar's support."
    )
    index = _index(nlp, text, STATE)
    minister = _resolve(index, "Minister", 1)
    assert minister is not None and minister.code == "QATGOV"


def test_an_unfitted_title_in_a_government_release_is_the_publishers(nlp: Language) -> None:
    text = "The Deputy Secretary met the ambassadors of Chile, Peru and Ecuador on Tuesday."
    group = _resolve(_index(nlp, text, STATE), "Secretary")
    assert group is not None and group.code == "USAGOV"
    assert _resolve(_index(nlp, text, WIKINEWS), "Secretary") is None or (
        _resolve(_index(nlp, text, WIKINEWS), "Secretary").country is None  # type: ignore[union-attr]
    )


# ------------------------------------------------------------------------------------ people and roles
def test_a_country_after_the_name(nlp: Language) -> None:
    index = _index(nlp, "President Biden had a warm meeting with President Dina Boluarte of Peru.", WHITE_HOUSE)
    assert _actor(index, "Dina Boluarte").code == "PERGOV"
    index = _index(nlp, "Senator Amy Klobuchar of Minnesota withdrew her name.", WIKINEWS, "2020-06-20")
    assert _actor(index, "Amy Klobuchar").country == "USA"  # a state stands for its country


def test_country_names_and_bodies_inside_a_role(nlp: Language) -> None:
    text = "Kurt Volker, the United States special envoy for Ukraine negotiations, resigned."
    assert _actor(_index(nlp, text, WIKINEWS, "2019-09-28"), "Kurt Volker").code == "USAGOV"
    text = "Former CIA deputy director Michael Morell praised him on Twitter."
    assert _actor(_index(nlp, text, WIKINEWS, "2019-05-10"), "Michael Morell").code == "USAELI"
    text = "Blinken met with Costa Rican Foreign Minister Rodolfo Solano Quirós in San José."
    assert _actor(_index(nlp, text, STATE), "Rodolfo Solano Quirós").code == "CRIGOV"


def test_participant_listings_read_by_their_commas(nlp: Language) -> None:
    text = (
        "Participants included:\n\n"
        "-   Natasha Tickner, Director for the Andes, White House National Security Council\n"
        "-   Jessica Reeves, Director of Public Engagement, Small Business Administration\n"
    )
    index = _index(nlp, text, WHITE_HOUSE, "2023-12-04")
    assert _actor(index, "Natasha Tickner").code == "USAGOV"
    assert _actor(index, "Jessica Reeves").code == "USAGOV"
    assert _actor(index, "White House National Security Council").code == "USAGOV"


def test_staff_titles_take_the_publishers_country(nlp: Language) -> None:
    text = "Special Envoy for the Horn of Africa David Satterfield is in Ethiopia to meet officials."
    assert _actor(_index(nlp, text, STATE), "David Satterfield").code == "USAGOV"
    # a news site is no government: whose envoy he is, the text does not say
    assert _actor(_index(nlp, text, WIKINEWS), "David Satterfield").country is None


def test_foreign_leaders_never_take_the_publishers_country(nlp: Language) -> None:
    text = "Secretary Blinken will meet with Prime Minister Prayut Chan-o-cha in the capital next week."
    prayut = _actor(_index(nlp, text, STATE), "Prayut Chan-o-cha")
    assert prayut.country != "USA"


def test_a_title_in_an_international_body_has_no_country(nlp: Language) -> None:
    text = "The United States reiterated its support for UN Special Envoy Geir Pedersen and the Syrian people."
    pedersen = _actor(_index(nlp, text, STATE), "Geir Pedersen")
    assert pedersen.country is None


# -------------------------------------------------------------------------------- groups and bodies
def test_offices_named_after_their_body_or_seat(nlp: Language) -> None:
    index = _index(nlp, "The White House Office of Public Engagement convened the leaders.", WHITE_HOUSE)
    assert _actor(index, "White House Office of Public Engagement").code == "USAGOV"
    index = _index(nlp, "The Moscow City Court sentenced him to prison.", WIKINEWS, "2021-02-02")
    assert _actor(index, "Moscow City Court").code == "RUSJUD"
    index = _index(nlp, "The Washington Post reported the story.", WIKINEWS)
    assert _actor(index, "The Washington Post").code == "USAMED"  # a known outlet, not a seat of government


def test_whose_body_a_noun_phrase_names(nlp: Language) -> None:
    index = _index(nlp, "The spokesperson for the German government condemned the attack.", WIKINEWS, "2020-09-03")
    assert _resolve(index, "spokesperson").code == "DEUGOV"  # type: ignore[union-attr]
    text = "Russian President Vladimir Putin spoke. The regime of Vladimir Putin waged war on Ukraine."
    assert _resolve(_index(nlp, text, WIKINEWS), "regime").code == "RUSGOV"  # type: ignore[union-attr]


def test_this_administration_is_the_speakers(nlp: Language) -> None:
    text = "I want to emphasize this administration's support for the accords."
    assert _resolve(_index(nlp, text, WHITE_HOUSE), "administration").code == "USAGOV"  # type: ignore[union-attr]
    found = _resolve(_index(nlp, text, WIKINEWS), "administration")
    assert found is None or found.country is None


def test_demonyms_of_smaller_states_and_seats_of_government() -> None:
    kb = default_knowledge()
    assert kb.country_of_demonym("Samoan") == "WSM"
    assert kb.country_of_demonym("Maltese") == "MLT"
    assert kb.country_of_name("Republic of Korea") == "KOR"
    assert kb.country_of_capital("Miraflores") == "VEN"
    assert kb.country_of_capital("Élysée") == "FRA"
    (duma,) = kb.lookup("State Duma")
    assert duma.code == "RUSLEG"


def test_a_region_is_no_countrys(nlp: Language) -> None:
    index = _index(nlp, "Leaders from Latin America met in Lima.", WIKINEWS)
    assert _actor(index, "Latin America").country is None  # not the United States for its "America"
    assert _actor(index, "Lima").country == "PER"


def test_an_organisation_owned_by_a_country_or_body(nlp: Language) -> None:
    index = _index(nlp, "Venezuela's National Assembly approved the law.", WIKINEWS, "2021-03-01")
    assert _actor(index, "National Assembly").code == "VENLEG"
    index = _index(nlp, "The Pentagon's Defense Intelligence Agency said so.", WIKINEWS)
    assert _actor(index, "Defense Intelligence Agency").code == "USASPY"
    index = _index(nlp, "The United States' Supreme Court ruled.", WIKINEWS)
    assert _actor(index, "Supreme Court").code == "USAJUD"


def test_a_known_organisation_the_model_took_for_a_place(nlp: Language) -> None:
    text = "Brazil is part of a pact between the European Union and the South American group Mercosur."
    assert _actor(_index(nlp, text, WIKINEWS, "2019-08-24"), "Mercosur").code == "IGOSAMBUS"


def test_a_leader_takes_the_dominant_country_only_where_it_is_named(nlp: Language) -> None:
    story = (
        "Ukrainian President Volodymyr Zelensky declined Prime Minister Oleksiy Honcharuk's offer to resign. "
        "Ukraine's parliament met in Kyiv. Ukrainian officials said Ukraine would respond.\n\n"
    )
    index = _index(nlp, story, WIKINEWS, "2020-01-18")
    assert _actor(index, "Oleksiy Honcharuk").code == "UKRGOV"
    aside = story + "In 1905, President Thaddeus Morrow mediated a peace agreement between two empires.\n"
    assert _actor(_index(nlp, aside, WIKINEWS, "2020-01-18"), "Thaddeus Morrow").country is None
    # a past U.S. president of the knowledge base is the United States' (an elite on the article's date)
    aside = story + "In 1905, President Theodore Roosevelt mediated a peace agreement between two empires.\n"
    assert _actor(_index(nlp, aside, WIKINEWS, "2020-01-18"), "Theodore Roosevelt").code == "USAELI"


def test_headline_words_are_no_people(nlp: Language) -> None:
    text = (
        "Readout of Vice President Harris’s Meeting with Prime Minister Rowley of Trinidad and Tobago\n\n"
        "Vice President Kamala Harris today met with Prime Minister Keith Rowley of Trinidad and Tobago."
    )
    names = {a.name for a in _index(nlp, text, WHITE_HOUSE, "2022-04-22").freeze() if a.kind == "person"}
    assert "Meeting" not in names and "Keith Rowley" in names


def test_a_country_before_the_previous_name_is_not_the_next_title(nlp: Language) -> None:
    text = (
        "The ministers met Prime Minister Pedro Sánchez of Spain and Governor Gavin Newsom of California. "
        "Spain and Spain and Spain agreed, Spanish officials said."
    )
    index = _index(nlp, text, WIKINEWS, "2022-03-01")
    assert _actor(index, "Gavin Newsom").code == "USAGOV"
    assert _actor(index, "Pedro Sánchez").code == "ESPGOV"
    assert "Governor" in _actor(index, "Gavin Newsom").roles  # not "and Governor"


def test_a_foreign_counterpart_named_with_the_secretary_keeps_no_us_country(nlp: Language) -> None:
    text = (
        "Secretary of State Antony J. Blinken spoke with Kazakhstan Deputy Prime Minister and Minister of Foreign "
        "Affairs Mukhtar Tileuberdi on August 13 to discuss Afghanistan. Secretary Blinken and Minister Tileuberdi "
        "also discussed the pandemic."
    )
    person = _actor(_index(nlp, text, STATE, "2021-08-13"), "Mukhtar Tileuberdi")
    assert person.code == "KAZGOV"
    # not in the knowledge base: the text's country in the title, the given name the model missed
    text = text.replace("Tileuberdi", "Zhanbekov")
    person = _actor(_index(nlp, text, STATE, "2021-08-13"), "Mukhtar Zhanbekov")
    assert person.code == "KAZGOV"


def test_a_us_state_names_the_united_states(nlp: Language) -> None:
    text = (
        "Cameroon's president said Cameroon would act. Cameroon, Cameroon and Cameroon troops left Yaounde. "
        "The Florida Governor criticised the plan."
    )
    index = _index(nlp, text, WIKINEWS, "2020-05-01")
    doc = index.doc
    head = next(t for t in doc if t.text == "Governor")
    found = index.resolve_phrase(head)
    assert found is not None and found.country == "USA"


def test_a_bare_senate_is_the_story_countrys(nlp: Language) -> None:
    text = (
        "Argentina's Congress debated the abortion bill. Argentine lawmakers in Buenos Aires and Argentina voted. "
        "Argentina's president Alberto Fernández welcomed it. The senate rejected the bill on Thursday."
    )
    index = _index(nlp, text, WIKINEWS, "2020-12-30")
    assert _actor(index, "Congress").code == "ARGLEG"
    assert _actor(index, "Senate").code == "ARGLEG"
    # in a U.S. government release the Senate stays the U.S. Senate
    text = "The Senate confirmed the nominee. Secretary Blinken welcomed the vote in Washington."
    index = _index(nlp, text, STATE, "2021-05-01")
    assert any(a.code == "USALEG" for a in index.freeze() if a.kind == "organization")


def test_a_person_without_a_title_takes_the_country_the_text_gives(nlp: Language) -> None:
    text = "Kenyan Brigid Kosgei won the Chicago Marathon. Ethiopia's Ababel Yeshaneh came second."
    index = _index(nlp, text, WIKINEWS, "2019-10-13")
    assert _actor(index, "Brigid Kosgei").country == "KEN"  # the demonym is no part of her name
    assert _actor(index, "Ababel Yeshaneh").country == "ETH"
    text = "Brigid Kosgei of Kenya won the race, ahead of Ababel Yeshaneh and Mary Keitany."
    index = _index(nlp, text, WIKINEWS, "2019-10-13")
    assert _actor(index, "Brigid Kosgei").country == "KEN"
    assert _actor(index, "Mary Keitany").country is None


def test_a_titled_surname_of_several_known_namesakes_of_one_country(nlp: Language) -> None:
    text = (
        "In 1902, President Theodore Roosevelt built the West Wing. In 1934, President Franklin D. Roosevelt "
        "overhauled it; in 1942, President Roosevelt constructed the East Wing."
    )
    index = _index(nlp, text, WHITE_HOUSE, "2025-10-21")
    assert _actor(index, "Roosevelt").code == "USAELI"  # which one is unknown, the country is not
    # a namesake's title must match: a "Governor Roosevelt" is no president's (no past president's ELI; the only
    # country the story names gives him his country as it would any official's)
    text = text.replace("President Roosevelt", "Governor Roosevelt")
    assert _actor(_index(nlp, text, WIKINEWS, "2025-10-21"), "Roosevelt").code == "USAGOV"
    text += " Canada and Mexico sent observers."  # (several countries named: none is the story's)
    assert _actor(_index(nlp, text, WIKINEWS, "2025-10-21"), "Roosevelt").country is None


def test_a_bodys_acronym_opens_the_title_not_the_name(nlp: Language) -> None:
    text = "NSC Spokesperson Adrienne Watson said the talks went well. Mexico and Mexico and Mexico agreed."
    person = _actor(_index(nlp, text, WHITE_HOUSE, "2022-05-03"), "Adrienne Watson")
    assert person.code == "USAGOV" and person.name == "Adrienne Watson"


def test_a_country_the_model_put_into_a_name_is_the_titles(nlp: Language) -> None:
    text = (
        "U.S. Ambassador to Armenia Lynne Tracy was in Washington as well, joined by Armenian Ambassador to the "
        "United States Lilit Makunts."
    )
    index = _index(nlp, text, STATE, "2022-03-01")
    assert _actor(index, "Lynne Tracy").country == "USA"


def test_an_inspector_general_is_no_general(nlp: Language) -> None:
    text = "Parisa Salehi, Acting Inspector General of the Export Import Bank of the United States, testified."
    assert _actor(_index(nlp, text, WIKINEWS, "2022-05-03"), "Parisa Salehi").code == "USAGOV"
    text = "Major General Ann Smith and Surgeon General Vivek Murthy spoke."
    index = _index(nlp, text, WIKINEWS, "2022-05-03")
    assert _actor(index, "Ann Smith").sector == "MIL" and _actor(index, "Vivek Murthy").sector == "GOV"


def test_a_countrys_delegation_names_its_members_country(nlp: Language) -> None:
    text = (
        "The Armenian delegation included Deputy Minister of Justice Grigor Minasyan, Deputy Central Bank Governor "
        "Nerses Yeritsyan, and Ministry of Defense officials. Secretary Blinken met them in Washington."
    )
    index = _index(nlp, text, STATE, "2022-05-03")
    assert _actor(index, "Grigor Minasyan").code == "ARMGOV"
    assert _actor(index, "Nerses Yeritsyan").country == "ARM"  # not the publisher's for a staff title
