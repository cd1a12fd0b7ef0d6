"""Lists in an actor slot (issue 3: compound actors, one event per member): conjuncts deep in a
chain of "of" phrases, repeated prepositions, a parenthesised member list of a group noun,
coordinated national modifiers on a conjoined head. Real model; each rule with a near miss."""

from __future__ import annotations

from spacy.language import Language

from conftest import extract_on as run
from conftest import root_triples as roots
from newsgraph.events.members import members, repeated_objects
from newsgraph.pipeline import Pipeline


def test_a_list_deep_in_a_chain_of_of_phrases_gives_every_member(pipeline: Pipeline) -> None:
    text = "The United States reaffirmed its commitment to the security of the Republic of Korea and Japan."
    assert {("USA", "KOR", "03"), ("USA", "JPN", "03")} <= roots(run(pipeline, text))
    issued = "The statement was issued by the Governments of the United States of America, France, and Germany."
    sources = {s for s, _, _ in roots(run(pipeline, issued))}
    assert {"USA", "FRA", "DEU"} <= sources
    # near miss: countries in a relative clause on the last object are no members of the chain
    clause = (
        "The United States reaffirmed its commitment to the security of the Republic of Korea, which borders China."
    )
    assert not any(t == "CHN" for _, t, _ in roots(run(pipeline, clause)))


def test_repeated_prepositions_list_their_objects(nlp: Language) -> None:
    doc = nlp("Secretary Blinken met with Qatar, with Egypt, and with Israel.")
    qatar = next(t for t in doc if t.text == "Qatar")
    assert [m.text for m in members(qatar)] == ["Qatar", "Egypt", "Israel"]
    # near miss: a "with" of another clause, with its own subject, repeats nothing
    other = nlp("Secretary Blinken met with Qatar, and the Egyptian minister spoke with Israel.")
    qatar = next(t for t in other if t.text == "Qatar")
    assert repeated_objects(qatar) == [] and [m.text for m in members(qatar)] == ["Qatar"]


def test_repeated_prepositions_give_every_counterpart(pipeline: Pipeline) -> None:
    text = "Secretary Blinken met with Qatar, with Egypt, and with Israel."
    assert {("USA", "QAT", "04"), ("USA", "EGY", "04"), ("USA", "ISR", "04")} <= roots(run(pipeline, text))


def test_a_group_noun_lists_its_members_in_parentheses(pipeline: Pipeline) -> None:
    text = "The United States signed agreements with five countries in the region (Benin, Ghana, and Togo)."
    assert {("USA", "BEN", "05"), ("USA", "GHA", "05"), ("USA", "TGO", "05")} <= roots(run(pipeline, text))
    # near miss: companies are no countries; the places they are in are not the counterparts
    firms = "The United States signed agreements with five companies in the region (Benin, Ghana, and Togo)."
    assert not any(t in ("BEN", "GHA", "TGO") for _, t, _ in roots(run(pipeline, firms)))


def test_national_modifiers_of_a_conjoined_head_are_members_of_a_joint_act(pipeline: Pipeline) -> None:
    text = "President Biden and our Australian and British partners signed the agreement."
    pairs = {(s, t) for s, t, c in roots(run(pipeline, text)) if c == "05"}
    assert {("USA", "AUS"), ("AUS", "USA"), ("USA", "GBR"), ("GBR", "USA"), ("AUS", "GBR"), ("GBR", "AUS")} <= pairs
    # near miss: one national modifier is one member, no list
    one = "President Biden and our Australian partners signed the agreement."
    assert {(s, t) for s, t, c in roots(run(pipeline, one)) if c == "05"} == {("USA", "AUS"), ("AUS", "USA")}


def test_two_countries_joined_by_a_hyphen_are_both_sides_of_a_joint_act(pipeline: Pipeline) -> None:
    text = "The Vice President highlighted the role the U.S.-Philippines alliance plays in the region."
    assert {("USA", "PHL", "05"), ("PHL", "USA", "05")} <= roots(run(pipeline, text))
    # near miss: a country-backed group is no second country ("Russia-backed" is no pair)
    backed = roots(run(pipeline, "Russia-backed separatists attacked Ukrainian forces."))
    assert ("RUS", "UKR", "19") in backed and not any(s == "UKR" for s, _, _ in backed)


def test_national_words_the_parser_left_before_an_event_noun_modify_it(pipeline: Pipeline) -> None:
    text = "I asked you about the French, Saudi, and U.S. meeting yesterday in Italy on Lebanon."
    pairs = {(s, t) for s, t, c in roots(run(pipeline, text)) if c == "04"}
    assert {("FRA", "SAU"), ("SAU", "USA"), ("USA", "FRA"), ("FRA", "USA")} <= pairs
    # near miss: a country listed before a noun it does not modify (a conjunct with a determiner)
    apart = "I asked you about France, Saudi Arabia, and the U.S. meeting."
    assert not any(s == "FRA" or t == "FRA" for s, t, _ in roots(run(pipeline, apart)))


def test_a_name_lists_its_member_countries_in_parentheses(pipeline: Pipeline) -> None:
    text = "The Troika (United States, United Kingdom, and Norway) congratulated Sudan on the agreement."
    sources = {s for s, t, _ in roots(run(pipeline, text)) if t == "SDN"}
    assert sources == {"USA", "GBR", "NOR"}
    # near miss: an acronym of one country in parentheses lists no members
    one = "The Republic of Korea (ROK) congratulated Sudan on the agreement."
    assert {s for s, t, _ in roots(run(pipeline, one)) if t == "SDN"} == {"KOR"}


def test_their_joint_act_is_each_listed_member_s(pipeline: Pipeline) -> None:
    text = "Today, the leaders of France, Germany, and Italy released a joint statement following their call."
    pairs = {(s, t) for s, t, c in roots(run(pipeline, text)) if c == "04"}
    assert {("FRA", "DEU"), ("DEU", "ITA"), ("ITA", "FRA")} <= pairs
    # near miss: one leader's call has no listed owners
    one = "Today, the leader of France released a statement following their call."
    assert not any(c == "04" for _, _, c in roots(run(pipeline, one)))


def test_a_joint_armed_act_on_something_is_no_fight_between_its_doers(pipeline: Pipeline) -> None:
    attacked = roots(run(pipeline, "Germany and France attacked the town."))
    assert not any({s, t} == {"DEU", "FRA"} for s, t, _ in attacked)
    # near miss: with no object, "A and B fought" is a fight between them (CAMEO 19, both directions)
    fought = roots(run(pipeline, "Germany and France fought."))
    assert {("DEU", "FRA", "19"), ("FRA", "DEU", "19")} <= fought


def test_a_meeting_a_copula_presents_with_listed_parties_is_theirs(pipeline: Pipeline) -> None:
    text = "After today is a summit meeting with Japan and the U.S."
    assert {("JPN", "USA", "04"), ("USA", "JPN", "04")} <= roots(run(pipeline, text))
    # near miss: a collaboration whose doer the parse lost is no joint act of its counterparts
    lost = "Biden announced an effort, building on strong collaboration with Mexico and Canada."
    assert not any({s, t} == {"MEX", "CAN"} for s, t, _ in roots(run(pipeline, lost)))


def test_coordinated_national_modifiers_name_each_nation_not_the_group(pipeline: Pipeline) -> None:
    text = "French and German leaders met with President Biden."
    assert {("FRA", "USA", "04"), ("DEU", "USA", "04")} <= roots(run(pipeline, text))
    # near miss: one national modifier is one nation
    assert {s for s, _, c in roots(run(pipeline, "French leaders met with President Biden.")) if c == "04"} == {"FRA"}


def test_armed_acts_named_with_their_listed_authors_are_no_fight_between_them(pipeline: Pipeline) -> None:
    condemned = roots(run(pipeline, "The United States condemned the attacks by Russia and Belarus."))
    assert {("USA", "RUS", "11"), ("USA", "BLR", "11")} <= condemned
    assert not any({s, t} == {"RUS", "BLR"} for s, t, _ in condemned)
    # near miss: the fighting *between* two sides is theirs against each other
    between = roots(run(pipeline, "The fighting between Russia and Ukraine continued."))
    assert {("RUS", "UKR", "19"), ("UKR", "RUS", "19")} <= between


def test_each_makes_a_listed_act_each_sides_own(pipeline: Pipeline) -> None:
    each = roots(run(pipeline, "Saudi Arabia and the United Arab Emirates each signed the agreement."))
    assert not any({s, t} == {"SAU", "ARE"} for s, t, _ in each)
    pledge = "We welcomed the pledge by Saudi Arabia and the United Arab Emirates to each provide $1 billion in aid."
    assert not any({s, t} == {"SAU", "ARE"} for s, t, _ in roots(run(pipeline, pledge)))
    # near miss: "each other" is the reverse, a joint act
    other = roots(run(pipeline, "Saudi Arabia and the United Arab Emirates signed the agreement with each other."))
    assert {("SAU", "ARE", "05"), ("ARE", "SAU", "05")} <= other
