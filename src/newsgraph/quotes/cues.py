"""The cue lexicon: which words introduce a claim, and where their content is.

Loaded once per process from ``newsgraph/data/quotes/cues.toml`` (written by the team;
the categories follow the attribution relations annotated in PARC and PolNeAR:
assertions, beliefs, intentions, evaluations). Validated at load; a malformed file
raises :class:`newsgraph.errors.ConfigError` with code ``C401``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Token

from newsgraph.data import read_toml
from newsgraph.errors import ConfigError

_RELATIONS = frozenset({"ccomp", "xcomp", "dobj", "quote", "host"})
_NOUN_RELATIONS = frozenset({"acl", "ccomp", "relcl_that"})
_ADJECTIVE_RELATIONS = frozenset({"ccomp", "xcomp"})


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Cue verbs with the content relations each accepts, cue nouns, and pronoun classes."""

    verbs: dict[str, frozenset[str]]
    nouns: frozenset[str]
    noun_relations: frozenset[str]
    according_to: tuple[tuple[str, ...], ...]
    documents: frozenset[str]
    person_pronouns: frozenset[str]
    nonperson_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    first_person: frozenset[str]
    noun_preps: dict[str, frozenset[str]] = field(default_factory=dict)  # stance noun -> prepositions of its content
    agent_nouns: frozenset[str] = frozenset()  # stance nouns for the holder itself ("a supporter of X")
    adjectives: dict[str, frozenset[str]] = field(default_factory=dict)  # stance adjective -> content relations
    documents_after_verb: frozenset[str] = frozenset()  # documents that frame a clause from after its verb
    person_nouns: frozenset[str] = frozenset()  # singular nouns for one person (a pronoun's possible antecedent)
    framing_people: frozenset[str] = frozenset()  # "for X, …" frames a stance when X is one of these
    framing_views: frozenset[str] = frozenset()  # "in X's view, …"
    label_sources: frozenset[str] = frozenset()  # nouns that speak in a headline label ("Newspaper: …")
    label_headings: frozenset[str] = frozenset()  # single words before a colon that head a section, not a claim

    def relations(self, word: Token | str) -> frozenset[str]:
        """The content relations of a cue verb (given as a token or a lemma); empty if it is none."""
        if isinstance(word, str):
            return self.verbs.get(word, frozenset())
        for form in _forms(word):
            rels = self.verbs.get(form)
            if rels:
                return rels
        return frozenset()

    def is_speech(self, word: Token | str) -> bool:
        return "quote" in self.relations(word)


def _forms(tok: Token) -> list[str]:
    """The token's lemma, then base forms guessed from its spelling (the lemmatizer says "hopes" -> "hop")."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    forms = [lemma, low]
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", "")):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            forms.append(low[: -len(suffix)] + repl)
    if low.endswith("ing") and len(low) > 5:
        forms += [low[:-3], low[:-3] + "e"]
    return forms


def _strings(value: object, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"cues.toml: {where} must be a list of non-empty strings", code="C401")
    return [v.lower() for v in value]


def _stance_groups(data: dict[str, object], table: str, allowed: frozenset[str]) -> dict[str, frozenset[str]]:
    """The optional ``[[table]]`` groups: lemmas with the relations (``prep:X`` or one of ``allowed``) of their content."""
    groups = data.get(table, [])
    if not isinstance(groups, list):
        raise ConfigError(f"cues.toml: [[{table}]] entries must be tables", code="C401")
    out: dict[str, set[str]] = {}
    for g in groups:
        if not isinstance(g, dict):
            raise ConfigError(f"cues.toml: [[{table}]] entries must be tables", code="C401")
        name = g.get("name", "?")
        rels = _strings(g.get("content"), f"{table} {name!r} content")
        for rel in rels:
            if rel not in allowed and not rel.startswith("prep:"):
                raise ConfigError(f"cues.toml: {table} {name!r} has an unknown content relation {rel!r}", code="C401")
        for lemma in _strings(g.get("lemmas"), f"{table} {name!r} lemmas"):
            out.setdefault(lemma, set()).update(rels)
    return {k: frozenset(v) for k, v in out.items()}


def _agent_nouns(data: dict[str, object]) -> frozenset[str]:
    """Lemmas of the ``[[stance_noun]]`` groups with ``holder = "copula"``: the noun names the holder."""
    out: set[str] = set()
    groups = data.get("stance_noun", [])
    for g in groups if isinstance(groups, list) else []:
        if isinstance(g, dict) and g.get("holder", "possessor") not in ("possessor", "copula"):
            raise ConfigError(
                f"cues.toml: stance_noun holder must be 'possessor' or 'copula': {g.get('holder')!r}", code="C401"
            )
        if isinstance(g, dict) and g.get("holder") == "copula":
            out.update(_strings(g.get("lemmas"), "stance_noun lemmas"))
    return frozenset(out)


def parse_cues(data: dict[str, object]) -> CueLexicon:
    """Validate the parsed TOML and build the lexicon."""
    groups = data.get("group")
    if not isinstance(groups, list) or not groups:
        raise ConfigError("cues.toml: at least one [[group]] is required", code="C401")
    verbs = _stance_groups(data, "group", _RELATIONS)  # cue verbs: the same [[table]] shape as the stance groups
    nouns = data.get("nouns")
    according = data.get("according_to")
    framing = data.get("framing", {})
    if not isinstance(framing, dict):
        raise ConfigError("cues.toml: [framing] must be a table", code="C401")
    pronouns = data.get("pronouns")
    documents = data.get("documents")
    tables = (nouns, according, pronouns, documents)
    if not all(isinstance(t, dict) for t in tables):
        raise ConfigError("cues.toml: [nouns], [according_to], [documents] and [pronouns] are required", code="C401")
    assert isinstance(nouns, dict) and isinstance(according, dict)
    assert isinstance(pronouns, dict) and isinstance(documents, dict)
    noun_rels = _strings(nouns.get("content"), "nouns content")
    if not set(noun_rels) <= _NOUN_RELATIONS:
        raise ConfigError(f"cues.toml: nouns content must be among {sorted(_NOUN_RELATIONS)}", code="C401")
    documents_lemmas = frozenset(_strings(documents.get("lemmas"), "documents lemmas"))
    after_verb = frozenset(_strings(documents.get("after_verb", []), "documents after_verb"))
    if not after_verb <= documents_lemmas:
        raise ConfigError(
            f"cues.toml: documents after_verb not in lemmas: {sorted(after_verb - documents_lemmas)}", code="C401"
        )
    return CueLexicon(
        verbs=verbs,
        nouns=frozenset(_strings(nouns.get("lemmas"), "nouns lemmas")),
        noun_relations=frozenset(noun_rels),
        according_to=tuple(tuple(p.split()) for p in _strings(according.get("phrases"), "according_to phrases")),
        documents=documents_lemmas,
        person_pronouns=frozenset(_strings(pronouns.get("person"), "pronouns person")),
        nonperson_pronouns=frozenset(_strings(pronouns.get("nonperson"), "pronouns nonperson")),
        plural_pronouns=frozenset(_strings(pronouns.get("plural"), "pronouns plural")),
        relative_pronouns=frozenset(_strings(pronouns.get("relative"), "pronouns relative")),
        first_person=frozenset(_strings(pronouns.get("first_person"), "pronouns first_person")),
        noun_preps=_stance_groups(data, "stance_noun", frozenset()),
        agent_nouns=_agent_nouns(data),
        adjectives=_stance_groups(data, "stance_adjective", _ADJECTIVE_RELATIONS),
        documents_after_verb=after_verb,
        person_nouns=frozenset(_strings(pronouns.get("person_nouns", []), "pronouns person_nouns")),
        framing_people=frozenset(_strings(framing.get("people", []), "framing people")),
        framing_views=frozenset(_strings(framing.get("views", []), "framing views")),
        label_sources=frozenset(_strings(framing.get("label_sources", []), "framing label_sources")),
        label_headings=frozenset(_strings(framing.get("label_headings", []), "framing label_headings")),
    )


@cache
def load_cues() -> CueLexicon:
    """The packaged cue lexicon (parsed and validated once per process)."""
    return parse_cues(read_toml("quotes/cues.toml", code="C400"))
