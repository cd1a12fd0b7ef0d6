"""Lexicon families found by auditing two-country sentences of real news where the coder found no
event (``benchmarks/audit_misses.py``, issue 3): going to a country (a visit, CAMEO 042), marking
an anniversary of relations (a symbolic act, 017), loan guarantees (071), restrictions on a
country (163), arrangements and compacts (057). Real model; each family with a near miss."""

from __future__ import annotations

from conftest import extract_on as run
from conftest import root_triples as roots
from newsgraph.pipeline import Pipeline


def test_going_to_a_country_is_a_visit(pipeline: Pipeline) -> None:
    # CAMEO 042 "make a visit": as "travel to", one visit per place named
    went = roots(run(pipeline, "Ambassador Linda Thomas-Greenfield went to Uganda and Ghana.", source="statedept"))
    assert {("USA", "UGA", "04"), ("USA", "GHA", "04")} <= went
    # near misses: going to war is a use of force (CAMEO 190), going to the polls no visit
    war = roots(run(pipeline, "The United States went to war with Iraq in 2003."))
    assert ("USA", "IRQ", "19") in war and not any(c == "04" for _, _, c in war)
    polls = roots(run(pipeline, "Americans went to the polls in November."))
    assert not any(s is not None and t is not None for s, t, _ in polls)


def test_celebrating_an_anniversary_of_relations_is_a_symbolic_act(pipeline: Pipeline) -> None:
    # CAMEO 017 "engage in symbolic act", as celebrating a shared heritage with the other side
    text = "Secretary Blinken celebrated the 100th anniversary of U.S.-Albanian diplomatic relations in Tirana."
    assert ("USA", "ALB", "01") in roots(run(pipeline, text, source="statedept"))
    years = roots(run(pipeline, "The United States commemorates 100 years of diplomatic relations with Albania."))
    assert ("USA", "ALB", "01") in years
    # near misses: a visit that marks years of partnership is no one's act toward the other; marking the
    # anniversary of an invasion is no symbolic act toward the invaded country (the invasion is coded, 19)
    marks = roots(run(pipeline, "This visit marks 60 years of official U.S.-Kenya partnership."))
    assert not any(s is not None and t is not None for s, t, _ in marks)
    invasion = roots(run(pipeline, "Ukraine commemorated the anniversary of the Russian invasion on Friday."))
    assert not any(c == "01" for _, _, c in invasion)


def test_a_loan_guarantee_is_a_loan(pipeline: Pipeline) -> None:
    # CAMEO 071 "provide economic aid": a sovereign loan guarantee given to a country
    text = "Between 2014 and 2016, the United States issued three separate $1 billion sovereign loan guarantees to Ukraine."
    assert ("USA", "UKR", "07") in roots(run(pipeline, text))
    # near miss: a treaty that guarantees a country's security gives it no aid
    treaty = roots(run(pipeline, "The treaty guarantees Ukraine's security and independence."))
    assert not any(c == "07" for _, _, c in treaty)


def test_restrictions_on_a_country_reduce_relations(pipeline: Pipeline) -> None:
    # CAMEO 163 "impose embargo, boycott, or sanctions"
    assert ("CHN", "LTU", "16") in roots(run(pipeline, "China imposed restrictions on Lithuanian exports last year."))
    # near miss: restrictions a government places on its own press are no act toward another country
    own = roots(run(pipeline, "Cuba imposed new restrictions on independent journalists in Havana."))
    assert not any(c == "16" and t not in (None, "CUB") for _, t, c in own)


def test_an_arrangement_between_governments_is_an_agreement(pipeline: Pipeline) -> None:
    # CAMEO 057 "sign formal agreement": a nominal arrangement with a named author and counterpart
    text = "Japan reached a new security arrangement with Australia on Tuesday."
    assert ("JPN", "AUS", "05") in roots(run(pipeline, text))
    # near miss: travel arrangements for a summit in a place are no agreement with its country
    travel = roots(run(pipeline, "Japan's travel arrangements for the summit in Canberra were changed."))
    assert not any(c == "05" for _, _, c in travel)


def test_normalising_relations_with_a_state_is_diplomatic_recognition(pipeline: Pipeline) -> None:
    # CAMEO 054 "grant diplomatic recognition", as "normalize relations with"
    text = "They highlighted priorities of the relationship, including the UAE's normalization with Israel."
    assert ("ARE", "ISR", "05") in roots(run(pipeline, text))
    assert ("SDN", "ISR", "05") in roots(run(pipeline, "Sudan normalized with Israel in 2020."))
    # near miss: prices that normalise in a country are no recognition of anyone
    prices = roots(run(pipeline, "The normalization of prices in Japan pleased China."))
    assert not any(c == "05" and s == "JPN" for s, _, c in prices)


def test_noun_forms_of_aid_and_coercion_verbs_are_their_events(pipeline: Pipeline) -> None:
    # the nominalisation codes as its verb: contribute/fund (CAMEO 070/071), intimidate (170), collaborate (060)
    assert ("JPN", "UKR", "07") in roots(
        run(pipeline, "Japan's contribution to Ukraine's recovery reached $5 billion.")
    )
    assert ("USA", "UKR", "07") in roots(run(pipeline, "U.S. funding for Ukraine has exceeded $50 billion."))
    assert ("CHN", "TWN", "17") in roots(run(pipeline, "The PRC's intimidation of Taiwan must stop."))
    assert ("DEU", "FRA", "06") in roots(run(pipeline, "Germany's collaboration with France on defense continues."))
    # near misses: a contribution to a debate and funding that comes from a country name no recipient
    debate = roots(run(pipeline, "India's contribution to the debate was valuable."))
    assert not any(s is not None and t is not None for s, t, _ in debate)
    program = roots(run(pipeline, "Funding for the program comes from the United States."))
    assert not any(s is not None and t is not None for s, t, _ in program)
