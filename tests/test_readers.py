"""Readers: every input format, encodings, ids, cleanup rules and dates, with exact expectations.

No spaCy here: the readers run before the model. Inputs are the small files in
``tests/fixtures/inputs`` (written by the team) or files written into ``tmp_path``.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import shared_file
from newsgraph.errors import ReadError
from newsgraph.readers import codes, read_inputs
from newsgraph.readers.cleanup import Cleaned, byline_names, clean, is_credit
from newsgraph.readers.dates import find_date, parse_date
from newsgraph.readers.decoding import decode, looks_binary, normalise
from newsgraph.readers.markdown import looks_like_markdown, strip_markdown
from newsgraph.readers.problems import Problem
from newsgraph.readers.stdin import read_stdin
from newsgraph.readers.wrapping import is_hard_wrapped, unwrap
from newsgraph.records import Article

INPUTS = Path(__file__).resolve().parent / "fixtures" / "inputs"


def read(*paths: str | Path, **options: object) -> list[Article | ReadError]:
    return list(read_inputs([str(p) for p in paths], **options))  # type: ignore[arg-type]


def only_article(*paths: str | Path, **options: object) -> Article:
    items = read(*paths, **options)
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def errors(items: list[Article | ReadError]) -> list[tuple[str, str]]:
    return [(str(i), i.code) for i in items if isinstance(i, ReadError)]


# --------------------------------------------------------------------------- plain text
def test_txt_is_read_whole_with_its_name_as_id(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text("Maduro met Guaidó in Oslo.\n\nNorway hosted the talks.\n", "utf-8")
    article = only_article(tmp_path / "note.txt")
    assert article == Article(id="note.txt", text="Maduro met Guaidó in Oslo.\n\nNorway hosted the talks.")


def test_txt_id_is_the_relative_path_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "note.txt").write_text("Norway hosted the talks.", "utf-8")
    monkeypatch.chdir(tmp_path)
    assert only_article("./sub/note.txt").id == "sub/note.txt"
    assert only_article(str(tmp_path / "sub" / "note.txt")).id == "note.txt"


def test_headline_byline_and_date_lines_become_metadata(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Norway confirms envoys met in Oslo\nBy newsgraph staff\nPublished: 2019-05-17\n\n"
        "OSLO — Norway said on Friday that envoys had met.\n",
        "utf-8",
    )
    article = only_article(tmp_path / "a.txt")
    assert article.title == "Norway confirms envoys met in Oslo"
    assert article.byline == ("newsgraph staff",)
    assert article.published == "2019-05-17"
    assert article.text == "Norway confirms envoys met in Oslo\n\nOSLO — Norway said on Friday that envoys had met."


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Maduro rejects talks offer\n\nCaracas — Maduro said no.", "Maduro rejects talks offer"),
        ('Maduro said: "We will never surrender."\n\nHe spoke in Caracas.', None),
        ("Will Maduro accept talks?\n\nNobody knows.", None),
        ("Two words\n\nBody.", None),
        ("Maduro rejects talks offer\nCaracas — Maduro said no.", None),  # no blank line, byline or date after it
    ],
)
def test_only_a_headline_like_first_line_becomes_the_title(tmp_path: Path, text: str, title: str | None) -> None:
    (tmp_path / "a.txt").write_text(text, "utf-8")
    article = only_article(tmp_path / "a.txt")
    assert article.title == title
    assert article.text == text  # a headline stays the first paragraph (its events are coded too)


def test_unknown_extension_is_read_as_text_if_it_decodes(tmp_path: Path) -> None:
    (tmp_path / "story.article").write_text("Brazil recalled its ambassador.", "utf-8")
    assert only_article(tmp_path / "story.article").text == "Brazil recalled its ambassador."


# --------------------------------------------------------------------------- encodings
@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"caf\xc3\xa9 \xe2\x80\x9cok\xe2\x80\x9d", "café “ok”"),  # UTF-8
        (b"\xef\xbb\xbfcaf\xc3\xa9", "café"),  # UTF-8 with BOM: the BOM goes
        (b"caf\xe9 \x93ok\x94 \x80 5", "café “ok” € 5"),  # CP1252
        (b"caf\xc3\xa9 and a stray \x93quote\x94", "café and a stray “quote”"),  # UTF-8 with CP1252 bytes
        ("\ufeffcafé “ok”".encode("utf-16-le"), "café “ok”"),  # UTF-16 with BOM
        ("\ufeffcafé".encode("utf-16-be"), "café"),
    ],
)
def test_encodings_are_detected(tmp_path: Path, data: bytes, text: str) -> None:
    (tmp_path / "a.txt").write_bytes(data)
    assert only_article(tmp_path / "a.txt").text == text


def test_newlines_are_normalised_and_text_is_nfc(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Guaido\u0301 spoke.\r\nMaduro\u00ad replied.\rDone.\r\n".encode())
    assert only_article(tmp_path / "a.txt").text == "Guaidó spoke.\nMaduro replied.\nDone."


def test_undecodable_bytes_are_reported() -> None:
    problem = decode(b"Caf\x81\x8d and more")
    assert problem == Problem(
        codes.UNDECODABLE, "undecodable bytes: not UTF-8, UTF-16 or CP1252 (byte 0x81 at offset 3)"
    )


def test_binary_sniffing() -> None:
    assert looks_binary(b"PK\x03\x04\x00\x00 zip")
    assert looks_binary(bytes(range(1, 9)) * 20 + b"text")
    assert not looks_binary(b"plain text, with\ttabs\nand newlines\x0c")
    assert not looks_binary("\ufeffutf-16 text".encode("utf-16-le"))


def test_normalise_drops_invisible_characters() -> None:
    assert normalise("a\u200bb\x07c\u00add\ufeffe\r\nf") == "abcde\nf"


# --------------------------------------------------------------------------- markdown
def test_markdown_file_is_rendered_to_prose() -> None:
    article = only_article(INPUTS / "briefing.md")
    assert article.id == "briefing.md"
    assert article.title == "Norway hosts Venezuela talks"
    assert article.byline == ("Jane Doe", "John Roe")
    assert article.text == (
        "Norway hosts Venezuela talks\n\n"
        "Envoys of the government and the opposition met in Oslo this week, according to the "
        "Norwegian foreign ministry.\n\nWhat was agreed\n\na second round of talks\na joint statement\n\n"
        '"We are ready," said one envoy.'
    )


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("**bold** and __strong__ and *it* and _em_", "bold and strong and it and em"),
        ("[**used**](https://x.org/a_(b)) its [slush\nfund](https://x.org)", "used its slush fund"),
        ("see [the report][1] and <https://x.org>", "see the report and https://x.org"),
        ("snake_case_name and 2 * 3 * 4 stay", "snake_case_name and 2 * 3 * 4 stay"),
        (r"an \*escaped\* star", "an *escaped* star"),
        ("text<br/>more <span class='x'>inside</span>", "textmore inside"),
        ("```\ncode line\n```\n\nafter", "code line\n\nafter"),
        ("Title\n=====\n\nBody.", "Body."),
        ("| a | b |\n|---|---|\n| 1 | 2 |", "| a | b |\n| 1 | 2 |"),
        ("first line  \nsecond line", "first line\nsecond line"),
    ],
)
def test_markdown_rules(source: str, text: str) -> None:
    assert strip_markdown(source).text == text


def test_markdown_title_only_from_a_leading_level_one_heading() -> None:
    assert strip_markdown("# Headline\n\nBody.").title == "Headline"
    assert strip_markdown("Intro.\n\n# Later heading\n\nBody.") == strip_markdown("Intro.\n\nLater heading\n\nBody.")
    assert strip_markdown("Headline\n===\n\nBody.").title == "Headline"


def test_markdown_is_recognised_only_from_strong_signals() -> None:
    assert looks_like_markdown("The [report](https://x.org) said.")
    assert looks_like_markdown("## Background\n\nText.")
    assert looks_like_markdown("A **bold** claim.")
    assert not looks_like_markdown("He said [sic] that *some* things (in brackets) stay #1.")


# --------------------------------------------------------------------------- hard-wrapped text
WRAPPED = (
    "Norway said on Friday that envoys of the government and of the\n"
    "opposition had met in Oslo this week, confirming reports that both\n"
    "sides had travelled there for talks.\n"
    "\n"
    "The talks covered:\n"
    "- an election timetable\n"
    "- the release of prisoners\n"
    "\n"
    "Officials in Caracas declined to comment on the talks on Friday, and\n"
    "Washington said it was watching them closely.\n"
)


def test_hard_wrapped_text_is_unwrapped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(WRAPPED, "utf-8")
    assert only_article(tmp_path / "a.txt").text == (
        "Norway said on Friday that envoys of the government and of the opposition had met in Oslo this week, "
        "confirming reports that both sides had travelled there for talks.\n\n"
        "The talks covered:\n- an election timetable\n- the release of prisoners\n\n"
        "Officials in Caracas declined to comment on the talks on Friday, and Washington said it was watching "
        "them closely."
    )


@pytest.mark.parametrize(
    "text",
    [
        "One paragraph a line.\nAnother paragraph, of a different length altogether, on this line.\nShort.\nAnd more.",
        "Poem\nlines\nare\nshort",
        "Only\ntwo lines.",
    ],
)
def test_text_that_is_not_hard_wrapped_keeps_its_lines(text: str) -> None:
    assert not is_hard_wrapped(text)


def test_a_long_url_does_not_hide_the_wrap_width() -> None:
    text = (
        "Decades of neglect and underinvestment in our infrastructure have left\n"
        "the links in our supply chains struggling to keep up with the rapid\n"
        "increase in goods movement. Despite the pandemic, [America is moving\n"
        "record goods](https://example.gov/briefing-room/blog/2021/11/03/improving-and-tracking-supply-chains/)\n"
        "from our ports to shelves and homes, and the ports of Long Beach and\n"
        "Los Angeles are handling the most in their history."
    )
    assert is_hard_wrapped(text)
    assert unwrap(text).count("\n") == 0
    assert "Long Beach and Los Angeles" in unwrap(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # too few lines to show a wrap width: only the breaks that cut a sentence go
            "NOMINATION SENT TO THE SENATE:\n\n"
            "Uzra Zeya, of Virginia, to be an Under Secretary of State\n"
            "(Civilian Security, Democracy, and Human Rights), vice Sarah Sewall,\n"
            "resigned.\n\n###",
            "NOMINATION SENT TO THE SENATE:\n\n"
            "Uzra Zeya, of Virginia, to be an Under Secretary of State (Civilian Security, Democracy, and Human "
            "Rights), vice Sarah Sewall, resigned.\n\n###",
        ),
        (  # a transcript: each turn a line of its own, one turn cut inside a sentence
            "Q: Mr. President, will you meet the leader of Mexico this week?\n"
            "THE PRESIDENT: We will, and the United States and Mexico will talk about\n"
            "trade and the border.\nQ: When?\nTHE PRESIDENT: Soon.",
            "Q: Mr. President, will you meet the leader of Mexico this week?\n"
            "THE PRESIDENT: We will, and the United States and Mexico will talk about trade and the border.\n"
            "Q: When?\nTHE PRESIDENT: Soon.",
        ),
    ],
)
def test_only_lines_cut_inside_a_sentence_are_joined(text: str, expected: str) -> None:
    assert is_hard_wrapped(text)
    assert unwrap(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The White House\n1600 Pennsylvania Avenue NW\nWashington, DC 20500",  # an address
        "Background Press Call by Senior Administration Officials\nVia Teleconference\n\nMODERATOR: Thanks.",
        "The order directs agencies to act within the following deadlines,\n- within 30 days, a report\n"
        "- within 90 days, a plan",  # a list after a long line ending with a comma
        "and miles to go before I sleep,\nand miles to go before I sleep",  # verse: short lines
        "The Secretary met the Foreign Minister of Mexico on Tuesday in Washington.\n"
        "The two discussed migration.\nThey agreed to meet again.",  # lines that end sentences
    ],
)
def test_line_structure_that_is_not_a_wrap_is_kept(text: str) -> None:
    assert not is_hard_wrapped(text)
    assert unwrap(text) == text


# --------------------------------------------------------------------------- html
def test_html_main_text_only() -> None:
    article = only_article(INPUTS / "article.html")
    assert article.id == "article.html"
    assert article.title == "Venezuela opposition calls for talks"
    assert article.byline == ("Jane Doe",)
    assert article.published == "2019-05-16"
    assert article.text.startswith(
        "Venezuela opposition calls for talks\n\nCARACAS — Opposition leader Juan Guaidó called on Thursday for new talks"
    )
    assert article.text.endswith("because the talks are not public.")
    assert len(article.text.split("\n")) == 6  # the headline, a blank line, the four paragraphs, nothing else
    for boilerplate in ("cookies", "Home", "tracking", "font-family", "Related", "Oil exports", "newsletter", "©"):
        assert boilerplate not in article.text


def test_html_charset_declared_in_meta(tmp_path: Path) -> None:
    body = "Президент Мадуро выступил в Каракасе. " * 8
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>'
    page += f"<body><article><p>{body}</p></article></body></html>"
    (tmp_path / "ru.html").write_bytes(page.encode("cp1251"))
    assert only_article(tmp_path / "ru.html").text == body.strip()


def test_html_without_an_article_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "nav.html").write_text(
        "<html><head><style>p {}</style><script>var page = 1;</script></head><body></body></html>", "utf-8"
    )
    assert errors(read(tmp_path / "nav.html")) == [
        (f"{tmp_path / 'nav.html'}: no article text found in the HTML page", codes.EMPTY_TEXT)
    ]


# --------------------------------------------------------------------------- json lines
def test_jsonl_records_with_all_fields() -> None:
    first, second = read(INPUTS / "wire.jsonl")
    assert first == Article(
        id="w1",
        text="OAS council meets\n\nThe Permanent Council of the OAS met on Tuesday.",
        title="OAS council meets",
        byline=("Jane Doe", "John Roe"),
        published="2019-04-09",
        source="newsgraph wire",
        url="https://example.org/w1",
    )
    assert second == Article(id="2", text="Brazil recalled its ambassador.", byline=("Ana Lima",))


def test_jsonl_problems_are_located_by_line_and_the_rest_is_read(tmp_path: Path) -> None:
    lines = [
        '{"id": "ok1", "text": "Peru expelled the envoy."}',
        "",
        "{not json",
        "[1, 2]",
        '{"id": "x"}',
        '{"id": "y", "text": "   "}',
        '{"id": "z", "text": 42}',
        '{"id": "d", "text": "Chile protested.", "published": "yesterday"}',
        '{"text": "Bolivia abstained."}',
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    items = read(path)
    assert [i.id for i in items if isinstance(i, Article)] == ["ok1", "feed.jsonl:9"]
    p = str(path)
    assert errors(items) == [
        (f"{p}:3: malformed JSON: Expecting property name enclosed in double quotes (column 2)", codes.MALFORMED_JSON),
        (f"{p}:4: not a JSON object (got an array)", codes.NOT_AN_OBJECT),
        (f'{p}:5: record has no "text"', codes.NO_TEXT_FIELD),
        (f'{p}:6: record has an empty "text"', codes.EMPTY_TEXT),
        (f'{p}:7: "text" is not a string (got a number)', codes.NO_TEXT_FIELD),
        (f"{p}:8: \"published\" is not a date: 'yesterday'", codes.BAD_DATE),
    ]


def test_jsonl_markdown_and_html_texts_are_recognised(tmp_path: Path) -> None:
    html = (
        "<html><body><article><p>"
        + "Ecuador closed its border with Colombia on Monday. " * 6
        + "</p></article></body></html>"
    )
    records = [
        {"id": "md", "text": "The **OAS** [voted](https://x.org) on\nTuesday."},
        {"id": "plain", "text": "Keep *this* and [that] as they are."},
        {"id": "html", "text": html, "title": "Border closed"},
        {"id": "forced", "format": "markdown", "text": "Keep *this* as markdown."},
    ]
    (tmp_path / "f.jsonl").write_text("\n".join(json.dumps(r) for r in records), "utf-8")
    texts = {a.id: (a.text, a.title) for a in read(tmp_path / "f.jsonl") if isinstance(a, Article)}
    assert texts["md"] == ("The OAS voted on Tuesday.", None)
    assert texts["plain"] == ("Keep *this* and [that] as they are.", None)
    assert texts["html"] == (("Ecuador closed its border with Colombia on Monday. " * 6).strip(), "Border closed")
    assert texts["forced"] == ("Keep this as markdown.", None)


def test_jsonl_line_too_long_for_any_record_is_skipped_unread(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    path.write_bytes(b'{"id": "a", "text": "' + b"x" * 70_000 + b'"}\n{"id": "b", "text": "Peru voted."}\n')
    items = read(path, max_chars=11)  # lines up to 11 * 8 + 65,536 bytes may be read
    assert [a.id for a in items if isinstance(a, Article)] == ["b"]
    assert errors(items) == [
        (
            f"{path}:1: line is 70,024 bytes, too long for a text within the limit of 11 characters; "
            "raise it with --max-chars",
            codes.TOO_LONG,
        )
    ]


def test_gzipped_jsonl_is_streamed(tmp_path: Path) -> None:
    with gzip.open(tmp_path / "feed.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write('{"id": "g1", "text": "Cuba denounced the sanctions."}\n')
    assert only_article(tmp_path / "feed.jsonl.gz").id == "g1"


def test_jsonl_with_bom_and_cp1252_line(tmp_path: Path) -> None:
    (tmp_path / "f.jsonl").write_bytes(
        b'\xef\xbb\xbf{"id": "a", "text": "caf\xc3\xa9"}\n{"id": "b", "text": "caf\xe9"}\n'
    )
    assert [a.text for a in read(tmp_path / "f.jsonl") if isinstance(a, Article)] == ["café", "café"]


def test_json_document_of_one_record_or_an_array(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text('{"title": "Vote", "text": "Peru voted."}', "utf-8")
    (tmp_path / "many.json").write_text(
        json.dumps(
            [{"id": "m1", "text": "Chile voted."}, ["not", "a record"], {"text": ""}, {"text": "Cuba abstained."}]
        ),
        "utf-8",
    )
    (tmp_path / "bad.json").write_text('{\n  "text": "x",\n  oops\n}', "utf-8")
    (tmp_path / "scalar.json").write_text('"just text"', "utf-8")
    items = read(tmp_path)
    assert [(a.id, a.text) for a in items if isinstance(a, Article)] == [
        ("m1", "Chile voted."),
        ("many.json#4", "Cuba abstained."),
        ("one.json", "Vote\n\nPeru voted."),
    ]
    assert errors(items) == [
        (
            f"{tmp_path}/bad.json:3: malformed JSON: Expecting property name enclosed in double quotes (column 3)",
            codes.MALFORMED_JSON,
        ),
        (f"{tmp_path}/many.json: record 2: not a JSON object (got an array)", codes.NOT_AN_OBJECT),
        (f'{tmp_path}/many.json: record 3: record has an empty "text"', codes.EMPTY_TEXT),
        (
            f"{tmp_path}/scalar.json: a JSON document must be an object or an array of objects (got a string)",
            codes.NOT_AN_OBJECT,
        ),
    ]


# --------------------------------------------------------------------------- csv
def test_csv_with_multiline_field() -> None:
    article = only_article(INPUTS / "briefs.csv")
    assert article == Article(
        id="c1",
        title="Spain arrests former spy chief",
        published="2019-04-13",
        text="Spain arrests former spy chief\n\nMADRID — Police arrested Hugo Carvajal.\n\nHe denied the charges.",
    )


def test_csv_fields_of_any_size_and_row_locations(tmp_path: Path) -> None:
    long_text = "Venezuela protested. " * 20_000  # 420,000 characters: over the csv module's default field limit
    path = tmp_path / "big.csv"
    path.write_text(f'"TEXT ",id\n"{long_text}",r1\n,r2\n"Two\nlines",\n', "utf-8")
    items = read(path)
    assert [(a.id, len(a.text)) for a in items if isinstance(a, Article)] == [
        ("r1", len(long_text.strip())),
        ("big.csv:4", 9),
    ]
    assert errors(items) == [(f'{path}:3: record has no "text"', codes.NO_TEXT_FIELD)]


def test_tsv_and_missing_text_column(tmp_path: Path) -> None:
    (tmp_path / "a.tsv").write_text("id\ttext\nt1\tPanama froze the accounts.\n", "utf-8")
    (tmp_path / "b.csv").write_text("id,body\nb1,Nothing here.\n", "utf-8")
    items = read(tmp_path / "a.tsv", tmp_path / "b.csv")
    assert [a.id for a in items if isinstance(a, Article)] == ["t1"]
    assert errors(items) == [
        (f"{tmp_path / 'b.csv'}:1: CSV header has no \"text\" column (columns: 'id', 'body')", codes.NO_TEXT_FIELD)
    ]


# --------------------------------------------------------------------------- directories and stdin
def test_directory_is_walked_sorted_skipping_hidden(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    for rel, text in {
        "b.txt": "Bolivia voted.",
        "a/z.txt": "Argentina voted.",
        "a/b/y.md": "Aruba **voted**.",
        ".hidden.txt": "Hidden.",
        ".git/config.txt": "Hidden too.",
        "c.jsonl": '{"id": "c1", "text": "Chile voted."}',
    }.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, "utf-8")
    assert [a.id for a in read(root) if isinstance(a, Article)] == ["a/b/y.md", "a/z.txt", "b.txt", "c1"]


def test_broken_links_in_a_directory_are_reported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Peru voted.", "utf-8")
    (tmp_path / "b.txt").symlink_to(tmp_path / "gone.txt")
    items = read(tmp_path)
    assert [a.id for a in items if isinstance(a, Article)] == ["a.txt"]
    assert errors(items) == [(f"{tmp_path}/b.txt: broken symbolic link", codes.NO_SUCH_PATH)]


def test_stdin_plain_text() -> None:
    items = list(read_stdin(max_chars=100, published="2020-01-02", stream=io.BytesIO(b"\n\nPeru voted.\r\n")))
    assert items == [Article(id="-", text="Peru voted.", published="2020-01-02")]


def test_stdin_json_lines_are_sniffed_and_streamed() -> None:
    data = b'\n{"id": "s1", "text": "Peru voted."}\n{oops\n{"id": "s3", "text": "Chile voted."}\n'
    items = list(read_stdin(max_chars=100, published=None, stream=io.BytesIO(data)))
    assert [i.id if isinstance(i, Article) else str(i) for i in items] == [
        "s1",
        "stdin:3: malformed JSON: Expecting property name enclosed in double quotes (column 2)",
        "s3",
    ]


def test_stdin_that_is_json_but_no_record_is_plain_text() -> None:
    items = list(read_stdin(max_chars=100, published=None, stream=io.BytesIO(b'{"a": 1}\nmore')))
    assert items == [Article(id="-", text='{"a": 1}\nmore')]


def test_stdin_too_long_is_counted_not_kept() -> None:
    items = list(read_stdin(max_chars=10, published=None, stream=io.BytesIO(b"x" * 25)))
    assert [str(i) for i in items] == ["stdin: text is 25 characters, over the limit of 10; raise it with --max-chars"]


# --------------------------------------------------------------------------- options
def test_published_option_fills_only_articles_without_a_date(tmp_path: Path) -> None:
    (tmp_path / "f.jsonl").write_text(
        '{"id": "a", "text": "Peru voted.", "published": "2019-01-01"}\n{"id": "b", "text": "Chile voted."}\n', "utf-8"
    )
    dates = [a.published for a in read(tmp_path / "f.jsonl", published="May 16, 2019") if isinstance(a, Article)]
    assert dates == ["2019-01-01", "2019-05-16"]


def test_bad_options_raise_before_reading() -> None:
    with pytest.raises(ReadError) as bad_date:
        read_inputs(["nothing-is-read"], published="16/05/2019")
    assert (str(bad_date.value), bad_date.value.code) == (
        "--published: not a date: '16/05/2019' (use YYYY-MM-DD)",
        codes.BAD_DATE,
    )
    with pytest.raises(ReadError) as bad_limit:
        read_inputs(["nothing-is-read"], max_chars=0)
    assert bad_limit.value.code == codes.BAD_OPTION


def test_max_chars_applies_to_the_text_as_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Advertisement\r\n\r\n" + "x" * 20, "utf-8")  # 35 characters, \r\n counted once
    assert only_article(tmp_path / "a.txt", max_chars=35).text == "x" * 20
    assert errors(read(tmp_path / "a.txt", max_chars=34)) == [
        (
            f"{tmp_path / 'a.txt'}: text is 35 characters, over the limit of 34; raise it with --max-chars",
            codes.TOO_LONG,
        )
    ]


def test_max_chars_for_records_and_html(tmp_path: Path) -> None:
    (tmp_path / "f.jsonl").write_text('{"id": "a", "text": "' + "y" * 30 + '"}\n', "utf-8")
    assert errors(read(tmp_path / "f.jsonl", max_chars=29)) == [
        (
            f"{tmp_path / 'f.jsonl'}:1: text is 30 characters, over the limit of 29; raise it with --max-chars",
            codes.TOO_LONG,
        )
    ]
    page = only_article(INPUTS / "article.html")
    assert only_article(INPUTS / "article.html", max_chars=len(page.text)) == page  # markup does not count
    assert errors(read(INPUTS / "article.html", max_chars=100))[0][1] == codes.TOO_LONG


def test_special_files_are_reported_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert errors(read(fifo)) == [(f"{fifo}: not a regular file or directory", codes.OS_ERROR)]


# --------------------------------------------------------------------------- cleanup
@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("By JANE DOE, Associated Press", ("Jane Doe",)),
        ("Author: Jane Doe", ("Jane Doe",)),
        ("By: Brian Doe, Neale Roe, Tim Major", ("Brian Doe", "Neale Roe", "Tim Major")),
        ("By Jane Doe & John Roe | Reuters", ("Jane Doe", "John Roe")),
        ("By Jane Doe in Caracas", ("Jane Doe",)),
        ("By Ambassador Susan E. Rice", ("Susan E. Rice",)),
        ("By Domestic Policy Advisor Susan E. Rice", ("Susan E. Rice",)),
        ("By White House Gender Policy Council", ("White House Gender Policy Council",)),
        ("By Juan Pablo de la Torre", ("Juan Pablo de la Torre",)),
        ("By Jane Doe, Special Assistant to the President", ("Jane Doe",)),
        ("By Reuters", ("Reuters",)),
        ("By the newsgraph editorial board", ("newsgraph editorial board",)),
        ("By contrast, the government said nothing.", ()),
        ("By Monday Evening, troops had left", ()),
        ("by Presidents Biden and Lula.", ()),
        ("Jane Doe and John Roe", ()),
    ],
)
def test_byline_detection(line: str, names: tuple[str, ...]) -> None:
    assert byline_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Juan Barreto/AFP/Getty Images",
        "Federico Parra/AFP via Getty Images",
        "Photo: Reuters",
        "Photograph: Jane Doe/AP",
        "(AP Photo/Ariana Cubillos)",
        "Opposition leader Juan Guaidó speaks in Caracas. (AP Photo/Ariana Cubillos)",
        "Guaidó at a rally in Caracas. Juan Barreto/AFP/Getty Images",
        "Getty Images",
    ],
)
def test_picture_credits_are_recognised(line: str) -> None:
    assert is_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "Maduro spoke to AP on Tuesday.",
        "The government and Reuters disagreed.",
        "The economy is set to grow, said the statement — White House",
        "Photos of the rally spread quickly online.",
    ],
)
def test_prose_is_not_a_credit(line: str) -> None:
    assert not is_credit(line)


def test_cleanup_removes_credits_and_footers_and_keeps_prose() -> None:
    text = "\n".join(
        [
            "CARACAS — Guaidó called for talks (AP Photo/Ariana Cubillos) on Thursday.",
            "Juan Barreto/AFP/Getty Images",
            "Advertisement",
            "Maduro did not reply.",
            "Sign up for our daily newsletter to get the news in your inbox.",
            "Sign up for health coverage before December 15, officials urged.",
            "Read more: Venezuela's crisis explained",
            "",
            "12 Comments",
            "Great article!",
            "Fake news.",
        ]
    )
    assert clean(text).text == (
        "CARACAS — Guaidó called for talks on Thursday.\n"
        "Maduro did not reply.\n"
        "Sign up for health coverage before December 15, officials urged."
    )


def test_cleanup_leaves_hard_wrapped_prose_alone() -> None:
    text = "The plan asks wealthy taxpayers to pay their fair\nshare.\nOfficials urged families to\nSubscribe to a savings plan and to\nComments from the public were due."
    assert clean(text).text == text


@pytest.mark.parametrize(
    ("head", "byline", "published"),
    [
        ("By Jane Doe | May 16, 2019", ("Jane Doe",), "2019-05-16"),
        ("By Jane Doe\nPublished 10:30 AM EDT, May 16, 2019\nUpdated May 17, 2019", ("Jane Doe",), "2019-05-16"),
        ("Updated: 2019-05-17T08:00:00Z\nBy Jane Doe", ("Jane Doe",), "2019-05-17"),
        ("Posted on Thursday, 16 May 2019", (), "2019-05-16"),
    ],
)
def test_bylines_and_date_lines_at_the_top(head: str, byline: tuple[str, ...], published: str) -> None:
    assert clean(head + "\n\nCARACAS — Maduro spoke.") == Cleaned("CARACAS — Maduro spoke.", byline, published)


def test_date_lines_further_down_are_prose() -> None:
    text = "One.\nTwo.\nThree.\nFour.\nFive.\nSix.\nUpdated May 17, 2019"
    assert clean(text) == Cleaned(text)


def test_cleanup_drops_a_first_line_that_repeats_the_title() -> None:
    assert (
        clean("Border closed\nEcuador closed the border.", title="Border  closed").text == "Ecuador closed the border."
    )
    assert clean("Border closed\nEcuador closed the border.").text == "Border closed\nEcuador closed the border."


# --------------------------------------------------------------------------- dates
@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("2019-05-16", "2019-05-16"),
        ("2019-05-16T10:00:00Z", "2019-05-16"),
        ("2019-05-16T23:30:00-05:00", "2019-05-16"),
        ("2019/5/6", "2019-05-06"),
        ("20190516", "2019-05-16"),
        ("Thu, 16 May 2019 10:00:00 GMT", "2019-05-16"),
        ("16 May 2019", "2019-05-16"),
        ("May 16, 2019", "2019-05-16"),
        ("Sept. 3, 2020", "2020-09-03"),
        ("Thursday, May 16th, 2019 10:00 AM", "2019-05-16"),
        ("05/06/2019", None),  # day and month order differ by country: refused
        ("2019-02-30", None),
        ("May 2019", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_date(value: str, date: str | None) -> None:
    assert parse_date(value) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("10:30 AM EDT, May 16, 2019", "2019-05-16"),
        ("on 2019-05-16 at noon", "2019-05-16"),
        ("Thursday 16 May 2019, 09:00 GMT", "2019-05-16"),
        ("May 99, 2019 or 2019-05-16", "2019-05-16"),
        ("sometime in May", None),
    ],
)
def test_find_date_inside_a_line(text: str, date: str | None) -> None:
    assert find_date(text) == date


# --------------------------------------------------------------------------- invariants
@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_any_text_file_gives_a_clean_article_or_a_coded_error(text: str) -> None:
    data = text.encode("utf-8")
    path = Path(os.environ.get("TMPDIR", "/tmp")) / f"newsgraph-readers-{os.getpid()}.txt"
    try:
        path.write_bytes(data)
        items = read(path)
    finally:
        path.unlink(missing_ok=True)
    assert len(items) == 1
    item = items[0]
    if isinstance(item, ReadError):
        assert item.code in {codes.EMPTY_FILE, codes.EMPTY_TEXT, codes.BINARY_FILE}
    else:
        assert item.text == item.text.strip() and "\r" not in item.text
        assert unicodedata.is_normalized("NFC", item.text)
        assert not any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in item.text)


# --------------------------------------------------------------------------- real news (../shared)
def test_real_corpora_are_read_whole_and_cleanup_spares_their_prose() -> None:
    """Every article of the two small shared corpora is read; cleanup removes no prose from them.

    The demo corpus has no credits or boilerplate: its text must come through unchanged (only
    newlines and Unicode normalised, Markdown rendered, wrapped lines joined). Wikinews articles may carry picture captions ("Image: …");
    those are the only lines cleanup may take out.
    """
    demo = shared_file("corpus/demo_venezuela_latam.jsonl")
    wikinews = shared_file("corpus/wikinews_2019_2020.jsonl")
    for path, only_removable in ((demo, ()), (wikinews, ("Image:",))):
        given = {}
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                text = normalise(record["text"])
                if looks_like_markdown(text):
                    text = strip_markdown(text).text
                elif is_hard_wrapped(text):
                    text = unwrap(text)
                given[record["id"]] = text.strip()
        items = read(path)
        articles = {a.id: a for a in items if isinstance(a, Article)}
        empty = {i for i, text in given.items() if not text}
        assert [e.code for e in items if isinstance(e, ReadError)] == [codes.EMPTY_TEXT] * len(empty)
        assert set(articles) == set(given) - empty
        for aid, article in articles.items():
            kept = set(article.text.split("\n"))
            removed = [line for line in given[aid].split("\n") if line.strip() and line not in kept]
            assert all(line.startswith(only_removable) for line in removed) if only_removable else removed == [], aid
            assert article.published is not None and article.title
