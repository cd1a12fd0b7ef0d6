"""The PETRARCH configuration file (``PETR_config.ini``).

Only the parts that say which dictionaries to load and a few coding options are read:
``[Dictionaries]`` ``verbfile_name``, ``actorfile_list`` (comma-separated),
``agentfile_name``, ``discardfile_name``, ``issuefile_name``; ``[Options]``
``new_actor_length``, ``require_dyad`` and the comma-clause options ``comma_min``,
``comma_max``, ``comma_bmin``, ``comma_bmax``, ``comma_emin``, ``comma_emax`` (see
:mod:`.commas`). Dictionary paths are relative to the directory of the config file, as in PETRARCH2.
A unit-test record's ``<Config>`` block sets the same options for one record
(:func:`record_options`).
"""

from __future__ import annotations

import configparser
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from newsgraph.errors import ConfigError

_TRUE = {"true", "yes", "1", "on"}
_FALSE = {"false", "no", "0", "off"}


COMMA_OPTIONS = ("comma_min", "comma_max", "comma_bmin", "comma_bmax", "comma_emin", "comma_emax")


@dataclass(frozen=True, slots=True)
class CommaOptions:
    """PETRARCH's comma-delimited clause deletion: an initial (``b``), terminal (``e``) or
    internal clause whose word count lies in ``[min, max]`` is left out before coding;
    a ``max`` of 0 switches that deletion off (the default: nothing is deleted)."""

    min: int = 0
    max: int = 0
    bmin: int = 0
    bmax: int = 0
    emin: int = 0
    emax: int = 0

    @property
    def active(self) -> bool:
        return bool(self.max or self.bmax or self.emax)


@dataclass(frozen=True, slots=True)
class PetrarchConfig:
    """Where the dictionaries are and how to code with them."""

    path: Path
    verb_file: Path
    actor_files: tuple[Path, ...]
    agent_file: Path | None
    discard_file: Path | None
    issue_file: Path | None
    new_actor_length: int = 0
    require_dyad: bool = True
    commas: CommaOptions = CommaOptions()


def _line_of(path: Path, needle: str) -> int:
    try:
        for number, line in enumerate(path.read_text("utf-8", errors="replace").splitlines(), start=1):
            if needle in line:
                return number
    except OSError:
        pass
    return 1


def read_config(path: str | Path) -> PetrarchConfig:
    """Read ``path``; a ConfigError names the file and line of the first problem."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"{path}: PETRARCH config file not found", code="C001")
    parser = configparser.ConfigParser(inline_comment_prefixes=("#", ";"))
    try:
        parser.read_string(path.read_text("utf-8", errors="replace"), source=str(path))
    except configparser.ParsingError as exc:
        lineno, bad = exc.errors[0] if exc.errors else (1, "")
        raise ConfigError(
            f"{path}:{lineno}: not a PETRARCH config file (cannot parse {bad.strip()!r})", code="C003"
        ) from exc
    except configparser.Error as exc:
        lineno = getattr(exc, "lineno", None) or 1
        first = str(exc).splitlines()[0]
        raise ConfigError(f"{path}:{lineno}: not a PETRARCH config file ({first})", code="C003") from exc
    if not parser.has_section("Dictionaries"):
        raise ConfigError(f"{path}:1: PETRARCH config has no [Dictionaries] section", code="C004")
    base = path.parent
    section = parser["Dictionaries"]

    def one(key: str, *, required: bool) -> Path | None:
        value = section.get(key, "").strip()
        if not value:
            if required:
                raise ConfigError(f"{path}:{_line_of(path, '[Dictionaries]')}: [Dictionaries] lacks {key}", code="C005")
            return None
        file = base / value
        if not file.is_file():
            raise ConfigError(f"{path}:{_line_of(path, key)}: {key} names a missing file: {file}", code="C006")
        return file

    verb_file = one("verbfile_name", required=True)
    assert verb_file is not None
    actor_names = [v.strip() for v in section.get("actorfile_list", "").split(",") if v.strip()]
    if not actor_names:
        raise ConfigError(
            f"{path}:{_line_of(path, '[Dictionaries]')}: [Dictionaries] lacks actorfile_list", code="C005"
        )
    actor_files = []
    for name in actor_names:
        file = base / name
        if not file.is_file():
            raise ConfigError(
                f"{path}:{_line_of(path, 'actorfile_list')}: actorfile_list names a missing file: {file}", code="C006"
            )
        actor_files.append(file)
    options = parser["Options"] if parser.has_section("Options") else {}
    raw_length = str(options.get("new_actor_length", "0")).strip() or "0"
    if not raw_length.isdigit():
        raise ConfigError(
            f"{path}:{_line_of(path, 'new_actor_length')}: new_actor_length must be an integer", code="C007"
        )
    raw_dyad = str(options.get("require_dyad", "true")).strip().lower()
    if raw_dyad not in _TRUE | _FALSE:
        raise ConfigError(f"{path}:{_line_of(path, 'require_dyad')}: require_dyad must be true or false", code="C007")
    values: dict[str, int] = {}
    for key in COMMA_OPTIONS:
        raw = str(options.get(key, "0")).strip() or "0"
        if not raw.isdigit():
            raise ConfigError(f"{path}:{_line_of(path, key)}: {key} must be an integer", code="C007")
        values[key[len("comma_") :]] = int(raw)
    return PetrarchConfig(
        path=path,
        verb_file=verb_file,
        actor_files=tuple(actor_files),
        agent_file=one("agentfile_name", required=False),
        discard_file=one("discardfile_name", required=False),
        issue_file=one("issuefile_name", required=False),
        new_actor_length=int(raw_length),
        require_dyad=raw_dyad in _TRUE,
        commas=CommaOptions(**values),
    )


@dataclass(frozen=True, slots=True)
class RecordOptions:
    """The coding options one PETRARCH ``<Config>`` block sets (None: the config file's value)."""

    require_dyad: bool | None = None
    new_actor_length: int | None = None
    commas: CommaOptions | None = None


def record_options(values: Mapping[str, object], base: CommaOptions | None = None) -> RecordOptions:
    """Options of a unit-test record's ``<Config>`` (``require_dyad``, ``new_actor_length``,
    ``comma_*``); values are strings as in the records, unknown or malformed ones are ignored
    (``stop_on_error`` concerns the test driver, not coding)."""
    lowered = {str(k).lower(): str(v).strip() for k, v in values.items()}
    dyad_raw = lowered.get("require_dyad", "").lower()
    dyad = True if dyad_raw in _TRUE else False if dyad_raw in _FALSE else None
    length_raw = lowered.get("new_actor_length", "")
    length = int(length_raw) if length_raw.isdigit() else None
    commas = None
    if any(k in lowered for k in COMMA_OPTIONS):
        start = base or CommaOptions()
        fields = {k: getattr(start, k) for k in ("min", "max", "bmin", "bmax", "emin", "emax")}
        for key in COMMA_OPTIONS:
            raw = lowered.get(key, "")
            if raw.isdigit():
                fields[key[len("comma_") :]] = int(raw)
        commas = CommaOptions(**fields)
    return RecordOptions(require_dyad=dyad, new_actor_length=length, commas=commas)
