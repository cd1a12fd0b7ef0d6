"""Event coding rules for real news constructions (issue 3, news sentences with country-level
actors): nominal events and their authors, aims and plans, intent nouns, targets that are
things, quoted first persons, visits, date ranges. Real model; hand-built ``Doc``s where a rule
needs a precise parse."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.actors.index import ActorIndex
from newsgraph.events.arguments import first_resolved, noun_arguments, subject_of, with_authors
from newsgraph.events.coder import _quote_finder
from newsgraph.events.lexicon import lexicon
from newsgraph.events.modality import modality, presupposed
from newsgraph.pipeline import Pipeline
from newsgraph.records import Actor, Article, Extraction, Quote, Span

PUBLISHED = "2022-03-04"

Triple = tuple[str | None, str | None, str]


def run(pipeline: Pipeline, text: str) -> Extraction:
    return pipeline.extract(Article(id="t", text=text, published=PUBLISHED))


def roots(ex: Extraction, *, counted: tuple[str, ...] = ("asserted", "historical", "future")) -> set[Triple]:
    """(source country, target country, CAMEO root) of the counted events."""
    return {
        ((e.source_code or "")[:3] or None, (e.target_code or "")[:3] or None, e.cameo[:2])
        for e in ex.events
        if e.modality in counted
    }


# -- hand-built parses -----------------------------------------------------------------


def _goal_doc(nlp: Language) -> Doc:
    # Washington dropped its goal of ousting Assad .
    return Doc(
        nlp.vocab,
        words=["Washington", "dropped", "its", "goal", "of", "ousting", "Assad", "."],
        heads=[1, 1, 3, 1, 3, 4, 5, 1],
        deps=["nsubj", "ROOT", "poss", "dobj", "prep", "pcomp", "dobj", "punct"],
        pos=["PROPN", "VERB", "PRON", "NOUN", "ADP", "VERB", "PROPN", "PUNCT"],
        lemmas=["Washington", "drop", "its", "goal", "of", "oust", "Assad", "."],
    )


def test_an_aim_is_hypothetical(nlp: Language) -> None:
    doc = _goal_doc(nlp)
    assert modality(doc[5], lexicon()) == "hypothetical"
    assert modality(doc[1], lexicon()) == "asserted"


def test_looking_forward_to_an_act_is_future(nlp: Language) -> None:
    # Washington looks forward to partnering with Amman .
    doc = Doc(
        nlp.vocab,
        words=["Washington", "looks", "forward", "to", "partnering", "with", "Amman", "."],
        heads=[1, 1, 1, 1, 3, 4, 5, 1],
        deps=["nsubj", "ROOT", "advmod", "prep", "pcomp", "prep", "pobj", "punct"],
        pos=["PROPN", "VERB", "ADV", "ADP", "VERB", "ADP", "PROPN", "PUNCT"],
        lemmas=["Washington", "look", "forward", "to", "partner", "with", "Amman", "."],
    )
    assert modality(doc[4], lexicon()) == "future"


def _purpose_doc(nlp: Language, verb: str) -> Doc:
    # Washington <verb> steps to impose sanctions .
    return Doc(
        nlp.vocab,
        words=["Washington", "took", "steps", "to", "impose", "sanctions", "."],
        heads=[1, 1, 1, 4, 1, 4, 1],
        deps=["nsubj", "ROOT", "dobj", "aux", "advcl", "dobj", "punct"],
        pos=["PROPN", "VERB", "NOUN", "PART", "VERB", "NOUN", "PUNCT"],
        tags=["NNP", "VBD", "NNS", "TO", "VB", "NNS", "."],
        lemmas=["Washington", verb, "step", "to", "impose", "sanction", "."],
    )


def test_taking_steps_to_act_is_no_mere_purpose(nlp: Language) -> None:
    assert modality(_purpose_doc(nlp, "take")[4], lexicon()) == "asserted"
    assert modality(_purpose_doc(nlp, "meet")[4], lexicon()) == "hypothetical"  # "met to impose": not yet


def _will_doc(nlp: Language, first: str) -> Doc:
    # <first> invasion will cost billions .
    return Doc(
        nlp.vocab,
        words=[first, "invasion", "will", "cost", "billions", "."],
        heads=[1, 3, 3, 3, 3, 3],
        deps=["poss" if first.endswith("'s") else "det", "nsubj", "aux", "ROOT", "dobj", "punct"],
        pos=["PROPN" if first.endswith("'s") else "DET", "NOUN", "AUX", "VERB", "NOUN", "PUNCT"],
    )


def test_an_authored_nominal_event_is_presupposed(nlp: Language) -> None:
    authored = _will_doc(nlp, "Russia's")
    assert modality(authored[1], lexicon()) == "future"  # what the clause says
    assert presupposed(authored[1], lexicon()) == "asserted"  # what the noun presupposes
    assert presupposed(_will_doc(nlp, "an")[1], lexicon()) is None  # "an invasion will ..." is not


def test_a_condition_keeps_an_authored_nominal_event_hypothetical(nlp: Language) -> None:
    # if Russia's invasion continues
    doc = Doc(
        nlp.vocab,
        words=["if", "Russia's", "invasion", "continues"],
        heads=[3, 2, 3, 3],
        deps=["mark", "poss", "nsubj", "ROOT"],
        pos=["SCONJ", "PROPN", "NOUN", "VERB"],
    )
    assert presupposed(doc[2], lexicon()) is None


def test_a_by_phrase_is_a_nominal_events_source(nlp: Language) -> None:
    # harassment of vessels by China
    doc = Doc(
        nlp.vocab,
        words=["harassment", "of", "vessels", "by", "China"],
        heads=[0, 0, 1, 0, 3],
        deps=["ROOT", "prep", "pobj", "prep", "pobj"],
        pos=["NOUN", "ADP", "NOUN", "ADP", "PROPN"],
    )
    args = noun_arguments(doc[0], None, lexicon())
    assert [t.text for t in args.sources] == ["China"]
    assert [t.text for t in args.targets] == ["vessels"]


def test_from_names_the_source_only_where_the_root_says_so(nlp: Language) -> None:
    # aid from Japan to Kyiv   /   withdrawal from Syria
    aid = Doc(
        nlp.vocab,
        words=["aid", "from", "Japan", "to", "Kyiv"],
        heads=[0, 0, 1, 0, 3],
        deps=["ROOT", "prep", "pobj", "prep", "pobj"],
        pos=["NOUN", "ADP", "PROPN", "ADP", "PROPN"],
    )
    args = noun_arguments(aid[0], None, lexicon(), from_source=True)
    assert [t.text for t in args.sources] == ["Japan"] and [t.text for t in args.targets] == ["Kyiv"]
    args = noun_arguments(aid[0], None, lexicon(), from_source=False)
    assert args.sources == () and [t.text for t in args.targets] == ["Japan", "Kyiv"]


def test_a_thing_as_target_is_followed_by_its_author(nlp: Language) -> None:
    # condemned the atrocities committed by Russia   /   the government of Russia
    doc = Doc(
        nlp.vocab,
        words=["the", "atrocities", "committed", "by", "Russia", "the", "government", "of", "Russia"],
        heads=[1, 1, 1, 2, 3, 6, 6, 6, 7],
        deps=["det", "ROOT", "acl", "agent", "pobj", "det", "ROOT", "prep", "pobj"],
        pos=["DET", "NOUN", "VERB", "ADP", "PROPN", "DET", "NOUN", "ADP", "PROPN"],
        tags=["DT", "NNS", "VBN", "IN", "NNP", "DT", "NN", "IN", "NNP"],
        lemmas=["the", "atrocity", "commit", "by", "Russia", "the", "government", "of", "Russia"],
    )
    assert [t.i for t in with_authors([doc[1]], lexicon())] == [1, 4]
    assert [t.i for t in with_authors([doc[6]], lexicon())] == [6, 8]


# -- the real model on news sentences ---------------------------------------------------


def test_nominal_event_under_will_stays_asserted(pipeline: Pipeline) -> None:
    ex = run(pipeline, "Russia's invasion of Ukraine will cost the world economy dearly.")
    assert ("RUS", "UKR", "19") in roots(ex, counted=("asserted",))


def test_a_purpose_clause_after_taking_steps_is_coded(pipeline: Pipeline) -> None:
    ex = run(pipeline, "The United States has taken steps to impose visa restrictions on five Cuban officials.")
    assert ("USA", "CUB", "16") in roots(ex, counted=("asserted",))


def test_a_former_goal_is_no_event(pipeline: Pipeline) -> None:
    ex = run(pipeline, "The United States has retreated from its goal of ousting Syrian President Bashar al-Assad.")
    assert not any(r[2] == "16" for r in roots(ex))


def test_an_intent_noun_absorbs_the_act_it_announces(pipeline: Pipeline) -> None:
    ex = run(pipeline, "The Secretary underscored the United States’ commitment to partnering with Tunisia.")
    assert roots(ex) == {("USA", "TUN", "03")}


def test_an_intent_noun_takes_the_target_of_its_act(pipeline: Pipeline) -> None:
    ex = run(
        pipeline,
        "The Ambassador reaffirmed Washington's desire for constructive engagement with the government of Russia.",
    )
    assert ("USA", "RUS", "03") in roots(ex)


def test_the_author_of_a_criticised_thing_is_the_target(pipeline: Pipeline) -> None:
    ex = run(pipeline, "The United States condemns Iran's efforts to silence journalists.")
    assert ("USA", "IRN", "11") in roots(ex)


def test_a_weapon_aimed_at_a_target(pipeline: Pipeline) -> None:
    ex = run(pipeline, "Iran launched missiles targeting US troops in Iraq on Wednesday.")
    assert ("IRN", "USA", "19") in roots(ex)


def test_a_comment_on_a_thing_targets_the_country_it_is_in(pipeline: Pipeline) -> None:
    ex = run(pipeline, "Costa Rica has condemned fraudulent parliamentary elections in Venezuela.")
    assert roots(ex) == {("CRI", "VEN", "11")}


def test_the_first_person_of_a_quote_is_its_speaker(pipeline: Pipeline) -> None:
    ex = run(
        pipeline,
        "Foreign Minister Bruno Rodriguez of Cuba said: “We strongly reject the sanctions imposed by the United States.”",
    )
    assert ("CUB", "USA", "12") in roots(ex)


def test_being_on_travel_to_countries_is_a_visit_to_each(pipeline: Pipeline) -> None:
    ex = run(pipeline, "Deputy Secretary Sherman is on travel to Turkey, Spain, and Egypt March 4 – 11, 2022.")
    assert {("USA", "TUR", "04"), ("USA", "ESP", "04"), ("USA", "EGY", "04")} <= roots(ex, counted=("asserted",))


def test_a_score_still_discards_a_sports_sense(pipeline: Pipeline) -> None:
    ex = run(pipeline, "Brazil attacked Argentina relentlessly and won 3-1 on Sunday.")
    assert not ex.events


def test_standing_with_a_people_is_support(pipeline: Pipeline) -> None:
    ex = run(pipeline, "The United States stands with the people of Ukraine.")
    assert roots(ex) == {("USA", "UKR", "05")}


def test_war_of_aggression_in_a_country(pipeline: Pipeline) -> None:
    ex = run(pipeline, "Finland strongly condemns the Russian war of aggression in Ukraine.")
    assert {("FIN", "RUS", "11"), ("RUS", "UKR", "19")} <= roots(ex)


def test_harassment_by_a_state(pipeline: Pipeline) -> None:
    ex = run(pipeline, "Manila condemned the harassment of Philippine vessels by China.")
    assert roots(ex) == {("PHL", "CHN", "11"), ("CHN", "PHL", "17")}  # its own event, not absorbed


def test_an_infinitival_relative_is_what_the_thing_would_do(nlp: Language) -> None:
    # a bill to allow extraditions   /   efforts to support Ukraine (a frame noun: the act itself)
    def doc(noun: str) -> Doc:
        return Doc(
            nlp.vocab,
            words=["a", noun, "to", "allow", "extraditions"],
            heads=[1, 1, 3, 1, 3],
            deps=["det", "ROOT", "aux", "acl", "dobj"],
            pos=["DET", "NOUN", "PART", "VERB", "NOUN"],
            tags=["DT", "NN", "TO", "VB", "NNS"],
            lemmas=["a", noun, "to", "allow", "extradition"],
        )

    assert modality(doc("bill")[3], lexicon()) == "hypothetical"
    assert modality(doc("effort")[3], lexicon()) == "asserted"


def test_an_upcoming_trip_is_future(nlp: Language) -> None:
    doc = Doc(
        nlp.vocab,
        words=["the", "upcoming", "trip", "to", "Panama"],
        heads=[2, 2, 2, 2, 3],
        deps=["det", "amod", "ROOT", "prep", "pobj"],
        pos=["DET", "ADJ", "NOUN", "ADP", "PROPN"],
    )
    assert modality(doc[2], lexicon()) == "future"


def test_helping_a_country_defend_itself_is_no_verbal_defence(pipeline: Pipeline) -> None:
    ex = run(pipeline, "We are taking actions to help Ukraine defend itself against Russian forces.")
    assert not any(e.cameo.startswith("05") for e in ex.events)


def test_a_subject_hung_on_the_auxiliary(nlp: Language) -> None:
    # Blinken will co - host talks   (the parser hangs "Blinken" on "will")
    doc = Doc(
        nlp.vocab,
        words=["Blinken", "will", "co", "-", "host", "talks"],
        heads=[1, 2, 2, 2, 3, 4],
        deps=["nsubj", "aux", "ROOT", "advcl", "xcomp", "dobj"],
        pos=["PROPN", "AUX", "VERB", "VERB", "VERB", "NOUN"],
    )
    subj, _ = subject_of(doc[4])
    assert subj is not None and subj.text == "Blinken"


def test_the_authors_behind_a_list_of_criticised_things(pipeline: Pipeline) -> None:
    ex = run(
        pipeline,
        "The United States condemns the brutal violence and abuses of the Assad regime and its Russian and "
        "Iranian enablers.",
    )
    assert {("USA", "SYR", "11"), ("USA", "RUS", "11")} <= roots(ex)


def test_a_coded_target_is_preferred_to_an_uncoded_one(nlp: Language) -> None:
    # the Plan with Hayashi : "the Plan" is a named actor without a code, Hayashi is JPNGOV
    doc = Doc(nlp.vocab, words=["the", "Plan", "with", "Hayashi"])
    actors = ActorIndex(doc)
    actors.add(Actor(id="a1", name="Plan", kind="organization"), [doc[1:2]])
    actors.add(Actor(id="a2", name="Hayashi", kind="person", code="JPNGOV", country="JPN"), [doc[3:4]])
    assert [a.id for a in first_resolved((doc[1], doc[3]), actors)] == ["a2"]
    assert [a.id for a in first_resolved((doc[1],), actors)] == ["a1"]  # else the uncoded one


def test_a_condition_above_a_gerund_makes_it_hypothetical(pipeline: Pipeline) -> None:
    ex = run(pipeline, "If Israel continues its strategy of targeting Hamas leaders, the talks will fail.")
    assert not any(e.modality == "asserted" and e.cameo[:2] in ("18", "19") for e in ex.events)


def test_a_question_codes_no_asserted_event(pipeline: Pipeline) -> None:
    asked = run(pipeline, "Did Russia attack Ukraine on Tuesday?")
    assert asked.events and all(e.modality == "hypothetical" for e in asked.events)
    told = run(pipeline, "Russia attacked Ukraine on Tuesday.")
    assert roots(told, counted=("asserted",)) == {("RUS", "UKR", "19")}


def test_on_behalf_of_a_government_the_government_acts(pipeline: Pipeline) -> None:
    ex = run(pipeline, "On behalf of the Government of Canada, I congratulate the people of Ghana on their election.")
    assert roots(ex) == {("CAN", "GHA", "05")}


def test_the_quote_holding_an_offset_is_found_by_bisection() -> None:
    def quote(qid: str, start: int, end: int, speaker: str) -> Quote:
        return Quote(id=qid, kind="direct", speaker=speaker, source=None, cue=None, content=Span(start, end, "x"))

    quotes = [quote("q1", 50, 60, "a2"), quote("q2", 0, 40, "a1"), quote("q3", 10, 20, "a3")]
    find = _quote_finder(quotes)
    assert find(5) is quotes[1] and find(15) is quotes[2]  # the innermost claim holding the offset (385802e)
    assert find(55) is quotes[0] and find(45) is None and find(60) is None
    assert _quote_finder([])(3) is None
