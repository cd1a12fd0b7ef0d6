"""Event coding rules, with the real spaCy model and, where a rule needs a precise parse,
hand-built ``Doc``s."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.contract import contract_problems
from newsgraph.events.arguments import members, subject_of
from newsgraph.events.lexicon import lexicon
from newsgraph.events.modality import modality
from newsgraph.pipeline import Pipeline
from newsgraph.records import Article, Event, Extraction

PUBLISHED = "2020-06-10"  # a Wednesday


def run(pipeline: Pipeline, text: str) -> Extraction:
    return pipeline.extract(Article(id="t", text=text, published=PUBLISHED))


def triples(ex: Extraction) -> set[tuple[str | None, str | None, str]]:
    return {(e.source_code, e.target_code, e.cameo) for e in ex.events}


def only(ex: Extraction) -> Event:
    assert len(ex.events) == 1, ex.events
    return ex.events[0]


# -- hand-built parses: the rules themselves ------------------------------------------


def test_passive_subject_is_the_by_phrase(nlp: Language) -> None:
    # Venezuela was sanctioned by Washington .
    doc = Doc(
        nlp.vocab,
        words=["Venezuela", "was", "sanctioned", "by", "Washington", "."],
        heads=[2, 2, 2, 2, 3, 2],
        deps=["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
        pos=["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
    )
    subj, by_agent = subject_of(doc[2])
    assert subj is not None and subj.text == "Washington" and by_agent


def test_compound_actor_members(nlp: Language) -> None:
    # Hungarian and Romanian officials
    doc = Doc(
        nlp.vocab,
        words=["Hungarian", "and", "Romanian", "officials"],
        heads=[3, 0, 0, 3],
        deps=["amod", "cc", "conj", "ROOT"],
        pos=["ADJ", "CCONJ", "ADJ", "NOUN"],
    )
    assert [t.text for t in members(doc[3])] == ["officials", "Romanian"]


def test_modality_from_auxiliaries_and_negation(nlp: Language) -> None:
    lex = lexicon()

    def mood(words: list[str], heads: list[int], deps: list[str], verb: int) -> str:
        pos = ["VERB" if d in ("ROOT", "xcomp") else "PROPN" for d in deps]
        lemmas = [w.lower().removesuffix("s") if d == "ROOT" else w.lower() for w, d in zip(words, deps, strict=True)]
        doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
        return modality(doc[verb], lex)

    assert mood(["Iran", "did", "not", "attack"], [3, 3, 3, 3], ["nsubj", "aux", "neg", "ROOT"], 3) == "negated"
    assert mood(["Iran", "may", "attack"], [2, 2, 2], ["nsubj", "aux", "ROOT"], 2) == "hypothetical"
    assert mood(["Iran", "will", "attack"], [2, 2, 2], ["nsubj", "aux", "ROOT"], 2) == "future"
    assert mood(["Iran", "attacked"], [1, 1], ["nsubj", "ROOT"], 1) == "asserted"
    # "Iran plans to attack": a plan is future
    assert mood(["Iran", "plans", "to", "attack"], [1, 1, 3, 1], ["nsubj", "ROOT", "aux", "xcomp"], 3) == "future"


# -- the real model: end to end ---------------------------------------------------------


def test_verb_event_with_codes(pipeline: Pipeline) -> None:
    ev = only(run(pipeline, "Switzerland expelled two Russian diplomats."))
    assert (ev.source_code, ev.target_code, ev.cameo, ev.plover, ev.quad_class) == (
        "CHE",
        "RUSGOV",
        "166",
        "SANCTION",
        4,
    )
    assert ev.goldstein == -7.0
    assert ev.trigger.text == "expelled"
    assert (ev.modality, ev.attributed_to, ev.date) == ("asserted", "author", PUBLISHED)


def test_passive_source_and_target(pipeline: Pipeline) -> None:
    assert triples(run(pipeline, "Venezuela was sanctioned by the United States.")) == {("USA", "VEN", "163")}


def test_conjoined_targets_give_one_event_each(pipeline: Pipeline) -> None:
    got = triples(run(pipeline, "The United States imposed sanctions on Venezuela and Cuba."))
    assert got == {("USA", "VEN", "163"), ("USA", "CUB", "163")}


def test_prepositional_targets_of_a_nominal_event(pipeline: Pipeline) -> None:
    got = triples(run(pipeline, "Iran directed its threats at Israel, Saudi Arabia and the United States."))
    assert got == {("IRN", "ISR", "130"), ("IRN", "SAU", "130"), ("IRN", "USA", "130")}


def test_talks_between_go_both_ways(pipeline: Pipeline) -> None:
    ex = run(pipeline, "Talks between Russia and Ukraine resumed on Tuesday.")
    assert triples(ex) == {("RUS", "UKR", "040"), ("UKR", "RUS", "040")}
    assert {e.date for e in ex.events} == {"2020-06-09"}


def test_joint_subjects_of_a_symmetric_event_go_both_ways(pipeline: Pipeline) -> None:
    assert triples(run(pipeline, "Jordan and Britain signed an agreement.")) == {
        ("JOR", "GBR", "057"),
        ("GBR", "JOR", "057"),
    }


def test_light_verb_construction(pipeline: Pipeline) -> None:
    ev = only(run(pipeline, "Japan held talks with China on Monday."))
    assert (ev.source_code, ev.target_code, ev.cameo, ev.date) == ("JPN", "CHN", "040", "2020-06-08")


def test_modalities(pipeline: Pipeline) -> None:
    assert only(run(pipeline, "Brazil did not attack Argentina.")).modality == "negated"
    assert only(run(pipeline, "Iran may attack Israel.")).modality == "hypothetical"
    future = only(run(pipeline, "France will protect Chad."))
    assert (future.modality, future.cameo, future.plover) == ("future", "033", "AGREE")  # an intent, CAMEO 03
    old = only(run(pipeline, "In 1990 Germany made a pact with France."))
    assert (old.modality, old.date, old.cameo) == ("historical", "1990", "057")


def test_threat_absorbs_the_threatened_act(pipeline: Pipeline) -> None:
    ev = only(run(pipeline, "Iran threatened to shell Iraqi towns."))
    assert (ev.source_code, ev.target_code, ev.cameo, ev.plover) == ("IRN", "IRQ", "138", "THREATEN")


def test_reported_obligation_is_a_demand(pipeline: Pipeline) -> None:
    ev = only(run(pipeline, "Russia said that Sudan must return the helicopter."))
    assert (ev.source_code, ev.target_code, ev.cameo, ev.plover) == ("RUS", "SDN", "1053", "REQUEST")


def test_sports_and_business_senses_are_discarded(pipeline: Pipeline) -> None:
    assert run(pipeline, "Brazil beat Argentina 2-1 on Sunday.").events == ()
    assert run(pipeline, "Germany signed a striker from France.").events == ()
    assert run(pipeline, "The new film attacks Russia.").events == ()
    assert triples(run(pipeline, "Russia attacks Ukraine.")) == {("RUS", "UKR", "190")}  # the political sense stays


def test_city_location_and_explicit_date(pipeline: Pipeline) -> None:
    ex = run(pipeline, "Norway and Sweden met in Oslo on May 16.")
    assert triples(ex) == {("NOR", "SWE", "040"), ("SWE", "NOR", "040")}
    assert {(e.location.name, e.location.country, e.date) for e in ex.events if e.location} == {
        ("Oslo", "NOR", "2020-05-16")
    }


def test_location_and_relative_date(pipeline: Pipeline) -> None:
    ev = only(run(pipeline, "Russian troops attacked Ukrainian positions in Kharkiv yesterday."))
    assert ev.location is not None and (ev.location.name, ev.location.country) == ("Kharkiv", "UKR")
    assert ev.date == "2020-06-09"
    assert (ev.source_code, ev.target_code) == ("RUSMIL", "UKR")


def test_events_point_to_actors_and_slice_the_text(pipeline: Pipeline) -> None:
    text = "Israeli soldiers arrested more than 100 Palestinians. Egypt condemned the arrests."
    ex = run(pipeline, text)
    ids = {a.id for a in ex.actors}
    assert ex.events
    for ev in ex.events:
        assert text[ev.trigger.start : ev.trigger.end] == ev.trigger.text
        assert ev.source in ids | {None} and ev.target in ids | {None}
        assert text[ev.sentence[0] : ev.sentence[1]].strip()


def test_events_in_quotes_are_attributed_to_the_speaker(pipeline: Pipeline) -> None:
    ex = run(pipeline, '"We will never negotiate with Iran," the Israeli prime minister said. Israel attacked Gaza.')
    quotes = ex.quotes
    assert ex.events
    for ev in ex.events:
        inside = [q for q in quotes if q.content.start <= ev.trigger.start < q.content.end]
        assert ev.attributed_to == (inside[0].speaker if inside else "author")
    assert any(e.attributed_to == "author" and e.trigger.text == "attacked" for e in ex.events)


def test_negated_nominal_event_and_headline_future(pipeline: Pipeline) -> None:
    ev = only(run(pipeline, "Maduro said no negotiations occurred with Colombia."))
    assert (ev.cameo, ev.target_code, ev.modality) == ("046", "COL", "negated")
    headline = only(run(pipeline, "Iran to hold talks with the United States."))
    assert (headline.modality, headline.cameo, headline.plover) == ("future", "036", "AGREE")


def test_forecast_is_future_but_not_an_intent(pipeline: Pipeline) -> None:
    ev = only(run(pipeline, "Turkey is expected to expel Syrian diplomats."))
    assert (ev.source_code, ev.target_code, ev.cameo, ev.modality) == ("TUR", "SYRGOV", "166", "future")


def test_conditional_and_pattern_preposition_target(pipeline: Pipeline) -> None:
    ex = run(pipeline, "If Colombia withdraws its troops, Venezuela will negotiate with Colombia.")
    moods = {(e.trigger.text, e.source_code, e.target_code, e.modality) for e in ex.events}
    assert moods == {("withdraws", "COL", None, "hypothetical"), ("negotiate", "VEN", "COL", "future")}
    assert only(run(pipeline, "Japan has agreed to invest in Vietnam.")).target_code == "VNM"


_SUBJECTS = ["Russia", "The United States", "Hungarian officials", "Police", "The army", "It", "They", ""]
_VERBS = [
    "attacked",
    "met with",
    "did not sanction",
    "will visit",
    "may condemn",
    "threatened to bomb",
    "held talks with",
]
_OBJECTS = ["Ukraine", "Venezuela and Cuba", "the rebels", "in Oslo", "on Tuesday", "2-1", ""]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(_SUBJECTS), st.sampled_from(_VERBS), st.sampled_from(_OBJECTS)), max_size=4))
def test_any_sentence_mix_gives_a_valid_record(pipeline: Pipeline, parts: list[tuple[str, str, str]]) -> None:
    text = " ".join(f"{s} {v} {o}.".strip() for s, v, o in parts)
    record = run(pipeline, text).to_dict()
    assert contract_problems(record) == []


def test_subject_pronoun_takes_the_earlier_subject(pipeline: Pipeline) -> None:
    ex = run(pipeline, "Iran denied the report. It accused Israel of sabotage.")
    assert ("IRN", "ISR", "112") in triples(ex)


def test_sense_depends_on_the_source_sector(pipeline: Pipeline) -> None:
    police = only(run(pipeline, "Hong Kong police raided the offices of Apple Daily."))
    assert (police.cameo, police.plover) == ("171", "COERCE")  # a search
    army = only(run(pipeline, "Israeli troops raided Jenin."))
    assert (army.cameo, army.plover) == ("190", "ASSAULT")


def test_appeals_demands_and_refusals_are_coded_by_the_act_asked_for(pipeline: Pipeline) -> None:
    """CAMEO 02/10/12 refined by the embedded act: 0253 (appeal for release), 108 (demand talks), 125."""
    cases = {
        "Germany urged Iran to release the detained sailors.": "0253",
        "The opposition demanded that the government hold talks with the unions.": "108",
        "Venezuela refused to meet the Colombian envoy.": "125",
    }
    for text, code in cases.items():
        assert [e.cameo for e in run(pipeline, text).events] == [code], text


def test_wars_under_way_are_dated() -> None:
    import datetime as dt

    from newsgraph.events.wars import victim_of, wars

    assert wars(), "data/events/wars.tsv lists at least one war"
    assert victim_of("RUS", dt.date(2022, 2, 24)) == "UKR"
    assert victim_of("RUS", dt.date(2022, 2, 23)) is None  # before the full-scale invasion
    assert victim_of("UKR", dt.date(2023, 1, 1)) is None  # the victim wages no war of aggression in the file
    assert victim_of("RUS", None) is None
