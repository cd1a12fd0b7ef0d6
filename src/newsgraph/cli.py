"""The command line: a thin shell over the library.

Parses options, calls the library, formats output, and maps NewsgraphError to one
line on stderr (``newsgraph: …``) and an exit status. No traceback reaches the user.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from newsgraph import __version__
from newsgraph.errors import NewsgraphError, ReadError
from newsgraph.pipeline import DEFAULT_MODEL

DEFAULT_DB = "newsgraph.duckdb"


def error_line(message: str) -> None:
    print(f"newsgraph: {message}", file=sys.stderr, flush=True)


def _default_format(stream: TextIO, tty: str, piped: str) -> str:
    return tty if stream.isatty() else piped


def _add_format(p: argparse.ArgumentParser, choices: Sequence[str]) -> None:
    p.add_argument(
        "--format",
        choices=list(choices),
        default=None,
        help="output format (default: table on a terminal, else JSON Lines for extract and JSON for the rest)",
    )


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=None, help=f"DuckDB file (default: $NEWSGRAPH_DB or ./{DEFAULT_DB})")


def db_path(args: argparse.Namespace) -> str:
    return str(args.db or os.environ.get("NEWSGRAPH_DB") or DEFAULT_DB)


# --------------------------------------------------------------------------- extract
def cmd_extract(args: argparse.Namespace) -> int:
    from newsgraph.output import render_extraction
    from newsgraph.pipeline import Pipeline
    from newsgraph.readers import read_inputs

    fmt = args.format or _default_format(sys.stdout, "table", "jsonl")
    pipeline = Pipeline(
        model=args.model,
        petrarch_config=args.petrarch_config,
        actor_files=args.actors or (),
        learned_sides=args.learned_sides,
    )
    failed = False
    records: list[dict[str, Any]] = []
    for item in read_inputs(args.paths, max_chars=args.max_chars, published=args.published):
        if isinstance(item, ReadError):
            error_line(str(item))
            failed = True
            continue
        record = pipeline.extract(item).to_dict()
        if fmt == "json":
            records.append(record)
        else:
            sys.stdout.write(render_extraction(record, fmt))
            sys.stdout.flush()
    if fmt == "json":
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return 1 if failed else 0


# --------------------------------------------------------------------------- store
def cmd_ingest(args: argparse.Namespace) -> int:
    from newsgraph.store.ingest import ingest

    report = ingest(
        args.paths,
        db=db_path(args),
        model=args.model,
        petrarch_config=args.petrarch_config,
        actor_files=args.actors or (),
        max_chars=args.max_chars,
        published=args.published,
        progress=not args.quiet,
        on_error=error_line,
        batch_size=args.batch_size,
    )
    if not args.quiet:
        print(report.summary_line(), file=sys.stderr)
    return 1 if report.failed else 0


def _print_rows(rows: Any, fmt: str, render_table: Callable[[Any], str]) -> None:
    if fmt == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    elif fmt == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    else:
        sys.stdout.write(render_table(rows))


def cmd_stats(args: argparse.Namespace) -> int:
    from newsgraph.output import render_stats
    from newsgraph.store import Store

    with Store.open(db_path(args), create=False) as store:
        _print_rows(store.stats(), args.format or _default_format(sys.stdout, "table", "json"), render_stats)
    return 0


def cmd_actors(args: argparse.Namespace) -> int:
    from newsgraph.output import render_actors
    from newsgraph.store import Store

    with Store.open(db_path(args), create=False) as store:
        _print_rows(
            store.actors(limit=args.limit), args.format or _default_format(sys.stdout, "table", "json"), render_actors
        )
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from newsgraph.output import render_summary
    from newsgraph.store import Store

    with Store.open(db_path(args), create=False) as store:
        _print_rows(
            store.summary(top=args.top), args.format or _default_format(sys.stdout, "table", "json"), render_summary
        )
    return 0


# --------------------------------------------------------------------------- parser
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsgraph",
        description="Who did what to whom, and who says so: actors, events and quotes from political news.",
    )
    parser.add_argument("--version", action="version", version=f"newsgraph {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def add_reading(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "paths",
            nargs="+",
            metavar="PATH",
            help="files (.txt .md .html .jsonl .json .csv .tsv .jsonl.gz), directories, or - for stdin",
        )
        p.add_argument(
            "--published",
            default=None,
            metavar="DATE",
            help="publication date (YYYY-MM-DD) for articles that carry none",
        )
        p.add_argument(
            "--model", default=DEFAULT_MODEL, help=f"installed spaCy pipeline to parse with (default: {DEFAULT_MODEL})"
        )
        p.add_argument(
            "--petrarch-config",
            default=None,
            metavar="FILE",
            help="code events with the dictionaries of a PETRARCH config file",
        )
        p.add_argument(
            "--actors",
            action="append",
            default=None,
            metavar="FILE",
            help="extra actor knowledge: a PETRARCH actor dictionary (.txt), CSV or JSONL file (repeatable)",
        )
        p.add_argument(
            "--max-chars",
            type=int,
            default=2_000_000,
            metavar="N",
            help="refuse articles longer than N characters (default: 2,000,000)",
        )

    p = sub.add_parser("extract", help="print one newsgraph.article/1 record per article")
    add_reading(p)
    p.add_argument(
        "--learned-sides",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="add the learned side finder's events after the rule coder's (built-in lexicon; default: off)",
    )
    _add_format(p, ["jsonl", "json", "table"])
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("ingest", help="extract and store articles in the embedded database (idempotent)")
    add_reading(p)
    _add_db(p)
    p.add_argument("--quiet", action="store_true", help="no progress or summary lines")
    p.add_argument("--batch-size", type=int, default=32, metavar="N", help="articles per transaction (default: 32)")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("stats", help="counts of stored articles, actors, events and quotes")
    _add_db(p)
    _add_format(p, ["json", "table"])
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("actors", help="list stored actors with the articles they appear in")
    _add_db(p)
    _add_format(p, ["json", "jsonl", "table"])
    p.add_argument("--limit", type=int, default=None, help="show at most N actors (most articles first)")
    p.set_defaults(func=cmd_actors)

    p = sub.add_parser("summary", help="top actors, top dyads and quotes with speakers")
    _add_db(p)
    _add_format(p, ["json", "table"])
    p.add_argument("--top", type=int, default=10, help="rows per section (default: 10)")
    p.set_defaults(func=cmd_summary)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except NewsgraphError as exc:
        error_line(str(exc))
        return 2
    except KeyboardInterrupt:
        error_line("interrupted")
        return 130
    except BrokenPipeError:
        # output closed early (e.g. piped into head): not an error worth a traceback
        sys.stderr.close()
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
