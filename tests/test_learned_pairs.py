"""The learned country-pair relation classifier (newsgraph.events.pairs): its model file, scoring, and events.

Real model throughout; the sentences are the tests' own (not from the news gold).
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from newsgraph.cli import main
from newsgraph.errors import ConfigError
from newsgraph.events.coder import LexiconCoder
from newsgraph.events.pairs import FORMAT, MODEL_FILE, Pair, PairsModel, features, pairs_model, parse_model
from newsgraph.pipeline import Pipeline
from newsgraph.records import Article

RELEASE = "U.S. Department of State"
# the rules take the owner of "commitment" as its source but find no target in "to the security of Poland"
CHANGED = "President Biden reaffirmed the commitment of the United States to the security of Poland."
ADDED = ("USA", "POL", "03", "asserted")


@pytest.fixture(scope="module")
def pairs_pipeline() -> Pipeline:
    return Pipeline(learned_pairs=True)


def _triples(p: Pipeline, text: str) -> set[tuple[str, str, str, str]]:
    ex = p.extract(Article(id="t", text=text, published="2024-02-01", source=RELEASE))
    return {
        (e.source_code[:3], e.target_code[:3], e.cameo[:2], e.modality)
        for e in ex.events
        if e.source_code and e.target_code
    }


def _logged(p: Pipeline, text: str) -> list[Pair]:
    coder = p.coder
    assert isinstance(coder, LexiconCoder)
    coder.pair_log = []
    try:
        p.extract(Article(id="t", text=text, published="2024-02-01", source=RELEASE))
        return list(coder.pair_log)
    finally:
        coder.pair_log = None


def _packaged_text() -> str:
    return resources.files("newsgraph.data").joinpath(MODEL_FILE).read_text(encoding="utf-8")


# -- the model file ----------------------------------------------------------------------------
def test_packaged_model_loads_and_says_how_it_was_made() -> None:
    model = pairs_model()
    assert model is pairs_model()  # read once per process
    assert 0.0 < model.add < 1.0
    assert model.drop is None or 0.0 < model.drop < model.add
    assert len(model.weights) > 100
    assert model.info["format"] == FORMAT
    assert "blind7" not in model.info["splits"]  # the held-out split is never trained on
    assert model.info["examples"] > model.info["positives"] > 0
    assert {"pooled_rules", "pooled_model", "folds"} <= set(model.info["cv"])


@pytest.mark.parametrize(
    ("edit", "code"),
    [
        (lambda text: text[: len(text) // 2], "C183"),  # cut short: not JSON
        (lambda text: json.dumps({**json.loads(text), "format": "newsgraph.sides/1"}), "C184"),
        (lambda text: json.dumps({**json.loads(text), "weights": {"root=04": "high"}}), "C185"),
        (lambda text: json.dumps({**json.loads(text), "weights": [1.0]}), "C185"),
        (lambda text: json.dumps({**json.loads(text), "bias": None}), "C185"),
        (lambda text: json.dumps({**json.loads(text), "add": 1.5}), "C185"),
        (lambda text: json.dumps({**json.loads(text), "drop": 0}), "C185"),
    ],
)
def test_a_corrupted_copy_is_a_coded_config_error(edit, code: str) -> None:
    text = _packaged_text()
    parse_model(text)  # the original is fine
    with pytest.raises(ConfigError) as err:
        parse_model(edit(text), where="copy.json")
    assert err.value.code == code
    assert "copy.json" in str(err.value)


def test_scoring_is_a_deterministic_logistic_of_the_summed_weights() -> None:
    model = PairsModel({"root=04": 1.0, "*:trig": 0.5}, bias=-1.5, add=0.5, drop=None, info={})
    assert model.probability(["root=04", "*:trig"]) == pytest.approx(0.5)
    assert model.probability(["root=04", "unknown feature"]) == pytest.approx(1 / (1 + 2.718281828459045**0.5))


def test_pairs_and_their_features_are_deterministic(pipeline: Pipeline) -> None:
    text = "Germany held talks with Japan and Brazil on Monday."
    first, second = _logged(pipeline, text), _logged(pipeline, text)
    assert [(p.source_country, p.target_country) for p in first] == [
        (p.source_country, p.target_country) for p in second
    ]
    model = pairs_model()
    for a, b in zip(first, second, strict=True):
        assert a.roots() == b.roots()
        for root in a.roots():
            assert features(a, root) == features(b, root)
            assert model.probability(features(a, root)) == model.probability(features(b, root))


def test_every_ordered_pair_of_the_sentence_is_an_example(pipeline: Pipeline) -> None:
    found = _logged(pipeline, "Germany held talks with Japan and Brazil on Monday.")
    pairs = {(p.source_country, p.target_country): p for p in found}
    assert set(pairs) == {(a, b) for a in ("DEU", "JPN", "BRA") for b in ("DEU", "JPN", "BRA") if a != b}
    assert pairs[("DEU", "JPN")].ruled["04"].split(",") == ["a-src", "ab"]  # the rules' triple, DEU also a source
    assert "ba" in pairs[("JPN", "DEU")].ruled["04"].split(",")  # ... and its reverse
    cue = pairs[("DEU", "JPN")].cues["04"]
    assert {"lem=hold", "mood=asserted", "ra+rb=subj+pobj", "lem+qb=hold+with", "onpath"} <= set(cue.features)
    assert "sib_b" in pairs[("DEU", "BRA")].cues["04"].features  # Brazil is listed with Japan, a side the rules found
    assert "conj" in pairs[("JPN", "BRA")].base  # listed together


# -- events ------------------------------------------------------------------------------------
def test_the_model_adds_a_triple_the_rules_miss(pipeline: Pipeline, pairs_pipeline: Pipeline) -> None:
    assert not any(t[:2] == ADDED[:2] for t in _triples(pipeline, CHANGED))
    assert ADDED in _triples(pairs_pipeline, CHANGED)
    ex = pairs_pipeline.extract(Article(id="t", text=CHANGED, published="2024-02-01", source=RELEASE))
    added = [e for e in ex.events if (e.source_code or "")[:3] == "USA" and (e.target_code or "")[:3] == "POL"]
    assert len(added) == 1
    event = added[0]
    # its trigger, code, modality, date and attribution come from the root's lexicon trigger in the sentence
    assert event.trigger.text == "commitment" and event.cameo.startswith("03") and event.plover
    assert event.attributed_to == "author" and event.date == "2024-02-01"
    assert len({e.id for e in ex.events}) == len(ex.events)


@pytest.mark.parametrize(
    "text",
    [
        # the act is denied: the pair scores under the add threshold (and would be no counted act)
        "President Biden did not reaffirm the commitment of the United States to the security of Poland.",
        # the rules find the pair themselves: the model adds nothing on top
        "President Biden reaffirmed that the United States is committed to the security of Poland.",
    ],
)
def test_near_miss_the_model_leaves_the_rules_alone(pipeline: Pipeline, pairs_pipeline: Pipeline, text: str) -> None:
    assert _triples(pairs_pipeline, text) == _triples(pipeline, text)
    assert ADDED not in _triples(pairs_pipeline, text) or ADDED in _triples(pipeline, text)


def test_the_option_switches_it_off(pipeline: Pipeline) -> None:
    assert isinstance(pipeline.coder, LexiconCoder)
    assert pipeline.coder.pairs is None  # off by default: see the cross-validation in pairs.json
    assert Pipeline(learned_pairs=False).coder.pairs is None  # type: ignore[union-attr]
    on = Pipeline(learned_pairs=True).coder
    assert isinstance(on, LexiconCoder) and on.pairs is pairs_model()


@pytest.mark.parametrize(("flag", "added"), [("--learned-pairs", True), ("--no-learned-pairs", False), (None, False)])
def test_the_cli_option(tmp_path, capsys, flag: str | None, added: bool) -> None:
    path = tmp_path / "release.txt"
    path.write_text(CHANGED + "\n", encoding="utf-8")
    argv = ["extract", str(path), "--published", "2024-02-01", "--format", "jsonl"]
    assert main(argv + ([flag] if flag else [])) == 0
    record = json.loads(capsys.readouterr().out)
    actors = {a["id"]: a for a in record["actors"]}
    pairs = {
        ((e["source_code"] or "")[:3], (actors[e["target"]]["country"] if e["target"] else None))
        for e in record["events"]
    }
    assert (ADDED[:2] in pairs) is added
