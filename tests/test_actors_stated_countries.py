"""Countries the text states for an actor, read where the model's spans and the parse hide them (session 3).

Real model; each case names the rule it pins down, and negative cases pin down where a rule must not fire.
"""

from __future__ import annotations

from spacy.language import Language

from conftest import STATE, WHITE_HOUSE, WIKINEWS, actor_index, only_actor
from newsgraph.actors.index import ActorIndex
from newsgraph.records import Actor

_index = actor_index
_actor = only_actor


def _resolve(index: ActorIndex, word: str, nth: int = 0) -> Actor | None:
    tokens = [t for t in index.doc if t.text == word]
    return index.resolve_phrase(tokens[nth])


def test_a_hyphen_after_an_abbreviation_splits_a_dyad(nlp: Language) -> None:
    index = _index(nlp, "The U.S.-Mexico talks resumed on Monday, and U.S.-China relations improved.")
    assert [t.text for t in index.doc[:4]] == ["The", "U.S.", "-", "Mexico"]
    assert _actor(index, "Mexico").code == "MEX"
    assert _actor(index, "China").code == "CHN"
    assert _actor(index, "United States").code == "USA"
    assert "U.S.-led" in [t.text for t in nlp("a U.S.-led coalition")]  # a participle is no dyad


def test_a_country_name_with_a_possessive_inside_stays_whole(nlp: Language) -> None:
    text = (
        "The Secretary condemned the Democratic People’s Republic of Korea’s (DPRK) recent missile launches "
        "and the harassment of Philippine vessels by the People’s Republic of China."
    )
    index = _index(nlp, text, STATE)
    codes = {a.code for a in index.freeze() if a.kind == "country"}
    assert {"PRK", "CHN"} <= codes
    assert "KOR" not in codes  # not South Korea, and no organisation named after the acronym either
    assert not [a for a in index.freeze() if a.kind in ("organization", "location")]


def test_the_secretary_and_a_titled_name_are_two_people(nlp: Language) -> None:
    text = (
        "Secretary Blinken met Japanese Foreign Minister Yoshimasa Hayashi in Washington. "
        "The Secretary and Foreign Minister Hayashi discussed Ukraine."
    )
    index = _index(nlp, text, STATE, "2022-02-10")
    hayashi = _actor(index, "Yoshimasa Hayashi")
    assert hayashi.roles == ("Foreign Minister",) and hayashi.code == "JPNGOV"
    assert _resolve(index, "Secretary", 1).name == "Antony Blinken"  # type: ignore[union-attr]


def test_one_persons_double_title_stays_one_title(nlp: Language) -> None:
    text = (
        "Deputy Prime Minister and Foreign Minister Dmytro Kuleba spoke with the EU High Representative for "
        "Foreign Affairs and Security Policy Josep Borrell."
    )
    index = _index(nlp, text, WIKINEWS)
    assert _actor(index, "Dmytro Kuleba").roles == ("Deputy Prime Minister and Foreign Minister",)
    assert _actor(index, "Josep Borrell").roles == ("EU High Representative for Foreign Affairs and Security Policy",)


def test_a_countrys_possessive_before_a_title(nlp: Language) -> None:
    text = (
        "Secretary Blinken met North Macedonia’s Foreign Minister Bujar Osmani and Ghana's Foreign Minister "
        "Shirley Ayorkor Botchwey on Tuesday."
    )
    index = _index(nlp, text, STATE, "2022-07-01")
    assert _actor(index, "Bujar Osmani").code == "MKDGOV"
    assert _actor(index, "Shirley Ayorkor Botchwey").code == "GHAGOV"
    assert _actor(index, "Antony Blinken").code == "USAGOV"


def test_capitals_listed_after_a_verb_of_travel_are_places(nlp: Language) -> None:
    text = (
        "Assistant Secretary Michele Sison will travel to London and Vienna for consultations. "
        "London and Paris said they would impose sanctions on Moscow."
    )
    index = _index(nlp, text, STATE)
    assert _resolve(index, "Vienna").kind == "location"  # type: ignore[union-attr]
    assert _resolve(index, "London", 0).kind == "location"  # type: ignore[union-attr]
    assert _resolve(index, "London", 1).code == "GBRGOV"  # type: ignore[union-attr]  # "London said": a metonym
    assert _resolve(index, "Paris").code == "FRAGOV"  # type: ignore[union-attr]


def test_a_described_staff_title_is_the_publishers_not_the_storys(nlp: Language) -> None:
    text = (
        "North Korea launched a missile on Sunday. The Secretary condemned North Korea's launch, and North Korea "
        "rejected it. The Foreign Minister said North Korea would answer."
    )
    index = _index(nlp, text, STATE)
    assert _resolve(index, "Secretary").code == "USAGOV"  # type: ignore[union-attr]
    assert _resolve(index, "Minister").code == "PRKGOV"  # type: ignore[union-attr]  # a leader's title: the story's


def test_judges_and_legislators_take_the_storys_country(nlp: Language) -> None:
    text = (
        "A gunman attacked two mosques in Christchurch, New Zealand. New Zealand police arrested him. "
        "Judge Paul Kellar ordered that he remain in custody, and New Zealand's parliament met."
    )
    index = _index(nlp, text, WIKINEWS, "2019-03-16")
    assert _actor(index, "Paul Kellar").code == "NZLJUD"


def test_a_country_and_a_name_in_one_span(nlp: Language) -> None:
    text = (
        "The Department of State designated former Prime Minister of the Republic of North Macedonia Nikola "
        "Gruevski and former Director of the Department for Security and Counterintelligence (UBK) Sasho Mijalkov "
        "as well as Gordana Tadić of Bosnia and Herzegovina."
    )
    index = _index(nlp, text, STATE, "2021-06-01")
    gruevski = _actor(index, "Nikola Gruevski")
    assert gruevski.code == "MKDELI" and gruevski.kind == "person"
    assert _actor(index, "North Macedonia").kind == "country"
    # the title of the next name does not run back over the name it is coordinated with
    assert _actor(index, "Sasho Mijalkov").roles == (
        "former Director of the Department for Security and Counterintelligence",
    )
    tadic = _actor(index, "Gordana Tadić")
    assert tadic.kind == "person" and tadic.country == "BIH"


def test_a_titled_surname_of_an_office_holder_is_not_a_namesake(nlp: Language) -> None:
    text = "First Lady Jill Biden will welcome guests to the box for President Biden. Jill Biden thanked them."
    index = _index(nlp, text, WHITE_HOUSE, "2024-03-01")
    joe = _actor(index, "Joe Biden")
    assert joe.code == "USAGOV" and "Jill Biden" not in joe.aliases
    assert _actor(index, "Jill Biden").roles == ()


def test_a_title_case_headline_is_no_organisation(nlp: Language) -> None:
    text = (
        "Issuance of Updated Xinjiang Supply Chain Business Advisory\n\n"
        "The Department of the Treasury is updating the advisory. The United Nations Security Council met."
    )
    index = _index(nlp, text, STATE, "2021-07-13")
    names = {a.name for a in index.freeze()}
    assert not [n for n in names if "Advisory" in n]
    assert "Department of the Treasury" in names  # a body named in the story stays


def test_a_minister_met_in_the_one_country_the_trip_names(nlp: Language) -> None:
    text = (
        "Deputy Secretary Sherman will begin her trip in Istanbul and Ankara, Turkey from March 4 to 5 to meet with "
        "Deputy Foreign Minister Sedat Onal. Secretary Blinken spoke with Foreign Minister Kamina Johnson Smith "
        "about aid to Haiti."
    )
    index = _index(nlp, text, STATE)
    assert _actor(index, "Sedat Onal").code == "TURGOV"
    assert _actor(index, "Kamina Johnson Smith").country is None  # "aid to Haiti" is no trip: Haiti is not hers


def test_a_country_at_the_end_of_an_appositive_title(nlp: Language) -> None:
    text = (
        "National Security Advisor Jake Sullivan met today with Oscar Stenström, State Secretary for Foreign Affairs "
        "to the Prime Minister of Sweden. Mr. Sullivan and Mr. Stenström discussed the security situation in Europe."
    )
    index = _index(nlp, text, WHITE_HOUSE, "2022-05-03")
    assert _actor(index, "Oscar Stenström").code == "SWEGOV"
    assert _actor(index, "Jake Sullivan").code == "USAGOV"


def test_an_office_name_glued_to_the_holders_name(nlp: Language) -> None:
    text = (
        "Secretary Blinken held meetings with South African Minister of International Relations and Cooperation "
        "Naledi Pandor and Deputy Minister of International Relations and Cooperation Alvin Botes today in Pretoria."
    )
    index = _index(nlp, text, STATE, "2022-08-08")
    pandor, botes = _actor(index, "Naledi Pandor"), _actor(index, "Alvin Botes")
    assert pandor.roles == ("Minister of International Relations and Cooperation",) and pandor.code == "ZAFGOV"
    assert botes.roles == ("Deputy Minister of International Relations and Cooperation",) and botes.code == "ZAFGOV"
    assert not [a for a in index.freeze() if a.kind == "organization"]


def test_a_plan_named_after_a_country_holds_no_person(nlp: Language) -> None:
    text = (
        "The United States announced $50 million for the Syria Regional Refugee and Resilience Plan and the Jordan "
        "Response Plan, Secretary Blinken said."
    )
    index = _index(nlp, text, STATE)
    people = [a.name for a in index.freeze() if a.kind == "person"]
    assert people == ["Antony Blinken"]


def test_a_capital_naming_a_document_is_no_government(nlp: Language) -> None:
    index = _index(nlp, "The United States rejoined the Paris agreement. Paris welcomed the decision.", WIKINEWS)
    assert _resolve(index, "Paris", 0).kind == "location"  # type: ignore[union-attr]
    assert _resolve(index, "Paris", 1).code == "FRAGOV"  # type: ignore[union-attr]


def test_a_ministrys_portfolio_tagged_into_the_name(nlp: Language) -> None:
    text = "Secretary of Transportation Pete Buttigieg met Thai Minister of Energy Kulit Sombatsiri."
    index = _index(nlp, text, WHITE_HOUSE)
    buttigieg, kulit = _actor(index, "Pete Buttigieg"), _actor(index, "Kulit Sombatsiri")
    assert buttigieg.roles == ("Secretary of Transportation",) and buttigieg.code == "USAGOV"
    assert kulit.roles == ("Minister of Energy",) and kulit.code == "THAGOV"


def test_a_demonym_after_former_and_a_body_named_by_a_demonym(nlp: Language) -> None:
    text = (
        "Deputy Secretary Wendy Sherman met Speaker of the Mongolian Parliament Zandanshatar during her visit to "
        "Ulaanbaatar. The United States mourns Former Angolan President José Eduardo dos Santos."
    )
    index = _index(nlp, text, STATE, "2022-07-26")
    assert _actor(index, "Zandanshatar").code == "MNGLEG"
    dos_santos = _actor(index, "José Eduardo dos Santos")  # the name runs over its particle
    assert dos_santos.code == "AGOELI"


def test_plural_staff_titles_in_a_release(nlp: Language) -> None:
    text = "Thank you to Senators Amy Klobuchar, John Thune and Representative Annie Kuster for their work."
    index = _index(nlp, text, WHITE_HOUSE)
    assert _actor(index, "Amy Klobuchar").code == "USALEG"
    assert _actor(index, "Annie Kuster").code == "USALEG"


def test_a_government_the_model_took_for_a_place(nlp: Language) -> None:
    text = "Secretary Blinken expressed the desire to continue cooperation with the Republic of Yemen Government."
    index = _index(nlp, text, STATE)
    yemen = [a for a in index.freeze() if a.country == "YEM"]
    assert yemen and all(a.code == "YEMGOV" for a in yemen)
