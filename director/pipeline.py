"""The director: script → plan → task graph → artifacts → film, resumable, with progress events.

    result = make_film("my_script.fountain", "out/my_film", width=640, height=360, fps=24)
    result.film, result.plan, result.manifest["stages"]["local"]      # paths and cache hits per stage

    result = render_plan("out/my_film/plan.json", "out/my_film")      # after editing plan.json

What happens, in order (this module orchestrates; each step's work lives in the module named):
1. plan: parse and plan the script, cached in the store by script, planner and options so a re-run neither
   re-plans nor pays for LLM tokens again (`director.planning.plan_cached`); or read and check a plan file
   (`director.plan_file`) — a plan with problems is refused with the problems listed, before anything is written;
2. build the task graph from the stages' declarations (`director.graph`, `director.stages`) and find what is
   missing from the store (`director.job`): a task runs only when its artifact is missing and something that is missing needs
   it, so a finished job runs nothing and an edited shot re-renders alone (plus the cut);
3. execute the missing tasks (`director.executor`), each computed by its stage from its inputs' artifacts
   (`director.task_runner`), with events (`director.events`) and the retry policy (`director.faults`), the
   bookkeeping of both in `director.job.Job`;
4. install the outputs into the output folder (`director.outputs`: atomic, hard links into the store where
   possible), then write manifest.json last (`director.manifest`). A failure anywhere before that leaves the
   previous outputs exactly as they were — except a shot that keeps failing to render: the film is then cut
   around its failure slate, installed, and marked incomplete in the manifest, and `FilmIncomplete` is raised.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import registry
from .errors import DirectorError
from .events import EventCallback, EventStream
from .executor import Executor, TaskFailed, get_executor
from .faults import FilmIncomplete
from .graph import build_graph
from .job import Job
from .manifest import build_manifest
from .models import FilmPlan
from .outputs import (STORE_DIR, install_outputs, prepare_out_dir, refuse_to_overwrite_edited_plan,
                      write_json_atomic)
from .plan_file import check_plan, load_plan
from .planning import plan_cached
from .sound import job as sound_job
from .store import ArtifactStore
from .task_runner import TaskRunner

__all__ = ["MakeResult", "STORE_DIR", "load_plan", "make_film", "render_plan"]


@dataclass
class MakeResult:
    """What a job produced: absolute paths of its outputs and the manifest (also in manifest.json)."""

    out_dir: Path
    film: Path
    plan: Path
    manifest_path: Path
    manifest: dict[str, Any]
    outputs: dict[str, Path] = field(default_factory=dict)
    film_plan: FilmPlan | None = None

    def cache(self, stage: str) -> tuple[int, int]:
        """(hits, misses) of one stage."""
        s = self.manifest["stages"].get(stage, {})
        return s.get("hits", 0), s.get("misses", 0)


# ----------------------------------------------------------------------------------------------------------------
# Public API
# ----------------------------------------------------------------------------------------------------------------

def render_plan(plan_or_path: FilmPlan | str | os.PathLike, out_dir: str | os.PathLike,
                renderer: str | Any = "animatic", *, renderer_options: dict[str, Any] | None = None,
                executor: str | Executor | None = None, workers: int | None = None,
                events: EventCallback | None = None, events_file: str | os.PathLike | None = None,
                progress: bool | None = None, shot_videos: bool = True, burn_subtitles: bool = False,
                storyboard: bool = True, prune: bool = True, processes: bool | None = None,
                voices: str | None = None, voice_options: dict[str, Any] | None = None,
                loudness: float | str | None = None,
                width: int | None = None, height: int | None = None, _planning: dict | None = None,
                _stream: EventStream | None = None, _store: ArtifactStore | None = None,
                _job_info: dict | None = None) -> MakeResult:
    """Render a FilmPlan (or plan.json) into `out_dir`: shot clips, film, storyboard, subtitles, timeline.

    `width`/`height` override the plan's frame size (layouts are normalised, so any size works). Everything
    finished is reused from `out_dir/.director`; see the module docstring for the order of work.
    `processes` (local executor): compute in worker processes (True), threads (False), or decide by job size
    (None: processes for long jobs with a CPU renderer known by name).
    `voices`: the voice backend ("auto", the default unless $DIRECTOR_VOICES says otherwise: piper, else
    espeak, else a silent film; "none": silent), with
    `voice_options`; `loudness`: the mix's integrated loudness target in LUFS, or "broadcast" (-23) / "web" (-16).
    """
    t_start = time.perf_counter()
    source = "<plan>"
    if not isinstance(plan_or_path, FilmPlan):
        source = str(plan_or_path)
        plan_or_path = load_plan(plan_or_path)
    plan = plan_or_path
    if width or height:
        plan = plan.model_copy(update={"width": int(width or plan.width), "height": int(height or plan.height)})
    options = {"shot_videos": shot_videos, "burn_subtitles": burn_subtitles, "storyboard": storyboard,
               "voices": voices, "voice_options": voice_options, "loudness": loudness,
               "sound_base": str(Path(source).parent) if source != "<plan>" else str(Path(out_dir).resolve())}
    check_plan(plan, source, ignore=sound_job.retiming_fixes(options))
    renderer_name = renderer if isinstance(renderer, str) else None
    if renderer_name:
        registry.require("renderer", renderer_name)
    out, store = (Path(out_dir).resolve(), _store) if _store is not None else prepare_out_dir(out_dir)
    renderer_obj = registry.load("renderer", renderer_name, **(renderer_options or {})) if renderer_name else renderer
    stream = _stream or EventStream(events, events_file, progress)
    notes: list[str] = []
    try:
        caps = renderer_obj.capabilities
        extra = {"processes": processes} if processes is not None else {}
        exe = get_executor(executor, workers if workers else (1 if caps.device != "cpu" else None), **extra)
        runner = TaskRunner(plan, store.root, renderer_name, renderer_options, renderer=renderer_obj)
        runner._store = store
        try:
            # the voices speak first: shots are re-timed to hold their lines (director.sound.job)
            plan, voiced = sound_job.speak_first(plan, options, renderer_obj.identity, caps, runner, stream, exe)
            check_plan(plan, source)
            graph = build_graph(plan, renderer_identity=renderer_obj.identity, capabilities=caps, **options)
            runner = TaskRunner(plan, store.root, renderer_name, renderer_options, renderer=renderer_obj)
            runner._store = store
            job = Job(graph, runner, stream, recompute_frames=getattr(caps, "recompute_frames", False))
            sound_job.merge(job, voiced)
            render_seconds = job.run(exe)
        except TaskFailed as failure:
            stream.emit("job_failed", error=str(failure), task=failure.task)
            if isinstance(failure.error, DirectorError) or isinstance(failure.error, OSError):
                raise
            failure.error.add_note(f"while running task {failure.task} (finished work is kept; re-run resumes)")
            raise failure.error
        except BaseException as exc:
            stream.emit("job_failed", error=f"{type(exc).__name__}: {exc}")
            raise

        sound = sound_job.summary(plan, options, voiced, store, graph)
        if sound["silent"] and not sound["asked"]:
            notes.append(sound["reason"])       # said once: the manifest's notes, printed by the CLI
        outputs = install_outputs(out, store, graph, plan)
        keep = {graph.nodes[n]["task"].key for n in graph.nodes}
        if _planning and _planning.get("key"):
            keep.add(_planning["key"])
        if _planning and not _planning.get("key"):
            keep |= store.keys("planning")
        if prune:
            store.prune(keep)
        manifest = build_manifest(plan, graph, job, renderer_obj, renderer_name, exe, outputs, out, notes,
                                  render_seconds, time.perf_counter() - t_start, _planning, _job_info,
                                  {"shot_videos": shot_videos, "burn_subtitles": burn_subtitles,
                                   "width": plan.width, "height": plan.height, "fps": plan.fps,
                                   "voice_options": voice_options, "loudness": loudness})
        manifest["sound"] = sound
        manifest_path = out / "manifest.json"
        write_json_atomic(manifest_path, manifest)
        if job.failures:
            stream.emit("job_failed", error=str(FilmIncomplete(job.failure_list())), out_dir=str(out),
                        failures=manifest["failures"], film=str(outputs["film"]))
        else:
            stream.emit("job_finished", seconds=manifest["timings"]["total"], out_dir=str(out),
                        film=str(outputs["film"]))
    finally:
        if _stream is None:
            stream.close()
    result = MakeResult(out_dir=out, film=outputs["film"], plan=outputs["plan"], manifest_path=manifest_path,
                        manifest=manifest, outputs=outputs, film_plan=plan)
    if job.failures:
        raise FilmIncomplete(job.failure_list(), result)    # outputs installed, manifest says incomplete
    return result


def make_film(script_or_path, out_dir, planner: str = "rules", renderer: str | Any = "animatic", *,
              fps: int | None = None, width: int | None = None, height: int | None = None,
              seed: int | None = None, style: str | None = None, planner_options: dict[str, Any] | None = None,
              events: EventCallback | None = None, events_file: str | os.PathLike | None = None,
              progress: bool | None = None, replan: bool = False, **options: Any) -> MakeResult:
    """Parse, plan, render and edit a script into `out_dir` (see the module docstring).

    If `out_dir/plan.json` was edited by hand since this folder's last job, the job stops before touching
    anything (the edits would be lost): render the edited plan with `render_plan`, or pass `replan=True`.

    `fps`, `width`, `height`, `seed`, `style` go to the planner; `planner_options` to its constructor; the remaining
    options (`renderer_options`, `executor`, `workers`, `shot_videos`, `burn_subtitles`, `storyboard`,
    `prune`) to `render_plan`. `events` is called with each event dict; `events_file` gets them as JSON lines.
    """
    t0 = time.perf_counter()
    registry.require("planner", planner)
    if isinstance(renderer, str):
        registry.require("renderer", renderer)
    out, store = prepare_out_dir(out_dir)
    stream = EventStream(events, events_file, progress)
    stream.job_started({"planning": 1}, tasks=1)
    try:
        config = {k: v for k, v in {"fps": fps, "width": width, "height": height, "seed": seed,
                                    "style": style}.items() if v is not None}
        try:
            plan, planning = plan_cached(script_or_path, planner, dict(planner_options or {}), config, store,
                                         stream)
            if not replan:
                refuse_to_overwrite_edited_plan(out, plan)
        except BaseException as exc:
            stream.emit("job_failed", error=f"{type(exc).__name__}: {exc}")
            raise
        job_info = {"script": planning.pop("source") or "<text>", "planner": planner, "planner_options": planner_options or {},
                    "planner_config": config}
        result = render_plan(plan, out, renderer, events=None, _planning=planning, _stream=stream,
                             _store=store, _job_info=job_info, **options)
    finally:
        stream.close()
    result.manifest["timings"]["total"] = round(time.perf_counter() - t0, 6)
    write_json_atomic(result.manifest_path, result.manifest)
    return result
