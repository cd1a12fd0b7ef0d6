"""The example articles (examples/articles) through the real readers and pipeline.

Every record must satisfy the ``newsgraph.article/1`` contract; the content checks below
are the ones any working actor stage must pass on these texts.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsgraph.contract import contract_problems
from newsgraph.errors import ReadError
from newsgraph.pipeline import Pipeline
from newsgraph.readers import read_inputs

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"

# every example article, by id: file paths relative to examples/articles, JSONL/CSV record ids
EXPECTED_IDS = {
    "2017-02-14_ofac_el_aissami.txt",
    "2017-07-31_maduro_sanctioned_constituent_vote.txt",
    "2018-04-14_summit_of_the_americas_lima.txt",
    "2019-01-24_caracas_protests_guaido.txt",
    "2019-05-17_oslo_talks.txt",
    "2019-07-12_dgcim_sanctions.txt",
    "2019-08-08_barbados_talks_suspended.txt",
    "2019-09-20_opinion_barbados_table.md",
    "2020-03-27_doj_maduro_indictment.txt",
    "2020-05-06_operation_gideon.txt",
    "2021-03-26_apure_clashes.txt",
    "2022-06-10_summit_of_the_americas_los_angeles.html",
    "feed-2017-04-27-venezuela-oas-exit",
    "feed-2017-08-09-lima-declaration",
    "feed-2019-01-25-abrams-envoy",
    "feed-2019-04-10-oas-tarre",
    "csv-2019-04-13-carvajal-arrest",
    "csv-2023-07-20-carvajal-extradited",
}
HTML_ID = "2022-06-10_summit_of_the_americas_los_angeles.html"


@pytest.fixture(scope="module")
def records(pipeline: Pipeline) -> dict[str, dict[str, Any]]:
    items = list(read_inputs([str(EXAMPLES)]))
    errors = [str(i) for i in items if isinstance(i, ReadError)]
    assert errors == [], f"example articles failed to read: {errors}"
    articles = [i for i in items if not isinstance(i, ReadError)]
    out = {}
    for extraction in pipeline.extract_many(articles):
        record = extraction.to_dict()
        assert record["article"]["id"] not in out, f"duplicate article id {record['article']['id']!r}"
        out[record["article"]["id"]] = record
    return out


def names(record: dict[str, Any]) -> list[str]:
    """Every name and alias of every actor in the record."""
    return [n for a in record["actors"] for n in (a["name"], *a["aliases"])]


def test_every_example_is_read_with_its_id(records: dict[str, dict[str, Any]]) -> None:
    assert set(records) == EXPECTED_IDS


def test_every_example_satisfies_the_contract(records: dict[str, dict[str, Any]]) -> None:
    problems = {aid: contract_problems(r) for aid, r in records.items()}
    assert {aid: p for aid, p in problems.items() if p} == {}


def test_every_example_round_trips_through_json(records: dict[str, dict[str, Any]]) -> None:
    for record in records.values():
        assert json.loads(json.dumps(record, ensure_ascii=False)) == record


def test_every_example_has_text_and_actors(records: dict[str, dict[str, Any]]) -> None:
    for aid, record in records.items():
        assert len(record["article"]["text"].split()) >= 80, aid
        assert record["actors"], f"{aid}: no actors found"


def test_feed_and_csv_items_keep_their_metadata(records: dict[str, dict[str, Any]]) -> None:
    oslo_feed = records["feed-2019-01-25-abrams-envoy"]["article"]
    assert oslo_feed["published"] == "2019-01-25"
    assert oslo_feed["title"] == "Pompeo names Elliott Abrams special envoy for Venezuela"
    assert records["csv-2023-07-20-carvajal-extradited"]["article"]["published"] == "2023-07-20"


def test_maduro_and_the_rodriguez_brothers_are_found_in_the_oslo_article(
    records: dict[str, dict[str, Any]],
) -> None:
    found = names(records["2019-05-17_oslo_talks.txt"])
    assert any("Maduro" in n for n in found)
    assert any(n.endswith("Jorge Rodríguez") for n in found)
    assert any(n.endswith("Héctor Rodríguez") for n in found)
    assert any("Guaidó" in n for n in found)


def test_every_mention_of_an_actor_names_it(records: dict[str, dict[str, Any]]) -> None:
    """A mention is a non-empty stretch of the text that starts and ends on a non-space."""
    for aid, record in records.items():
        for actor in record["actors"]:
            for m in actor["mentions"]:
                assert m["text"] and m["text"] == m["text"].strip(), (aid, actor["name"], m)


def test_html_page_keeps_only_the_story(records: dict[str, dict[str, Any]]) -> None:
    text = records[HTML_ID]["article"]["text"]
    assert "Leaders at the ninth Summit of the Americas adopted a declaration on migration" in text
    assert "the most ambitious regional effort on migration in decades" in text
    for boilerplate in (
        "We use cookies",
        "Accept all",
        "Subscribe",
        "Related stories",
        "Six million Venezuelans",
        "Sign up for our free daily newsletter",
        "Be the first to comment",
        "All rights reserved",
        "Privacy policy",
        "dataLayer",
        "Getty Images",
    ):
        assert boilerplate not in text, boilerplate


def actor_named(record: dict[str, Any], name: str) -> dict[str, Any]:
    """The one actor that has ``name`` as its name or an alias."""
    found = [a for a in record["actors"] if name in (a["name"], *a["aliases"])]
    assert len(found) == 1, f"{record['article']['id']}: {len(found)} actors named {name!r}"
    return found[0]


def test_acronyms_join_their_expansions(records: dict[str, dict[str, Any]]) -> None:
    dgcim = actor_named(records["2019-07-12_dgcim_sanctions.txt"], "DGCIM")
    assert dgcim["name"] == "Directorate General of Military Counterintelligence"
    psuv = actor_named(records["2019-09-20_opinion_barbados_table.md"], "PSUV")
    assert psuv["name"] == "United Socialist Party of Venezuela"


def test_maduro_is_coded_as_venezuelan_government(records: dict[str, dict[str, Any]]) -> None:
    maduro = actor_named(records["2019-05-17_oslo_talks.txt"], "Nicolás Maduro")
    assert maduro["code"] == "VENGOV"
    assert "Maduro" in maduro["aliases"]


def test_the_dgcim_sanctions_are_a_cameo_16_event_against_it(records: dict[str, dict[str, Any]]) -> None:
    record = records["2019-07-12_dgcim_sanctions.txt"]
    dgcim = actor_named(record, "DGCIM")
    assert any(e["cameo_root"] == "16" and e["target"] == dgcim["id"] for e in record["events"])


def test_a_direct_quote_has_its_speaker(records: dict[str, dict[str, Any]]) -> None:
    record = records["2019-09-20_opinion_barbados_table.md"]
    pompeo = actor_named(record, "Mike Pompeo")
    [quote] = [q for q in record["quotes"] if "pick a side" in q["content"]["text"]]
    assert quote["kind"] == "direct"
    assert quote["speaker"] == pompeo["id"]
