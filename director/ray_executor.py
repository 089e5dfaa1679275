"""Run a film's task graph on a Ray cluster: the renderer's model lives in worker actors, loaded once.

    render_plan("plan.json", "out/film", executor=RayExecutor(address="ray://head:10001"))
    director make script.fountain --executor ray --ray-address auto

Who does what:
- the driver (this process) schedules the same task graph as the local executor — it reuses
  `LocalExecutor`'s scheduler, one thread per task in flight — and computes every task with the same
  `TaskRunner` code (`director.task_runner`), so the artifacts, their keys and the film are the same bit for bit;
- the renderer calls inside those tasks (`keyframes`, `interpolate`) go to `RenderWorker` actors, each holding
  one renderer loaded once when the actor starts. An actor asks Ray for one GPU when the renderer's
  capabilities name a CUDA device (`num_gpus`), for one CPU otherwise;
- a level's segments are split into batches spread over the actors, so one long shot keeps every GPU busy;
  frames travel through Ray's object store;
- the driver is the store's only writer: workers need no shared filesystem and never touch the SQLite index,
  which SQLite cannot share safely over a network filesystem anyway. Editing and encoding (CPU, ffmpeg) run on
  the driver's threads.

Faults: an actor whose process dies is restarted by Ray (`max_restarts`) and its in-flight call re-sent
(`max_task_retries`); if Ray gives up, the pool replaces the actor and re-sends the call once more itself; if
the task still fails, the job's bounded retry (`director.job.Job`) runs the whole task again. Finished
artifacts are in the store the moment each task ends, so a killed driver resumes from them.

Without an address, `run` starts a small local Ray instance (and stops it afterwards); with `address="auto"`
or `ray://…` it joins a running cluster. If Ray is already initialised in this process it is used as it is.
"""
from __future__ import annotations

import functools
import itertools
import os
import threading
from typing import Any, Callable

import networkx as nx
import numpy as np

from . import stages
from .errors import DirectorError
from .executor import LocalExecutor, PooledRenderer, runner_with
from .protocols import Capabilities, InterpolateRequest, KeyframeRequest


def _ray():
    try:
        import ray
    except ImportError as exc:      # pragma: no cover - the ray extra is part of `make setup`
        raise DirectorError("the ray executor needs Ray: pip install 'director[ray]'") from exc
    return ray


def _load_renderer(spec: tuple[str | None, dict, Any]):
    name, options, obj = spec
    if obj is not None:
        return obj
    from .registry import load

    return load("renderer", name, **options)


class RenderWorker:
    """A Ray actor body: one renderer, loaded once in the worker process, serving calls until the job ends.

    The renderer's preflight (`check()`) runs here, where the model will run; a user error from it (a missing
    checkpoint, a dtype this GPU cannot run) is kept and raised by `pid()`, so the driver reports it as the
    renderer's own one line rather than as a dead actor."""

    def __init__(self, spec: tuple[str | None, dict, Any]):
        self.failed: str | None = None
        try:
            self.renderer = _load_renderer(spec)
            check = getattr(self.renderer, "check", None)
            if callable(check):
                check()
        except DirectorError as exc:
            self.failed = str(exc)

    def pid(self) -> int:
        if self.failed is not None:
            raise DirectorError(self.failed)
        return os.getpid()

    def identity(self) -> str:
        return self.renderer.identity

    def keyframes(self, request: KeyframeRequest) -> np.ndarray:
        return np.asarray(self.renderer.keyframes(request))

    def interpolate(self, request: InterpolateRequest) -> np.ndarray:
        return np.asarray(self.renderer.interpolate(request))


def actor_resources(capabilities: Capabilities, gpus_per_worker: float = 1.0) -> dict[str, float]:
    """What one worker actor asks Ray for: a GPU when the renderer runs on CUDA, else one CPU."""
    device = str(capabilities.device or "cpu").lower()
    if device.startswith("cuda") or device == "gpu":
        return {"num_gpus": float(gpus_per_worker), "num_cpus": 1}
    return {"num_cpus": 1}


class WorkerPool:
    """The job's actors; calls go round-robin, and an actor Ray could not bring back is replaced."""

    def __init__(self, spec, count: int, resources: dict[str, float], restarts: int, start_timeout: float):
        ray = _ray()
        self._ray = ray
        self._actor_class = ray.remote(max_restarts=restarts, max_task_retries=restarts, **resources)(RenderWorker)
        try:
            ray.cloudpickle.dumps(spec)          # fail here, clearly, rather than inside Ray
        except (TypeError, AttributeError, ImportError) as exc:
            raise DirectorError(f"the ray executor cannot send this renderer object to its workers ({exc}); "
                                "pass the renderer by its registered name, or make it picklable") from exc
        self._spec = spec
        self.actors = [self._actor_class.remote(spec) for _ in range(count)]
        self.replaced = 0
        self._next = itertools.count()
        self._lock = threading.Lock()
        try:    # wait for every actor to load its renderer: a model that fails to load fails here
            self.pids(timeout=start_timeout)
        except DirectorError:
            self.close()
            raise
        except ray.exceptions.GetTimeoutError:
            self.close()
            raise DirectorError(f"Ray could not start {count} renderer workers asking {resources} each within "
                                f"{start_timeout:.0f} s (cluster: {ray.cluster_resources()}); use fewer "
                                "workers (-j) or add nodes") from None
        except ray.exceptions.RayError as exc:
            self.close()
            raise DirectorError(f"the renderer failed to load in a Ray worker: {exc}") from exc

    def pids(self, timeout: float | None = None) -> list[int]:
        """The worker processes' ids (they change when an actor is restarted). A renderer that failed its
        preflight in a worker raises its own DirectorError here."""
        ray = self._ray
        try:
            return ray.get([a.pid.remote() for a in self.actors], timeout=timeout)
        except ray.exceptions.RayTaskError as exc:
            cause = getattr(exc, "cause", None)
            if isinstance(cause, DirectorError):
                raise DirectorError(str(cause)) from None
            raise

    def identity(self) -> str:
        return self._ray.get(self.actors[0].identity.remote())

    def call(self, method: str, request: Any, slot: int | None = None) -> np.ndarray:
        """Run `method(request)` on an actor; if the actor is gone for good, replace it and try once more."""
        ray = self._ray
        slot = next(self._next) % len(self.actors) if slot is None else slot % len(self.actors)
        for attempt in range(2):
            actor = self.actors[slot]
            try:
                return _get(ray, getattr(actor, method).remote(request))
            except ray.exceptions.RayActorError:
                if attempt:
                    raise
                with self._lock:
                    if self.actors[slot] is actor:     # another thread may have replaced it already
                        self.actors[slot] = self._actor_class.remote(self._spec)
                        self.replaced += 1
        raise AssertionError("unreachable")

    def spread(self, method: str, requests: list[Any]) -> list[np.ndarray]:
        """Send each request to its own actor at once and wait for all (order kept)."""
        ray = self._ray
        start = next(self._next)
        results: list[Any] = [None] * len(requests)
        refs = {}
        for i, req in enumerate(requests):
            slot = (start + i) % len(self.actors)
            refs[i] = (slot, getattr(self.actors[slot], method).remote(req))
        for i, (slot, ref) in refs.items():
            try:
                results[i] = _get(ray, ref)
            except ray.exceptions.RayActorError:
                results[i] = self.call(method, requests[i], slot)   # replaced, then re-sent
        return results

    def close(self) -> None:
        for actor in self.actors:
            try:
                self._ray.kill(actor, no_restart=True)
            except Exception:   # already gone: nothing to release
                pass
        self.actors = []


def _get(ray, ref):
    """`ray.get`, raising what the renderer raised (its own type and message, as the local executor would,
    so retries, failure reports and slates read the same) with the worker's traceback as a note."""
    try:
        return ray.get(ref)
    except ray.exceptions.RayActorError:
        raise
    except ray.exceptions.RayTaskError as exc:
        cause = getattr(exc, "cause", None)
        if not isinstance(cause, Exception) or isinstance(cause, ray.exceptions.RayError):
            raise
        trace = getattr(exc, "traceback_str", None) or str(exc)
        cause.add_note(f"raised in Ray worker pid {getattr(exc, 'pid', '?')}:\n{trace}")
        raise cause from None


class RayExecutor:
    """`Executor` on Ray; see the module docstring.

    `workers`: actors (default: one per GPU in the cluster, or one per CPU up to 8). `worker_resources`
    overrides what each actor asks Ray for (e.g. `{"num_gpus": 0.5, "num_cpus": 4}`). `restarts`: how often Ray restarts a dead actor and re-sends its calls.
    `start_timeout`: seconds to wait for the actors to be placed and load their renderer.
    """

    name = "ray"
    checks_renderers = True    # each actor runs its renderer's check() where the model runs (not the driver)

    def __init__(self, workers: int | None = None, address: str | None = None, *, restarts: int = 3,
                 gpus_per_worker: float = 1.0, min_batch: int = 1, tasks_in_flight: int | None = None,
                 start_timeout: float = 300.0, worker_resources: dict[str, float] | None = None,
                 init_options: dict[str, Any] | None = None):
        self.workers = int(workers) if workers else None
        self.address = address
        self.restarts = int(restarts)
        self.gpus_per_worker = float(gpus_per_worker)
        self.min_batch = min_batch
        self.tasks_in_flight = tasks_in_flight
        self.start_timeout = float(start_timeout)
        self.worker_resources = dict(worker_resources) if worker_resources else None
        self.init_options = dict(init_options or {})
        self.pool: WorkerPool | None = None
        self.worker_pids: list[int] = []        # of the last run's actors, at start (for tests and the manifest)
        self._started_ray = False

    # -- Ray lifecycle -------------------------------------------------------------------------------------
    def _connect(self) -> None:
        ray = _ray()
        if self.address:
            _check_reachable(self.address)
        if ray.is_initialized():
            return
        options = {"include_dashboard": False, "log_to_driver": False, **self.init_options}
        if self.address:
            options = {k: v for k, v in options.items() if k in ("log_to_driver", "runtime_env", "namespace")}
            try:
                ray.init(address=self.address, **options)
            except Exception as exc:
                raise DirectorError(f"cannot reach the Ray cluster at {self.address}: {exc}") from exc
        else:
            options.setdefault("num_cpus", os.cpu_count() or 1)
            options.setdefault("object_store_memory", 256 * 1024 * 1024)
            ray.init(**options)
        self._started_ray = True

    def _worker_count(self, resources: dict[str, float]) -> int:
        if self.workers:
            return self.workers
        total = _ray().cluster_resources()
        if "num_gpus" in resources:
            gpus = int(total.get("GPU", 0) // resources["num_gpus"])
            if gpus < 1:
                raise DirectorError("the renderer runs on a GPU but the Ray cluster has none "
                                    "(start workers with GPUs, or choose a CPU renderer)")
            return gpus
        return max(1, min(8, int(total.get("CPU", 1))))

    # -- Executor protocol ---------------------------------------------------------------------------------
    def run(self, graph: nx.DiGraph, run_task: Callable[..., Any]) -> None:
        runner = graph.graph.get("runner")
        if runner is None:
            raise DirectorError("the ray executor needs graph.graph['runner'] (a director.task_runner.TaskRunner)")
        if not any(stages.get(graph.nodes[n]["task"].stage).renders for n in graph.nodes):
            # nothing to render (an edit that only touches the cut): no actors to start
            scheduled = graph.copy()
            scheduled.graph.pop("runner", None)
            LocalExecutor(self.tasks_in_flight).run(scheduled, run_task)
            return
        self._connect()
        try:
            renderer = runner.renderer
            spec = (runner.renderer_name, runner.renderer_options, None if runner.renderer_name else renderer)
            resources = self.worker_resources or actor_resources(renderer.capabilities, self.gpus_per_worker)
            self.pool = WorkerPool(spec, self._worker_count(resources), resources, self.restarts,
                                   self.start_timeout)
            self.worker_pids = self.pool.pids()
            if self.pool.identity() != renderer.identity:
                raise DirectorError(f"the Ray workers' renderer is '{self.pool.identity()}' but the driver's is "
                                    f"'{renderer.identity}': install the same versions on every node")
            pooled = PooledRenderer(self.pool, getattr(renderer, "name", type(renderer).__name__),
                                    renderer.capabilities, renderer.identity, self.min_batch)
            remote_runner = runner_with(runner, pooled)
            threads = self.tasks_in_flight or max(2, 2 * len(self.pool.actors))
            scheduled = graph.copy()
            scheduled.graph.pop("runner", None)    # the local scheduler must not fork processes of its own
            LocalExecutor(threads).run(scheduled, functools.partial(run_task, compute=remote_runner.compute))
        finally:
            if self.pool is not None:
                self.pool.close()
            if self._started_ray:
                _ray().shutdown()
                self._started_ray = False

    @property
    def replaced(self) -> int:
        """Actors the pool had to replace after Ray gave up restarting them (last run)."""
        return self.pool.replaced if self.pool is not None else 0


def _check_reachable(address: str, timeout: float = 5.0) -> None:
    """Fail in seconds on a wrong `host:port` (Ray itself keeps retrying for minutes); 'auto' is Ray's to find."""
    import socket

    target = address.split("://", 1)[-1]
    if address == "auto" or ":" not in target:
        return
    host, _, port = target.rpartition(":")
    if not port.isdigit():
        return
    try:
        socket.create_connection((host, int(port)), timeout=timeout).close()
    except OSError as exc:
        raise DirectorError(f"cannot reach the Ray cluster at {address}: {exc.strerror or exc} "
                            "(is `ray start --head` running there, and is the port open?)") from None
