"""The built-in lexicon's coverage of CAMEO 3-digit codes (CAMEO manual v1.1b3), with the real model.

Each case is one short codebook-style sentence and the CAMEO code its main event must start with
(``None``: no event), covering triggers added in the third session: synonyms per code, light-verb
objects, senses that must not fire (an "aid worker" is no aid, "beat forecasts" is business).
"""

from __future__ import annotations

import pytest

from newsgraph.events.lexicon import lexicon
from newsgraph.events.salience import main_event
from newsgraph.pipeline import Pipeline
from newsgraph.records import Article

CASES = [
    ("The French president sent his condolences to the Moroccan king.", "018"),
    ("The Syrian government disavowed any link to the attack.", "016"),
    ("The Islamic State claimed the attack on the concert hall.", "015"),
    ("The Arab League praised Egypt.", "051"),  # "league" is no sports word here
    ("Greece moved to improve its relations with Turkey.", "050"),
    ("Washington eased some trade restrictions on Cuba.", "085"),  # not the generic 081
    ("Beijing threatened Canberra with trade sanctions.", "131"),
    ("The North Korean leader threatened South Korea with nuclear war.", "138"),
    ("Air traffic controllers walked off the job in France.", "143"),
    ("Palestinian prisoners refused food to protest their detention.", "142"),
    ("Russia massed troops on the border with Ukraine.", "154"),
    ("Canada imposed travel bans on Russian officials.", "163"),
    ("Iran breached the limits of the nuclear deal.", "128"),
    ("Pirates hijacked a cargo ship off the coast of Somalia.", "181"),
    ("Hamas fighters infiltrated southern Israel.", "190"),
    ("The Iranian parliament voted down the bill.", "120"),
    ("The Netherlands refused a request from Greece for more funds.", "122"),
    ("The kidnappers released the Italian aid worker.", "084"),  # an aid worker is no aid (07)
    ("Nvidia shares jumped after the company beat forecasts.", None),
    ("The Tour de France leader attacked on the final climb.", None),
]


@pytest.mark.parametrize(("text", "code"), CASES)
def test_main_event_code(pipeline: Pipeline, text: str, code: str | None) -> None:
    doc = pipeline.nlp(text)
    extraction = pipeline.analyse(Article(id="t", text=text), doc)
    event = main_event(extraction.events, doc)
    got = event.cameo if event is not None else None
    if code is None:
        assert got is None, (text, got)
    else:
        assert got is not None and got.startswith(code), (text, got)


def test_the_lexicon_covers_every_three_digit_code_family() -> None:
    """Every CAMEO root has verb triggers for several of its 3-digit codes."""
    lex = lexicon()
    codes = {p.code[:3] for patterns in lex.verbs.values() for p in patterns}
    per_root = {root: {c for c in codes if c.startswith(root)} for root in (f"{r:02d}" for r in range(1, 21))}
    assert all(len(found) >= 3 for found in per_root.values()), per_root
