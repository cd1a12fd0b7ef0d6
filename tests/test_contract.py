from __future__ import annotations

from newsgraph.contract import article_schema, contract_problems
from newsgraph.pipeline import Pipeline
from newsgraph.records import Article


def test_schema_is_shipped_in_package() -> None:
    assert article_schema()["$id"] == "newsgraph.article/1"


def test_extraction_satisfies_contract(pipeline: Pipeline) -> None:
    text = "President Nicolás Maduro met Juan Guaidó in Oslo. Maduro accused the United States of plotting a coup."
    record = pipeline.extract(Article(id="t1", text=text, published="2019-05-16")).to_dict()
    assert contract_problems(record) == []
    assert record["schema"] == "newsgraph.article/1"


def test_checker_catches_bad_span(pipeline: Pipeline) -> None:
    record = pipeline.extract(Article(id="t2", text="Maduro met Guaidó in Oslo.")).to_dict()
    record["actors"][0]["mentions"][0]["start"] += 1
    assert any("does not slice" in p for p in contract_problems(record))
