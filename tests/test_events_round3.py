"""Event arguments for real-news recall, round 3 (issue 3): the person a sentence-initial "Under
Secretary ..." title names, suspending an embassy's operations (CAMEO 16 toward the host), an
openness to diplomacy (CAMEO 036). Real model; each rule with a near miss."""

from __future__ import annotations

from conftest import extract_on as run
from conftest import root_triples as roots
from newsgraph.pipeline import Pipeline


def test_a_sentence_initial_under_secretary_title_names_the_subject(pipeline: Pipeline) -> None:
    text = "Under Secretary of State for Civilian Security, Democracy, and Human Rights Uzra Zeya will travel to India."
    assert ("USA", "IND", "03") in roots(run(pipeline, text))
    # near miss: a title with no one named after it gives no subject
    untitled = "Under Secretary of State for Civilian Security, Democracy, and Human Rights, will travel to India."
    assert not any(s is not None for s, _, _ in roots(run(pipeline, untitled)))


def test_suspending_an_embassys_operations_reduces_relations_with_the_host(pipeline: Pipeline) -> None:
    state = "U.S. Department of State, Office of the Spokesperson"
    at = run(pipeline, "The United States has suspended operations at our Embassy in Minsk, Belarus.", source=state)
    assert roots(at) == {("USA", "BLR", "16")}
    subject = run(pipeline, "Our Embassy in Minsk, Belarus suspended operations on February 28.", source=state)
    assert roots(subject) == {("USA", "BLR", "16")}
    # near miss: operations suspended at an office, not a diplomatic post, reduce no relations
    office = roots(run(pipeline, "The United States suspended operations at its office in Kabul.", source=state))
    assert not any(c == "16" or t == "AFG" for _, t, c in office)


def test_being_open_to_talks_is_an_intent_to_meet(pipeline: Pipeline) -> None:
    # CAMEO 036 "express intent to meet or negotiate": the copula's subject announces the talks
    assert roots(run(pipeline, "The United States remains open to diplomacy with the DPRK.")) == {("USA", "PRK", "03")}
    assert ("JPN", "CHN", "03") in roots(run(pipeline, "Japan is ready for talks with China."))
    # near miss: talks a subject is critical of are no intent of its own
    critical = roots(run(pipeline, "Japan was critical of the talks with China."))
    assert not any(c == "03" for _, _, c in critical)


def test_a_possessor_before_a_parenthesised_acronym_is_the_author_of_the_thing(pipeline: Pipeline) -> None:
    text = "The Democratic People's Republic of Korea's (DPRK) missile launches threaten Japan."
    assert ("PRK", "JPN", "13") in roots(run(pipeline, text))
    # near miss: launches with no owner named have no author
    assert not any(s is not None for s, _, _ in roots(run(pipeline, "The missile launches threaten Japan.")))


def test_people_from_listed_countries_are_each_countrys(pipeline: Pipeline) -> None:
    state = "U.S. Department of State, Office of the Spokesperson"
    text = "The Secretary met with representatives from Japan, India and Australia."
    assert roots(run(pipeline, text, source=state)) == {
        ("USA", "JPN", "04"),
        ("USA", "IND", "04"),
        ("USA", "AUS", "04"),
    }
    officials = run(pipeline, "Officials from Japan and India met with the Secretary.", source=state)
    assert {("JPN", "USA", "04"), ("IND", "USA", "04")} <= roots(officials)
    # near miss: people from no country named stay without one
    society = roots(run(pipeline, "The Secretary met with representatives from civil society.", source=state))
    assert not any(t is not None and len(t) == 3 and t != "USA" for _, t, _ in society)


def test_leading_a_delegation_to_a_country_is_a_visit(pipeline: Pipeline) -> None:
    # CAMEO 042 "make a visit"; announced (future) it is an intent (03)
    state = "U.S. Department of State, Office of the Spokesperson"
    text = "Assistant Secretary Donald Lu will lead a U.S. delegation to Uzbekistan and Kazakhstan."
    assert roots(run(pipeline, text, source=state)) == {("USA", "UZB", "03"), ("USA", "KAZ", "03")}
    assert ("USA", "KEN", "04") in roots(
        run(pipeline, "Assistant Secretary Donald Lu led a delegation to Kenya.", source=state)
    )
    # near miss: a delegation led nowhere is no visit
    assert not roots(run(pipeline, "Assistant Secretary Donald Lu will lead a delegation of experts.", source=state))


def test_a_visit_during_which_someone_acts_is_the_actors(pipeline: Pipeline) -> None:
    state = "U.S. Department of State, Office of the Spokesperson"
    text = "Today, during an official visit to Thailand, U.S. Ambassador Linda Thomas-Greenfield announced new funds."
    assert ("USA", "THA", "04") in roots(run(pipeline, text, source=state))
    assert ("USA", "KEN", "04") in roots(run(pipeline, "During his visit to Kenya, the Secretary spoke.", source=state))
    # near miss: a visit with a named author stays its author's
    modi = roots(run(pipeline, "During Prime Minister Modi's visit to Japan, the Secretary spoke.", source=state))
    assert ("IND", "JPN", "04") in modi
    assert not any(s == "USA" and t == "JPN" for s, t, _ in modi)


def test_an_intent_to_continue_an_act_is_an_intent_to_do_it(pipeline: Pipeline) -> None:
    # "pledged to continue supporting" is one pledge of support (CAMEO 032), not a pledge and a support
    ex = run(pipeline, "Japan pledged to continue supporting Ukraine.")
    assert [(e.source_code, e.target_code, e.cameo) for e in ex.events] == [("JPN", "UKR", "032")]
    committed = run(pipeline, "Japan committed to continue working closely with India.")
    assert roots(committed) == {("JPN", "IND", "03")}
    # near miss: continuing an act with no intent around it is the act itself
    assert roots(run(pipeline, "Japan continued working with India.")) == {("JPN", "IND", "06")}


def test_thanks_to_someone_for_an_act_make_them_its_doer(pipeline: Pipeline) -> None:
    text = "Secretary Blinken also reiterated U.S. appreciation to Canada for hosting the ministerial meeting on Haiti."
    assert roots(run(pipeline, text)) == {("USA", "CAN", "05"), ("CAN", None, "04")}
    # near miss: what a hosted meeting is on is no guest
    assert roots(run(pipeline, "Japan hosted a summit on Ukraine.")) == {("JPN", None, "04")}


def test_having_the_support_of_someone_is_their_support(pipeline: Pipeline) -> None:
    # CAMEO 05/07 from the "of" phrase to the one who has or receives it
    assert ("POL", "UKR", "05") in roots(run(pipeline, "Ukraine has the support of the people of Poland."))
    assert ("JPN", "UKR", "07") in roots(run(pipeline, "Ukraine received the assistance of Japan."))
    # near miss: support one welcomes stays the welcomer's act toward the supporter
    assert ("UKR", "POL", "05") in roots(run(pipeline, "Ukraine welcomed the support of the people of Poland."))


def test_two_sides_celebrating_what_they_share_act_toward_each_other(pipeline: Pipeline) -> None:
    # CAMEO 017 (a symbolic act), one each way, as for "stand together"
    text = "On this day, Italy and the United States celebrate our shared heritage and values."
    assert roots(run(pipeline, text)) == {("ITA", "USA", "01"), ("USA", "ITA", "01")}
    # near miss: what each side has of its own is no act toward the other
    assert roots(run(pipeline, "Japan and India celebrate their heritage.")) == {
        ("JPN", None, "01"),
        ("IND", None, "01"),
    }
