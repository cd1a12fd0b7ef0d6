"""The CAMEO event-code table: Goldstein score, quad class and PLOVER type and mode per code.

CAMEO (Gerner, Schrodt et al., manual v1.1b3) codes are 2-4 digit strings whose first two
digits are the root (01-20). Goldstein (1992) scores run from -10 (most conflictual) to +10.
PLOVER 2.0 types and modes follow the CAMEO-to-PLOVER conversion table of the PLOVER manual.
The facts live in ``data/cameo/codes.tsv``; this module loads them once per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from newsgraph.errors import ConfigError


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code with what the contract reports about it."""

    code: str
    goldstein: float
    quad_class: int  # 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
    plover: str | None
    plover_mode: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


def _parse(text: str, where: str) -> dict[str, CameoCode]:
    table: dict[str, CameoCode] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 5:
            raise ConfigError(f"{where}:{n}: expected 5 tab-separated columns, got {len(parts)}", code="C101")
        code, goldstein, quad, plover, mode = parts
        if not (code.isdigit() and 2 <= len(code) <= 4 and 1 <= int(code[:2]) <= 20):
            raise ConfigError(f"{where}:{n}: {code!r} is not a CAMEO event code", code="C102")
        try:
            score = float(goldstein)
            quad_class = int(quad)
        except ValueError as exc:
            raise ConfigError(f"{where}:{n}: bad Goldstein score or quad class", code="C103") from exc
        if not -10.0 <= score <= 10.0 or quad_class not in (1, 2, 3, 4):
            raise ConfigError(f"{where}:{n}: Goldstein or quad class out of range", code="C103")
        table[code] = CameoCode(
            code, score, quad_class, None if plover == "-" else plover, None if mode == "-" else mode
        )
    roots = {f"{r:02d}" for r in range(1, 21)}
    if not roots <= table.keys():
        raise ConfigError(f"{where}: missing CAMEO roots {sorted(roots - table.keys())}", code="C104")
    return table


@cache
def cameo_codes() -> dict[str, CameoCode]:
    """Every CAMEO event code, keyed by its digit string (loaded once per process)."""
    text = resources.files("newsgraph.data").joinpath("cameo/codes.tsv").read_text("utf-8")
    return _parse(text, "data/cameo/codes.tsv")


def cameo_code(code: str) -> CameoCode:
    """The entry for ``code``; an unknown code raises :class:`ConfigError` (C105)."""
    try:
        return cameo_codes()[code]
    except KeyError:
        raise ConfigError(f"unknown CAMEO event code {code!r}", code="C105") from None


# CAMEO codes an announced (future) cooperative act as an intention (root 03) and an
# announced conflictual act as a threat (root 13): "will release" is 0353, "will attack" 138.
# PLOVER 2.0 does the same (AGREE covers future CONSULT/SUPPORT/COOPERATE/AID).
_INTENT_OF_ROOT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
_INTENT_OF_CODE = {
    "0841": "0353",
    "085": "0354",
    "081": "0351",
    "0871": "0356",
    "087": "0356",
    "086": "0355",
    "0831": "0341",
    "057": "030",
    "045": "039",  # "offered to mediate" is an intent to mediate, not to meet
}
_THREAT_OF_ROOT = {
    "14": "133",
    "15": "138",
    "16": "131",
    "17": "132",
    "18": "1383",
    "19": "138",
    "20": "1385",
}
_THREAT_OF_CODE = {
    "163": "1312",
    "161": "1313",
    "164": "134",
    "165": "135",  # "threatened to end its mediation"
    "166": "136",
    "1723": "1323",
    "1724": "1324",
    "175": "137",  # "threatened a crackdown": violent repression
}


def intended(code: str) -> str:
    """The CAMEO code for announcing ``code`` as a future act (intent or threat)."""
    root = code[:2]
    for table in (_INTENT_OF_CODE, _THREAT_OF_CODE):
        for key in (code, code[:3]):
            if key in table:
                return table[key]
    return _INTENT_OF_ROOT.get(root) or _THREAT_OF_ROOT.get(root) or code
