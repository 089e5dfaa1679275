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


def _cmd_tiny_model(args) -> int:
    from renderers.diffusion.tiny import write_tiny_model

    try:
        folder = write_tiny_model(args.folder, seed=args.seed, controlnet=not args.no_controlnet,
                                  sparsectrl=not args.no_sparsectrl)
    except OSError as exc:
        raise DirectorError(f"{args.folder}: cannot write the tiny model: {exc.strerror or exc}") from exc
    print(folder)
    return 0


def _key_values(pairs: list[str] | None, flag: str) -> dict:
    """KEY=VALUE options for backends; VALUE is read as JSON when it parses (numbers, true, lists), else text."""
    out = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise DirectorError(f"{flag} expects KEY=VALUE, got '{pair}'")
        try:
            out[key.replace("-", "_")] = json.loads(value)
        except json.JSONDecodeError:
            out[key.replace("-", "_")] = value
    return out


def _add_llm_arguments(s) -> None:
    """Connection flags for `--planner llm|auto`; the API key comes from OPENAI_API_KEY or the config file only."""
    g = s.add_argument_group("LLM planner (--planner llm or auto; see README 'LLM planner')")
    g.add_argument("--llm-config", metavar="FILE", help="TOML file with model, base_url, api_key, … (or [llm] table)")
    g.add_argument("--llm-base-url", metavar="URL", help="OpenAI-compatible server (default $OPENAI_BASE_URL)")
    g.add_argument("--llm-model", metavar="NAME", help="model name (default $OPENAI_MODEL)")
    g.add_argument("--llm-temperature", type=float, metavar="T")
    g.add_argument("--llm-timeout", type=float, metavar="SECONDS", help="per request")
    g.add_argument("--llm-concurrency", type=int, metavar="N", help="requests in flight at once")
    g.add_argument("--llm-max-retries", type=int, metavar="N", help="retries after 429, 5xx, timeouts")


def _planner_options(args) -> dict:
    """-P KEY=VALUE options plus the --llm-* flags that were given (as the planner's option names)."""
    options = _key_values(getattr(args, "planner_option", None), "--planner-option")
    flags = {"llm_config": "config", "llm_base_url": "base_url", "llm_model": "model",
             "llm_temperature": "temperature", "llm_timeout": "timeout", "llm_concurrency": "concurrency",
             "llm_max_retries": "max_retries"}
    given = {option: getattr(args, flag) for flag, option in flags.items() if getattr(args, flag, None) is not None}
    if given and getattr(args, "planner", None) not in ("llm", "auto"):
        raise DirectorError("the --llm-* flags need --planner llm or --planner auto")
    options.update(given)
    return options


def _render_options(args) -> dict:
    renderer_options = _key_values(args.renderer_option, "--renderer-option")
    if args.model:
        renderer_options["model"] = args.model
    return {"renderer_options": renderer_options, "executor": _executor(args), "workers": args.workers,
            "events_file": args.events, "progress": False if args.quiet else None,
            "shot_videos": not args.no_shot_videos, "burn_subtitles": args.burn_subtitles,
            "voices": args.voices, "voice_options": _key_values(args.voice_option, "--voice-option"),
            "loudness": args.loudness}


def _executor(args):
    """The executor by name; Ray's gets its cluster address and worker count here (`--ray-address`, `-j`)."""
    if args.executor == "ray":
        from .ray_executor import RayExecutor

        return RayExecutor(workers=args.workers, address=args.ray_address)
    if args.ray_address:
        raise DirectorError("--ray-address needs --executor ray")
    return args.executor


def _print_outputs(result) -> None:
    m = result.manifest
    computed, cached = m["tasks"]["computed"], m["tasks"]["cached"]
    print(f"film:     {result.film}")
    print(f"plan:     {result.plan}")
    print(f"manifest: {result.manifest_path}")
    print(f"{m['plan']['shots']} shots, {m['plan']['duration']:.1f} s at {m['plan']['fps']} fps, "
          f"{m['plan']['width']}x{m['plan']['height']}; {computed} tasks computed, {cached} reused; "
          f"{m['timings']['total']:.1f} s")
    for note in m.get("notes", []):
        print(f"note:     {note}")


def _cmd_plan(args) -> int:
    import os
    from pathlib import Path

    from .planning import plan

    options = {k: getattr(args, k) for k in ("fps", "width", "height", "seed") if getattr(args, k) is not None}
    result = plan(args.script, planner=args.planner, **options, **_planner_options(args))
    text = result.model_dump_json(indent=2)
    if not args.output or args.output == "-":
        print(text)
        return 0
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    tmp.write_text(text + "\n", encoding="utf-8")
    os.replace(tmp, out)   # a plan.json on disk is always a whole one
    from .parsing.outline import scene_labels
    from .timing import running_time

    scenes = len(scene_labels(result.scenes))   # numbered as `director parse` numbers them
    print(f"{out}: {len(result.shots)} shots in {scenes} scene{'s' if scenes != 1 else ''}, running time "
          f"{running_time(result.duration)}, {len(result.entities)} entities", file=sys.stderr)
    return 0


def _cmd_make(args) -> int:
    from pathlib import Path

    from .pipeline import make_film

    out = args.output or str(Path("out") / (Path(args.script).stem if args.script != "-" else "stdin"))
    result = make_film(args.script, out, planner=args.planner, renderer=args.renderer, fps=args.fps,
                       width=args.width, height=args.height, seed=args.seed,
                       planner_options=_planner_options(args), replan=args.replan, **_render_options(args))
    _print_outputs(result)
    return 0


def _cmd_render(args) -> int:
    from pathlib import Path

    from .pipeline import render_plan

    out = args.output or str(Path(args.plan).resolve().parent)
    result = render_plan(args.plan, out, renderer=args.renderer, width=args.width, height=args.height,
                         **_render_options(args))
    _print_outputs(result)
    return 0


def _cmd_backends(args) -> int:
    from .backends import describe_backends, format_backends

    info = describe_backends(args.names)
    print(json.dumps(info, indent=2) if args.json else format_backends(info))
    return 0


def _add_render_arguments(s) -> None:
    s.add_argument("--renderer", default="animatic", help="renderer backend (see `director backends`)")
    s.add_argument("--model", help="model folder or hub id for model-based renderers (renderer option 'model')")
    s.add_argument("-R", "--renderer-option", action="append", metavar="KEY=VALUE",
                   help="renderer option (repeatable; VALUE read as JSON when it parses)")
    s.add_argument("--executor", default="local", help="task executor: local (default) or ray")
    s.add_argument("--ray-address", metavar="ADDRESS",
                   help="Ray cluster to join (auto, ray://host:10001); without it --executor ray starts a local one")
    s.add_argument("-j", "--workers", type=int, help="tasks run at once (default: up to 4 on CPU, 1 on a GPU)")
    s.add_argument("--events", metavar="FILE", help="append progress events to FILE as JSON lines")
    s.add_argument("-q", "--quiet", action="store_true", help="no progress bars")
    s.add_argument("--no-shot-videos", action="store_true", help="skip shots/<id>.mp4 (faster for long films)")
    s.add_argument("--burn-subtitles", action="store_true", help="draw the dialogue into the film's frames")
    s.add_argument("--voices", default=None, help="voice backend: auto (the default unless $DIRECTOR_VOICES "
                   "says otherwise: piper, else espeak, else a silent film), piper, espeak, none, …")
    s.add_argument("-V", "--voice-option", action="append", metavar="KEY=VALUE", help="voice backend option")
    s.add_argument("--loudness", default=None, metavar="LUFS",
                   help="the mix's integrated loudness: -23 (broadcast, default), web (-16) or a number")
    s.add_argument("--width", type=int, help="frame width in pixels")
    s.add_argument("--height", type=int, help="frame height in pixels")


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

    s = sub.add_parser("tiny-model", help="write a tiny random AnimateDiff stack (for tests and CPU demos)")
    s.add_argument("folder", help="where to save_pretrained it; use with --renderer diffusers --model FOLDER")
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--no-controlnet", action="store_true", help="leave out the tiny OpenPose ControlNet")
    s.add_argument("--no-sparsectrl", action="store_true", help="leave out the tiny SparseCtrl-RGB encoder")
    s.set_defaults(func=_cmd_tiny_model)

    s = sub.add_parser("plan", help="plan a script into plan.json (shots, entities, keyframe layouts), validated")
    s.add_argument("script", help=".fountain, .spmd, .fdx, .txt, .md, or - for stdin")
    s.add_argument("-o", "--output", help="where to write plan.json (default: stdout)")
    s.add_argument("--planner", default="rules", help="planner backend (see `director backends`)")
    s.add_argument("-P", "--planner-option", action="append", metavar="KEY=VALUE", help="planner option (repeatable)")
    s.add_argument("--fps", type=int, help="frames per second (default 24)")
    s.add_argument("--width", type=int, help="frame width in pixels (default 640)")
    s.add_argument("--height", type=int, help="frame height in pixels (default 360)")
    s.add_argument("--seed", type=int, help="film seed: every shot's seed derives from it (default 0)")
    _add_llm_arguments(s)
    s.set_defaults(func=_cmd_plan)

    s = sub.add_parser("make", help="script to film: plan, render, edit (resumable; prints where outputs are)")
    s.add_argument("script", help=".fountain, .spmd, .fdx, .txt, .md, or - for stdin")
    s.add_argument("-o", "--output", help="output folder (default: out/<script name>)")
    s.add_argument("--planner", default="rules", help="planner backend (see `director backends`)")
    s.add_argument("-P", "--planner-option", action="append", metavar="KEY=VALUE", help="planner option (repeatable)")
    s.add_argument("--fps", type=int, help="frames per second")
    s.add_argument("--seed", type=int, help="film seed")
    s.add_argument("--replan", action="store_true",
                   help="re-plan from the script even if OUT/plan.json was edited by hand (the edits are lost)")
    _add_llm_arguments(s)
    _add_render_arguments(s)
    s.set_defaults(func=_cmd_make)

    s = sub.add_parser("render", help="render a plan.json into a film (re-renders only what changed)")
    s.add_argument("plan", help="plan.json (from `director plan` or a previous `director make`)")
    s.add_argument("-o", "--output", help="output folder (default: the plan's folder)")
    _add_render_arguments(s)
    s.set_defaults(func=_cmd_render)

    s = sub.add_parser("backends", help="installed planners and renderers, with renderer capabilities")
    s.add_argument("names", nargs="*", help="only these backends (default: all)")
    s.add_argument("--json", action="store_true", help="print as JSON")
    s.set_defaults(func=_cmd_backends)

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
    except BrokenPipeError:
        # `director parse x | head`: the reader left; stop quietly like other Unix tools.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
