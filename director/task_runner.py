"""Computing one task: find its stage, hand it its inputs' artifacts, commit what it writes to the store.

`TaskRunner` is what executors call (`runner.compute(task)`), here or in other processes: it is picklable —
the renderer is re-created from its registry name and options, and the store reopened, in each process that
uses them.
"""
from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from . import stages
from .errors import DirectorError
from .faults import SlateFrames
from .graph import Task
from .models import FilmPlan, Shot
from .store import ArtifactStore
from .timing import shot_spans


class TaskRunner:
    """Computes one task from its inputs' artifacts and stores the result (see the module docstring)."""

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

    def shot(self, shot_id: str) -> Shot:
        return self._shots[shot_id]

    def input(self, task: Task, task_id: str):
        """The artifact of input `task_id`; for a shot that failed for good, its failure slate stands in."""
        failed = task.params.get("failed")
        if failed and task_id in failed:
            span = dict(zip(self._shots, shot_spans(self.plan)))[failed[task_id].shot]
            return SlateFrames(span.rendered, self.plan.width, self.plan.height, failed[task_id])
        art = self.store.get(task.input_key(task_id))
        if art is None:
            raise DirectorError(f"task {task.id}: the artifact of {task_id} vanished from the store; re-run to "
                                "recompute it")
        return art

    def frames(self, task: Task, task_id: str):
        """The frames of input `task_id`, read lazily (`director.store.FrameFile`; a failure slate in full)."""
        art = self.input(task, task_id)
        return art.array() if isinstance(art, SlateFrames) else art.frames()

    def shot_frames(self, task: Task) -> dict[str, Any]:
        """Shot id -> its final frames (read lazily), for a task declared with `params["frames"]`."""
        return {shot_id: self.frames(task, task_id) for shot_id, task_id in task.params["frames"].items()}

    def compute(self, task: Task) -> dict[str, Any]:
        """Compute `task` and commit its artifact; returns the artifact's metadata."""
        started = time.perf_counter()
        with self.store.writer(task.key, task.stage, started) as out:
            stages.get(task.stage).compute(task, self, out)
            if task.params.get("failed"):      # made with failure slates: the next run must not reuse it
                out.meta["incomplete"] = sorted(f.shot for f in task.params["failed"].values())
        return out.meta
