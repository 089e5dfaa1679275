"""Progress for people and for programs: one event stream, three listeners.

A job opens with `job_started` (task totals per stage, as far as they are known) and closes with `job_finished`
or `job_failed`. Every task reports `task_started`, then `task_finished` (computed now), `task_cached` (found in
the store) or `task_failed` (with `task_retried` before each new attempt, see `director.faults`). A job that
starts from a script opens with one task, `planning`; once the plan is made, `job_planned` announces the
render graph's totals per stage, and `total` grows to include them (it is never 0 in a task event). Each event
is a flat JSON-able dict:

    {"event": "task_finished", "task": "local/sc002_sh01/2", "stage": "local", "shot": "sc002_sh01",
     "seconds": 0.41, "time": 1732460000.12, "done": 17, "total": 52}

Listeners: a Python callback (`make_film(..., events=fn)`), a JSON-lines file (`--events FILE`, one event per
line, flushed as it happens so another process can tail it), and a tqdm bar per stage on a terminal (quiet when
stderr is not a TTY, unless asked).
"""
from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable

from .errors import DirectorError

EventCallback = Callable[[dict[str, Any]], None]

TASK_EVENTS = ("task_started", "task_finished", "task_cached", "task_failed", "task_retried")
JOB_EVENTS = ("job_started", "job_planned", "job_finished", "job_failed")


class EventStream:
    """Thread-safe fan-out of events to a callback, a JSON-lines file and per-stage progress bars."""

    def __init__(self, callback: EventCallback | None = None, path: str | Path | None = None,
                 progress: bool | None = None):
        self.callback = callback
        self.progress = sys.stderr.isatty() if progress is None else progress
        self._lock = threading.Lock()
        self._file = None
        if path is not None:
            try:
                self._file = open(path, "a", encoding="utf-8")
            except OSError as exc:
                raise DirectorError(f"{path}: cannot write the events file: {exc.strerror or exc}") from exc
        self._bars: dict[str, Any] = {}
        self.done = 0
        self.total = 0
        self.started = False

    # ---------------------------------------------------------------------------------------------- emit
    def emit(self, event: str, **fields: Any) -> dict[str, Any]:
        with self._lock:
            if event in ("task_finished", "task_cached", "task_failed"):
                self.done += 1
            record = {"event": event, "time": round(time.time(), 6), **fields}
            if event in TASK_EVENTS:
                record.update(done=self.done, total=self.total)
            if self._file is not None:
                self._file.write(json.dumps(record, default=str) + "\n")
                self._file.flush()
            self._update_bars(record)
        if self.callback is not None:
            self.callback(record)
        return record

    def job_started(self, totals: dict[str, int], **fields: Any) -> None:
        """Announce the job: `totals` is the task count per stage known so far (bars are sized from it)."""
        self.started = True
        self.total = sum(totals.values())
        self.done = 0
        self._add_bars(totals)
        self.emit("job_started", totals=totals, **fields)

    def job_planned(self, totals: dict[str, int], **fields: Any) -> None:
        """Announce the render graph of a job that opened with planning: its tasks join the total."""
        self.total += sum(totals.values())
        self._add_bars(totals)
        self.emit("job_planned", totals=totals, **fields)

    def _add_bars(self, totals: dict[str, int]) -> None:
        if not self.progress:
            return
        from tqdm import tqdm

        for stage, n in totals.items():
            self._bars[stage] = tqdm(total=n, desc=f"{stage:<10}", unit="task", position=len(self._bars),
                                     leave=True, file=sys.stderr, dynamic_ncols=True)

    def _update_bars(self, record: dict[str, Any]) -> None:
        bar = self._bars.get(record.get("stage"))
        if bar is None:
            return
        if record["event"] in ("task_finished", "task_cached"):
            bar.update(1)
        elif record["event"] == "task_failed":
            bar.set_postfix_str("failed")
            bar.update(1)

    def close(self) -> None:
        for bar in self._bars.values():
            bar.close()
        self._bars.clear()
        if self._file is not None:
            self._file.close()
            self._file = None


def read_events(path: str | Path) -> list[dict[str, Any]]:
    """Parse a JSON-lines events file (a killed writer may leave a torn last line: it is skipped)."""
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return out
