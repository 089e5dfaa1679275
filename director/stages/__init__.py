"""The stages a film goes through, one module each, and the registry that finds them.

A stage says four things, and nothing else in the director names it:

- what it depends on: `after` (stages whose tasks it reads) and, in `declare`, which of their tasks;
- how its task keys are made: `declare` adds tasks to the graph with the parts of the plan they read
  (`director.graph.GraphBuilder.add` hashes them with the stage's code and its inputs' keys);
- what it computes: `compute(task, run, out)` reads its inputs' artifacts through `run` (a
  `director.task_runner.TaskRunner`) and writes its files with `out` (a store writer);
- which files it installs in the output folder: `outputs`, artifact file name → path (`{shot}` for per-shot
  files), plus the key each has in `MakeResult.outputs`.

Built-in stages, in the order a film flows through them (the manifest and the progress bars use this order):

    plan ─▶ references/<entity> (the cast's pictures, once per film; read by renderers that use them)
    plan ─▶ keyframes/<shot> ─▶ local/<shot>/1 … m ─┬─▶ clip/<shot>    ─▶ shots/<id>.mp4
                                                    ├─▶ segment/<n>    ─▶ film          ─▶ film.mp4
                                                    └─▶ panel/<shot>   ─▶ storyboard    ─▶ storyboard.html
    plan ─▶ subtitles (srt + vtt), timeline (otio)
    voice/<shot>/<i> (run first: shots are re-timed to them) ─┬─▶ mix ─▶ sound/*.wav
    music/<cue> ───────────────────────────────────────────────┘    ├─▶ track ─▶ mux (film + AAC, copied ─▶ film.mp4)
                                                                    └─▶ mux_clip (clip + mix ─▶ shots/<id>.mp4)

A segment is a run of film frames between two cuts (or split inside a shot, away from transitions) encoded on
its own; the film joins them by stream copy, so an edit re-encodes only the segments showing what it changed.
The render stages' frames are intermediates: once every task reading them is done they are dropped from the
store (the last level of each shot is kept, unless the renderer's capabilities say `recompute_frames`).

A stage from outside the package (a thumbnail sheet, a contact print, an upload) is a `Stage` subclass
registered with `register(MyStage())` or through the `director.stages` entry-point group (the entry point names
the class or an instance); it runs, caches, resumes and reports like the built-in ones.
"""
from __future__ import annotations

import inspect
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import DirectorError

if TYPE_CHECKING:   # pragma: no cover
    from ..graph import GraphBuilder, Task
    from ..store import Writer
    from ..task_runner import TaskRunner

ENTRY_POINT_GROUP = "director.stages"
_DIRECTOR = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Output:
    """One file a stage installs: the artifact's `file` goes to `path` in the output folder (`{shot}` is
    replaced by the task's shot id); `key` names it in `MakeResult.outputs` (default: the path's stem)."""

    file: str
    path: str
    key: str | None = None

    def destination(self, task: "Task") -> str:
        return self.path.format(shot=task.shot) if "{shot}" in self.path else self.path


class Stage:
    """Base class of a stage; see the module docstring. Subclasses set the class attributes and override
    `declare` and `compute`."""

    name: str = ""
    after: tuple[str, ...] = ()
    """Stages whose tasks this one reads (they declare their tasks first)."""
    code: tuple[str, ...] = ()
    """Source files (relative to the `director` package; folders count whole) whose code decides this stage's
    results besides the stage's own module: editing them invalidates its artifacts."""
    outputs: tuple[Output, ...] = ()
    option: str | None = None
    """A job option (`render_plan(..., storyboard=False)`) that switches the stage off; None: always on."""
    renders: bool = False
    """Its tasks call the renderer: a failure there is confined to the shot (a failure slate stands in, see
    `director.faults`), and executors that hold renderers elsewhere (Ray actors) route those calls there."""
    transient: bool = False
    """Its artifacts are intermediates (frames): dropped from the store once every task reading them is done,
    recomputed through the graph if an edit ever needs them again (`director.job.Job`). A transient task
    that a non-transient one reads — a shot's final frames — is kept, unless the renderer's capabilities say
    `recompute_frames`."""

    def enabled(self, options: dict[str, Any]) -> bool:
        return self.option is None or bool(options.get(self.option, True))

    def declare(self, graph: "GraphBuilder") -> None:
        """Add this stage's tasks to `graph` (reading what earlier stages provided)."""
        raise NotImplementedError

    def compute(self, task: "Task", run: "TaskRunner", out: "Writer") -> None:
        """Compute `task` from its inputs (`run.input(task, id)`, `run.plan`, `run.renderer`) into `out`."""
        raise NotImplementedError

    def code_files(self) -> list[Path]:
        own = inspect.getsourcefile(type(self))
        return ([Path(own).resolve()] if own else []) + [_DIRECTOR / name for name in self.code]

    def __repr__(self) -> str:
        return f"<stage {self.name}>"


def _builtin() -> list[Stage]:
    from .clip import ClipStage
    from .film import FilmStage
    from .keyframes import KeyframesStage
    from .local import LocalStage
    from .panel import PanelStage
    from .plan import PlanStage
    from .references import ReferencesStage
    from .segment import SegmentStage
    from .storyboard import StoryboardStage
    from .subtitles import SubtitlesStage
    from .timeline import TimelineStage
    from .voice import VoiceStage
    from .music import MusicStage
    from .mix import MixStage
    from .mux import MuxStage
    from .mux_clip import MuxClipStage
    from .track import TrackStage

    return [PlanStage(), VoiceStage(), ReferencesStage(), KeyframesStage(), LocalStage(), ClipStage(), SegmentStage(),
            FilmStage(), PanelStage(), StoryboardStage(), SubtitlesStage(), TimelineStage(), MusicStage(), MixStage(),
            TrackStage(), MuxStage(), MuxClipStage()]


_registered: dict[str, Stage] = {}


def register(stage: Stage) -> Stage:
    """Add a stage for this process (a pipeline author's own; entry points do the same for installed
    packages). Returns it, so `register(MyStage())` can be kept for `unregister`."""
    if not isinstance(stage, Stage) or not stage.name:
        raise DirectorError(f"{stage!r} is not a director.stages.Stage with a name")
    if stage.name in {s.name for s in _builtin()}:
        raise DirectorError(f"stage '{stage.name}' is built in; give yours another name")
    _registered[stage.name] = stage
    _ordered.cache_clear()
    return stage


def unregister(name: str) -> None:
    _registered.pop(name, None)
    _ordered.cache_clear()


def _from_entry_points() -> list[Stage]:
    found = []
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            obj = ep.load()
            stage = obj() if isinstance(obj, type) else obj
        except Exception as exc:
            raise DirectorError(f"stage entry point '{ep.name}' ({ep.value}) cannot be loaded: "
                                f"{type(exc).__name__}: {exc}") from exc
        if not isinstance(stage, Stage):
            raise DirectorError(f"stage entry point '{ep.name}' ({ep.value}) is not a director.stages.Stage")
        found.append(stage)
    return found


@lru_cache(maxsize=1)
def _ordered() -> tuple[Stage, ...]:
    """Built-ins in flow order, then added stages in an order that respects `after` (stable otherwise)."""
    stages = _builtin()
    extra = [s for s in _from_entry_points() if s.name not in _registered] + list(_registered.values())
    names = {s.name for s in stages}
    pending = list(extra)
    while pending:
        ready = [s for s in pending if all(a in names for a in s.after)]
        if not ready:
            missing = {a for s in pending for a in s.after if a not in names | {p.name for p in pending}}
            what = f"unknown stage(s) {', '.join(sorted(missing))}" if missing else "a cycle"
            raise DirectorError(f"stages {', '.join(s.name for s in pending)} wait on {what}")
        for s in ready:
            stages.append(s)
            names.add(s.name)
            pending.remove(s)
    return tuple(stages)


def all_stages() -> tuple[Stage, ...]:
    """Every stage, in flow order."""
    return _ordered()


def get(name: str) -> Stage:
    for stage in _ordered():
        if stage.name == name:
            return stage
    raise DirectorError(f"unknown stage '{name}' (known: {', '.join(s.name for s in _ordered())})")


def names() -> tuple[str, ...]:
    return tuple(s.name for s in _ordered())


__all__ = ["ENTRY_POINT_GROUP", "Output", "Stage", "all_stages", "get", "names", "register", "unregister"]
