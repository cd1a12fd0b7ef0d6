"""Loaders for a user's own actor knowledge: PETRARCH actor dictionaries, CSV and JSON Lines.

**PETRARCH/TABARI actor dictionaries** (``*.actors.txt``, e.g. Phoenix.Countries.actors.txt)::

    NICOLAS_MADURO                      # an entry: words joined by "_", a trailing "_" is ignored
    +MADURO                             # "+" lines are synonyms of the entry above
    +PRESIDENT_MADURO
        [VENGOV >130419]                # code from this date on (YYMMDD or YYYYMMDD)
    RICARDO_MADURO_  [HNDELI 640101-020127] [HNDGOV 020127-060127] [HNDELI]
    SOME_ACTOR [USAGOV <170120]         # code until this date; an undated code applies otherwise

Codes are CAMEO actor codes: a country code (or ``IGO…``) followed by sector codes. Two-digit years
below 40 are read as 20xx, others as 19xx (PETRARCH's convention). An entry whose only code is a
bare country code (``KABUL_ [AFG]``, or a synonym under a country entry) becomes a name of that
country. Entries with dated codes or a single person-like sector are people; the rest organisations.

**CSV** (header row required; one row per office, repeat the name for more)::

    name,kind,aliases,code,country,sector,role,start,end
    Jane Roe,person,Roe;J. Roe,ARCGOV,ARC,GOV,president,2020-01-01,2024-01-01

``kind`` is person/organization/group (default person), ``aliases`` are ";"-separated, dates are
YYYY[-MM[-DD]] and optional; ``code`` defaults to country + sector.

**JSON Lines** (one actor per line)::

    {"name": "Jane Roe", "kind": "person", "aliases": ["Roe"],
     "roles": [{"code": "ARCGOV", "role": "president", "start": "2020-01-01", "end": "2024-01-01"}]}
    {"name": "Arcadian Army", "kind": "organization", "code": "ARCMIL"}

Load them with :func:`load_user_actors` and install them with :func:`use_user_knowledge`.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from newsgraph.actors.knowledge import (
    SECTORS,
    KnowledgeBase,
    KnownActor,
    Tenure,
    default_knowledge,
    install_knowledge,
    slug,
    words,
)
from newsgraph.errors import ConfigError

_CODE = re.compile(r"\[([^\]]*)\]")
_PERSON_SECTORS = frozenset(("GOV", "ELI", "MIL", "LEG", "JUD", "OPP", "REB", "SPY", "COP"))
_DATE_FORMS = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _petrarch_date(text: str, where: str) -> str:
    text = text.strip()
    if re.fullmatch(r"\d{6}", text):
        yy = int(text[:2])
        year = 2000 + yy if yy < 40 else 1900 + yy
        return f"{year}-{text[2:4]}-{text[4:6]}"
    if re.fullmatch(r"\d{8}", text):
        return f"{text[:4]}-{text[4:6]}-{text[6:8]}"
    raise ConfigError(f"{where}: bad PETRARCH date {text!r} (expected YYMMDD or YYYYMMDD)", code="C201")


def _split_code(code: str, countries: Iterable[str]) -> tuple[str | None, str | None]:
    """("VENGOV") -> ("VEN", "GOV"); ("IGOUNO") -> (None, "IGO")."""
    if code.startswith(("IGO", "NGO", "IMG")):
        return None, code[:3] if code[:3] in SECTORS else None
    head, rest = code[:3], code[3:6]
    if head in SECTORS and head not in countries:
        return None, head
    return head, rest if rest in SECTORS else None


def _petrarch_tenures(cell: str, where: str, countries: set[str], strict: bool) -> list[Tenure]:
    tenures = []
    for raw in _CODE.findall(cell):
        try:
            tenures += _petrarch_tenure(raw, where, countries)
        except ConfigError:
            if strict:
                raise
    return tenures


def _petrarch_tenure(raw: str, where: str, countries: set[str]) -> list[Tenure]:
    """One ``[CODE restriction]`` cell: no restriction, ``>from``, ``<until`` or ``from-until``."""
    parts = raw.split()
    if not parts:
        return []
    code = parts[0].strip()
    if not re.fullmatch(r"[A-Z]{3,15}", code):
        raise ConfigError(f"{where}: bad CAMEO code {code!r}", code="C202")
    start, end = "0000-01-01", ""
    if len(parts) > 1:
        rng = parts[1]
        if rng.startswith(">"):
            start = _petrarch_date(rng[1:], where)
        elif rng.startswith("<"):
            end = _petrarch_date(rng[1:], where)
        elif "-" in rng:
            a, b = rng.split("-", 1)
            start, end = _petrarch_date(a, where), _petrarch_date(b, where)
        else:
            raise ConfigError(f"{where}: bad date restriction {rng!r}", code="C203")
    country, sector = _split_code(code, countries)
    return [Tenure(country, code, sector or "", "", start, end)]


def _words(entry: str) -> str:
    return " ".join(w for w in entry.strip().strip("+").split("_") if w).title()


def load_petrarch_actors(path: str | Path, *, strict: bool = False) -> tuple[list[KnownActor], dict[str, str]]:
    """People/organisations and extra country names ``{name: country code}`` of a PETRARCH actor file.

    The operational dictionaries contain the odd malformed date ("9008223"); by default such a code
    is skipped, with ``strict=True`` it raises :class:`ConfigError` (C201-C203).
    """
    countries = set(default_knowledge().countries)
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read PETRARCH actor dictionary ({exc.strerror})", code="C200") from exc
    entries: list[tuple[str, list[str], list[Tenure]]] = []
    for lineno, line in enumerate(lines, start=1):
        where = f"{path}:{lineno}"
        text = line.split("#", 1)[0].rstrip()
        if not text.strip() or text.lstrip().startswith(("{", "<", "~", "!")):
            continue
        name_part = _CODE.sub("", text).strip()
        tenures = _petrarch_tenures(text, where, countries, strict) if "[" in text else []
        if name_part.startswith("+"):
            if entries:
                entries[-1][1].append(_words(name_part))
                entries[-1][2].extend(tenures)
        elif name_part:
            entries.append((_words(name_part), [], tenures))
        elif tenures and entries:  # an indented code line belongs to the entry above
            entries[-1][2].extend(tenures)
    actors: list[KnownActor] = []
    country_names: dict[str, str] = {}
    for name, aliases, tenures in entries:
        codes = {t.code for t in tenures}
        if len(codes) == 1 and len(next(iter(codes))) == 3 and next(iter(codes)) not in SECTORS:
            for n in (name, *aliases):
                country_names[n] = next(iter(codes))
            continue
        if not tenures:
            continue
        dated = any(t.start != "0000-01-01" or t.end for t in tenures)
        org_like = any(w.lower() in words().organisation_words for w in name.split())
        person = not org_like and (
            dated or ({t.sector for t in tenures} <= _PERSON_SECTORS and len(name.split()) in (2, 3, 4))
        )
        if person:
            actors.append(
                KnownActor(f"user:person:{slug(name)}", name, "person", tuple(aliases), tenures=tuple(tenures))
            )
        else:
            t = tenures[0]
            actors.append(
                KnownActor(
                    f"user:org:{slug(name)}", name, "organization", tuple(aliases), t.code, t.country, t.sector or None
                )
            )
    return actors, country_names


def _date(value: Any, where: str) -> str:
    text = str(value or "").strip()
    if text and not _DATE_FORMS.match(text):
        raise ConfigError(f"{where}: bad date {text!r} (expected YYYY[-MM[-DD]])", code="C211")
    return text


def _record_actor(rec: dict[str, Any], where: str) -> KnownActor:
    name = str(rec.get("name") or "").strip()
    if not name:
        raise ConfigError(f"{where}: an actor needs a name", code="C212")
    kind = str(rec.get("kind") or "person")
    if kind not in ("person", "organization", "group", "location", "country"):
        raise ConfigError(f"{where}: unknown kind {kind!r}", code="C213")
    aliases = rec.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [a.strip() for a in aliases.split(";") if a.strip()]
    tenures = []
    for role in rec.get("roles") or []:
        country = role.get("country") or None
        sector = role.get("sector") or None
        code = role.get("code") or f"{country or ''}{sector or ''}"
        if not code:
            raise ConfigError(f"{where}: a role needs a code or a country and sector", code="C214")
        if country is None and sector is None:
            country, sector = _split_code(code, default_knowledge().countries)
        start = _date(role.get("start"), where)
        end = _date(role.get("end"), where)
        tenures.append(
            Tenure(
                country,
                code,
                sector or "",
                str(role.get("role") or ""),
                _pad(start, "-01-01") or "0000-01-01",
                _pad(end, "-12-31"),
            )
        )
    code = rec.get("code") or None
    country = rec.get("country") or None
    sector = rec.get("sector") or None
    if code and not (country or sector):
        country, sector = _split_code(code, default_knowledge().countries)
    prefix = "person" if kind == "person" else "org"
    return KnownActor(
        f"user:{prefix}:{slug(name)}",
        name,
        kind,  # type: ignore[arg-type]
        tuple(str(a) for a in aliases),
        code if kind != "person" else None,
        country,
        sector if kind != "person" else None,
        tuple(tenures),
    )


def _pad(date: str, tail: str) -> str:
    return date + tail[len(date) - 4 :] if date else ""


def load_jsonl_actors(path: str | Path) -> list[KnownActor]:
    path = Path(path)
    out = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read actor file ({exc.strerror})", code="C210") from exc
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{path}:{lineno}: not JSON ({exc.msg})", code="C215") from exc
        out.append(_record_actor(rec, f"{path}:{lineno}"))
    return out


def load_csv_actors(path: str | Path) -> list[KnownActor]:
    path = Path(path)
    merged: dict[str, KnownActor] = {}
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read actor file ({exc.strerror})", code="C210") from exc
    with handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames is None or "name" not in reader.fieldnames:
            raise ConfigError(f"{path}: the CSV header must include 'name'", code="C216")
        for lineno, row in enumerate(reader, start=2):
            rec: dict[str, Any] = dict(row)
            dated = row.get("role") or row.get("start") or (row.get("kind") or "person") == "person"
            if dated and (row.get("code") or row.get("country") or row.get("sector")):
                rec["roles"] = [row]
            actor = _record_actor(rec, f"{path}:{lineno}")
            prev = merged.get(actor.id)
            if prev is not None:
                aliases = tuple(dict.fromkeys((*prev.aliases, *actor.aliases)))
                actor = replace(prev, aliases=aliases, tenures=(*prev.tenures, *actor.tenures))
            merged[actor.id] = actor
    return list(merged.values())


def load_user_actors(paths: Iterable[str | Path]) -> KnowledgeBase:
    """The built-in knowledge base extended with the actors of ``paths`` (by extension: .txt, .csv, .jsonl)."""
    actors: list[KnownActor] = []
    country_names: dict[str, str] = {}
    for p in paths:
        suffix = Path(p).suffix.lower()
        if suffix == ".csv":
            actors += load_csv_actors(p)
        elif suffix in (".jsonl", ".json"):
            actors += load_jsonl_actors(p)
        elif suffix == ".txt":
            found, names = load_petrarch_actors(p)
            actors += found
            country_names.update(names)
        else:
            raise ConfigError(f"{p}: unknown actor file type (expected .txt, .csv or .jsonl)", code="C217")
    return default_knowledge().extended(actors, country_names=country_names)


def use_user_knowledge(paths: Iterable[str | Path]) -> KnowledgeBase:
    """Load the user's actor files and make the actor stage use them (for this process)."""
    kb = load_user_actors(paths)
    install_knowledge(kb)
    return kb
