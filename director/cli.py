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


def _load_plan(path: str):
    """Read and validate a plan.json, turning JSON and schema errors into one located message."""
    from pathlib import Path

    from pydantic import ValidationError

    from .errors import InputError
    from .models import FilmPlan

    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read plan: {exc.strerror if isinstance(exc, OSError) else exc}", path) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg} (column {exc.colno})", path, exc.lineno) from exc
    try:
        return FilmPlan.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top level)"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise InputError(f"not a FilmPlan: {where}: {first['msg']}{more}", path) from exc


def _cmd_storyboard(args) -> int:
    from pathlib import Path

    from .storyboard import write_storyboard

    from .errors import InputError

    plan = _load_plan(args.plan)
    out = Path(args.output) if args.output else Path(args.plan).with_name("storyboard.html")
    try:
        write_storyboard(plan, out)
    except OSError as exc:
        raise InputError(f"cannot write the storyboard: {exc.strerror or exc}", str(out)) from exc
    print(out)
    return 0


def _cmd_studio(args) -> int:
    from .studio.serve import serve

    return serve(args.root, host=args.host, port=args.port, token=args.token, workers=args.workers,
                 max_upload_kib=args.max_upload_kib)


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

    s = sub.add_parser("storyboard", help="render storyboard.html from a plan.json (layout drawings, no renderer)")
    s.add_argument("plan", help="plan.json written by `director plan` or `director make`")
    s.add_argument("-o", "--output", help="where to write the HTML (default: storyboard.html beside the plan)")
    s.set_defaults(func=_cmd_storyboard)

    s = sub.add_parser("studio", help="serve the web studio (upload, plan, storyboard, render, watch)")
    s.add_argument("--root", default="studio", help="folder for projects, jobs and renders (default: ./studio)")
    s.add_argument("--host", default="127.0.0.1", help="address to bind; anything but loopback needs --token")
    s.add_argument("--port", type=int, default=8765)
    s.add_argument("--token", help="access token (or DIRECTOR_STUDIO_TOKEN); required off loopback")
    s.add_argument("--workers", type=int, default=1, help="renders run at once (one per GPU or worker)")
    s.add_argument("--max-upload-kib", type=int, default=None, help="upload size limit (default 2048)")
    s.set_defaults(func=_cmd_studio)

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
