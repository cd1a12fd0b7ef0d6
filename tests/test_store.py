"""The store on hand-built extraction records: schema and migrations, identity, idempotence, atomicity, queries.

Records are built by hand so each rule is checked exactly; the database is a real DuckDB file.
"""

from __future__ import annotations

import datetime
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.actors.identity import actor_key
from newsgraph.errors import StoreError
from newsgraph.records import Actor, ActorKind, Article, Event, Extraction, Location, Quote, Span
from newsgraph.store import SCHEMA_VERSION, Store
from newsgraph.store.migrations import MIGRATIONS
from newsgraph.store.writer import Writer, global_actor_id, local_actor_id, parse_date


# --------------------------------------------------------------------------- building records
def _span(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span.of(text, start, start + len(needle))


def _actor(text: str, aid: str, name: str, kind: ActorKind, *mentions: str, **attrs: Any) -> Actor:
    return Actor(id=aid, name=name, kind=kind, mentions=tuple(_span(text, m) for m in mentions), **attrs)


def _event(text: str, eid: str, src: str | None, tgt: str | None, trigger: str, cameo: str, **attrs: Any) -> Event:
    fields: dict[str, Any] = {
        "source_code": None,
        "target_code": None,
        "goldstein": -2.0,
        "quad_class": 3,
        "plover": "ACCUSE",
        "plover_mode": None,
        "modality": "asserted",
        "attributed_to": "author",
        "location": None,
        "date": None,
    }
    fields.update(attrs)
    trig = _span(text, trigger)
    return Event(id=eid, source=src, target=tgt, cameo=cameo, trigger=trig, sentence=(0, len(text)), **fields)


def oslo() -> Extraction:
    text = 'Nicolás Maduro met Juan Guaidó in Oslo. Maduro accused the United States. "We will win," Maduro said.'
    return Extraction(
        article=Article(id="oslo", text=text, title="Talks in Oslo", published="2019-05-16", byline=("A. Writer",)),
        actors=(
            Actor(
                id="a1",
                name="Nicolás Maduro",
                kind="person",
                aliases=("Maduro",),
                roles=("president",),
                code="VENGOV",
                country="VEN",
                sector="GOV",
                mentions=(_span(text, "Nicolás Maduro"), _span(text, "Maduro", 1), _span(text, "Maduro", 2)),
            ),
            _actor(text, "a2", "Juan Guaidó", "person", "Juan Guaidó", code="VENOPP"),
            _actor(text, "a3", "United States", "country", "United States", code="USA", country="USA"),
        ),
        events=(
            _event(
                text,
                "e1",
                "a1",
                "a2",
                "met",
                "040",
                goldstein=1.0,
                quad_class=1,
                plover="CONSULT",
                location=Location("Oslo", "NOR"),
                source_code="VENGOV",
                target_code="VENOPP",
            ),
            _event(text, "e2", "a1", "a3", "accused", "112", source_code="VENGOV", target_code="USA"),
        ),
        quotes=(
            Quote(
                id="q1",
                kind="direct",
                speaker="a1",
                source=_span(text, "Maduro", 2),
                cue=_span(text, "said"),
                content=_span(text, "We will win,"),
            ),
        ),
        scare_quotes=(),
    )


def caracas() -> Extraction:
    text = "Maduro accused the United States again. Juan Guaido thanked the United States. The army stayed put."
    return Extraction(
        article=Article(id="caracas", text=text, published="2019-05-20"),
        actors=(
            _actor(text, "a1", "Maduro", "person", "Maduro", code="VENGOV"),
            _actor(text, "a2", "United States", "country", "United States", code="USA", country="USA"),
            _actor(text, "a3", "Juan Guaido", "person", "Juan Guaido", roles=("opposition leader",), code="VENOPP"),
            _actor(text, "a4", "the army", "group", "army"),
        ),
        events=(
            _event(text, "e1", "a1", "a2", "accused", "112", source_code="VENGOV", target_code="USA"),
            _event(text, "e2", "a3", "a2", "thanked", "051", goldstein=3.4, quad_class=1, plover="COOPERATE"),
        ),
        quotes=(Quote(id="q1", kind="according_to", speaker=None, source=None, cue=None, content=_span(text, "army")),),
        scare_quotes=(_span(text, "stayed put"),),
    )


def _store(tmp_path: Path, name: str = "t.duckdb") -> Store:
    return Store.open(tmp_path / name, create=True)


# --------------------------------------------------------------------------- schema and migrations
def test_new_database_records_every_migration(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        rows = store.conn.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
        assert rows == [(m.version, m.name) for m in MIGRATIONS]
        assert store.schema_version() == SCHEMA_VERSION == MIGRATIONS[-1].version


def test_opening_an_old_database_upgrades_it(tmp_path: Path) -> None:
    with Store.open(tmp_path / "old.duckdb", create=True, migrate_upto=1) as old:
        assert old.schema_version() == 1
        Writer(old.conn).write([oslo()])
        with pytest.raises(duckdb.CatalogException):
            old.conn.execute("SELECT * FROM dyads")
    with Store.open(tmp_path / "old.duckdb") as store:
        assert store.schema_version() == SCHEMA_VERSION
        rows = store.conn.execute(
            "SELECT source_name, target_name, cameo_root, date, events FROM dyads ORDER BY ALL"
        ).fetchall()
        day = datetime.date(2019, 5, 16)
        assert rows == [
            ("Nicolás Maduro", "Juan Guaidó", "04", day, 1),
            ("Nicolás Maduro", "United States", "11", day, 1),
        ]


def test_a_database_from_a_newer_newsgraph_is_refused(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        store.conn.execute("INSERT INTO schema_migrations VALUES (999, 'future', now()::TIMESTAMP)")
    with pytest.raises(StoreError) as err:
        Store.open(tmp_path / "t.duckdb")
    assert err.value.code == "S004"


def test_missing_database_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.duckdb"
    with pytest.raises(StoreError) as err:
        Store.open(path)
    assert str(err.value) == f"no database at {path}; run `newsgraph ingest` first"
    assert err.value.code == "S001"
    assert not path.exists()


@pytest.mark.parametrize(
    ("name", "content"), [("text.duckdb", "not a database\n" * 200), ("items.jsonl", '{"id": 1}\n')]
)
def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path, name: str, content: str) -> None:
    # DuckDB itself would open a small .jsonl as a transient view, and an ingest would store into nothing
    path = tmp_path / name
    path.write_text(content)
    for create in (False, True):
        with pytest.raises(StoreError) as err:
            Store.open(path, create=create)
        assert err.value.code == "S003"
        assert str(err.value) == f"{path} is not a DuckDB database"
    assert path.read_text() == content


def test_a_database_held_by_another_process_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "held.duckdb"
    with _store(tmp_path, "held.duckdb"):
        pass
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, sys; c = duckdb.connect({str(path)!r}); print('ok', flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        with pytest.raises(StoreError) as err:
            Store.open(path)
        assert err.value.code == "S002"
        assert str(err.value) == f"database {path} is in use by another process"
    finally:
        holder.communicate("", timeout=30)


# --------------------------------------------------------------------------- rows and identity
def test_rows_keep_every_contract_field(tmp_path: Path) -> None:
    x = oslo()
    sha = x.article.sha256
    with _store(tmp_path) as store:
        assert Writer(store.conn).write([x]) == 1
        c = store.conn
        art = c.execute("SELECT id, title, byline, published::VARCHAR, text FROM articles").fetchall()
        assert art == [("oslo", "Talks in Oslo", ["A. Writer"], "2019-05-16", x.article.text)]
        maduro = global_actor_id(actor_key(x.actors[0]) or "")
        ev = c.execute(
            "SELECT id, source, source_code, target_code, cameo, cameo_root, goldstein, quad_class, plover, modality, "
            "attributed_to, location_name, location_country, trigger_start, trigger_end, trigger_text "
            "FROM events WHERE article = ? ORDER BY id",
            [sha],
        ).fetchall()
        assert ev[0] == (
            "e1",
            maduro,
            "VENGOV",
            "VENOPP",
            "040",
            "04",
            1.0,
            1,
            "CONSULT",
            "asserted",
            "author",
            "Oslo",
            "NOR",
            15,
            18,
            "met",
        )
        assert ev[1][:2] == ("e2", maduro) and ev[1][4:6] == ("112", "11")
        q = c.execute(
            "SELECT speaker, source_text, cue_text, content_start, content_end, content_text FROM quotes"
        ).fetchall()
        start = x.article.text.index("We will")
        assert q == [(maduro, "Maduro", "said", start, start + len("We will win,"), "We will win,")]
        mentions = c.execute(
            "SELECT local_id, start_char, end_char, text FROM mentions WHERE actor = ? ORDER BY start_char", [maduro]
        ).fetchall()
        assert [m[3] for m in mentions] == ["Nicolás Maduro", "Maduro", "Maduro"]
        for _, s, e, t in mentions:
            assert x.article.text[s:e] == t


def test_actors_merge_across_articles_by_identity_key(tmp_path: Path) -> None:
    a, b = oslo(), caracas()
    with _store(tmp_path) as store:
        Writer(store.conn).write([a, b])
        rows = store.conn.execute("SELECT id, key, name, kind, code, aliases, roles FROM actors ORDER BY id").fetchall()
    keys = {actor_key(x) or f"{x.id} of {art.article.id}" for art in (a, b) for x in art.actors}  # None: per article
    assert len(rows) == len(keys)
    by_key = {r[1]: r for r in rows}
    us = by_key[actor_key(a.actors[2])]
    assert us[0] == global_actor_id(actor_key(a.actors[2]) or "")
    assert actor_key(a.actors[2]) == actor_key(b.actors[1])  # both "United States": one global actor
    assert us[2:5] == ("United States", "country", "USA")


def test_merged_actor_takes_the_union_of_aliases_and_roles_and_the_most_common_attributes(tmp_path: Path) -> None:
    def mk(aid: str, text: str, name: str, **attrs: Any) -> Extraction:
        return Extraction(
            article=Article(id=aid, text=text), actors=(_actor(text, "a1", name, "person", "Guaidó", **attrs),)
        )

    xs = [
        mk("1", "Guaidó spoke.", "Juan Guaidó", roles=("deputy",), code="VENOPP"),
        mk("2", "Mr Guaidó spoke.", "juan guaidó", aliases=("Mr Guaidó",), code="VENLEG"),
        mk("3", "Then Guaidó spoke.", "Juan Guaidó", roles=("interim president",), code="VENOPP"),
    ]
    same = lambda actor: "person:guaido"  # noqa: E731 - a real alternative identity function
    with _store(tmp_path) as store:
        Writer(store.conn, key=same).write(xs[:1])
        Writer(store.conn, key=same).write(xs[1:])
        rows = store.conn.execute("SELECT id, key, name, code, aliases, roles FROM actors").fetchall()
    assert rows == [
        (
            global_actor_id("person:guaido"),
            "person:guaido",
            "Juan Guaidó",
            "VENOPP",
            ["Mr Guaidó", "juan guaidó"],
            ["deputy", "interim president"],
        )
    ]


def test_actors_with_no_key_stay_per_article(tmp_path: Path) -> None:
    a, b = oslo(), caracas()
    with _store(tmp_path) as store:
        Writer(store.conn, key=lambda actor: None).write([a, b])
        ids = sorted(r[0] for r in store.conn.execute("SELECT id FROM actors").fetchall())
        keys = store.conn.execute("SELECT DISTINCT key FROM actors").fetchall()
    expected = sorted(local_actor_id(x.article.sha256, actor.id) for x in (a, b) for actor in x.actors)
    assert ids == expected and len(ids) == 7
    assert keys == [(None,)]


def test_global_ids_do_not_depend_on_the_database(tmp_path: Path) -> None:
    with _store(tmp_path, "one.duckdb") as one, _store(tmp_path, "two.duckdb") as two:
        Writer(one.conn).write([oslo(), caracas()])
        Writer(two.conn).write([caracas()])
        first = dict(one.conn.execute("SELECT key, id FROM actors").fetchall())
        second = dict(two.conn.execute("SELECT key, id FROM actors").fetchall())
    assert all(first[k] == v for k, v in second.items())


# --------------------------------------------------------------------------- idempotence and atomicity
def test_writing_an_article_twice_adds_nothing(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        w = Writer(store.conn)
        assert w.write([oslo(), caracas()]) == 2
        before = store.canonical_dump()
        assert w.write([caracas(), oslo(), oslo()]) == 0
        assert store.canonical_dump() == before


def test_same_id_with_a_different_text_is_a_second_version(tmp_path: Path) -> None:
    first = oslo()
    second = Extraction(article=Article(id="oslo", text=first.article.text + " Talks resumed."))
    with _store(tmp_path) as store:
        assert Writer(store.conn).write([first, second]) == 2
        rows = store.conn.execute("SELECT id, sha256 FROM articles ORDER BY length(text)").fetchall()
    assert rows == [("oslo", first.article.sha256), ("oslo", second.article.sha256)]


def test_a_failing_batch_leaves_nothing_behind(tmp_path: Path) -> None:
    good = caracas()
    x = oslo()
    broken = Extraction(article=x.article, actors=x.actors, events=(x.events[0], x.events[0]))  # duplicate event id
    with _store(tmp_path) as store:
        w = Writer(store.conn)
        with pytest.raises(StoreError) as err:
            w.write([good, broken])
        assert err.value.code == "S010"
        assert store.stats() == {"articles": 0, "actors": 0, "mentions": 0, "events": 0, "quotes": 0, "dyads": 0}
        assert w.write([good]) == 1
        assert store.stats()["articles"] == 1


@settings(max_examples=10, deadline=None)
@given(st.lists(st.sampled_from(["oslo", "caracas", "empty"]), min_size=1, max_size=6), st.integers(1, 3))
def test_any_order_and_batching_gives_the_same_store(order: list[str], size: int) -> None:
    """What a resumed run does (other batches, other order, repeats) ends in the store of one clean run."""
    made = {"oslo": oslo(), "caracas": caracas(), "empty": Extraction(article=Article(id="e", text="Nothing."))}
    with Store.open(":memory:") as clean, Store.open(":memory:") as other:
        Writer(clean.conn).write([made[n] for n in sorted(set(order))])
        writer = Writer(other.conn)
        for i in range(0, len(order), size):
            writer.write([made[n] for n in order[i : i + size]])
        assert other.canonical_dump() == clean.canonical_dump()


# --------------------------------------------------------------------------- queries
def _last_name(actor: Actor) -> str:
    """An identity function for these tests: kind plus the last word of the name, accents folded."""
    return f"{actor.kind}:{actor.name.split()[-1].lower().replace('ó', 'o')}"


def test_stats_actors_and_summary(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        Writer(store.conn, key=_last_name).write([oslo(), caracas()])
        assert store.stats() == {"articles": 2, "actors": 4, "mentions": 9, "events": 4, "quotes": 2, "dyads": 3}
        actors = store.actors()
        summary = store.summary(top=3)
        assert store.actors(limit=1) == actors[:1]
    gid = global_actor_id
    assert actors == [
        {
            "id": gid("person:maduro"),
            "name": "Nicolás Maduro",
            "kind": "person",
            "code": "VENGOV",
            "country": "VEN",
            "sector": "GOV",
            "aliases": ["Maduro"],
            "roles": ["president"],
            "articles": ["caracas", "oslo"],
            "mentions": 4,
        },
        {
            "id": gid("person:guaido"),
            "name": "Juan Guaido",  # tie in count and length: code-point order decides
            "kind": "person",
            "code": "VENOPP",
            "country": None,
            "sector": None,
            "aliases": ["Juan Guaidó"],
            "roles": ["opposition leader"],
            "articles": ["caracas", "oslo"],
            "mentions": 2,
        },
        {
            "id": gid("country:states"),
            "name": "United States",
            "kind": "country",
            "code": "USA",
            "country": "USA",
            "sector": None,
            "aliases": [],
            "roles": [],
            "articles": ["caracas", "oslo"],
            "mentions": 2,
        },
        {
            "id": gid("group:army"),
            "name": "the army",
            "kind": "group",
            "code": None,
            "country": None,
            "sector": None,
            "aliases": [],
            "roles": [],
            "articles": ["caracas"],
            "mentions": 1,
        },
    ]
    assert summary == {
        "top_actors": [
            {"name": "Nicolás Maduro", "code": "VENGOV", "articles": 2, "mentions": 4},
            {"name": "Juan Guaido", "code": "VENOPP", "articles": 2, "mentions": 2},
            {"name": "United States", "code": "USA", "articles": 2, "mentions": 2},
        ],
        "top_dyads": [
            {"source": "Nicolás Maduro", "target": "United States", "events": 2, "codes": ["112"]},
            {"source": "Juan Guaido", "target": "United States", "events": 1, "codes": ["051"]},
            {"source": "Nicolás Maduro", "target": "Juan Guaido", "events": 1, "codes": ["040"]},
        ],
        "quotes": [{"speaker": "Nicolás Maduro", "article": "oslo", "content": "We will win,"}],
    }


def test_empty_store_queries(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        assert store.stats() == {"articles": 0, "actors": 0, "mentions": 0, "events": 0, "quotes": 0, "dyads": 0}
        assert store.actors() == []
        assert store.summary() == {"top_actors": [], "top_dyads": [], "quotes": []}


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2019-05-16", datetime.date(2019, 5, 16)), ("2019-05-16T10:00:00Z", datetime.date(2019, 5, 16)),
     ("2019-02-30", None), ("May 2019", None), ("", None), (None, None)],
)  # fmt: skip
def test_dates_are_parsed_or_null(value: str | None, expected: datetime.date | None) -> None:
    assert parse_date(value) == expected


# --------------------------------------------------------------------------- records back out
def test_stored_records_come_back_as_they_were_extracted(tmp_path: Path) -> None:
    a, b = oslo(), caracas()
    with _store(tmp_path) as store:
        Writer(store.conn).write([a, b])
        assert store.extraction(a.article.sha256) == a
        assert store.extraction(b.article.sha256) == b
        assert store.extraction("0" * 64) is None
        assert [x.article.id for x in store.extractions()] == ["caracas", "oslo"]  # one batch: same instant, by id
        assert list(store.extractions("oslo")) == [a]


def test_two_local_actors_of_one_global_actor_keep_their_local_ids(tmp_path: Path) -> None:
    x = oslo()
    with _store(tmp_path) as store:
        Writer(store.conn, key=lambda actor: "person:everyone").write([x])
        assert store.stats()["actors"] == 1
        assert store.extraction(x.article.sha256) == x


def test_rows_written_before_migration_3_come_back_too(tmp_path: Path) -> None:
    x = oslo()
    with Store.open(tmp_path / "old.duckdb", create=True, migrate_upto=2) as old:
        Writer(old.conn).write([x])
    with Store.open(tmp_path / "old.duckdb") as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.conn.execute("SELECT count(*) FROM events WHERE ordinal IS NULL").fetchall() == [(2,)]
        assert store.extraction(x.article.sha256) == x
