"""One run of a task graph, seen from the driver: which tasks are needed, their events, retries, per-stage counts.

`Job.needed` walks from the outputs back and keeps a task only when its artifact is missing and something
missing needs it, so a finished job runs nothing and an edited shot re-renders alone (plus the cut).
`Job.run_task` computes one task (in this process or through an executor's `compute`) with the bounded retry
policy of `director.faults`: a render task that keeps failing marks its shot failed and the film is cut
around its failure slate. Frames of `transient` stages are dropped from the store as soon as nothing in this
job will read them again (`director.stages.Stage.transient`).
"""
from __future__ import annotations

import threading
import time
from dataclasses import replace
from typing import Any, Callable

import networkx as nx

from . import stages
from .events import EventStream
from .executor import Executor, check_renderer
from .faults import RETRIES, TaskFailure, describe, retryable
from .graph import Task, stage_totals
from .task_runner import TaskRunner

__all__ = ["Job"]


class Job:
    """Driver-side bookkeeping for one run of a graph: which tasks are needed, events and per-stage counts."""

    def __init__(self, graph: nx.DiGraph, runner: TaskRunner, events: EventStream, recompute_frames: bool = False):
        self.graph, self.runner, self.events = graph, runner, events
        self.recompute_frames = recompute_frames       # the renderer's capability: keep no frames it can redraw
        self.store = runner.store
        self.stats = {s: {"tasks": 0, "hits": 0, "misses": 0, "seconds": 0.0, "retries": 0, "failed": 0}
                      for s in stages.names()}
        self.retries = RETRIES
        self.failures: dict[str, TaskFailure] = {}     # task id -> why it has no artifact (director.faults)
        self.reported: set[str] = set()     # run and reported by an earlier job of this render (the voices)
        self._lock = threading.Lock()
        self._readers: dict[str, int] = {}             # droppable task -> its readers still to run
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
            is_output = bool(stages.get(task.stage).outputs) or not consumers
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
        if failed and stages.get(task.stage).renders:
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
                if stages.get(task.stage).renders and retryable(exc):
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
            # made around a failure slate, it runs again next time: what it read stays until then
            done_with = [] if failed else [i for i, _ in task.inputs if i in self._readers and self._count_down(i)]
        self.events.emit("task_finished", **self._fields(task), seconds=round(seconds, 6))
        self._drop(done_with)

    def _count_down(self, node: str) -> bool:
        self._readers[node] -= 1
        return self._readers[node] == 0

    def _droppable(self) -> list[str]:
        """Tasks of `transient` stages whose readers are all transient too, or all of them with a renderer that
        would rather redraw frames than store them (see `director.stages.Stage.transient`)."""
        def transient(node: str) -> bool:
            return stages.get(self.graph.nodes[node]["task"].stage).transient

        return [n for n in self.graph.nodes if transient(n) and (
            self.recompute_frames or all(transient(c) for c in self.graph.successors(n)))]

    def _drop(self, nodes: list[str]) -> None:
        """Drop intermediates nothing in this job will read again: frames an edit or a lost artifact can recompute
        through the graph."""
        if nodes:
            self.store.drop([self.graph.nodes[n]["task"].key for n in nodes])

    def run(self, executor: Executor) -> float:
        """Run every needed task with `executor`; the rest are reported as cached. Returns wall seconds."""
        for node in self.graph.nodes:
            if node not in self.reported:
                self.stats[self.graph.nodes[node]["task"].stage]["tasks"] += 1
        need = self.needed() - self.reported
        self._readers = {n: sum(c in need for c in self.graph.successors(n)) for n in self._droppable()}
        self._drop([n for n, count in self._readers.items() if count == 0])   # left by an earlier run
        announce = self.events.job_planned if self.events.started else self.events.job_started
        fresh = self.graph.subgraph([n for n in self.graph.nodes if n not in self.reported])
        announce(stage_totals(fresh), tasks=fresh.number_of_nodes(), to_run=len(need))
        for node in self.graph.nodes:
            if node not in need and node not in self.reported:
                task = self.graph.nodes[node]["task"]
                self.stats[task.stage]["hits"] += 1
                self.events.emit("task_cached", **self._fields(task), seconds=0.0)
        sub = self.graph.subgraph(need).copy()
        sub.graph["runner"] = self.runner
        check_renderer(executor, self.runner.renderer, (self.graph.nodes[n]["task"] for n in need))
        t0 = time.perf_counter()
        executor.run(sub, self.run_task)
        return time.perf_counter() - t0
