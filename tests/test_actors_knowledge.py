"""The actor knowledge base, name rules and user knowledge loaders (no model needed except where noted)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from newsgraph.actors import find_actors, install_knowledge
from newsgraph.actors.identity import actor_key
from newsgraph.actors.knowledge import default_knowledge
from newsgraph.actors.names import acronym_matches, acronym_pairs, nicknames, normalise
from newsgraph.actors.user_knowledge import (
    load_csv_actors,
    load_jsonl_actors,
    load_petrarch_actors,
    load_user_actors,
    use_user_knowledge,
)
from newsgraph.errors import ConfigError
from newsgraph.records import Actor, Article


# ------------------------------------------------------------------------------ built-in knowledge
def test_countries_come_with_demonyms_capitals_and_iso_names() -> None:
    kb = default_knowledge()
    assert kb.country_of_demonym("Hungarian") == "HUN"
    assert kb.country_of_capital("Caracas") == "VEN"
    assert kb.country_of_name("Bolivarian Republic of Venezuela") == "VEN"  # from pycountry
    assert kb.country_of_name("Kosovo") == "KOS"  # CAMEO's own code
    assert len(kb.countries) >= 249


def test_offices_are_date_ranges() -> None:
    kb = default_knowledge()
    (trump,) = kb.lookup("Donald Trump", "person")
    assert trump.tenure_at("2018-05-01").code == "USAGOV"  # type: ignore[union-attr]
    assert trump.tenure_at("2022-05-01") is None
    assert trump.tenure_at("2025-02-01").code == "USAGOV"  # type: ignore[union-attr]
    (guaido,) = kb.lookup("Guaidó", "person")
    assert guaido.tenure_at("2020-01-01").code == "VENOPP"  # type: ignore[union-attr]
    assert guaido.tenure_at("2024-01-01") is None


def test_sixty_countries_have_heads_and_foreign_ministers() -> None:
    kb = default_knowledge()
    covered = {t.country for a in kb.actors.values() for t in a.tenures if t.country and t.sector == "GOV"}
    assert len(covered) >= 60
    ministers = {
        t.country
        for a in kb.actors.values()
        for t in a.tenures
        if "foreign" in t.role or "secretary of state" in t.role
    }
    assert {"USA", "VEN", "COL", "BRA", "ARG", "MEX", "RUS", "CHN", "GBR", "FRA", "DEU"} <= ministers


def test_international_organisations_carry_igo_codes() -> None:
    kb = default_knowledge()
    for name, code in [("UN", "IGOUNO"), ("EU", "IGOEUREEC"), ("NATO", "IGOWSTNAT"), ("OAS", "IGOWSTOAS")]:
        (org,) = kb.lookup(name, "organization")
        assert org.code == code


# ------------------------------------------------------------------------------ names
def test_normalise_ignores_case_accents_and_quotes() -> None:
    assert normalise("Guaidó’s") == normalise("GUAIDO's")


@pytest.mark.parametrize(
    ("short", "long", "ok"),
    [
        ("PSUV", "Partido Socialista Unido de Venezuela", True),
        ("PSUV", "United Socialist Party of Venezuela", True),  # translated: same letters, other order
        ("DGCIM", "Directorate General of Military Counterintelligence", True),
        ("NATO", "North Atlantic Treaty Organization", True),
        ("OAS", "Directorate General of Military Counterintelligence", False),
    ],
)
def test_acronym_matches(short: str, long: str, ok: bool) -> None:
    assert acronym_matches(short, long) is ok


def test_acronym_pairs_both_directions() -> None:
    text = "the DGCIM (Directorate General of Military Counterintelligence) and the United Socialist Party of Venezuela (PSUV)"
    pairs = [(text[a:b], text[c:d]) for (a, b), (c, d) in acronym_pairs(text)]
    assert ("United Socialist Party of Venezuela", "PSUV") in pairs
    assert ("Directorate General of Military Counterintelligence", "DGCIM") in pairs


def test_nicknames() -> None:
    assert [n[2:] for n in nicknames("Hugo “El Pollo” Carvajal fled.")] == [("Hugo Carvajal", "El Pollo")]


# ------------------------------------------------------------------------------ user knowledge
PETRARCH = """\
# a small PETRARCH actor dictionary
ARCADIA_  [ARC]
+ARCADIAN_
JANE_ROE_
+ROE_
+PRESIDENT_ROE
\t[ARCELI 100101-150101]
\t[ARCGOV 150101-210101]
\t[ARCELI]
ARCADIAN_ARMY_  [ARCMIL]
JOHN_DOE_ [ARCOPP >190101] # leads the opposition
"""


def test_petrarch_actor_dictionary(tmp_path: Path) -> None:
    path = tmp_path / "arcadia.actors.txt"
    path.write_text(PETRARCH, encoding="utf-8")
    actors, countries = load_petrarch_actors(path)
    assert countries == {"Arcadia": "ARC", "Arcadian": "ARC"}
    by_name = {a.name: a for a in actors}
    roe = by_name["Jane Roe"]
    assert roe.kind == "person" and "Roe" in roe.aliases
    assert roe.tenure_at("2016-06-01").code == "ARCGOV"  # type: ignore[union-attr]
    assert roe.tenure_at("2012-06-01").code == "ARCELI"  # type: ignore[union-attr]
    assert roe.tenure_at("2023-06-01").code == "ARCELI"  # type: ignore[union-attr]
    assert by_name["John Doe"].tenure_at("2020-01-01").code == "ARCOPP"  # type: ignore[union-attr]
    assert by_name["John Doe"].tenure_at("2018-01-01") is None
    army = by_name["Arcadian Army"]
    assert army.kind == "organization" and army.code == "ARCMIL"


def test_petrarch_bad_dates_raise_in_strict_mode(tmp_path: Path) -> None:
    path = tmp_path / "bad.actors.txt"
    path.write_text("JANE_ROE_ [ARCGOV 9901-150101]\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_petrarch_actors(path, strict=True)
    assert err.value.code == "C201"
    assert load_petrarch_actors(path)[0] == []  # lenient: the malformed code is skipped


def test_csv_and_jsonl_actor_files(tmp_path: Path) -> None:
    csv_path = tmp_path / "actors.csv"
    csv_path.write_text(
        "name,kind,aliases,code,country,sector,role,start,end\n"
        "Jane Roe,person,Roe,,VEN,GOV,governor,2020-01-01,2022-12-31\n"
        "Jane Roe,person,,,VEN,OPP,opposition leader,2023-01-01,\n"
        "Arcadian Army,organization,AA,VENMIL,,,,,\n",
        encoding="utf-8",
    )
    actors = {a.name: a for a in load_csv_actors(csv_path)}
    roe = actors["Jane Roe"]
    assert roe.tenure_at("2021-05-01").code == "VENGOV"  # type: ignore[union-attr]
    assert roe.tenure_at("2024-05-01").code == "VENOPP"  # type: ignore[union-attr]
    assert actors["Arcadian Army"].code == "VENMIL" and actors["Arcadian Army"].sector == "MIL"

    jsonl = tmp_path / "actors.jsonl"
    jsonl.write_text(
        json.dumps({"name": "Ana Pérez", "aliases": ["Pérez"], "roles": [{"code": "COLGOV", "start": "2021"}]}) + "\n",
        encoding="utf-8",
    )
    (ana,) = load_jsonl_actors(jsonl)
    assert ana.tenure_at("2022-01-01").code == "COLGOV"  # type: ignore[union-attr]
    assert ana.tenure_at("2020-01-01") is None


def test_bad_user_files_raise_coded_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_jsonl_actors(bad)
    assert err.value.code == "C215"
    with pytest.raises(ConfigError) as err:
        load_user_actors([tmp_path / "actors.xml"])
    assert err.value.code == "C217"


def test_user_knowledge_extends_a_known_actor_instead_of_duplicating_it(tmp_path: Path) -> None:
    path = tmp_path / "more.jsonl"
    path.write_text(
        json.dumps({"name": "Nicolas Maduro", "aliases": ["Nicolás Maduro Moros"]}) + "\n", encoding="utf-8"
    )
    kb = load_user_actors([path])
    assert [a.id for a in kb.lookup("Nicolas Maduro", "person")] == ["kb:person:nicolas-maduro"]


def test_installed_user_knowledge_is_used_by_the_actor_stage(nlp: Language, tmp_path: Path) -> None:
    path = tmp_path / "people.jsonl"
    path.write_text(
        json.dumps({"name": "Ramiro Quintanilla", "roles": [{"code": "PERGOV", "role": "minister", "start": "2020"}]})
        + "\n",
        encoding="utf-8",
    )
    use_user_knowledge([path])
    try:
        text = "Ramiro Quintanilla spoke. Quintanilla later resigned."
        index = find_actors(nlp(text), Article(id="t", text=text, published="2021-01-01"))
        (person,) = [a for a in index.freeze() if a.kind == "person"]
        assert person.code == "PERGOV" and len(person.mentions) == 2
        assert actor_key(person) == "user:person:ramiro-quintanilla"
    finally:
        install_knowledge(None)


def test_identity_keys_for_groups_and_countries() -> None:
    group = Actor(id="a1", name="Venezuelan troops", kind="group", code="VENMIL", country="VEN", sector="MIL")
    country = Actor(id="a2", name="Venezuela", kind="country", code="VEN", country="VEN")
    assert actor_key(group) == "group:VENMIL"
    assert actor_key(country) == "country:VEN"
    assert actor_key(Actor(id="a3", name="Rodríguez", kind="person")) is None


def test_pipeline_takes_user_actor_files(tmp_path: Path) -> None:
    from newsgraph.pipeline import Pipeline

    path = tmp_path / "people.csv"
    path.write_text(
        "name,kind,aliases,code,country,sector,role,start,end\nRamiro Quintanilla,person,,PERGOV,,,,2020,\n"
    )
    try:
        extraction = Pipeline(actor_files=[path]).extract(
            Article(id="t", text="Ramiro Quintanilla resigned on Monday.", published="2021-03-01")
        )
    finally:
        install_knowledge(None)  # the pipeline installed the user's knowledge for the whole process
    (person,) = [a for a in extraction.actors if a.kind == "person"]
    assert person.code == "PERGOV"


def test_identity_keys_ignore_middle_initials() -> None:
    a = Actor(id="a1", name="Ramiro J. Quintanilla", kind="person")
    b = Actor(id="a1", name="Ramiro Quintanilla", kind="person")
    assert actor_key(a) == actor_key(b) == "person:ramiro quintanilla"
