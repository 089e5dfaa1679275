"""One studio render, in its own process: `python -m director.studio.runner JOB_DIR RENDER_DIR --renderer R`.

Why a process and not a thread: a writer's Cancel must stop the render now, and a thread cannot be stopped.
Killing a process is safe because the pipeline's artifact store writes atomically — a killed render leaves only
finished artifacts, and the next render of the project resumes from them. A renderer that crashes or leaks
GPU memory also takes down only its own process, never the studio.

Protocol with the studio's worker (see queue.py): each pipeline event is one JSON object on a line of the
original stdout (stray prints from libraries are sent to stderr so they cannot corrupt it); then a final
`{"event": "result", ...}` or `{"event": "error", "message": ...}` line. Exit status 0 means the job's
deliverables are in JOB_DIR.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import sys
import traceback
from pathlib import Path
from typing import Any, Callable

from ..errors import DirectorError
from ..models import FilmPlan
from .layout import DELIVERABLES


def event_dict(event: Any) -> dict[str, Any]:
    """A pipeline event as a JSON-able dict, whatever shape the pipeline hands out."""
    if isinstance(event, dict):
        data = dict(event)
    elif dataclasses.is_dataclass(event):
        data = dataclasses.asdict(event)
    elif hasattr(event, "model_dump"):
        data = event.model_dump(mode="json")
    elif hasattr(event, "__dict__"):
        data = dict(vars(event))
    else:
        data = {"event": str(event)}
    return json.loads(json.dumps(data, default=str))


RENDER_OPTIONS = ("width", "height", "renderer_options", "executor", "workers", "burn_subtitles")
"""The render options a studio job may carry; they go to `director.pipeline.render_plan` as they are."""


def render(plan: FilmPlan, render_dir: Path, renderer: str, options: dict[str, Any],
           emit: Callable[[dict[str, Any]], None]):
    """Render `plan` into `render_dir` with the pipeline, forwarding its events."""
    from ..pipeline import render_plan

    unknown = sorted(set(options) - set(RENDER_OPTIONS))
    if unknown:
        raise DirectorError(f"unknown render option(s) {', '.join(unknown)} (known: {', '.join(RENDER_OPTIONS)})")
    return render_plan(plan, render_dir, renderer=renderer, events=lambda e: emit(event_dict(e)), progress=False,
                       **options)


def collect(render_dir: Path, job_dir: Path) -> list[str]:
    """Put the deliverables in the job's own folder, so a later render of the project cannot replace them.

    Hard links where the filesystem allows (the pipeline's outputs are immutable store objects, so sharing
    them is safe and free), copies otherwise; each lands atomically.
    """
    placed = []
    for name in DELIVERABLES:
        source = render_dir / name
        if name == "plan.json" or not source.is_file():
            continue
        tmp = job_dir / f".{name}.part"
        tmp.unlink(missing_ok=True)
        try:
            os.link(source, tmp)
        except OSError:
            shutil.copyfile(source, tmp)
        os.replace(tmp, job_dir / name)
        placed.append(name)
    return placed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m director.studio.runner")
    parser.add_argument("job_dir", type=Path)
    parser.add_argument("render_dir", type=Path)
    parser.add_argument("--renderer", default="animatic")
    parser.add_argument("--options", default="{}", help="JSON object of render options")
    args = parser.parse_args(argv)

    channel = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
    os.dup2(2, 1)  # anything else printed to stdout goes to stderr from here on
    sys.stdout = sys.stderr

    def emit(data: dict[str, Any]) -> None:
        channel.write(json.dumps(data, default=str) + "\n")

    try:
        plan = FilmPlan.model_validate_json((args.job_dir / "plan.json").read_text(encoding="utf-8"))
        result = render(plan, args.render_dir, args.renderer, json.loads(args.options), emit)
        files = collect(args.render_dir, args.job_dir)
        tasks = result.manifest.get("tasks", {})
        emit({"event": "result", "files": files + ["plan.json"], "computed": tasks.get("computed"),
              "cached": tasks.get("cached")})
        return 0
    except DirectorError as exc:
        emit({"event": "error", "message": str(exc)})
        return 2
    except Exception as exc:  # a bug: keep the traceback for the log, tell the writer in one line
        traceback.print_exc()
        emit({"event": "error", "message": f"internal error: {type(exc).__name__}: {exc}"})
        return 1


if __name__ == "__main__":
    sys.exit(main())
