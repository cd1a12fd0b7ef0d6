"""Quote rules in isolation: mark pairing on plain text, claim rules on hand-built parses, the lexicon."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.actors import find_actors
from newsgraph.errors import ConfigError
from newsgraph.pipeline import Pipeline
from newsgraph.quotes import find_quotes
from newsgraph.quotes.cues import load_cues, parse_cues
from newsgraph.quotes.indirect import find_claims
from newsgraph.quotes.marks import find_segments
from newsgraph.quotes.speakers import load_given_names
from newsgraph.records import Article


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_segments(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we will win" today.', ['"we will win"']),
        ("He said “we will win” today.", ["“we will win”"]),
        ("''Politics is crazy,'' said Jon.", ["''Politics is crazy,''"]),
        ("“Outer ‘inner’ text,” she said.", ["“Outer ‘inner’ text,”"]),
        ('"One," he said, "two."', ['"One,"', '"two."']),
        ("“Para one.\n\n“Para two,” he said.", ["“Para one.\n\n“Para two,”"]),
        # An unclosed quote is bounded by its paragraph; the next paragraph is untouched.
        ("“Never closed\n\nPlain text. “Closed” here.", ["“Never closed", "“Closed”"]),
        # A stray closing mark opens nothing.
        ("Stray” mark, then “a quote”.", ["“a quote”"]),
        ("No quotes at all.", []),
    ],
)
def test_mark_pairing(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_unclosed_segment_is_flagged() -> None:
    (seg,) = find_segments("“Never closed\n\nNext.")
    assert not seg.closed and seg.end == len("“Never closed")


_SOUP = st.text(alphabet=st.sampled_from(list("ab .,:\n\"“”‘’'«»`")), max_size=80)


@given(_SOUP)
def test_segments_are_ordered_disjoint_and_in_bounds(text: str) -> None:
    last = 0
    for seg in find_segments(text):
        assert last <= seg.start <= seg.inner_start <= seg.inner_end <= seg.end <= len(text)
        last = seg.end


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.sampled_from(["Guaidó said", "“", "”", '"', "'", "‘", "’", "We will win", ",", ".", "\n\n", " "]),
        max_size=25,
    )
)
def test_quote_spans_always_slice_the_text(nlp: Language, parts: list[str]) -> None:
    text = " ".join(parts)
    doc = nlp(text)
    article = Article(id="soup", text=text)
    found = find_quotes(doc, article, find_actors(doc, article))
    for q in found.quotes:
        for span in (q.content, q.cue, q.source):
            if span is not None:
                assert 0 <= span.start < span.end <= len(text)
                assert text[span.start : span.end] == span.text
    for span in found.scare_quotes:
        assert text[span.start : span.end] == span.text


def _parsed(
    words: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str], nlp: Language
) -> Doc:
    return Doc(
        nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        pos=pos,
        lemmas=lemmas,
        sent_starts=[True] + [False] * (len(words) - 1),
    )


def test_claim_from_a_hand_built_parse(nlp: Language) -> None:
    # "Officials warned that talks failed ." with the complement clause as ccomp of the cue.
    doc = _parsed(
        ["Officials", "warned", "that", "talks", "failed", "."],
        [1, 1, 4, 4, 1, 1],
        ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct"],
        ["NOUN", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"],
        ["official", "warn", "that", "talk", "fail", "."],
        nlp,
    )
    (claim,) = find_claims(doc, load_cues())
    assert claim.kind == "indirect"
    assert claim.cue == (1, 2) and claim.source == (0, 1) and claim.content == (2, 5)


def test_parenthetical_cue_takes_the_clause_it_interrupts(nlp: Language) -> None:
    # "Talks , she said , failed ." with the cue as parataxis of the main verb.
    doc = _parsed(
        ["Talks", ",", "she", "said", ",", "failed", "."],
        [5, 3, 3, 5, 3, 5, 5],
        ["nsubj", "punct", "nsubj", "parataxis", "punct", "ROOT", "punct"],
        ["NOUN", "PUNCT", "PRON", "VERB", "PUNCT", "VERB", "PUNCT"],
        ["talk", ",", "she", "say", ",", "fail", "."],
        nlp,
    )
    (claim,) = find_claims(doc, load_cues())
    assert claim.cue == (3, 4) and claim.source == (2, 3)
    assert claim.content == (0, 6)  # the whole clause, the parenthetical included, without the period


def test_passive_cue_without_agent_has_no_source(nlp: Language) -> None:
    # "It was reported that troops left ."
    doc = _parsed(
        ["It", "was", "reported", "that", "troops", "left", "."],
        [2, 2, 2, 5, 5, 2, 2],
        ["nsubjpass", "auxpass", "ROOT", "mark", "nsubj", "ccomp", "punct"],
        ["PRON", "AUX", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"],
        ["it", "be", "report", "that", "troop", "leave", "."],
        nlp,
    )
    (claim,) = find_claims(doc, load_cues())
    assert claim.source is None and not claim.elided and claim.content == (3, 6)


def test_packaged_lexicon_loads_once() -> None:
    lex = load_cues()
    assert load_cues() is lex
    assert {"ccomp", "quote"} <= lex.relations("say")
    assert "xcomp" in lex.relations("want")
    assert "offer" in lex.nouns


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"group": [{"name": "x", "content": ["nonsense"], "lemmas": ["say"]}]},
        {"group": [{"name": "x", "content": ["ccomp"], "lemmas": "say"}]},
        {"group": [{"name": "x", "content": ["ccomp"], "lemmas": ["say"]}]},  # no [nouns] etc.
    ],
)
def test_malformed_lexicon_is_a_config_error(data: dict[str, object]) -> None:
    with pytest.raises(ConfigError) as err:
        parse_cues(data)
    assert err.value.code == "C401"


_TABLES: dict[str, object] = {
    "group": [{"name": "x", "content": ["ccomp"], "lemmas": ["say"]}],
    "nouns": {"content": ["acl"], "lemmas": ["claim"]},
    "according_to": {"phrases": ["according to"]},
    "documents": {"lemmas": ["poll"]},
    "pronouns": {k: ["x"] for k in ("person", "nonperson", "plural", "relative", "first_person")},
}


@pytest.mark.parametrize(
    "extra",
    [
        {"stance_noun": [{"name": "x", "content": ["dobj"], "lemmas": ["attack"]}]},  # nouns take prep:X only
        {"stance_adjective": [{"name": "x", "content": ["prep:of"], "lemmas": "critical"}]},
        {"documents": {"lemmas": ["poll"], "after_verb": ["survey"]}},  # after_verb must be a document
        {"framing": ["for"]},
        {"stance_noun": [{"name": "x", "content": ["prep:of"], "lemmas": ["fan"], "holder": "self"}]},
    ],
)
def test_malformed_stance_tables_are_config_errors(extra: dict[str, object]) -> None:
    parse_cues(_TABLES)  # the minimal lexicon is valid
    with pytest.raises(ConfigError) as err:
        parse_cues({**_TABLES, **extra})
    assert err.value.code == "C401"


def test_given_names_are_loaded_once_and_disjoint() -> None:
    names = load_given_names()
    assert load_given_names() is names
    assert "hillary" in names.female and "bernie" in names.male
    assert not names.female & names.male


def test_a_claims_content_starts_after_the_dateline_of_its_paragraph(pipeline: Pipeline) -> None:
    text = (
        "NEW YORK, July 20 (newsgraph) — Hugo Carvajal was extradited from Spain to the United States on "
        "Wednesday to face drug trafficking charges, U.S. prosecutors said."
    )
    ex = pipeline.extract(Article(id="d", text=text))
    (claim,) = ex.quotes
    assert claim.content.text.startswith("Hugo Carvajal was extradited")
    assert text[claim.content.start : claim.content.end] == claim.content.text
