"""The event coder's data: the CAMEO code table, the lexicon files and date resolution."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.errors import ConfigError
from newsgraph.events.codes import cameo_code, cameo_codes, intended, requested
from newsgraph.events.lexicon import lexicon, parse_noun_line, parse_verb_line
from newsgraph.events.salience import main_event
from newsgraph.events.when_where import resolve_date
from newsgraph.pipeline import Pipeline
from newsgraph.places import place_country
from newsgraph.records import Article

WED = dt.date(2020, 6, 10)  # a Wednesday


def test_code_table_has_every_root_with_goldstein_quad_and_plover() -> None:
    codes = cameo_codes()
    assert {f"{r:02d}" for r in range(1, 21)} <= codes.keys()
    sanction = cameo_code("163")
    assert (sanction.goldstein, sanction.quad_class, sanction.plover) == (-8.0, 4, "SANCTION")
    assert cameo_code("042").plover_mode == "visit"
    assert cameo_code("0831").plover == "RETREAT"  # resigning, as in the PLOVER gold records
    assert cameo_code("010").plover is None  # statements have no PLOVER type
    assert [cameo_code(f"{r:02d}").quad_class for r in (1, 5, 6, 8, 9, 13, 14, 20)] == [1, 1, 2, 2, 3, 3, 4, 4]


def test_unknown_code_is_a_config_error() -> None:
    with pytest.raises(ConfigError) as err:
        cameo_code("999")
    assert err.value.code == "C105"


def test_announced_acts_become_intents_and_threats() -> None:
    assert intended("0841") == "0353"  # will release
    assert intended("042") == "036"  # will visit
    assert intended("163") == "1312"  # will impose sanctions
    assert intended("190") == "138"  # will attack
    assert intended("111") == "111"  # verbal conflict is left alone


def test_lexicon_covers_all_roots_and_reads_patterns() -> None:
    lex = lexicon()
    roots = {p.code[:2] for ps in lex.verbs.values() for p in ps}
    assert roots == {f"{r:02d}" for r in range(1, 21)}
    hold = lex.verbs["hold"]
    assert any(p.code == "040" and "talk" in p.objects for p in hold)
    assert "threaten" in lex.embedding_verbs
    assert lex.score_pattern.search("beat Brazil 2-1")
    pattern, embed = parse_verb_line("t:1", ["163", "impose", "+sanction|embargo", "@on"])
    assert (pattern.lemma, pattern.objects, pattern.prep, embed) == (
        "impose",
        frozenset({"sanction", "embargo"}),
        "on",
        False,
    )
    noun = parse_noun_line("t:2", ["1831", "suicide", "bombing"])
    assert (noun.lemma, noun.modifiers) == ("bombing", ("suicide",))


@pytest.mark.parametrize(
    ("fields", "code"),
    [(["999", "attack"], "C111"), (["190"], "C112"), (["190", "attack", "%oops"], "C112"), (["190"], "C113")],
)
def test_bad_lexicon_lines_are_config_errors(fields: list[str], code: str) -> None:
    parse = parse_noun_line if code == "C113" else parse_verb_line
    with pytest.raises(ConfigError) as err:
        parse("verbs.txt:7", fields)
    assert err.value.code == code
    assert "verbs.txt:7" in str(err.value)


@pytest.mark.parametrize(
    ("text", "forward", "expected"),
    [
        ("yesterday", False, "2020-06-09"),
        ("today", False, "2020-06-10"),
        ("Tuesday", False, "2020-06-09"),
        ("Wednesday", False, "2020-06-10"),
        ("Thursday", False, "2020-06-04"),
        ("Thursday", True, "2020-06-11"),
        ("last week", False, "2020-06-03"),
        ("last month", False, "2020-05"),
        ("May 16", False, "2020-05-16"),
        ("16 May", False, "2020-05-16"),
        ("December 3", False, "2019-12-03"),  # news reports the past: last December
        ("March 2019", False, "2019-03"),
        ("1990", False, "1990"),
        ("2019-05-16", False, "2019-05-16"),
    ],
)
def test_dates_resolve_against_the_article_date(text: str, forward: bool, expected: str) -> None:
    got = resolve_date(text, WED, forward=forward)
    assert got is not None and got.value == expected


def test_no_date_in_plain_words() -> None:
    assert resolve_date("the coming days", WED) is None


def test_places_have_countries() -> None:
    assert place_country("Basra") == "IRQ"
    assert place_country("Oslo") == "NOR"
    assert place_country("Atlantis") is None


def test_announced_mediation_and_crackdowns() -> None:
    assert intended("045") == "039"  # offered to mediate: intent to mediate, not to meet (036)
    assert intended("165") == "135"  # threatened to end its mediation
    assert intended("175") == "137"  # threatened a crackdown: violent repression
    assert intended("0872") == "0356"  # will pull out: intent to de-escalate


# -- the built-in lexicon on short sentences, real model ---------------------------------
# One sentence per rule of the lexicon files: object-specific lines that come before a broader
# line of the same verb ("food aid" is humanitarian, "aid" unspecified), senses that depend on
# a noun's modifier or a preposition, and the codes CAMEO gives the commonest codebook verbs.


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Canada delivered food aid to Sudan.", "073"),  # the 073 line comes before the 070 line
        ("Canada delivered aid to Sudan.", "070"),
        ("Germany shipped howitzers to Ukraine.", "072"),
        ("Japan asked Korea for financial aid.", "023"),  # asking is an appeal (02), not a demand
        ("Iran asked Iraq to hand over the suspects.", "0213"),  # an appeal for judicial cooperation (codes.requested)
        ("The council issued an ultimatum to the rebels.", "139"),  # not the plain threat of 'issue +warning'
        ("India and France conducted joint naval drills.", "062"),  # a partner: military cooperation
        ("Pakistan staged military drills near the border.", "150"),  # alone: a show of force
        ("Thousands of prisoners went on a hunger strike.", "142"),  # not a labour strike (143)
        ("The United States carried out air strikes on militants in Somalia.", "195"),
        ("The unions called off their strike.", "082"),  # easing dissent, not halting talks (164)
        ("Egypt offered to mediate between Israel and Hamas.", "039"),
        ("Qatar threatened to suspend its mediation.", "135"),
        ("Soldiers used villagers as human shields.", "184"),
        ("Turkey placed its troops on high alert.", "152"),
        ("The minister tendered his resignation.", "0831"),
        ("Chad expelled the French ambassador.", "166"),
        ("Russia kicked out two Estonian diplomats.", "166"),
        ("The army massacred dozens of villagers.", "202"),
    ],
)
def test_codebook_triggers(pipeline: Pipeline, text: str, code: str) -> None:
    ex = pipeline.extract(Article(id="t", text=text, published="2020-06-10"))
    doc = pipeline.nlp(text)
    main = main_event(ex.events, doc)
    assert main is not None, text
    assert main.cameo == code, [(e.cameo, e.trigger.text) for e in ex.events]


def test_police_deployments_are_police_power(pipeline: Pipeline) -> None:
    # the sector sense of 'deploy' (rules.toml): police deploying is CAMEO 153, an army 150
    police = pipeline.extract(Article(id="t", text="The police deployed hundreds of officers in Lagos."))
    army = pipeline.extract(Article(id="t", text="The army deployed tanks in Lagos."))
    assert [e.cameo for e in police.events] == ["153"]
    assert [e.cameo for e in army.events] == ["150"]


@pytest.mark.parametrize(
    "text",
    [
        "Arsenal's top scorer attacked down the right.",
        "The winger struck twice in the first half.",
        "Apple released new software for its smartphones.",
    ],
)
def test_sports_and_product_senses_give_no_event(pipeline: Pipeline, text: str) -> None:
    assert pipeline.extract(Article(id="t", text=text)).events == ()


def test_requests_are_coded_by_the_act_requested() -> None:
    assert requested("020", "0841") == "0253"  # urged X to free prisoners: appeal for release
    assert requested("020", "046") == "026"  # urged X to negotiate
    assert requested("100", "0872") == "1056"  # demanded a withdrawal: de-escalation
    assert requested("100", "073") == "1033"
    assert requested("120", "040") == "125"  # refused to meet
    assert requested("120", "045") == "126"  # refused mediation
    assert requested("120", "190") == "120"  # nothing the category distinguishes
    assert requested("025", "040") == "025"  # an already specific code is kept
    assert requested("111", "040") == "111"  # not a request


# -- phrasings mined from real news (benchmarks/mine_triggers.py): the commonest ways statements
# and readouts relate two countries that the lexicon lacked. Each rule has a near miss that must not fire.


def country_triples(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    """(source country, target country, CAMEO root) of the events of ``text`` with a code on both sides."""
    ex = pipeline.extract(Article(id="t", text=text, published="2022-03-01", source="state.gov"))
    return {
        (e.source_code[:3], e.target_code[:3], e.cameo[:2])
        for e in ex.events
        if e.source_code and e.target_code and e.source_code[:3] != e.target_code[:3]
    }


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # 'work with' is cooperation (CAMEO 06, like 'cooperate with'); announced it is an intent (03)
        ("The United States is working with South Africa to dismantle ISIS networks.", ("USA", "ZAF", "06")),
        ("The United States will continue working with the United Kingdom.", ("USA", "GBR", "03")),
        # 'engage with' is consultation (04, the annotation convention)
        ("Canada engaged with Mexico on migration.", ("CAN", "MEX", "04")),
        # 'looks forward to' a cooperative act is an intent (03)
        ("The United States looks forward to working with Paraguay.", ("USA", "PRY", "03")),
        # reaffirming, continuing or renewing a partnership is an intent to cooperate (03)
        ("The United States and Thailand reaffirmed their alliance.", ("THA", "USA", "03")),
        ("Canada will continue its partnership with Mexico.", ("CAN", "MEX", "03")),
        ("The United States renews its partnership with Paraguay.", ("USA", "PRY", "03")),
        # shared vaccine doses and allocated funds are aid (07)
        ("The United States has shared one million vaccine doses with Cambodia.", ("USA", "KHM", "07")),
        ("The United States allocated $5 million to Kenya.", ("USA", "KEN", "07")),
        # a national day's wishes are like congratulations (05)
        (
            "The United States and its people wish the people of The Bahamas prosperity and happiness.",
            ("USA", "BHS", "05"),
        ),
        # sharing an occasion is a symbolic act (01, like grieving with); an envoy's return ends a visit (04)
        ("The United States celebrates with the people of Ghana.", ("USA", "GHA", "01")),
        ("U.S. Special Envoy Tim Lenderking returned from Saudi Arabia on June 18.", ("USA", "SAU", "04")),
        # a national day's regards are greetings (05); a call one 'had' with a leader is a phone call (04)
        ("The United States sends its warmest regards to the people of Fiji.", ("USA", "FJI", "05")),
        ("President Biden had a call with Prime Minister Kishida of Japan.", ("USA", "JPN", "04")),
        # forces that return from a country withdraw from it (08, the sector sense in rules.toml)
        ("American troops returned from Afghanistan.", ("USA", "AFG", "08")),
    ],
)
def test_mined_phrasings(pipeline: Pipeline, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(pipeline, text)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The United States worked hard on the proposal.", "06"),  # no partner: 'work' alone is no cooperation
        ("Canada engaged Mexico's forward units.", "04"),  # no 'with': no consultation
        ("The minister looked at Paraguay's proposal.", "03"),  # 'look' without 'forward to'
        ("The United States reaffirmed its position on Thailand.", "03"),  # a position is no partnership
        ("Canada will continue its investigation of Mexico.", "03"),
        ("The United States shared its views with Cambodia.", "07"),  # views are no aid
        ("The ministry allocated time to Kenya's delegation.", "07"),
        ("I wish Canada a happy birthday.", "05"),  # a birthday is no national day's greeting
        ("Ghana celebrated its victory over Nigeria.", "01"),  # no 'with' or 'alongside': no shared occasion
        ("The President returned to Mexico.", "04"),  # 'to': a journey, not the end of a visit
        ("Canada had a call for proposals from Mexico.", "04"),  # a call for something is no phone call
        ("Canada sent its ambassador to Mexico with regards to trade.", "05"),  # 'with regards to' is no greeting
    ],
)
def test_mined_phrasings_near_misses(pipeline: Pipeline, text: str, root: str) -> None:
    assert all(r != root for _, _, r in country_triples(pipeline, text)), country_triples(pipeline, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("President Biden raised concerns about the practices.", "012"),  # 'raise concern' like 'voice concern'
        ("The Deputy Secretary reiterated concerns about the detentions.", "012"),  # the noun after a readout verb
        ("The United States expresses deep sorrow for the victims.", "018"),  # like condolences
    ],
)
def test_mined_comment_phrasings(pipeline: Pipeline, text: str, code: str) -> None:
    ex = pipeline.extract(Article(id="t", text=text, published="2022-03-01"))
    assert code in {e.cameo for e in ex.events}, [(e.cameo, e.trigger.text) for e in ex.events]


@pytest.mark.parametrize(
    "text",
    [
        "The central bank raised interest rates.",
        "There are concerns that the economy will slow.",
        "Markets expressed little.",
    ],
)
def test_mined_comment_near_misses(pipeline: Pipeline, text: str) -> None:
    ex = pipeline.extract(Article(id="t", text=text, published="2022-03-01"))
    assert not {e.cameo for e in ex.events} & {"012", "018"}, [(e.cameo, e.trigger.text) for e in ex.events]
