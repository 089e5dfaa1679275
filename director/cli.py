"""`director` command line. Each subcommand is a thin shell over the Python API.

User errors (`DirectorError`) print one line naming the file, line and problem and exit with status 2, and
so do failures to write (a full disk, an unwritable path, a closed standard output): files are written whole
or not at all, through a temporary name that is removed when the write fails. Anything else is a bug and
keeps its traceback.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .errors import DirectorError


def _cmd_parse(args) -> int:
    from . import parse
    from .parsing.outline import outline

    script = parse(args.script)
    _print(script.model_dump_json(indent=2) if args.json else outline(script))
    return 0


def _cmd_schema(args) -> int:
    from .models import SCHEMAS

    _print(json.dumps(SCHEMAS[args.which].model_json_schema(), indent=2))
    return 0


def _print(text: str) -> None:
    """Write to standard output, flushed now, so that a full disk or a closed stdout is one line and exit 2
    (at exit, Python would report it as an ignored exception and exit 120)."""
    if sys.stdout is None:
        raise DirectorError("standard output is closed; redirect it to a file, or use -o where there is one")
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        _silence_stdout()
        raise DirectorError(f"cannot write to standard output: {exc.strerror or exc}") from None


def _silence_stdout() -> None:
    """After a failed write, point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def write_file(path: str | os.PathLike, text: str) -> Path:
    """Write `text` to `path` whole or not at all: a temporary file beside it, flushed to disk, then renamed;
    on any failure the temporary file is removed and the error is one line naming the path."""
    out = Path(path)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        raise DirectorError(f"{out}: cannot write: {exc.strerror or exc}") from None
    return out


def _load_plan(path: str):
    """Read and validate a plan.json, turning JSON and schema errors into one located message."""
    from pydantic import ValidationError

    from . import limits
    from .errors import InputError
    from .models import FilmPlan

    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read plan: {exc.strerror if isinstance(exc, OSError) else exc}", path) from exc
    try:
        data = limits.loads(text, path)   # strict: no NaN, bounded depth and number size, one-line errors
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
    from .storyboard import render_storyboard

    plan = _load_plan(args.plan)
    out = Path(args.output) if args.output else Path(args.plan).with_name("storyboard.html")
    _print(str(write_file(out, render_storyboard(plan))))
    return 0


def _cmd_studio(args) -> int:
    from .studio.serve import serve

    return serve(args.root, host=args.host, port=args.port, token=args.token, workers=args.workers,
                 max_upload_kib=args.max_upload_kib)


def _cmd_tiny_model(args) -> int:
    from renderers.diffusion.tiny import write_tiny_model

    try:
        if args.family == "wan-vace":
            from renderers.diffusion.tiny_wan import write_tiny_model as write_tiny_wan

            folder = write_tiny_wan(args.folder, seed=args.seed)
        else:
            folder = write_tiny_model(args.folder, seed=args.seed, controlnet=not args.no_controlnet,
                                      sparsectrl=not args.no_sparsectrl, ip_adapter=args.ip_adapter)
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
    lines = [f"film:     {result.film}", f"plan:     {result.plan}", f"manifest: {result.manifest_path}",
             f"{m['plan']['shots']} shots, {m['plan']['duration']:.1f} s at {m['plan']['fps']} fps, "
             f"{m['plan']['width']}x{m['plan']['height']}; {computed} tasks computed, {cached} reused; "
             f"{m['timings']['total']:.1f} s"]
    lines += [f"note:     {note}" for note in m.get("notes", [])]
    _print("\n".join(lines))


def _cmd_plan(args) -> int:
    from .planning import plan

    options = {k: getattr(args, k) for k in ("fps", "width", "height", "seed") if getattr(args, k) is not None}
    result = plan(args.script, planner=args.planner, **options, **_planner_options(args))
    text = result.model_dump_json(indent=2)
    if not args.output or args.output == "-":
        _print(text)
        return 0
    out = write_file(args.output, text + "\n")   # a plan.json on disk is always a whole one
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


def _cmd_gc(args) -> int:
    from pathlib import Path

    from .gc import collect_garbage

    print(collect_garbage(args.out).summary(Path(args.out).resolve()))
    return 0


def _cmd_backends(args) -> int:
    from .backends import describe_backends, format_backends

    info = describe_backends(args.names)
    _print(json.dumps(info, indent=2) if args.json else format_backends(info))
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

    s = sub.add_parser("tiny-model", help="write a tiny random AnimateDiff or Wan VACE stack (tests, CPU demos)")
    s.add_argument("folder", help="where to save_pretrained it; use with --renderer diffusers --model FOLDER")
    s.add_argument("--family", choices=("animatediff", "wan-vace"), default="animatediff",
                   help="animatediff (SD1.5 + motion adapter, the default) or wan-vace (Wan2.1-VACE)")
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--no-controlnet", action="store_true", help="leave out the tiny OpenPose ControlNet")
    s.add_argument("--no-sparsectrl", action="store_true", help="leave out the tiny SparseCtrl-RGB encoder")
    s.add_argument("--ip-adapter", action="store_true",
                   help="add a tiny IP-Adapter laid out as h94/IP-Adapter (the cast's references steer frames)")
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

    s = sub.add_parser("gc", help="remove from OUT/.director what OUT/plan.json no longer needs (old edits, orphans)")
    s.add_argument("out", help="an output folder of `director make` or `director render`")
    s.set_defaults(func=_cmd_gc)

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
        _error(str(exc))
        return 2
    except KeyboardInterrupt:
        print("director: interrupted; finished work is kept, re-run to resume", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `director parse x | head`: the reader left; stop quietly like other Unix tools.
        _silence_stdout()
        return 0
    except OSError as exc:
        # The machine, not the input: a full disk, a read-only or vanished folder, a device that failed.
        where = f"{exc.filename}: " if exc.filename else ""
        _error(f"{where}{exc.strerror or exc}")
        return 2


def _error(message: str) -> None:
    """One line on stderr, whatever the message holds (a hostile id or key with a newline in it)."""
    line = message.replace("\r", "\\r").replace("\n", "\\n")
    try:
        print(f"director: error: {line}", file=sys.stderr)
    except (OSError, ValueError, AttributeError):
        pass
