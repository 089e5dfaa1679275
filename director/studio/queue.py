"""The studio's job queue: renders run one at a time per worker, in the order they were submitted.

The queue itself is the `jobs` table (store.py): submitting inserts a `queued` row, a worker claims the oldest
one atomically, so the order and the queue positions a writer sees survive a restart. Each worker is a
background thread that runs one render in a child process (runner.py) and copies its event lines into the
`events` table as they arrive — the SSE endpoint streams them from there. Cancel terminates the child; a
studio stopped mid-render leaves the job `running`, and the next start puts it back at the head of the queue,
where the pipeline's artifact store makes the re-run pick up where it stopped.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from ..models import FilmPlan
from .layout import StudioLayout
from .store import CANCELLED, DONE, FAILED, RUNNING, Job, StudioStore

TERMINATE_GRACE_S = 5.0
PID_FILE = "render.pid"
"""In a job's folder while its render process runs: a studio killed outright leaves it behind."""
OFFLINE_BY_DEFAULT = {"HF_HUB_OFFLINE": "1"}
"""Set for the studio's child processes unless the writer's environment says otherwise: a model the machine
does not have must fail a render at once, not sit in the hub client's retries for minutes."""


def child_environment(base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of the studio's child processes (renders, workers, readiness checks)."""
    env = dict(os.environ if base is None else base)
    for key, value in OFFLINE_BY_DEFAULT.items():
        env.setdefault(key, value)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def runner_command(python: str, job_dir: Path, render_dir: Path, renderer: str, options: dict[str, Any]) -> list[str]:
    """The render child's command line. `-P` keeps the folder the studio was started from off `sys.path` (a clone
    named `director/` there would shadow the installed package); the child also runs in the job's folder."""
    return [python, "-P", "-m", "director.studio.runner", str(job_dir), str(render_dir), "--renderer", renderer,
            "--options", json.dumps(options)]


class Tally:
    """Turns the pipeline's event stream (director.events) into progress: tasks done of the total, cache hits.

    Task events carry the stream's own `done`/`total` counters; `job_started` carries the totals per stage (and
    `job_planned` those of the render graph, after a job's planning).
    A task counts as done when it is finished, cached or failed, as the pipeline's own bars count it.
    """

    def __init__(self) -> None:
        self.total = 0
        self.done = 0
        self.hits = 0

    @staticmethod
    def kind(event: dict[str, Any]) -> str:
        return str(event.get("event") or "")

    def add(self, event: dict[str, Any]) -> bool:
        """Take one event; True when the numbers changed."""
        before = (self.total, self.done, self.hits)
        kind = self.kind(event)
        if kind == "job_started" and isinstance(event.get("totals"), dict):
            self.total = sum(int(n) for n in event["totals"].values())
            self.done = 0
        if kind == "job_planned" and isinstance(event.get("totals"), dict):    # planning done: the graph joins
            self.total += sum(int(n) for n in event["totals"].values())
        if isinstance(event.get("total"), int):
            self.total = max(self.total, event["total"])
        if isinstance(event.get("done"), int):
            self.done = max(self.done, event["done"])
        if kind == "task_cached":
            self.hits += 1
        return (self.total, self.done, self.hits) != before


class JobQueue:
    """Background workers that run queued render jobs; see the module docstring."""

    def __init__(self, store: StudioStore, layout: StudioLayout, workers: int = 1, python: str | None = None):
        self.store, self.layout = store, layout
        self.workers = max(1, workers)
        self.python = python or sys.executable
        self._wake = threading.Condition()
        self._stopping = False
        self._threads: list[threading.Thread] = []
        self._running: dict[int, subprocess.Popen] = {}
        self._cancelled: set[int] = set()
        self._claim_lock = threading.Lock()
        self._lock = threading.Lock()  # guards _running and _cancelled

    # -- lifecycle --------------------------------------------------------------------------------------------

    def start(self) -> None:
        for job_id in self.store.requeue_interrupted():
            _stop_orphan(self.layout.job_dir(job_id) / PID_FILE)
            self.store.add_event(job_id, {"event": "requeued", "message": "the studio restarted during this "
                                          "render; it resumes from the finished tasks"})
        self._stopping = False
        for i in range(self.workers):
            thread = threading.Thread(target=self._work, name=f"studio-worker-{i}", daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self) -> None:
        """Stop the workers; a render in flight is terminated and will resume at the next start."""
        with self._wake:
            self._stopping = True
            self._wake.notify_all()
        with self._lock:
            running = list(self._running.values())
        for proc in running:
            _terminate(proc)
        for thread in self._threads:
            thread.join(timeout=TERMINATE_GRACE_S * 2)
        self._threads.clear()

    # -- API --------------------------------------------------------------------------------------------------

    def submit(self, project_id: str, plan: FilmPlan, renderer: str, options: dict[str, Any],
               note: str = "") -> Job:
        """Queue a render of `plan` (snapshotted now, so later edits do not change this job)."""
        with self._claim_lock:  # no worker may claim the job before its plan snapshot is on disk
            job = self.store.add_job(project_id, renderer, options, note)
            job_dir = self.layout.job_dir(job.id)
            job_dir.mkdir(parents=True, exist_ok=True)
            tmp = job_dir / ".plan.json.part"
            tmp.write_text(plan.model_dump_json(indent=2), encoding="utf-8")
            os.replace(tmp, job_dir / "plan.json")
            self.store.add_event(job.id, {"event": "queued", "renderer": renderer, "options": options})
        with self._wake:
            self._wake.notify_all()
        return self.store.job(job.id)

    def cancel(self, job_id: int) -> bool:
        """Cancel a queued or running job; False when it had already ended."""
        if self.store.cancel_if_queued(job_id):
            self.store.add_event(job_id, {"event": "cancelled", "message": "cancelled before it started"})
            return True
        job = self.store.job(job_id)
        if job is None or job.state != RUNNING:
            return False
        with self._lock:
            self._cancelled.add(job_id)
            proc = self._running.get(job_id)
        if proc is not None:  # else the worker is starting it: it sees the flag once the process exists
            _terminate(proc)
        return True

    # -- worker -----------------------------------------------------------------------------------------------

    def _claim(self) -> Job | None:
        with self._claim_lock:
            return self.store.claim_next()

    def _work(self) -> None:
        while True:
            with self._wake:
                if self._stopping:
                    return
            job = self._claim()
            if job is None:
                with self._wake:
                    if self._stopping:
                        return
                    self._wake.wait(timeout=1.0)
                continue
            try:
                self._run(job)
            except Exception as exc:  # never let one job kill the worker
                self.store.add_event(job.id, {"event": "error", "message": f"internal error: {exc}"})
                self.store.finish(job.id, FAILED, f"internal error: {exc}")

    def _run(self, job: Job) -> None:
        job_dir = self.layout.job_dir(job.id)
        render_dir = self.layout.render_dir(job.project)
        render_dir.mkdir(parents=True, exist_ok=True)
        self.store.add_event(job.id, {"event": "render_started", "renderer": job.renderer})
        command = runner_command(self.python, job_dir, render_dir, job.renderer, job.options)
        log = open(job_dir / "render.log", "ab")
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=log, stdin=subprocess.DEVNULL,
                                start_new_session=True, cwd=job_dir, env=child_environment())
        (job_dir / PID_FILE).write_text(str(proc.pid), encoding="utf-8")
        with self._lock:
            self._running[job.id] = proc
            cancelled_early = job.id in self._cancelled
        if cancelled_early:
            _terminate(proc)
        tally, error = Tally(), None
        try:
            for raw in proc.stdout:
                try:
                    event = json.loads(raw)
                except ValueError:
                    continue
                if not isinstance(event, dict):
                    continue
                self.store.add_event(job.id, event)
                if Tally.kind(event) == "error":
                    error = str(event.get("message"))
                if tally.add(event):
                    self.store.update_progress(job.id, tasks_total=tally.total, tasks_done=tally.done,
                                               cache_hits=tally.hits)
            code = proc.wait()
            (job_dir / PID_FILE).unlink(missing_ok=True)
        finally:
            with self._lock:
                self._running.pop(job.id, None)
                cancelled = job.id in self._cancelled
                self._cancelled.discard(job.id)
            log.close()
        if self._stopping and not cancelled:
            return  # left `running`: requeued and resumed at the next start
        if cancelled:
            self.store.add_event(job.id, {"event": "cancelled", "message": "cancelled while rendering; finished "
                                          "tasks are kept for the next render"})
            self.store.finish(job.id, CANCELLED, "cancelled")
        elif code == 0:
            self.store.add_event(job.id, {"event": "render_finished", "cache_hits": tally.hits,
                                          "tasks": tally.done})
            self.store.finish(job.id, DONE)
        else:
            message = error or f"the render stopped with exit status {code}; see {job_dir.name}/render.log"
            if error is None:
                self.store.add_event(job.id, {"event": "error", "message": message})
            self.store.finish(job.id, FAILED, message)


def _terminate(proc: subprocess.Popen) -> None:
    """SIGTERM the render's process group, then SIGKILL it if it has not gone after a grace period."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=TERMINATE_GRACE_S)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _stop_orphan(pid_file: Path) -> None:
    """Stop the render a studio that was killed outright left running (it would race the resumed render).

    Only a process that is still our runner is stopped: the pid must belong to a live process whose command
    line runs `director.studio.runner` for this very job folder (pids are reused).
    """
    try:
        pid = int(pid_file.read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        cmdline = []
    job_dir = str(pid_file.parent).encode()
    if b"director.studio.runner" in cmdline and job_dir in cmdline:
        try:
            os.killpg(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    pid_file.unlink(missing_ok=True)
