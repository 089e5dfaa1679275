"""Executors run a task graph: each task after the tasks it reads, independent tasks side by side.

The interface is deliberately small, so other executors (Ray, a batch queue) can be dropped in:

    class Executor(Protocol):
        name: str
        def run(self, graph: networkx.DiGraph, run_task: RunTask) -> None

`graph` holds only the tasks that must run (finished ones were already reported as cached);
`graph.nodes[node]["task"]` is a `director.graph.Task` and `graph.graph["runner"]` a picklable
`director.task_runner.TaskRunner` whose `compute(task)` computes one task and commits its artifact to the store.

`run_task(node, compute=None)` does the bookkeeping for one task on the driver — events, statistics — around
the computation, and raises what the task raised; it is thread-safe. By default it computes in the calling
thread; an executor that runs work elsewhere passes `compute`, a function `compute(task) -> None` that runs
`runner.compute(task)` there and waits (a process pool here; `ray.get(actor.compute.remote(task))` for Ray).

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


class RunTask(Protocol):
    def __call__(self, node: str, compute: Callable[[Any], Any] | None = None) -> None: ...


@runtime_checkable
class Executor(Protocol):
    name: str

    def run(self, graph: nx.DiGraph, run_task: RunTask) -> None: ...


_WORKER_RUNNER = None


def _init_worker(state: bytes) -> None:
    """Process-pool initializer: each worker keeps one runner (so one renderer, loaded once).

    The runner arrives pickled, so the worker builds its own store connection and renderer instead of using
    the parent's (a SQLite connection must never cross a fork).
    """
    import pickle

    global _WORKER_RUNNER
    _WORKER_RUNNER = pickle.loads(state)


def _started() -> int:
    return os.getpid()


def _compute_in_worker(task) -> None:
    _WORKER_RUNNER.compute(task)


class LocalExecutor:
    """Threads in this process, up to `workers` tasks at once.

    Threads rather than processes: the heavy work (numpy, Pillow, ffmpeg, torch) releases the GIL, a renderer
    with a loaded model is shared instead of loaded once per process, and tasks hand frames over through the
    store's memory-mapped files. Ready tasks start in graph order (shot by shot), so a long film's first shots
    finish early and an interrupted job has whole shots to reuse. The graph's node insertion order is the
    priority (`director.graph.build_graph` orders each shot's tasks together, in plan order).
    """

    name = "local"
    PROCESS_THRESHOLD = 200
    """With `processes=None`, jobs with at least this many tasks to run use processes (start-up ~1 s each)."""

    def __init__(self, workers: int | None = None, processes: bool | None = None):
        self.workers = max(1, int(workers or min(4, os.cpu_count() or 1)))
        self.processes = processes

    def _use_processes(self, graph: nx.DiGraph) -> bool:
        runner = graph.graph.get("runner")
        if self.workers < 2 or runner is None or not getattr(runner, "can_run_elsewhere", lambda: False)():
            return False
        if self.processes is not None:
            return self.processes
        return graph.number_of_nodes() >= self.PROCESS_THRESHOLD

    def run(self, graph: nx.DiGraph, run_task: RunTask) -> None:
        """Run `graph` on threads; a CPU renderer's long jobs compute in worker processes (the GIL would
        otherwise serialise a pure-Python renderer), with the threads only waiting and reporting."""
        if not self._use_processes(graph):
            return self._run(graph, run_task)
        import multiprocessing
        import pickle
        from concurrent.futures import ProcessPoolExecutor

        # fork, not spawn: spawn re-imports the user's __main__ (a script without a main guard, or
        # `python -m director` itself, would start again). The pool is started here, before this executor
        # starts any thread, and the workers share nothing with the parent but the pickled runner.
        import threading
        from concurrent.futures.process import BrokenProcessPool

        state = pickle.dumps(graph.graph["runner"])

        def start_pool() -> ProcessPoolExecutor:
            pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context("fork"),
                                       initializer=_init_worker, initargs=(state,))
            pool.submit(_started).result()      # fork every worker now
            return pool

        current, lock = [start_pool()], threading.Lock()

        def compute(task) -> None:
            pool = current[0]
            try:
                pool.submit(_compute_in_worker, task).result()
            except BrokenProcessPool:
                # a worker died (killed, out of memory): the pool is unusable, so start a fresh one and let the
                # task fail into the job's retry policy instead of failing every task still to come
                with lock:
                    if current[0] is pool:
                        pool.shutdown(wait=False, cancel_futures=True)
                        current[0] = start_pool()
                raise

        try:
            self._run(graph, lambda node: run_task(node, compute=compute))
        finally:
            current[0].shutdown(wait=True, cancel_futures=True)

    def _run(self, graph: nx.DiGraph, run_task: Callable[[str], Any]) -> None:
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


def _ray_executor(workers: int | None = None, **_local_only: Any) -> Executor:
    """`--executor ray`: imported on use, so Ray stays an optional extra (`director.ray_executor`)."""
    from .ray_executor import RayExecutor

    return RayExecutor(workers=workers)


EXECUTORS: dict[str, Callable[..., Executor]] = {"local": LocalExecutor, "ray": _ray_executor}


def get_executor(name_or_executor: str | Executor | None, workers: int | None = None, **options: Any) -> Executor:
    """An executor by name ('local', or any registered later such as 'ray'), or the instance given."""
    if name_or_executor is None:
        return LocalExecutor(workers, **options)
    if not isinstance(name_or_executor, str):
        return name_or_executor
    if name_or_executor not in EXECUTORS:
        known = ", ".join(sorted(EXECUTORS))
        raise DirectorError(f"unknown executor '{name_or_executor}' (available: {known})")
    return EXECUTORS[name_or_executor](workers=workers, **options)
