"""The studio's memory: projects, jobs and their event streams in one SQLite file beside the artifacts.

Everything a browser shows is read back from here, never from a worker's memory, so a restarted studio shows
the same jobs, the same progress and the same event log — and the SSE endpoint can replay a stream from any
event id a reconnecting EventSource sends as `Last-Event-ID`.

Each call opens its own short-lived connection: SQLite connections must not cross threads, and the studio has
the request threads, the worker thread and the SSE loop all touching the table. WAL mode lets readers go on
while the worker writes.
"""
from __future__ import annotations

import json
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

SCHEMA = """
CREATE TABLE IF NOT EXISTS projects (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    source_name TEXT NOT NULL,
    created     REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS jobs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    project     TEXT NOT NULL REFERENCES projects(id),
    renderer    TEXT NOT NULL,
    options     TEXT NOT NULL DEFAULT '{}',
    note        TEXT NOT NULL DEFAULT '',
    state       TEXT NOT NULL DEFAULT 'queued',
    progress    REAL NOT NULL DEFAULT 0,
    tasks_total INTEGER NOT NULL DEFAULT 0,
    tasks_done  INTEGER NOT NULL DEFAULT 0,
    cache_hits  INTEGER NOT NULL DEFAULT 0,
    error       TEXT,
    created     REAL NOT NULL,
    started     REAL,
    finished    REAL
);
CREATE TABLE IF NOT EXISTS events (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    job     INTEGER NOT NULL REFERENCES jobs(id),
    ts      REAL NOT NULL,
    data    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_job ON events(job, id);
CREATE INDEX IF NOT EXISTS jobs_by_state ON jobs(state, id);
"""

QUEUED, RUNNING, DONE, FAILED, CANCELLED = "queued", "running", "done", "failed", "cancelled"
FINAL_STATES = (DONE, FAILED, CANCELLED)
MAX_ROW_ID = 2 ** 63 - 1
"""SQLite's largest integer: an id past it is no row (and must not reach the driver, which overflows)."""


def is_row_id(value) -> bool:
    """A number that can name a row: a whole number from 1 to MAX_ROW_ID."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= MAX_ROW_ID


@dataclass
class Project:
    id: str
    name: str
    source_name: str
    created: float


@dataclass
class Job:
    id: int
    project: str
    renderer: str
    options: dict[str, Any]
    note: str
    state: str
    progress: float
    tasks_total: int
    tasks_done: int
    cache_hits: int
    error: str | None
    created: float
    started: float | None
    finished: float | None
    queue_position: int | None = field(default=None)  # 1 = next to run; None when not queued

    @property
    def final(self) -> bool:
        return self.state in FINAL_STATES

    def as_dict(self) -> dict[str, Any]:
        from dataclasses import asdict

        return asdict(self)


class StudioStore:
    """Projects, jobs and job events, persisted in `path` (one SQLite file)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        db.row_factory = sqlite3.Row
        try:
            yield db
        finally:
            db.close()

    # -- projects ---------------------------------------------------------------------------------------------

    def add_project(self, project_id: str, name: str, source_name: str) -> Project:
        now = time.time()
        with self._connect() as db:
            db.execute("INSERT INTO projects (id, name, source_name, created) VALUES (?, ?, ?, ?)",
                       (project_id, name, source_name, now))
        return Project(project_id, name, source_name, now)

    def project(self, project_id: str) -> Project | None:
        with self._connect() as db:
            row = db.execute("SELECT * FROM projects WHERE id = ?", (project_id,)).fetchone()
        return Project(**dict(row)) if row else None

    def projects(self) -> list[Project]:
        with self._connect() as db:
            rows = db.execute("SELECT * FROM projects ORDER BY created DESC").fetchall()
        return [Project(**dict(r)) for r in rows]

    # -- jobs -------------------------------------------------------------------------------------------------

    def add_job(self, project_id: str, renderer: str, options: dict[str, Any], note: str = "") -> Job:
        with self._connect() as db:
            cur = db.execute(
                "INSERT INTO jobs (project, renderer, options, note, created) VALUES (?, ?, ?, ?, ?)",
                (project_id, renderer, json.dumps(options, sort_keys=True), note, time.time()))
            job_id = cur.lastrowid
        return self.job(job_id)

    def _job_from_row(self, db: sqlite3.Connection, row: sqlite3.Row) -> Job:
        data = dict(row)
        data["options"] = json.loads(data["options"])
        job = Job(**data)
        if job.state == QUEUED:
            ahead = db.execute("SELECT COUNT(*) FROM jobs WHERE state = ? AND id < ?", (QUEUED, job.id)).fetchone()[0]
            job.queue_position = ahead + 1
        return job

    def job(self, job_id: int) -> Job | None:
        if not is_row_id(job_id):
            return None
        with self._connect() as db:
            row = db.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
            return self._job_from_row(db, row) if row else None

    def jobs(self, project_id: str | None = None) -> list[Job]:
        with self._connect() as db:
            if project_id is None:
                rows = db.execute("SELECT * FROM jobs ORDER BY id DESC").fetchall()
            else:
                rows = db.execute("SELECT * FROM jobs WHERE project = ? ORDER BY id DESC", (project_id,)).fetchall()
            return [self._job_from_row(db, r) for r in rows]

    def claim_next(self) -> Job | None:
        """Atomically move the oldest queued job to `running` and return it (None when none can start).

        A job waits while another job of its project runs: both would render into the project's one output
        folder. Jobs of other projects may pass it (with several workers).
        """
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            row = db.execute("SELECT id FROM jobs WHERE state = ? AND project NOT IN "
                             "(SELECT project FROM jobs WHERE state = ?) ORDER BY id LIMIT 1",
                             (QUEUED, RUNNING)).fetchone()
            if row is None:
                db.execute("COMMIT")
                return None
            db.execute("UPDATE jobs SET state = ?, started = ?, error = NULL WHERE id = ?",
                       (RUNNING, time.time(), row["id"]))
            db.execute("COMMIT")
        return self.job(row["id"])

    def requeue_interrupted(self) -> list[int]:
        """Jobs a previous studio process left `running` go back to the queue (the render cache resumes them)."""
        with self._connect() as db:
            ids = [r[0] for r in db.execute("SELECT id FROM jobs WHERE state = ?", (RUNNING,)).fetchall()]
            db.execute("UPDATE jobs SET state = ?, started = NULL WHERE state = ?", (QUEUED, RUNNING))
        return ids

    def update_progress(self, job_id: int, *, tasks_total: int, tasks_done: int, cache_hits: int) -> None:
        progress = (tasks_done / tasks_total) if tasks_total else 0.0
        with self._connect() as db:
            db.execute("UPDATE jobs SET tasks_total = ?, tasks_done = ?, cache_hits = ?, progress = ? WHERE id = ?",
                       (tasks_total, tasks_done, cache_hits, min(1.0, progress), job_id))

    def finish(self, job_id: int, state: str, error: str | None = None) -> None:
        assert state in FINAL_STATES, state
        with self._connect() as db:
            if state == DONE:
                db.execute("UPDATE jobs SET state = ?, error = NULL, progress = 1, finished = ? WHERE id = ?",
                           (state, time.time(), job_id))
            else:
                db.execute("UPDATE jobs SET state = ?, error = ?, finished = ? WHERE id = ?",
                           (state, error, time.time(), job_id))

    def cancel_if_queued(self, job_id: int) -> bool:
        """Cancel a job that has not started; False when it is already running or over."""
        if not is_row_id(job_id):
            return False
        with self._connect() as db:
            cur = db.execute("UPDATE jobs SET state = ?, finished = ? WHERE id = ? AND state = ?",
                             (CANCELLED, time.time(), job_id, QUEUED))
            return cur.rowcount == 1

    # -- events -----------------------------------------------------------------------------------------------

    def add_event(self, job_id: int, data: dict[str, Any]) -> int:
        with self._connect() as db:
            cur = db.execute("INSERT INTO events (job, ts, data) VALUES (?, ?, ?)",
                             (job_id, time.time(), json.dumps(data, default=str)))
            return cur.lastrowid

    def events(self, job_id: int, after: int = 0, limit: int = 1000) -> list[tuple[int, dict[str, Any]]]:
        """(event id, event) pairs of one job with ids greater than `after`, oldest first."""
        if not is_row_id(job_id) or not is_row_id(after + 1) or limit < 1:
            return []
        with self._connect() as db:
            rows = db.execute("SELECT id, data FROM events WHERE job = ? AND id > ? ORDER BY id LIMIT ?",
                              (job_id, after, limit)).fetchall()
        return [(r["id"], json.loads(r["data"])) for r in rows]
