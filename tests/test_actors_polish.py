"""Actor quality seen in the demo store: uncertain merges, demonyms, sector names, datelines, metonyms."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.actors import ActorIndex, current_knowledge, find_actors
from newsgraph.actors.datelines import dateline_spans
from newsgraph.actors.identity import actor_key, canonical_name
from newsgraph.actors.names import acronym_pairs
from newsgraph.pipeline import Pipeline
from newsgraph.records import Actor, ActorKind, Article, Extraction, Span
from newsgraph.store import Store
from newsgraph.store.writer import Writer


def run(nlp: Language, text: str, published: str | None = "2019-01-24") -> tuple[Doc, ActorIndex]:
    doc = nlp(text)
    return doc, find_actors(doc, Article(id="t", text=text, published=published))


def tok(doc: Doc, text: str, nth: int = 0) -> int:
    return [t.i for t in doc if t.text == text][nth]


def group(name: str, country: str | None, sector: str | None) -> Actor:
    code = f"{country or ''}{sector or ''}" or None
    return Actor(id="a1", name=name, kind="group", code=code, country=country, sector=sector)


# ------------------------------------------------------------------------ 1. cross-article identity
def test_a_group_without_a_country_has_no_identity_key() -> None:
    assert actor_key(group("Opposition leaders", None, "OPP")) is None
    assert actor_key(group("Diplomats", None, "GOV")) is None
    assert actor_key(group("people", None, "CVL")) is None
    assert actor_key(group("Latin American", None, None)) is None


def test_country_and_sector_groups_merge_only_with_the_same_country_and_sector() -> None:
    army = actor_key(group("Venezuela's military", "VEN", "MIL"))
    assert army == actor_key(group("the army", "VEN", "MIL")) == "group:VENMIL"
    assert army != actor_key(group("Venezuelan government", "VEN", "GOV"))
    assert army != actor_key(group("Colombian military", "COL", "MIL"))
    assert actor_key(group("Venezuelans", "VEN", None)) == "group:VEN"  # a nation's people


def test_identity_keys_stand_for_canonical_names() -> None:
    assert canonical_name("group:USAGOV") == "U.S. government"
    assert canonical_name("group:VENMIL") == "Venezuelan military"
    assert canonical_name("group:VENOPP") == "Venezuelan opposition"
    assert canonical_name("country:VEN") == "Venezuela"
    assert canonical_name("kb:person:nicolas-maduro") == "Nicolás Maduro"
    assert canonical_name("person:jorge rodriguez") is None
    assert canonical_name(None) is None


# --------------------------------------------------------------------- 2. demonyms and sectors
def test_latin_american_is_no_united_states_demonym(nlp: Language) -> None:
    kb = current_knowledge()
    assert kb.country_of_modifier("American", "Latin") is None
    assert kb.country_of_modifier("American", "South") is None
    assert kb.country_of_modifier("Korean", "South") == "KOR"
    assert kb.country_of_modifier("Venezuelan", "Several") == "VEN"
    doc, index = run(nlp, "Washington imposed new sanctions. Several Latin American governments criticised the vote.")
    governments = index.resolve_phrase(doc[tok(doc, "governments")])
    assert governments is not None and governments.country is None and governments.code == "GOV"
    washington = index.resolve_phrase(doc[tok(doc, "Washington")])
    assert washington is not None and washington.id != governments.id and washington.code == "USAGOV"


def test_opposition_leaders_are_the_opposition_of_the_article_country(nlp: Language) -> None:
    doc, index = run(
        nlp,
        "Venezuela's crisis deepened. Maduro's government in Venezuela arrested Venezuelan activists in Caracas. "
        "Opposition leaders rejected the plan.",
    )
    leaders = index.resolve_phrase(doc[tok(doc, "leaders")])
    assert leaders is not None and (leaders.code, leaders.sector) == ("VENOPP", "OPP")
    assert leaders.name == "Venezuelan opposition" and "Opposition leaders" in leaders.aliases


def test_opposition_leaders_without_a_country_stay_uncoded_by_country(nlp: Language) -> None:
    doc, index = run(nlp, "Opposition leaders rejected the plan on Monday.")
    leaders = index.resolve_phrase(doc[tok(doc, "leaders")])
    assert leaders is not None and leaders.code == "OPP" and leaders.country is None
    assert actor_key(leaders) is None


def test_country_less_groups_of_different_nouns_stay_apart_in_an_article(nlp: Language) -> None:
    doc, index = run(nlp, "Diplomats met on Monday. Several governments protested. Foreign ministers left early.")
    found = {index.resolve_phrase(doc[tok(doc, w)]) for w in ("Diplomats", "governments", "ministers")}
    assert None not in found and len({a.id for a in found if a is not None}) == 3


# ------------------------------------------------------------------------------- 3. names
def test_sector_groups_get_a_canonical_name_and_keep_the_text_forms_as_aliases(nlp: Language) -> None:
    doc, index = run(nlp, "Maduro's government rejected the sanctions. Washington said the regime had lied.")
    government = index.resolve_phrase(doc[tok(doc, "government")])
    assert government is not None and government.code == "VENGOV"
    assert government.name == "Venezuelan government" and "Maduro's government" in government.aliases
    us = index.resolve_phrase(doc[tok(doc, "Washington")])
    assert us is not None and us.name == "U.S. government" and "Washington" in us.aliases


def _span(text: str, sub: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return Span.of(text, start, start + len(sub))


def _article(aid: str, text: str, *actors: tuple[str, ActorKind, str | None, str | None, list[str]]) -> Extraction:
    out = []
    for n, (name, kind, country, sector, forms) in enumerate(actors, start=1):
        code = f"{country or ''}{sector or ''}" or None
        mentions = tuple(_span(text, f) for f in forms)
        out.append(Actor(f"a{n}", name, kind, code=code, country=country, sector=sector, mentions=mentions))
    return Extraction(article=Article(id=aid, text=text), actors=tuple(out))


def test_the_store_names_merged_actors_canonically_and_never_by_a_dateline_form(tmp_path: Path) -> None:
    a = _article(
        "a",
        "CARACAS — Maduro's government said no. Opposition leaders met. CARACAS again.",
        ("CARACAS", "location", "VEN", None, ["CARACAS", "CARACAS"]),
        ("Maduro's government", "group", "VEN", "GOV", ["Maduro's government"]),
        ("Opposition leaders", "group", None, "OPP", ["Opposition leaders"]),
    )
    b = _article(
        "b",
        "In Caracas the regime said no. Diplomats met.",
        ("Caracas", "location", "VEN", None, ["Caracas"]),
        ("regime", "group", "VEN", "GOV", ["regime"]),
        ("Diplomats", "group", None, "GOV", ["Diplomats"]),
    )
    with Store.open(tmp_path / "t.duckdb", create=True) as store:
        Writer(store.conn).write([a, b])
        rows = store.conn.execute("SELECT name, code, aliases FROM actors ORDER BY name").fetchall()
    names = [r[0] for r in rows]
    assert "Caracas" in names and "CARACAS" not in names
    (government,) = [r for r in rows if r[1] == "VENGOV"]
    assert government[0] == "Venezuelan government" and set(government[2]) == {"Maduro's government", "regime"}
    # groups without a country are never merged across articles
    assert sorted(n for n in names if n in ("Opposition leaders", "Diplomats")) == ["Diplomats", "Opposition leaders"]


# ------------------------------------------------------------------------ 4. datelines and metonyms
def test_dateline_spans() -> None:
    text = "Title\n\nCARACAS, Jan. 24 (newsgraph) — Crowds marched.\n\nWASHINGTON — The U.S. said - no."
    assert [text[s:e] for s, e in dateline_spans(text)] == ["CARACAS, Jan. 24 (newsgraph) —", "WASHINGTON —"]
    assert dateline_spans("U.S. officials said - fine.") == []
    assert dateline_spans("The EU — a union — met.") == []


def test_a_dateline_is_a_place_that_never_acts(nlp: Language) -> None:
    text = "CARACAS, Jan. 24 (newsgraph) — Hundreds of thousands of Venezuelans marched through Caracas on Wednesday."
    doc, index = run(nlp, text)
    first = doc[0]
    assert index.in_dateline(first) and index.actor_at(first) is None and index.resolve_phrase(first) is None
    assert not any(e.start == 0 for e in doc.ents)  # later stages cannot turn it into a group either
    (caracas,) = [a for a in index.freeze() if a.kind == "location"]
    assert caracas.name == "Caracas" and [m.text for m in caracas.mentions] == ["CARACAS", "Caracas"]


def test_datelines_are_never_event_arguments_or_speakers(pipeline: Pipeline) -> None:
    text = (
        "CARACAS, Venezuela (newsgraph) — Hundreds of thousands of Venezuelans marched through the capital. "
        "The opposition said the vote was rigged.\n\n"
        "WASHINGTON — The United States imposed sanctions on Venezuela on Friday."
    )
    x = pipeline.extract(Article(id="t", text=text, published="2019-01-24"))
    places = {a.id for a in x.actors if any(text[m.start : m.end].isupper() for m in a.mentions)}
    dateline_ids = {a.id for a in x.actors if any(m.start in (0, text.index("WASHINGTON")) for m in a.mentions)}
    assert dateline_ids and dateline_ids <= places
    for e in x.events:
        assert e.source not in dateline_ids and e.target not in dateline_ids, e
    assert all(q.speaker not in dateline_ids for q in x.quotes)
    assert any(e.source_code == "USA" and e.target_code == "VEN" for e in x.events)


def test_capitals_as_metonyms_are_governments_and_as_places_are_places(nlp: Language) -> None:
    doc, index = run(
        nlp, "Washington imposed sanctions on Monday. Caracas rejected them. Protesters gathered in Caracas."
    )
    washington = index.resolve_phrase(doc[tok(doc, "Washington")])
    caracas_subject = index.resolve_phrase(doc[tok(doc, "Caracas", 0)])
    caracas_place = index.resolve_phrase(doc[tok(doc, "Caracas", 1)])
    assert washington is not None and washington.code == "USAGOV" and washington.kind == "group"
    assert caracas_subject is not None and caracas_subject.code == "VENGOV" and caracas_subject.kind == "group"
    assert caracas_place is not None and caracas_place.kind == "location" and caracas_place.name == "Caracas"


def test_a_visited_capital_is_a_place_and_group_names_keep_whole_modifiers(nlp: Language) -> None:
    doc, index = run(nlp, "The Costa Rican government protested. Officials visiting Bogota met. Bogota agreed.")
    visited = index.resolve_phrase(doc[tok(doc, "Bogota", 0)])
    subject = index.resolve_phrase(doc[tok(doc, "Bogota", 1)])
    assert visited is not None and visited.kind == "location"
    assert subject is not None and subject.code == "COLGOV" and subject.aliases == ("Bogota",)
    costa_rica = index.resolve_phrase(doc[tok(doc, "government")])
    assert costa_rica is not None and costa_rica.code == "CRIGOV"
    assert [m.text for m in index.mentions_of(costa_rica.id)] == ["Costa Rican government"]


# ------------------------------------------------------------------------ within-article repairs
def test_acronym_expansions_prefer_exact_initials() -> None:
    text = "the Secretary General of the Organization of American States (OAS), Luis Almagro"
    ((long_span, short_span),) = acronym_pairs(text)
    assert text[slice(*long_span)] == "Organization of American States" and text[slice(*short_span)] == "OAS"


def test_an_office_of_an_organisation_resolves_to_it(nlp: Language) -> None:
    doc, index = run(
        nlp,
        "Canada followed, and the Secretary General of the Organization of American States (OAS), Luis Almagro, "
        "congratulated Guaidó.",
    )
    office = index.resolve_phrase(doc[tok(doc, "General")])
    assert office is not None and office.code == "IGOWSTOAS"


def test_a_surname_tagged_as_a_place_is_the_person_only(nlp: Language) -> None:
    _doc, index = run(
        nlp,
        "Within minutes, U.S. President Donald Trump recognized Guaidó as Venezuela's interim president. The "
        "Secretary General of the Organization of American States (OAS), Luis Almagro, congratulated Guaidó. "
        "Mexico declined.",
    )
    assert not [a for a in index.freeze() if a.name == "Guaidó" and a.kind != "person"]
    (guaido,) = [a for a in index.freeze() if a.name == "Juan Guaidó"]
    assert len(guaido.mentions) == 2


def test_generic_institution_names_merge_only_within_one_country() -> None:
    def org(name: str, country: str | None, sector: str = "LEG") -> Actor:
        code = f"{country or ''}{sector}"
        return Actor(id="a1", name=name, kind="organization", code=code, country=country, sector=sector)

    assert actor_key(org("National Assembly", "VEN")) == "organization:national assembly@VEN"
    assert actor_key(org("National Assembly", "VEN")) != actor_key(org("National Assembly", "FRA"))
    assert actor_key(org("Supreme Court", None, "JUD")) is None
    assert actor_key(org("Silvercorp", None, "BUS")) == "organization:silvercorp"  # a distinctive name


def test_an_organ_of_a_known_body_takes_its_code() -> None:
    from newsgraph.actors.codes import organisation_coding

    kb = current_knowledge()
    oas = organisation_coding(None, "Permanent Council of the Organization of American States", kb)
    assert oas.code == "IGOWSTOAS"  # not USA for "American"
    ofac = organisation_coding(None, "Treasury Department's Office of Foreign Assets Control", kb)
    assert ofac.code == "USAGOV"
    assert organisation_coding(None, "Latin American Parliament", kb).country is None


def test_a_named_national_government_is_the_government_group(nlp: Language) -> None:
    doc, index = run(
        nlp,
        "The Government of Venezuela rejected the plan. Maduro's government said so. Caracas agreed. "
        "The U.S. Army trained soldiers.",
    )
    caracas = index.resolve_phrase(doc[tok(doc, "Caracas")])
    government = index.resolve_phrase(doc[tok(doc, "government")])
    assert government is not None and government.kind == "group" and government.name == "Venezuelan government"
    assert caracas is not None and caracas.id == government.id
    assert {"Government of Venezuela", "Maduro's government", "Caracas"} <= set(government.aliases)
    army = index.resolve_phrase(doc[tok(doc, "Army")])
    assert army is not None and army.kind == "organization" and army.code == "USAMIL"


def test_refugees_do_not_take_the_article_country_and_titles_are_no_group_aliases(nlp: Language) -> None:
    doc, index = run(
        nlp,
        "The United States said the United States would help. U.S. officials met. The United States agreed. "
        "Refugees arrived. The Secretary said the U.S. would act.",
    )
    refugees = index.resolve_phrase(doc[tok(doc, "Refugees")])
    assert refugees is not None and refugees.code == "REF" and refugees.country is None
    secretary = index.resolve_phrase(doc[tok(doc, "Secretary")])
    assert secretary is not None and secretary.code == "USAGOV" and "Secretary" not in secretary.aliases


# ------------------------------------------------------------------ the example articles, end to end
def test_example_store_has_no_uncertain_merges_shouted_names_or_acting_datelines(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    from newsgraph.readers import read_inputs

    examples = Path(__file__).resolve().parents[1] / "examples" / "articles"
    articles = [a for a in read_inputs([str(examples)]) if isinstance(a, Article)]
    extractions = list(pipeline.extract_many(articles))
    for x in extractions:
        datelines = dateline_spans(x.article.text)
        in_dateline = {
            a.id
            for a in x.actors
            if a.mentions and all(any(s <= m.start < e for s, e in datelines) for m in a.mentions)
        }
        for e in x.events:
            assert e.source not in in_dateline and e.target not in in_dateline, (x.article.id, e.trigger)
        assert all(q.speaker not in in_dateline for q in x.quotes), x.article.id
        for a in x.actors:
            assert not (a.kind == "group" and a.code == "USA" and "Latin" in a.name), a
    with Store.open(tmp_path / "examples.duckdb", create=True) as store:
        Writer(store.conn).write(extractions)
        rows = store.conn.execute("SELECT name, kind, country, key, aliases FROM actors").fetchall()
    for name, kind, country, key, aliases in rows:
        if kind == "group" and key is not None:
            assert country is not None, (name, key)  # a country-less group is never merged across articles
            assert canonical_name(key) in (None, name), (name, key)  # "Venezuelan government", not "Maduro's …"
        if name.isupper() and len(name) > 4:
            assert not any(a.upper() == name and not a.isupper() for a in aliases), name  # "CARACAS" vs "Caracas"
    names = {r[0] for r in rows}
    assert {"Venezuelan government", "U.S. government", "Caracas", "Washington"} <= names


def test_officials_of_two_countries_are_no_one_country_group(nlp: Language) -> None:
    doc, index = run(
        nlp, "The United States agreed. U.S. and Venezuelan officials met in Caracas. Venezuelan officials left."
    )
    both = index.resolve_phrase(doc[tok(doc, "officials", 0)])
    venezuelan = index.resolve_phrase(doc[tok(doc, "officials", 1)])
    assert both is not None and both.country is None and actor_key(both) is None
    assert venezuelan is not None and venezuelan.code == "VENGOV"


def test_a_foreign_ministry_is_its_country_government(nlp: Language) -> None:
    doc, index = run(nlp, "Norway's foreign ministry confirmed the talks. Foreign governments welcomed them.")
    ministry = index.resolve_phrase(doc[tok(doc, "ministry")])
    assert ministry is not None and ministry.code == "NORGOV"
    governments = index.resolve_phrase(doc[tok(doc, "governments")])
    assert governments is not None and governments.country is None


def test_a_document_title_is_not_an_actor(pipeline: Pipeline) -> None:
    text = (
        "About twenty governments signed the Los Angeles Declaration on Migration and Protection, "
        "under which they pledged to expand legal pathways for migrants.\n"
    )
    record = pipeline.extract(Article(id="doc", text=text, published="2022-06-10")).to_dict()
    names = {a["name"] for a in record["actors"]}
    assert not names & {"Migration and Protection", "Los Angeles Declaration"}
    assert "governments" in names
