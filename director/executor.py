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

One model per device: a renderer that holds a model (`fork_safe = False`, or any renderer on a GPU) is never
copied into worker processes, each of which would load its own model onto the same device. A renderer that
can be placed (`devices()` lists more than one device, `on_device(device)` makes a copy there) gets one copy
per device, and a level's segments are spread over them as the Ray executor spreads them over its actors
(`PooledRenderer`, shared by both).

Renderer contracts used here and by the pipeline (all optional): `check()` runs once before the first render
task (`check_renderer`), `memory_report()` goes into the manifest (`memory_report`).
"""
from __future__ import annotations

import copy
import itertools
import os
import threading
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import replace
from typing import Any, Callable, Protocol, runtime_checkable

import networkx as nx
import numpy as np

from .errors import DirectorError

RENDER_STAGES = ("keyframes", "local")


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

    def __init__(self, workers: int | None = None, processes: bool | None = None,
                 devices: list[str] | None = None):
        self.workers = max(1, int(workers or min(4, os.cpu_count() or 1)))
        self.processes = processes
        self.devices = list(devices) if devices else None
        self.placement: list[dict[str, Any]] = []    # last run: per placed renderer, its device and its calls

    def _use_processes(self, graph: nx.DiGraph) -> bool:
        runner = graph.graph.get("runner")
        if self.workers < 2 or runner is None or not getattr(runner, "can_run_elsewhere", lambda: False)():
            return False
        if not forkable(runner.renderer):
            return False     # never, not even when asked: N processes would load N models onto one device
        if self.processes is not None:
            return self.processes
        return graph.number_of_nodes() >= self.PROCESS_THRESHOLD

    def _placement(self, graph: nx.DiGraph) -> list[str]:
        """The devices to place the renderer on (more than one), or [] to use it as it is."""
        runner = graph.graph.get("runner")
        if runner is None or not any(graph.nodes[n]["task"].stage in RENDER_STAGES for n in graph.nodes):
            return []
        renderer = runner.renderer
        if not callable(getattr(renderer, "on_device", None)):
            return []
        devices = self.devices or (renderer.devices() if callable(getattr(renderer, "devices", None)) else [])
        return list(devices) if len(devices) > 1 else []

    def run(self, graph: nx.DiGraph, run_task: RunTask) -> None:
        """Run `graph` on threads; with several devices, one renderer per device; a CPU renderer's long jobs
        compute in worker processes (the GIL would otherwise serialise a pure-Python renderer), with the
        threads only waiting and reporting."""
        self.placement = []
        devices = self._placement(graph)
        if devices:
            return self._run_placed(graph, run_task, devices)
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

    def _run_placed(self, graph: nx.DiGraph, run_task: RunTask, devices: list[str]) -> None:
        """One renderer per device, each checked before the first task; tasks take the least busy device and
        a level's segments are split over all of them. Threads: at least two tasks in flight per device."""
        runner = graph.graph["runner"]
        renderer = runner.renderer
        placed = [renderer.on_device(d) for d in devices]
        for r in placed:
            check = getattr(r, "check", None)
            if callable(check):
                check()
        pool = DevicePool(placed, devices)
        try:
            pooled = PooledRenderer(pool, getattr(renderer, "name", type(renderer).__name__),
                                    renderer.capabilities, renderer.identity)
            placed_runner = runner_with(runner, pooled)
            self._run(graph, lambda node: run_task(node, compute=placed_runner.compute),
                      workers=max(self.workers, 2 * len(devices)))
        finally:
            pool.close()
            self.placement = pool.served

    def _run(self, graph: nx.DiGraph, run_task: Callable[[str], Any], workers: int | None = None) -> None:
        workers = workers or self.workers
        order = {n: i for i, n in enumerate(graph.nodes)}   # insertion order: the graph lists shot by shot
        waiting = {n: graph.in_degree(n) for n in graph.nodes}
        ready = sorted((n for n, d in waiting.items() if d == 0), key=order.__getitem__)
        running: dict[Future, str] = {}
        failure: TaskFailed | None = None
        pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="director-task")
        try:
            while ready or running:
                while ready and failure is None and len(running) < workers:
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


def forkable(renderer: Any) -> bool:
    """May this renderer be copied into worker processes? Not when it says so (`fork_safe = False`: it holds
    a model) and never on a GPU, where every copy would load its own model onto the same device."""
    if not getattr(renderer, "fork_safe", True):
        return False
    try:
        device = str(renderer.capabilities.device or "cpu").lower()
    except Exception:    # a renderer that cannot say is not sent anywhere
        return False
    return device == "cpu"


def check_renderer(executor: Any, renderer: Any, tasks) -> None:
    """The renderer's preflight: `renderer.check()` once, before the first task, when any task will render.

    A missing or broken checkpoint, a dtype the device cannot run, a setting out of range: one line and the job
    stops before anything renders (finished work stays), instead of every shot retrying into a failure slate.
    An executor that places renderers of its own (`checks_renderers`: Ray's actors) checks each of those.
    """
    if not any(getattr(t, "stage", None) in RENDER_STAGES for t in tasks):
        return
    if getattr(executor, "checks_renderers", False):
        return
    check = getattr(renderer, "check", None)
    if callable(check):
        check()


def memory_report(renderer: Any) -> Any:
    """The renderer's `memory_report()` (estimated vs measured peak per stage), for the manifest; else None."""
    report = getattr(renderer, "memory_report", None)
    return report() if callable(report) else None


# ------------------------------------------------------------------------------------- renderer pools ------

class PooledRenderer:
    """The scheduler's stand-in for a renderer placed several times: same protocol, calls answered by the pool
    (a `DevicePool` here, Ray's `WorkerPool` of actors).

    `interpolate` splits a level's segments into up to one batch per pooled renderer (at least `min_batch`
    segments each, so small levels are not scattered for nothing) and reassembles them in order. Renderers
    draw each segment from its own times and seed, so a split level gives the frames of the whole one.
    """

    def __init__(self, pool: Any, name: str, capabilities: Any, identity: str, min_batch: int = 1):
        self.pool, self.name, self._capabilities, self._identity = pool, name, capabilities, identity
        self.min_batch = max(1, int(min_batch))

    @property
    def capabilities(self):
        return self._capabilities

    @property
    def identity(self) -> str:
        return self._identity

    def keyframes(self, request):
        return self.pool.call("keyframes", request)

    def interpolate(self, request):
        segments = request.segments
        parts = max(1, min(len(self.pool.actors), len(segments) // self.min_batch))
        if parts == 1:
            return self.pool.call("interpolate", request)
        bounds = np.linspace(0, len(segments), parts + 1).round().astype(int)
        requests = [replace(request, segments=list(segments[a:b])) for a, b in zip(bounds[:-1], bounds[1:]) if b > a]
        return np.concatenate(self.pool.spread("interpolate", requests), axis=0)


class DevicePool:
    """Renderers placed one per device in this process, each served by its own thread (one call at a time per
    device). `call` goes to the least busy device; `spread` sends each request to a different one at once."""

    def __init__(self, renderers: list[Any], devices: list[str]):
        self.actors = list(renderers)
        self.served = [{"device": d, "calls": 0, "segments": 0} for d in devices]
        self._busy = [0] * len(self.actors)
        self._lock = threading.Lock()
        self._threads = [ThreadPoolExecutor(1, thread_name_prefix=f"director-{d}") for d in devices]
        self._turn = itertools.count()

    def _submit(self, slot: int, method: str, request: Any) -> Future:
        with self._lock:
            self._busy[slot] += 1
            self.served[slot]["calls"] += 1
            self.served[slot]["segments"] += len(getattr(request, "segments", ()) or ())

        def job():
            try:
                return np.asarray(getattr(self.actors[slot], method)(request))
            finally:
                with self._lock:
                    self._busy[slot] -= 1

        return self._threads[slot].submit(job)

    def _least_busy(self, count: int) -> list[int]:
        with self._lock:
            start = next(self._turn)     # ties go round-robin
            order = sorted(range(len(self.actors)),
                           key=lambda i: (self._busy[i], (i - start) % len(self.actors)))
        return order[:count]

    def call(self, method: str, request: Any, slot: int | None = None):
        slot = self._least_busy(1)[0] if slot is None else slot % len(self.actors)
        return self._submit(slot, method, request).result()

    def spread(self, method: str, requests: list[Any]) -> list[Any]:
        slots = self._least_busy(len(requests))
        futures = [self._submit(slots[i % len(slots)], method, req) for i, req in enumerate(requests)]
        return [f.result() for f in futures]

    def close(self) -> None:
        for t in self._threads:
            t.shutdown(wait=True)


def runner_with(runner: Any, renderer: Any) -> Any:
    """A copy of the job's TaskRunner that renders through `renderer` and writes to the same store."""
    clone = copy.copy(runner)
    clone._renderer = renderer
    clone._lock = threading.Lock()
    clone._store = runner.store
    return clone


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
