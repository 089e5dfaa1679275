"""manifest.json: what a job did — versions, renderer, per-stage counts and seconds, schedules, failures, notes.

Written last (atomically) by `director.pipeline`, so a folder whose manifest says `complete: true` holds a whole
film; its `plan.sha256` lets `make` tell a hand-edited plan.json from the one it wrote itself.
"""
from __future__ import annotations

import os
import platform
import time
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from .executor import memory_report
from .models import FilmPlan
from .store import file_digest
from .timing import film_frames


def jsonable(value: Any) -> Any:
    """`value` as plain JSON data (dataclasses, pydantic models, paths and containers included)."""
    if is_dataclass(value) and not isinstance(value, type):
        return jsonable(asdict(value))
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    return value if isinstance(value, (str, int, float, bool, type(None))) else str(value)


def versions(renderer: Any) -> dict[str, Any]:
    import numpy

    from . import __version__

    v = {"director": __version__, "python": platform.python_version(), "numpy": numpy.__version__,
         "networkx": nx.__version__, "renderer": getattr(renderer, "identity", None)}
    try:
        import imageio_ffmpeg

        v["ffmpeg"] = imageio_ffmpeg.get_ffmpeg_version()
    except Exception:   # the version is informative only
        pass
    return v


def build_manifest(plan: FilmPlan, graph: nx.DiGraph, job, renderer: Any, renderer_name: str | None, executor,
                   outputs: dict[str, Path], out: Path, notes: list[str], render_seconds: float,
                   total_seconds: float, planning: dict | None, job_info: dict | None,
                   options: dict[str, Any]) -> dict[str, Any]:
    """The manifest of one finished run of `graph` by `job` (a `director.job.Job`)."""
    stages = {s: {k: (round(v, 6) if isinstance(v, float) else v) for k, v in st.items()}
              for s, st in job.stats.items() if st["tasks"]}
    timings = {"render": round(render_seconds, 6), "total": round(total_seconds, 6)}
    for s, st in stages.items():
        timings[s] = st["seconds"]
    if planning:
        stages = {"planning": {"tasks": 1, "hits": planning["hits"], "misses": planning["misses"],
                               "seconds": planning["seconds"]}, **stages}
        timings["planning"] = planning["seconds"]
    schedules = {}      # each shot's K/L/m (every render task of a shot carries it)
    for t in (graph.nodes[n]["task"] for n in graph.nodes):
        if t.shot is not None and "schedule" in t.params:
            schedules.setdefault(t.shot, t.params["schedule"])
    caps = renderer.capabilities
    plan_file = out / "plan.json"
    return {
        "complete": not job.failures,
        "failures": [f.as_dict() for f in job.failure_list()],
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "versions": versions(renderer),
        "job": {**(job_info or {}), "renderer": renderer_name or getattr(renderer, "name", type(renderer).__name__),
                "renderer_identity": renderer.identity,
                "capabilities": jsonable(caps.as_dict() if hasattr(caps, "as_dict") else caps),
                "executor": getattr(executor, "name", type(executor).__name__),
                "workers": getattr(executor, "workers", None), "options": options},
        "plan": {"title": plan.title, "shots": len(plan.shots), "scenes": len(plan.scenes),
                 "duration": round(plan.duration, 6), "frames": film_frames(plan), "fps": plan.fps,
                 "width": plan.width, "height": plan.height,
                 "sha256": file_digest(plan_file) if plan_file.is_file() else None},
        "planner": (planning or {}).get("usage"),
        "stages": stages,
        "timings": timings,
        "tasks": {"total": graph.number_of_nodes(),
                  "computed": sum(st["misses"] for st in job.stats.values()),
                  "cached": sum(st["hits"] for st in job.stats.values())},
        "schedules": schedules,
        "memory": memory_report(renderer),
        "outputs": {k: os.path.relpath(v, out) for k, v in outputs.items()},
        "notes": notes,
    }
