"""The PETRARCH dictionary readers, on small dictionaries written here in PETRARCH format."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.cli import main
from newsgraph.errors import ConfigError
from newsgraph.events.petrarch import read_config
from newsgraph.events.petrarch.actors import read_actor_dictionary
from newsgraph.events.petrarch.agents import AgentDictionary, read_agent_dictionary
from newsgraph.events.petrarch.discards import read_discards
from newsgraph.events.petrarch.sentence import find_mentions
from newsgraph.events.petrarch.verbs import read_verb_dictionary

VERBS = """\
<!-- a tiny verb dictionary -->
&MONEY
+DOLLAR
+YEN_
+SWISS FRANC

--- GIVE  [070] ---
GIVE {GAVE GIVEN GIVES GIVING}
+HAND_OVER [071]
- * &MONEY [071]   # currency
- * HELP_TO + [073]
- PROMISED_* [050]

--- MEET  [040:040] ---
MEET
- % * [043:043]
"""

ACTORS = """\
ARNOR_ [ARN]
+ARNORIAN
GONDOR [GON]
THE_SHIRE [FRO/BIL]
GOLLUM
+SMEAGOL
\t[HOB <19950601]
\t[HOBGOV 950601-991231]
\t[HOBREB]
"""

AGENTS = """\
!PERSON! = MAN, MEN
POLICE {} [~COP]
MINISTER [~GOV]
CONGRESS!PERSON! [~LEG]
MSF {} [NGO~]
"""


def write(tmp: Path, name: str, text: str) -> Path:
    path = tmp / name
    path.write_text(text, encoding="utf-8")
    return path


def test_verb_dictionary_forms_patterns_and_synsets(tmp_path: Path) -> None:
    vd = read_verb_dictionary(write(tmp_path, "verbs.txt", VERBS))
    assert [b.name for b in vd.blocks] == ["GIVE", "MEET"]
    assert {f.verb for f in vd.by_base["GIVE"]} >= {"GIVE", "GAVE", "GIVEN"}
    assert "MEETS" in vd.by_surface and "MEETING" in vd.by_surface  # regular forms generated
    hand = next(f for f in vd.by_surface["HAND"])
    assert (hand.pre, hand.post, hand.code) == ((), ("OVER",), "071")
    # synset members get plurals unless they end in "_"
    assert ("DOLLARS",) in vd.synsets["MONEY"] and ("YENS",) not in vd.synsets["MONEY"]
    assert ("SWISS", "FRANCS") in vd.synsets["MONEY"]
    give = vd.blocks[0]
    assert [p.code for p in give.patterns] == ["073", "071", "050"]  # longest first
    help_to = give.patterns[0]
    assert [e.kind for e in help_to.after] == ["word", "word", "target"] and help_to.after[0].glued
    promised = give.patterns[2]
    assert promised.star_glued_before and promised.before[0].value == "PROMISED"


def test_actor_dictionary_dates_synonyms_and_alternatives(tmp_path: Path) -> None:
    ad = read_actor_dictionary([write(tmp_path, "actors.txt", ACTORS)])
    (gollum,) = [e for e in ad.candidates("SMEAGOL")]
    assert gollum.code_on(19900101) == "HOB"
    assert gollum.code_on(19970101) == "HOBGOV"  # the narrowest restriction wins over the default
    assert gollum.code_on(20050101) == "HOBREB"
    (shire,) = ad.candidates("THE", "SHIRE")
    assert shire.words == ("THE", "SHIRE") and shire.code_on(None) == "FRO/BIL"
    # a word without a trailing "_" also matches demonym/plural endings; ARNOR_ does not
    assert [e.words for e in ad.candidates("GONDORIAN")] == [("GONDOR",)]
    assert ad.candidates("ARNORS") == []


def test_space_joined_actor_words_allow_a_gap_inside_the_noun_phrase(tmp_path: Path) -> None:
    ad = read_actor_dictionary([write(tmp_path, "actors.txt", "ITHILEN TELEVISION [ITHTV]\nITHILEN_RADIO [ITHRAD]\n")])
    texts = ["ITHILEN", "STATE-RUN", "TELEVISION", "AND", "ITHILEN", "STATE", "RADIO"]
    same_chunk = [0, 0, 0, -1, 1, 1, 1]
    found = [
        (m.start, m.end, m.actor.words) for m in find_mentions(texts, ad, AgentDictionary([]), same_chunk) if m.actor
    ]
    # "ITHILEN_RADIO" demands adjacent words; a space lets "state-run" come in between
    assert found == [(0, 3, ("ITHILEN", "TELEVISION"))]
    other_chunks = [0, 1, 1, -1, 2, 2, 2]
    assert [m.end for m in find_mentions(texts, ad, AgentDictionary([]), other_chunks)] == []


def test_agent_dictionary_plurals_substitutions_prefixes(tmp_path: Path) -> None:
    gd = read_agent_dictionary(write(tmp_path, "agents.txt", AGENTS))
    assert [e.words for e in gd.candidates("MINISTERS")] == [("MINISTERS",)]
    assert gd.candidates("POLICES") == []  # {} means: no plural
    assert {e.words for e in gd.candidates("CONGRESSMEN")} == {("CONGRESSMEN",)}
    (msf,) = gd.candidates("MSF")
    assert msf.prefix and msf.code == "NGO"


def test_discards_sentence_and_story(tmp_path: Path) -> None:
    dd = read_discards(write(tmp_path, "discards.txt", "WORLD CUP\n+TYPHOON  # story level\n"))
    assert dd.first_hit(["THE", "WORLD", "CUP", "FINAL"], dd.sentence) == ("WORLD", "CUP")
    assert dd.first_hit(["A", "TYPHOON"], dd.story) == ("TYPHOON",)
    assert dd.first_hit(["WORLD", "BANK"], dd.sentence) is None


def test_config_paths_are_relative_to_the_config(tmp_path: Path) -> None:
    sub = tmp_path / "dicts"
    sub.mkdir()
    write(sub, "verbs.txt", VERBS)
    write(sub, "actors.txt", ACTORS)
    config = write(
        sub,
        "PETR_config.ini",
        "[Dictionaries]\nverbfile_name = verbs.txt\nactorfile_list = actors.txt\n[Options]\nrequire_dyad = false\n",
    )
    cfg = read_config(config)
    assert cfg.verb_file == sub / "verbs.txt" and cfg.actor_files == (sub / "actors.txt",)
    assert cfg.agent_file is None and cfg.require_dyad is False


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (
            "[Dictionaries]\nverbfile_name = nowhere.txt\nactorfile_list = a.txt\n",
            ":2: verbfile_name names a missing file",
        ),
        ("[Dictionaries]\nverbfile_name\n", ":2: not a PETRARCH config file"),
        ("[Options]\nrequire_dyad = true\n", ":1: PETRARCH config has no [Dictionaries] section"),
    ],
)
def test_config_errors_name_file_and_line(tmp_path: Path, text: str, needle: str) -> None:
    config = write(tmp_path, "bad.ini", text)
    with pytest.raises(ConfigError) as info:
        read_config(config)
    assert str(info.value).startswith(str(config)) and needle in str(info.value)
    assert "\n" not in str(info.value)


def test_broken_dictionary_line_is_named(tmp_path: Path) -> None:
    write(tmp_path, "verbs.txt", "--- GIVE [070] ---\nGIVE\n- GAVE MONEY [071]\n")
    with pytest.raises(ConfigError, match=r"verbs\.txt:3: a pattern has no \*"):
        read_verb_dictionary(tmp_path / "verbs.txt")


def test_cli_reports_a_bad_config_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = write(tmp_path, "PETR_config.ini", "[Dictionaries]\nverbfile_name = missing.txt\nactorfile_list = a.txt\n")
    article = write(tmp_path, "a.txt", "Arnor condemned Gondor.")
    status = main(["extract", "--petrarch-config", str(config), "--format", "jsonl", str(article)])
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1 and err.startswith("newsgraph: ") and "Traceback" not in err
    assert f"{config}:2: verbfile_name names a missing file" in err
