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
    "083": "034",  # "promised reforms": intent to institute political reform
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


# An appeal (CAMEO 02), demand (10) or rejection (12) is coded by what is asked for or refused
# (CAMEO manual 1.1b3: 021-028, 101-108, 121-129): "urged Iran to release the sailors" is 0253,
# "demanded that Turkey withdraw" 1056, "refused to meet" 125. The tables give the code by the
# root of the requested act and, more precisely, by its code.
_REQUESTED_OF_ROOT = {
    "02": {"04": "026", "05": "022", "06": "021", "07": "023", "08": "025"},
    "10": {"04": "108", "05": "102", "06": "101", "07": "103", "08": "105"},
    "12": {"04": "125", "06": "121", "07": "122", "08": "124"},
}
_REQUESTED_OF_CODE = {
    "02": {
        # an intent asked for is the act it announces: "urged X to accept mediation" is 028
        "031": "021",
        "032": "022",
        "033": "023",
        "034": "024",
        "035": "025",
        "036": "026",
        "037": "027",
        "038": "028",
        "039": "028",
        "045": "028",
        "057": "027",
        "061": "0211",
        "062": "0212",
        "063": "0213",
        "064": "0214",
        "071": "0231",
        "072": "0232",
        "073": "0233",
        "074": "0234",
        "081": "0251",
        "082": "0252",
        "083": "024",
        "0831": "0241",
        "084": "0253",
        "085": "0254",
        "086": "0255",
        "087": "0256",
    },
    "10": {
        "031": "101",
        "032": "102",
        "033": "103",
        "034": "104",
        "035": "105",
        "036": "108",
        "037": "107",
        "061": "1011",
        "062": "1012",
        "063": "1013",
        "064": "1014",
        "071": "1031",
        "072": "1032",
        "073": "1033",
        "074": "1034",
        "081": "1051",
        "082": "1052",
        "083": "104",
        "0831": "1041",
        "084": "1053",
        "085": "1054",
        "086": "1055",
        "087": "1056",
    },
    "12": {
        "031": "121",
        "033": "122",
        "034": "123",
        "035": "124",
        "036": "125",
        "037": "127",
        "038": "126",
        "039": "126",
        "045": "126",
        "057": "127",
        "061": "1211",
        "062": "1212",
        "071": "1221",
        "072": "1222",
        "073": "1223",
        "074": "1224",
        "081": "1241",
        "082": "1242",
        "083": "123",
        "0831": "1231",
        "084": "1243",
        "085": "1244",
        "086": "1245",
        "087": "1246",
    },
}


def requested(code: str, act: str) -> str:
    """The CAMEO code of the appeal, demand or rejection ``code`` once its object is known to be
    the act ``act`` ("urged X to free" is 0253, "refused to meet" 125).

    Only the unspecified codes (020, 100, 120) are refined; any other ``code`` is returned as is,
    as it is when the act names nothing these categories distinguish.
    """
    root = code[:2]
    if code != f"{root}0" or root not in _REQUESTED_OF_ROOT:
        return code
    by_code = _REQUESTED_OF_CODE[root]
    for key in (act[:4], act[:3]):
        if key in by_code and by_code[key] in cameo_codes():
            return by_code[key]
    refined = _REQUESTED_OF_ROOT[root].get(act[:2], code)
    return refined if refined in cameo_codes() else code
