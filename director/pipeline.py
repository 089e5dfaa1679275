"""The director: script → plan → task graph → artifacts → film, resumable, with progress events.

    result = make_film("my_script.fountain", "out/my_film", width=640, height=360, fps=24)
    result.film, result.plan, result.manifest["stages"]["local"]      # paths and cache hits per stage

    result = render_plan("out/my_film/plan.json", "out/my_film")      # after editing plan.json

What happens, in order:
1. plan: parse and plan the script (cached in the store by script, planner and options, so a re-run neither
   re-plans nor, for the LLM planner, pays for tokens again); a plan file is read and validated instead;
2. validate: a plan with problems is refused with the problems listed, before anything is written;
3. build the task graph (`director.graph`) and find what is missing from the store: a task runs only when its
   artifact is missing and something that is missing needs it, so a finished job runs nothing and an edited shot
   re-renders alone (plus the cut);
4. execute the missing tasks (`director.executor`), each one computing from its inputs' artifacts
   (`TaskRunner`) and reporting events (`director.events`);
5. install the outputs into the output folder (atomic replace; hard links into the store where possible), then
   write manifest.json last. A failure anywhere before that leaves the previous outputs exactly as they were —
   except a shot that keeps failing to render: the film is then cut around its failure slate, installed, and
   marked incomplete in the manifest, and `FilmIncomplete` is raised (`director.faults`).
"""
from __future__ import annotations

import hashlib
import json
import os
import platform
import shutil
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, is_dataclass, replace
from pathlib import Path
from typing import Any, Callable, Iterator

import networkx as nx

from .errors import DirectorError, InputError
from .events import EventCallback, EventStream
from .executor import Executor, TaskFailed, check_renderer, get_executor, memory_report
from .faults import RETRIES, SHOT_STAGES, FilmIncomplete, SlateFrames, TaskFailure, describe, retryable
from .graph import STAGES, Task, build_graph, stage_totals
from .hierarchy import Schedule, ShotContext, render_keyframes, render_level
from .models import FilmPlan, Script
from .store import ArtifactStore, StoreError
from .timing import film_frames, frame_of, shot_spans

OUTPUT_FILES = {
    # stage -> (artifact file name, path in the output folder)
    "plan": [("plan.json", "plan.json")],
    "film": [("film.mp4", "film.mp4")],
    "storyboard": [("storyboard.html", "storyboard.html")],
    "subtitles": [("subtitles.srt", "subtitles.srt"), ("subtitles.vtt", "subtitles.vtt")],
    "timeline": [("timeline.otio", "timeline.otio")],
}
"""The output folder's contract (plus shots/<id>.mp4 and manifest.json)."""

STORE_DIR = ".director"


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
# Computing one task
# ----------------------------------------------------------------------------------------------------------------

class TaskRunner:
    """Computes one task from its inputs' artifacts and stores the result. Picklable (for executors that run
    tasks in other processes): the renderer is re-created from its name and options, and the store reopened,
    in each process that uses them."""

    def __init__(self, plan: FilmPlan, store_root: Path, renderer_name: str | None = None,
                 renderer_options: dict[str, Any] | None = None, renderer: Any = None):
        self.plan = plan
        self.store_root = Path(store_root)
        self.renderer_name = renderer_name
        self.renderer_options = dict(renderer_options or {})
        self._renderer = renderer
        self._store: ArtifactStore | None = None
        self._lock = threading.Lock()
        self._shots = {s.id: s for s in plan.shots}

    def __getstate__(self):
        state = self.__dict__.copy()
        state["_store"] = None
        state["_lock"] = None
        if self.renderer_name is not None:
            state["_renderer"] = None
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def can_run_elsewhere(self) -> bool:
        """True when another process can rebuild this runner: the renderer is known by its registry name."""
        return self.renderer_name is not None

    @property
    def renderer(self):
        with self._lock:
            if self._renderer is None:
                from .registry import load

                self._renderer = load("renderer", self.renderer_name, **self.renderer_options)
            return self._renderer

    @property
    def store(self) -> ArtifactStore:
        if self._store is None:
            self._store = ArtifactStore(self.store_root)
        return self._store

    def _input(self, task: Task, task_id: str):
        failed = task.params.get("failed")
        if failed and task_id in failed:        # that shot failed for good: its failure slate stands in
            span = dict(zip((s.id for s in self.plan.shots), shot_spans(self.plan)))[failed[task_id].shot]
            return SlateFrames(span.rendered, self.plan.width, self.plan.height, failed[task_id])
        art = self.store.get(task.input_key(task_id))
        if art is None:
            raise DirectorError(f"task {task.id}: the artifact of {task_id} vanished from the store; re-run to "
                                "recompute it")
        return art

    def compute(self, task: Task) -> dict[str, Any]:
        """Compute `task` and commit its artifact; returns the artifact's metadata."""
        started = time.perf_counter()
        method = getattr(self, f"_compute_{task.stage}")
        result = method(task, started)
        return result

    # -- stages --------------------------------------------------------------------------------------------
    def _compute_plan(self, task: Task, started: float) -> dict:
        with self.store.writer(task.key, "plan", started) as w:
            w.write_text("plan.json", self.plan.model_dump_json(indent=2) + "\n")
        return {}

    def _ctx(self, task: Task) -> tuple[ShotContext, Schedule]:
        shot = self._shots[task.shot]
        s = dict(task.params["schedule"])
        s.pop("total", None)
        return ShotContext.from_plan(self.plan, shot), Schedule(**s)

    def _compute_keyframes(self, task: Task, started: float) -> dict:
        ctx, schedule = self._ctx(task)
        frames = render_keyframes(self.renderer, ctx, schedule)
        with self.store.writer(task.key, "keyframes", started) as w:
            w.write_array("frames.npy", frames)
            w.meta.update(schedule=schedule.as_dict(), times=schedule.keyframe_times())
        return w.meta

    def _compute_local(self, task: Task, started: float) -> dict:
        ctx, schedule = self._ctx(task)
        (source, _), = task.inputs
        known = self._input(task, source).array()
        frames = render_level(self.renderer, ctx, schedule, task.level, known)
        with self.store.writer(task.key, "local", started) as w:
            w.write_array("frames.npy", frames)
            w.meta.update(level=task.level, frames=len(frames), final=task.level == schedule.levels)
        return w.meta

    def _compute_clip(self, task: Task, started: float) -> dict:
        from .editor import encode_clip

        (source, _), = task.inputs
        frames = self._input(task, source).array()
        with self.store.writer(task.key, "clip", started) as w:
            encode_clip(frames, w.path("clip.mp4"), self.plan.fps)
            w.meta.update(frames=len(frames), head=task.params["head"], tail=task.params["tail"])
            _mark_incomplete(w, task)
        return w.meta

    def _final_frames(self, task: Task) -> dict[str, Any]:
        """shot id -> its final (trimmed) frames, memory-mapped."""
        by_id = {}
        for task_id, _ in task.inputs:
            shot_id = task_id.split("/")[1]
            by_id[shot_id] = self._input(task, task_id).array()
        return by_id

    def _compute_film(self, task: Task, started: float) -> dict:
        from .editor import ShotClip, edit_film

        frames = self._final_frames(task)
        spans = shot_spans(self.plan)

        def clips():
            for shot, span in zip(self.plan.shots, spans):
                yield ShotClip(shot.id, frames[shot.id], span.head, span.tail)

        with self.store.writer(task.key, "film", started) as w:
            stats = edit_film(self.plan, clips(), w.path("film.mp4"),
                              burn_subtitles=bool(task.params.get("burn_subtitles")))
            w.meta.update(stats=_jsonable(stats), frames=film_frames(self.plan))
            _mark_incomplete(w, task)
        return w.meta

    def _compute_storyboard(self, task: Task, started: float) -> dict:
        from .storyboard import write_storyboard

        images = KeyframeImages(self.plan, self._final_frames(task))
        with self.store.writer(task.key, "storyboard", started) as w:
            write_storyboard(self.plan, w.path("storyboard.html"), keyframe_images=images)
            _mark_incomplete(w, task)
        return {}

    def _compute_subtitles(self, task: Task, started: float) -> dict:
        from .subtitles import write_srt, write_vtt

        with self.store.writer(task.key, "subtitles", started) as w:
            write_srt(self.plan, w.path("subtitles.srt"))
            write_vtt(self.plan, w.path("subtitles.vtt"))
        return {}

    def _compute_timeline(self, task: Task, started: float) -> dict:
        from .timeline import write_timeline

        with self.store.writer(task.key, "timeline", started) as w:
            write_timeline(self.plan, w.path("timeline.otio"), shots_dir="shots")
        return {}


def _mark_incomplete(writer, task: Task) -> None:
    """Made with failure slates: the next run must not reuse it (see `director.faults`)."""
    if task.params.get("failed"):
        writer.meta["incomplete"] = sorted(f.shot for f in task.params["failed"].values())


class KeyframeImages(Mapping):
    """(shot id, plan keyframe index) -> the film's frame at that keyframe, read lazily from the shot's clip.

    Lazy so a storyboard of a thousand shots at full size never holds all its images in memory at once.
    """

    def __init__(self, plan: FilmPlan, frames: dict[str, Any]):
        self._frames = frames
        self._index: dict[tuple[str, int], tuple[str, int]] = {}
        for shot, span in zip(plan.shots, shot_spans(plan)):
            if shot.id not in frames:
                continue
            for k, kf in enumerate(shot.keyframes):
                pos = min(max(span.head + frame_of(kf.t, plan.fps), 0), span.rendered - 1)
                self._index[(shot.id, k)] = (shot.id, pos)

    def __getitem__(self, key):
        shot_id, pos = self._index[key]
        return self._frames[shot_id][pos].copy()

    def __iter__(self) -> Iterator:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)


def _jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return _jsonable(asdict(value))
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    return value if isinstance(value, (str, int, float, bool, type(None))) else str(value)


# ----------------------------------------------------------------------------------------------------------------
# One job: graph, what to run, events, statistics
# ----------------------------------------------------------------------------------------------------------------

class Job:
    """Driver-side bookkeeping for one run of a graph: which tasks are needed, events and per-stage counts."""

    def __init__(self, graph: nx.DiGraph, runner: TaskRunner, events: EventStream):
        self.graph, self.runner, self.events = graph, runner, events
        self.store = runner.store
        self.stats = {s: {"tasks": 0, "hits": 0, "misses": 0, "seconds": 0.0, "retries": 0, "failed": 0}
                      for s in STAGES}
        self.retries = RETRIES
        self.failures: dict[str, TaskFailure] = {}     # task id -> why it has no artifact (director.faults)
        self._lock = threading.Lock()
        graph.graph["runner"] = runner

    def needed(self) -> set[str]:
        """Tasks to run: artifact missing (or damaged) and an output or an input of another needed task.

        Walks from the outputs back, so a finished job verifies only its outputs' files, and intermediate
        artifacts are read (and hash-checked) only when something downstream must be recomputed.
        """
        need: set[str] = set()
        for node in reversed(list(nx.topological_sort(self.graph))):
            task = self.graph.nodes[node]["task"]
            consumers = list(self.graph.successors(node))
            is_output = task.stage in OUTPUT_FILES or task.stage == "clip" or not consumers
            if not is_output and not any(c in need for c in consumers):
                continue
            art = self.store.get(task.key)
            if art is None or art.meta.get("incomplete"):     # made around a failed shot: try it again
                need.add(node)
        return need

    def failure_list(self) -> list[TaskFailure]:
        """The tasks that failed for good, one per failure (not the tasks skipped because of it)."""
        return list({f.task: f for f in self.failures.values()}.values())

    def _fields(self, task: Task) -> dict[str, Any]:
        return {"task": task.id, "stage": task.stage, "shot": task.shot}

    def run_task(self, node: str, compute: Callable[[Task], Any] | None = None) -> None:
        """Compute one task (here, or through `compute` — see `director.executor`), with events and
        statistics; thread-safe; raises what the task raised."""
        task = self.graph.nodes[node]["task"]
        failed = {i: self.failures[i] for i, _ in task.inputs if i in self.failures}
        if failed and task.stage in SHOT_STAGES[:2]:
            # its input never came (director.faults): pass the failure on; the cut shows the failure slate
            with self._lock:
                self.failures[node] = next(iter(failed.values()))
                self.stats[task.stage]["failed"] += 1
            self.events.emit("task_failed", **self._fields(task), seconds=0.0, skipped=True,
                             error=f"skipped: {self.failures[node].task} failed")
            return
        if failed:
            task = replace(task, params={**task.params, "failed": failed})
        self.events.emit("task_started", **self._fields(task))
        t0 = time.perf_counter()
        attempt = 1
        while True:
            try:
                (compute or self.runner.compute)(task)
                break
            except BaseException as exc:
                if attempt <= self.retries and retryable(exc):     # bounded retries (director.faults)
                    with self._lock:
                        self.stats[task.stage]["retries"] += 1
                    self.events.emit("task_retried", **self._fields(task), attempt=attempt, error=describe(exc))
                    attempt += 1
                    continue
                self.events.emit("task_failed", **self._fields(task), seconds=round(time.perf_counter() - t0, 6),
                                 error=describe(exc), attempts=attempt)
                if task.stage in SHOT_STAGES[:2] and retryable(exc):
                    with self._lock:      # one shot lost, not the film: keep going (director.faults)
                        self.failures[node] = TaskFailure(task.shot, task.id, describe(exc), attempt)
                        self.stats[task.stage]["failed"] += 1
                    return
                raise
        seconds = time.perf_counter() - t0
        with self._lock:
            st = self.stats[task.stage]
            st["misses"] += 1
            st["seconds"] += seconds
        self.events.emit("task_finished", **self._fields(task), seconds=round(seconds, 6))

    def run(self, executor: Executor) -> float:
        """Run every needed task with `executor`; the rest are reported as cached. Returns wall seconds."""
        for node in self.graph.nodes:
            self.stats[self.graph.nodes[node]["task"].stage]["tasks"] += 1
        need = self.needed()
        self.events.job_started(stage_totals(self.graph), tasks=self.graph.number_of_nodes(), to_run=len(need))
        for node in self.graph.nodes:
            if node not in need:
                task = self.graph.nodes[node]["task"]
                self.stats[task.stage]["hits"] += 1
                self.events.emit("task_cached", **self._fields(task), seconds=0.0)
        sub = self.graph.subgraph(need).copy()
        sub.graph["runner"] = self.runner
        check_renderer(executor, self.runner.renderer, (self.graph.nodes[n]["task"] for n in need))
        t0 = time.perf_counter()
        executor.run(sub, self.run_task)
        return time.perf_counter() - t0


# ----------------------------------------------------------------------------------------------------------------
# Public API
# ----------------------------------------------------------------------------------------------------------------

def _prepare_out_dir(out_dir: str | os.PathLike) -> tuple[Path, ArtifactStore]:
    out = Path(out_dir).expanduser().resolve()
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / f".director-write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise DirectorError(f"{out}: cannot write to the output folder: {exc.strerror or exc}") from exc
    return out, ArtifactStore(out / STORE_DIR)


def _load_renderer(renderer: str | Any, options: dict[str, Any]) -> tuple[Any, str | None]:
    if isinstance(renderer, str):
        from .registry import load

        return load("renderer", renderer, **options), renderer
    return renderer, None


def _check_plan(plan: FilmPlan, source: str) -> None:
    from .layout import validate

    problems = validate(plan)
    if problems:
        shown = "; ".join(str(p) for p in problems[:5])
        more = f"; and {len(problems) - 5} more" if len(problems) > 5 else ""
        raise InputError(f"the plan fails validation ({len(problems)} problem{'s' * (len(problems) > 1)}), "
                         f"nothing rendered: {shown}{more}", file=source)
    if not plan.shots:
        raise InputError("the plan has no shots, nothing to render", file=source)


def load_plan(path: str | os.PathLike) -> FilmPlan:
    """Read plan.json; bad JSON or a field of the wrong shape is an InputError naming the file and line."""
    from pydantic import ValidationError

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("no such plan file", file=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the plan: {exc}", file=str(path)) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg}", file=str(path), line=exc.lineno) from None
    try:
        return FilmPlan.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        line = _line_of(text, err["loc"])
        raise InputError(f"{where}: {err['msg']} ({exc.error_count()} problem(s) in the plan)",
                         file=str(path), line=line) from None


def _line_of(text: str, loc: tuple) -> int | None:
    """1-based line where the JSON value at path `loc` (keys and list indices, as pydantic reports it) starts;
    the deepest part of the path that exists when the rest does not (a missing field: its object's line)."""
    decoder = json.JSONDecoder()

    def skip_ws(i: int) -> int:
        while i < len(text) and text[i] in " \t\r\n":
            i += 1
        return i

    def find(i: int, path: tuple) -> int:
        i = skip_ws(i)
        if not path or i >= len(text):
            return i
        head, rest = path[0], path[1:]
        if text[i] == "{" and isinstance(head, str):
            j = skip_ws(i + 1)
            while j < len(text) and text[j] == '"':
                key, j = decoder.raw_decode(text, j)
                j = skip_ws(skip_ws(j) + 1)             # past the colon
                if key == head:
                    return find(j, rest)
                _, j = decoder.raw_decode(text, j)
                j = skip_ws(j)
                j = skip_ws(j + 1) if j < len(text) and text[j] == "," else j
        elif text[i] == "[" and isinstance(head, int):
            j, index = skip_ws(i + 1), 0
            while j < len(text) and text[j] != "]":
                if index == head:
                    return find(j, rest)
                _, j = decoder.raw_decode(text, j)
                j = skip_ws(j)
                j = skip_ws(j + 1) if j < len(text) and text[j] == "," else j
                index += 1
        return i

    try:
        return text.count("\n", 0, find(0, tuple(loc))) + 1
    except (ValueError, IndexError):
        return None


def _plan_key(script: Script, planner: str, planner_options: dict, config: dict, planner_obj: Any) -> str:
    from . import __version__

    h = hashlib.sha256()
    # A planner's `identity` (if it has one) covers settings that arrive outside the options: the LLM
    # planner's model and server from OPENAI_* variables or a config file, its prompt templates.
    h.update(json.dumps({"planner": planner, "options": planner_options, "config": config,
                         "identity": getattr(planner_obj, "identity", None), "director": __version__},
                        sort_keys=True, default=str).encode())
    h.update(script.model_dump_json().encode())
    module = sys.modules.get(type(planner_obj).__module__)
    folder = Path(module.__file__).parent if module is not None and getattr(module, "__file__", None) else None
    here = Path(__file__).resolve().parent
    sources = sorted(folder.glob("*.py")) if folder is not None else []
    sources += [here / n for n in ("planning.py", "layout.py", "poses.py", "models.py")]
    for f in sources:
        if f.is_file():
            h.update(f.read_bytes())
    return "planning-" + h.hexdigest()


def _plan_script(script_or_path, planner: str, planner_options: dict, config: dict, store: ArtifactStore,
                 events: EventStream) -> tuple[FilmPlan, dict]:
    """Parse and plan, reusing the store's copy when the script, planner and options are unchanged."""
    from . import parse
    from .layout import validate
    from .planning import InvalidPlan
    from .registry import load

    t0 = time.perf_counter()
    script = script_or_path if isinstance(script_or_path, Script) else parse(script_or_path)
    planner_obj = load("planner", planner, **{**planner_options, **config})   # as director.planning.plan does
    key = _plan_key(script, planner, planner_options, config, planner_obj)
    events.emit("task_started", task="planning", stage="planning", shot=None)
    cached = store.get(key)
    if cached is not None:
        plan = FilmPlan.model_validate_json(cached.path("plan.json").read_text(encoding="utf-8"))
        info = {"hits": 1, "misses": 0, "seconds": round(time.perf_counter() - t0, 6),
                "usage": cached.meta.get("usage")}
        events.emit("task_cached", task="planning", stage="planning", shot=None, seconds=info["seconds"])
        return plan, info
    plan = planner_obj.plan(script, config)
    problems = validate(plan)
    if problems:
        raise InvalidPlan(planner, problems)
    usage = _jsonable(getattr(planner_obj, "report", None) or getattr(planner_obj, "usage", None))
    with store.writer(key, "planning", t0) as w:
        w.write_text("plan.json", plan.model_dump_json(indent=2))
        w.meta["usage"] = usage
    seconds = round(time.perf_counter() - t0, 6)
    events.emit("task_finished", task="planning", stage="planning", shot=None, seconds=seconds)
    return plan, {"hits": 0, "misses": 1, "seconds": seconds, "usage": usage, "key": key}


def _install(src: Path, dst: Path) -> None:
    """Put a store object at `dst` atomically: hard link (free) where possible, else a copy."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    try:
        if os.path.samefile(src, dst):
            return          # already this very file (renaming a link onto itself would be a no-op anyway)
    except OSError:
        pass
    tmp = dst.with_name(f".{dst.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        os.link(src, tmp)
    except OSError:
        shutil.copyfile(src, tmp)
    os.replace(tmp, dst)
    tmp.unlink(missing_ok=True)


def _write_json_atomic(path: Path, data: Any) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=False, default=str) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def _versions(renderer: Any) -> dict[str, Any]:
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


def render_plan(plan_or_path: FilmPlan | str | os.PathLike, out_dir: str | os.PathLike,
                renderer: str | Any = "animatic", *, renderer_options: dict[str, Any] | None = None,
                executor: str | Executor | None = None, workers: int | None = None,
                events: EventCallback | None = None, events_file: str | os.PathLike | None = None,
                progress: bool | None = None, shot_videos: bool = True, burn_subtitles: bool = False,
                storyboard: bool = True, prune: bool = True, processes: bool | None = None,
                width: int | None = None,
                height: int | None = None, _planning: dict | None = None,
                _stream: EventStream | None = None, _store: ArtifactStore | None = None,
                _job_info: dict | None = None) -> MakeResult:
    """Render a FilmPlan (or plan.json) into `out_dir`: shot clips, film, storyboard, subtitles, timeline.

    `width`/`height` override the plan's frame size (layouts are normalised, so any size works). Everything
    finished is reused from `out_dir/.director`; see the module docstring for the order of work.
    `processes` (local executor): compute in worker processes (True), threads (False), or decide by job size
    (None: processes for long jobs with a CPU renderer known by name).
    """
    t_start = time.perf_counter()
    source = "<plan>"
    if not isinstance(plan_or_path, FilmPlan):
        source = str(plan_or_path)
        plan_or_path = load_plan(plan_or_path)
    plan = plan_or_path
    if width or height:
        plan = plan.model_copy(update={"width": int(width or plan.width), "height": int(height or plan.height)})
    _check_plan(plan, source)
    if isinstance(renderer, str):
        _require_backend("renderer", renderer)
    out, store = (Path(out_dir).resolve(), _store) if _store is not None else _prepare_out_dir(out_dir)
    renderer_obj, renderer_name = _load_renderer(renderer, renderer_options or {})
    stream = _stream or EventStream(events, events_file, progress)
    notes: list[str] = []
    optional = {"storyboard": storyboard, "subtitles": True, "timeline": True}
    for stage, module in (("storyboard", "storyboard"), ("subtitles", "subtitles"), ("timeline", "timeline")):
        if optional[stage] and not _module_exists(module):
            optional[stage] = False
            notes.append(f"{stage} skipped: director/{module}.py is not installed in this version")
    try:
        caps = renderer_obj.capabilities
        graph = build_graph(plan, renderer_identity=renderer_obj.identity, capabilities=caps,
                            shot_videos=shot_videos, burn_subtitles=burn_subtitles, **optional)
        runner = TaskRunner(plan, store.root, renderer_name, renderer_options, renderer=renderer_obj)
        runner._store = store
        job = Job(graph, runner, stream)
        extra = {"processes": processes} if processes is not None else {}
        exe = get_executor(executor, workers if workers else (1 if caps.device != "cpu" else None), **extra)
        try:
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

        outputs = _install_outputs(out, store, graph, plan)
        keep = {graph.nodes[n]["task"].key for n in graph.nodes}
        if _planning and _planning.get("key"):
            keep.add(_planning["key"])
        if _planning and not _planning.get("key"):
            keep |= store.keys("planning")
        if prune:
            store.prune(keep)
        manifest = _manifest(plan, graph, job, renderer_obj, renderer_name, exe, outputs, out, notes,
                             render_seconds, time.perf_counter() - t_start, _planning, _job_info,
                             {"shot_videos": shot_videos, "burn_subtitles": burn_subtitles,
                              "width": plan.width, "height": plan.height, "fps": plan.fps})
        manifest_path = out / "manifest.json"
        _write_json_atomic(manifest_path, manifest)
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


def _digest_or_none(path: Path) -> str | None:
    from .store import file_digest

    return file_digest(path) if path.is_file() else None


def _module_exists(name: str) -> bool:
    return (Path(__file__).resolve().parent / f"{name}.py").is_file()


def _install_outputs(out: Path, store: ArtifactStore, graph: nx.DiGraph, plan: FilmPlan) -> dict[str, Path]:
    outputs: dict[str, Path] = {}
    for node in graph.nodes:
        task = graph.nodes[node]["task"]
        if task.stage not in OUTPUT_FILES and task.stage != "clip":
            continue            # intermediate frames: never read (or hash-checked) just to install outputs
        art = store.get(task.key)
        if task.stage in OUTPUT_FILES:
            if art is None:
                raise StoreError(f"{out}: the {task.stage} artifact is missing after the run; re-run to resume")
            for name, rel in OUTPUT_FILES[task.stage]:
                _install(art.path(name), out / rel)
                outputs[Path(rel).stem if task.stage != "subtitles" else Path(rel).name] = out / rel
        elif task.stage == "clip":
            if art is None:
                raise StoreError(f"{out}: the clip of {task.shot} is missing after the run; re-run to resume")
            _install(art.path("clip.mp4"), out / "shots" / f"{task.shot}.mp4")
    shots_dir = out / "shots"
    if shots_dir.is_dir():
        current = {f"{s.id}.mp4" for s in plan.shots}
        for f in shots_dir.glob("*.mp4"):
            if f.name not in current:
                f.unlink()          # a shot that left the plan: its clip must not linger in the timeline's folder
        outputs["shots"] = shots_dir
    return outputs


def _manifest(plan, graph, job: Job, renderer, renderer_name, exe, outputs, out: Path, notes, render_seconds,
              total_seconds, planning, job_info, options) -> dict[str, Any]:
    stages = {s: {k: (round(v, 6) if isinstance(v, float) else v) for k, v in st.items()}
              for s, st in job.stats.items() if st["tasks"]}
    timings = {"render": round(render_seconds, 6), "total": round(total_seconds, 6)}
    for s, st in stages.items():
        timings[s] = st["seconds"]
    if planning:
        stages = {"planning": {"tasks": 1, "hits": planning["hits"], "misses": planning["misses"],
                               "seconds": planning["seconds"]}, **stages}
        timings["planning"] = planning["seconds"]
    schedules = {}
    for node in graph.nodes:
        t = graph.nodes[node]["task"]
        if t.stage == "keyframes":
            schedules[t.shot] = t.params["schedule"]
    return {
        "complete": not job.failures,
        "failures": [f.as_dict() for f in job.failure_list()],
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "versions": _versions(renderer),
        "job": {**(job_info or {}), "renderer": renderer_name or getattr(renderer, "name", type(renderer).__name__),
                "renderer_identity": renderer.identity, "capabilities": _jsonable(renderer.capabilities.as_dict()
                                                                                   if hasattr(renderer.capabilities, "as_dict") else renderer.capabilities),
                "executor": getattr(exe, "name", type(exe).__name__), "workers": getattr(exe, "workers", None),
                "options": options},
        "plan": {"title": plan.title, "shots": len(plan.shots), "scenes": len(plan.scenes),
                 "duration": round(plan.duration, 6), "frames": film_frames(plan), "fps": plan.fps,
                 "width": plan.width, "height": plan.height, "sha256": _digest_or_none(out / "plan.json")},
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
    _require_backend("planner", planner)
    if isinstance(renderer, str):
        _require_backend("renderer", renderer)
    out, store = _prepare_out_dir(out_dir)
    stream = EventStream(events, events_file, progress)
    try:
        config = {k: v for k, v in {"fps": fps, "width": width, "height": height, "seed": seed,
                                        "style": style}.items()
                  if v is not None}
        plan, planning = _plan_script(script_or_path, planner, dict(planner_options or {}), config, store, stream)
        if not replan:
            _refuse_to_overwrite_edited_plan(out, plan)
        source = script_or_path.source if isinstance(script_or_path, Script) else (
            str(script_or_path) if _is_path(script_or_path) else "<text>")
        job_info = {"script": source, "planner": planner, "planner_options": planner_options or {},
                    "planner_config": config}
        result = render_plan(plan, out, renderer, events=None, _planning=planning, _stream=stream,
                             _store=store, _job_info=job_info, **options)
    finally:
        stream.close()
    result.manifest["timings"]["total"] = round(time.perf_counter() - t0, 6)
    _write_json_atomic(result.manifest_path, result.manifest)
    return result


def _require_backend(kind: str, name: str) -> None:
    """Fail on an unknown backend name before anything is created or computed."""
    from .registry import available

    if name not in available(kind):
        known = ", ".join(sorted(available(kind))) or "none"
        raise DirectorError(f"unknown {kind} '{name}' (installed: {known})")


def _refuse_to_overwrite_edited_plan(out: Path, plan: FilmPlan) -> None:
    """Stop if OUT/plan.json holds edits that re-planning from the script would overwrite."""
    from .store import file_digest

    existing = out / "plan.json"
    if not existing.is_file():
        return
    try:
        if FilmPlan.model_validate_json(existing.read_text(encoding="utf-8")) == plan:
            return
    except Exception:   # unreadable or invalid: still someone's work, so it is protected the same way
        pass
    try:
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        recorded, from_script = manifest["plan"].get("sha256"), manifest["job"].get("script") is not None
    except (OSError, ValueError, KeyError, TypeError):
        recorded, from_script = None, False
    if from_script and recorded is not None and recorded == file_digest(existing):
        return          # the plan this folder's last `make` wrote from the script: the script or an option changed
    raise DirectorError(f"{existing}: this plan was edited since it was made from the script, and re-planning "
                        f"would overwrite it; render it with `director render {existing}`, or re-plan from the "
                        "script with --replan")


def _is_path(value: Any) -> bool:
    if isinstance(value, os.PathLike):
        return True
    return isinstance(value, str) and "\n" not in value and len(value) < 4096 and (
        value == "-" or Path(value).suffix != "" or Path(value).exists())
