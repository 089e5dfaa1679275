"""Executors run a task graph: each task after the tasks it reads, independent tasks side by side.

The interface is deliberately small, so other executors (Ray, a batch queue) can be dropped in:

    class Executor(Protocol):
        name: str
        def run(self, graph: networkx.DiGraph, run_task: Callable[[str], Any]) -> None

`run_task(node_id)` does everything for one task — store lookup, computing, writing the artifact, events — and
raises on failure; it is thread-safe. `graph.nodes[node_id]["task"]` is the task's description
(`director.graph.Task`, picklable). An executor that runs work in other processes can ship
`graph.graph["runner"]` (a picklable `director.pipeline.TaskRunner`) and call `runner.compute(task)` there, but
must still call `run_task` semantics' bookkeeping on the driver; see `director.pipeline.Job` for the split.

`run` returns when every task is done, or raises `TaskFailed` for the first failure after letting tasks already
running finish (their artifacts are kept: a re-run resumes from them).
"""
from __future__ import annotations

import os
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Any, Callable, Protocol, runtime_checkable

import networkx as nx

from .errors import DirectorError


class TaskFailed(DirectorError):
    """A task raised; `task` is its id, `__cause__` the original error."""

    def __init__(self, task: str, error: BaseException):
        self.task, self.error = task, error
        super().__init__(f"task {task} failed: {error}")


@runtime_checkable
class Executor(Protocol):
    name: str

    def run(self, graph: nx.DiGraph, run_task: Callable[[str], Any]) -> None: ...


class LocalExecutor:
    """Threads in this process, up to `workers` tasks at once.

    Threads rather than processes: the heavy work (numpy, Pillow, ffmpeg, torch) releases the GIL, a renderer
    with a loaded model is shared instead of loaded once per process, and tasks hand frames over through the
    store's memory-mapped files. Ready tasks start in graph order (shot by shot), so a long film's first shots
    finish early and an interrupted job has whole shots to reuse. The graph's node insertion order is the
    priority (`director.graph.build_graph` adds each shot's tasks together, in plan order).
    """

    name = "local"

    def __init__(self, workers: int | None = None):
        self.workers = max(1, int(workers or min(4, os.cpu_count() or 1)))

    def run(self, graph: nx.DiGraph, run_task: Callable[[str], Any]) -> None:
        order = {n: i for i, n in enumerate(graph.nodes)}   # insertion order: the graph lists shot by shot
        waiting = {n: graph.in_degree(n) for n in graph.nodes}
        ready = sorted((n for n, d in waiting.items() if d == 0), key=order.__getitem__)
        running: dict[Future, str] = {}
        failure: TaskFailed | None = None
        pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="director-task")
        try:
            while ready or running:
                while ready and failure is None and len(running) < self.workers:
                    node = ready.pop(0)
                    running[pool.submit(run_task, node)] = node
                if not running:
                    break
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for fut in finished:
                    node = running.pop(fut)
                    exc = fut.exception()
                    if exc is not None:
                        if failure is None:
                            failure = exc if isinstance(exc, TaskFailed) else TaskFailed(node, exc)
                            failure.__cause__ = exc
                        continue
                    for child in graph.successors(node):
                        waiting[child] -= 1
                        if waiting[child] == 0:
                            ready.append(child)
                ready.sort(key=order.__getitem__)
        except BaseException:
            # Ctrl-C or similar: start nothing new; tasks already running finish and keep their artifacts.
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown(wait=True)
        if failure is not None:
            raise failure


EXECUTORS: dict[str, Callable[..., Executor]] = {"local": LocalExecutor}


def get_executor(name_or_executor: str | Executor | None, workers: int | None = None) -> Executor:
    """An executor by name ('local', or any registered later such as 'ray'), or the instance given."""
    if name_or_executor is None:
        return LocalExecutor(workers)
    if not isinstance(name_or_executor, str):
        return name_or_executor
    if name_or_executor not in EXECUTORS:
        known = ", ".join(sorted(EXECUTORS))
        raise DirectorError(f"unknown executor '{name_or_executor}' (available: {known})")
    return EXECUTORS[name_or_executor](workers=workers)
