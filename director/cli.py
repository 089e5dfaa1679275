"""`director` command line. Each subcommand is a thin shell over the Python API.

User errors (`DirectorError`) print one line naming the file, line and problem and exit with status 2;
anything else is a bug and keeps its traceback.
"""
from __future__ import annotations

import argparse
import json
import sys

from .errors import DirectorError


def _cmd_parse(args) -> int:
    from . import parse
    from .parsing.outline import outline

    script = parse(args.script)
    if args.json:
        print(script.model_dump_json(indent=2))
    else:
        print(outline(script))
    return 0


def _cmd_schema(args) -> int:
    from .models import SCHEMAS

    print(json.dumps(SCHEMAS[args.which].model_json_schema(), indent=2))
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="director", description="Turn screenplays into films.")
    from . import __version__

    p.add_argument("--version", action="version", version=f"director {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    s = sub.add_parser("parse", help="parse a script and print its outline (or --json)")
    s.add_argument("script", help=".fountain, .spmd, .fdx, .txt, .md, or - for stdin")
    s.add_argument("--json", action="store_true", help="print the Script model as JSON")
    s.set_defaults(func=_cmd_parse)

    s = sub.add_parser("schema", help="print the JSON Schema of the Script or FilmPlan model")
    s.add_argument("which", choices=["script", "plan"])
    s.set_defaults(func=_cmd_schema)

    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except DirectorError as exc:
        print(f"director: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("director: interrupted; finished work is kept, re-run to resume", file=sys.stderr)
        return 130
