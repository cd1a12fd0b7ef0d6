"""The learned side finder (newsgraph.events.learned): its model file, its scoring, and its events.

Real model throughout; the sentences are the tests' own (not from the news gold).
"""

from __future__ import annotations

import json

import pytest

from newsgraph.cli import main
from newsgraph.errors import ConfigError
from newsgraph.events.coder import LexiconCoder
from newsgraph.events.learned import FORMAT, MODEL_FILE, SidesModel, parse_model, sides_model
from newsgraph.pipeline import Pipeline
from newsgraph.records import Article

RELEASE = "U.S. Department of State"
# the welcomed act's author is named only by an agent phrase of a noun: the rules find no target
WELCOMED = (
    "The United States welcomes the announcement today by the Government of Ghana of a new anti-corruption commission."
)


@pytest.fixture(scope="module")
def learned_pipeline() -> Pipeline:
    return Pipeline(learned_sides=True)


def _triples(p: Pipeline, text: str) -> set[tuple[str, str, str, str]]:
    ex = p.extract(Article(id="t", text=text, published="2024-02-01", source=RELEASE))
    return {
        (e.source_code[:3], e.target_code[:3], e.cameo, e.modality)
        for e in ex.events
        if e.source_code and e.target_code
    }


def _packaged_text() -> str:
    from importlib import resources

    return resources.files("newsgraph.data").joinpath(MODEL_FILE).read_text(encoding="utf-8")


# -- the model file ----------------------------------------------------------------------------
def test_packaged_model_loads_and_says_how_it_was_made() -> None:
    model = sides_model()
    assert model is sides_model()  # read once per process
    assert 0.0 < model.threshold < 1.0
    assert len(model.weights) > 100
    assert model.info["format"] == FORMAT
    assert "blind7" not in model.info["splits"]  # the held-out split is never trained on
    assert model.info["examples"] > model.info["positives"] > 0
    assert "pooled_model" in model.info["cv"]


@pytest.mark.parametrize(
    ("edit", "code"),
    [
        (lambda text: text[: len(text) // 2], "C180"),  # cut short: not JSON
        (lambda text: json.dumps({**json.loads(text), "format": "other/1"}), "C181"),
        (lambda text: json.dumps({**json.loads(text), "weights": {"root=04": "high"}}), "C182"),
        (lambda text: json.dumps({**json.loads(text), "bias": None}), "C182"),
        (lambda text: json.dumps({**json.loads(text), "threshold": 1.5}), "C182"),
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
    model = SidesModel({"root=04": 1.0, "ra=subj": 0.5}, bias=-1.5, threshold=0.5, info={})
    assert model.probability(["root=04", "ra=subj"]) == pytest.approx(0.5)
    assert model.probability(["root=04", "unknown feature"]) == pytest.approx(1 / (1 + 2.718281828459045**0.5))
    packaged = sides_model()
    feats = ["root=05", "lem=welcome", "ra+rb=subj+none", "qb=by", "mood=asserted"]
    assert packaged.probability(feats) == packaged.probability(list(feats))


# -- events ------------------------------------------------------------------------------------
def test_a_learned_side_is_added_where_the_rules_find_none(pipeline: Pipeline, learned_pipeline: Pipeline) -> None:
    assert not any(t[:2] == ("USA", "GHA") for t in _triples(pipeline, WELCOMED))
    assert ("USA", "GHA", "051", "asserted") in _triples(learned_pipeline, WELCOMED)


def test_near_miss_a_triple_the_rules_made_is_not_added_again(learned_pipeline: Pipeline) -> None:
    # a second verb gives the rules the target: the model adds nothing on top
    text = "The United States welcomes and firmly supports the announcement today by the Government of Ghana of a new commission."
    coded = _triples(learned_pipeline, text)
    assert [t for t in coded if t[:2] == ("USA", "GHA")] == [("USA", "GHA", "051", "asserted")]


def test_near_miss_a_denied_act_gets_no_learned_side(learned_pipeline: Pipeline) -> None:
    text = "The United States does not welcome the announcement today by the Government of Ghana of a new commission."
    assert not any(t[:2] == ("USA", "GHA") and t[3] == "asserted" for t in _triples(learned_pipeline, text))


def test_candidates_skip_the_triples_the_rules_produced(pipeline: Pipeline) -> None:
    coder = pipeline.coder
    assert isinstance(coder, LexiconCoder)
    coder.candidate_log = []
    try:
        pipeline.extract(Article(id="t", text="Germany held talks with Japan on Monday.", published="2024-02-01"))
        found = list(coder.candidate_log)
    finally:
        coder.candidate_log = None
    fresh = {c.triple for c in found if not c.made}
    assert ("JPN", "DEU", "04") in fresh  # the reverse of the rules' triple is a candidate ...
    assert ("DEU", "JPN", "04") not in fresh  # ... the rules' own is not
    reverse = next(c for c in found if c.triple == ("JPN", "DEU", "04"))
    assert "rev" in reverse.features and "qa=with" in reverse.features and "rb=subj" in reverse.features


def test_the_option_switches_it_off(pipeline: Pipeline) -> None:
    assert isinstance(pipeline.coder, LexiconCoder)
    assert pipeline.coder.sides is None  # off by default: no lift in cross-validation
    assert Pipeline(learned_sides=False).coder.sides is None
    on = Pipeline(learned_sides=True).coder
    assert isinstance(on, LexiconCoder) and on.sides is sides_model()


@pytest.mark.parametrize(("flag", "added"), [("--learned-sides", True), ("--no-learned-sides", False), (None, False)])
def test_the_cli_option(tmp_path, capsys, flag: str | None, added: bool) -> None:
    path = tmp_path / "release.txt"
    path.write_text(WELCOMED + "\n", encoding="utf-8")
    argv = ["extract", str(path), "--published", "2024-02-01", "--format", "jsonl"]
    assert main(argv + ([flag] if flag else [])) == 0
    record = json.loads(capsys.readouterr().out)
    actors = {a["id"]: a for a in record["actors"]}
    pairs = {
        ((e["source_code"] or "")[:3], (actors[e["target"]]["country"] if e["target"] else None))
        for e in record["events"]
    }
    assert (("USA", "GHA") in pairs) is added
