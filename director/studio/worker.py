"""Parsing and planning out of the studio's process: `python -P -m director.studio.worker`, a pool of them.

Why a process: the parser and the planners run patterns over text a writer uploaded, and a pattern that
backtracks holds the interpreter lock for as long as it runs — a thread would freeze every other request of the
studio with it. In a worker process the studio keeps answering; a job that runs past its time limit has its
worker killed (the next job starts a fresh one), and the writer gets a one-line message instead of a hang.

Protocol, one JSON object per line: the studio writes `{"op": "parse", "script": PATH, "out": PATH}` or
`{"op": "plan", "script": PATH (a Script JSON), "planner": NAME, "options": {...}, "out": PATH}`; the worker
writes the result to `out` (atomically) and answers `{"ok": true, ...}` or `{"ok": false, "error": {...}}`.
Results go through files, not the pipe: a feature's Script is megabytes, and the studio keeps it anyway.
"""
from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import threading
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ..errors import DirectorError, InputError

PARSE_TIMEOUT_S = 20.0
PLAN_TIMEOUT_S = 300.0
STARTUP_TIMEOUT_S = 60.0


def outline_path(script_json: Path) -> Path:
    """Where the parse op writes the script's outline (`director.studio.outline.Outline` as JSON)."""
    return script_json.with_name("outline.json")


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _handle(request: dict[str, Any]) -> dict[str, Any]:
    op = request.get("op")
    if op == "parse":
        from ..parsing import parse

        from .outline import outline

        script = parse(request["script"])
        _write(Path(request["out"]), script.model_dump_json())
        # The outline too, here: the studio's pages read this small summary, never the whole parse (validating a
        # feature's Script holds the server's GIL for most of a second, and every other request would wait).
        _write(outline_path(Path(request["out"])), json.dumps(asdict(outline(script, fallback_title=""))))
        return {"ok": True, "title": script.title}
    if op == "plan":
        from ..models import Script
        from ..planning import plan

        script = Script.model_validate_json(Path(request["script"]).read_text(encoding="utf-8"))
        result = plan(script, planner=request["planner"], **request.get("options", {}))
        _write(Path(request["out"]), result.model_dump_json(indent=2))
        return {"ok": True, "shots": len(result.shots)}
    if op == "ping":
        return {"ok": True}
    raise DirectorError(f"unknown worker request {op!r}")


def serve(stdin=None, stdout=None) -> None:
    """The worker's loop: one request per line in, one answer per line out, until stdin closes."""
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    from .. import parsing, planning  # noqa: F401  (imported before saying ready: a job's time is its own)

    stdout.write(json.dumps({"ok": True, "ready": True}) + "\n")
    stdout.flush()
    for raw in stdin:
        try:
            answer = _handle(json.loads(raw))
        except InputError as exc:
            answer = {"ok": False, "error": {"type": "input", "problem": exc.problem, "file": exc.file,
                                             "line": exc.line}}
        except DirectorError as exc:
            answer = {"ok": False, "error": {"type": "director", "message": str(exc)}}
        except Exception as exc:   # a bug: one line for the writer, the traceback for the log
            import traceback

            traceback.print_exc()
            answer = {"ok": False, "error": {"type": "internal", "message": f"{type(exc).__name__}: {exc}"}}
        stdout.write(json.dumps(answer) + "\n")
        stdout.flush()


class WorkerPool:
    """Up to `size` worker processes, started on demand and reused; each call gets a worker to itself.

    `run` blocks its calling thread (the studio calls it from a thread, never from the event loop) until the
    worker answers or `timeout` passes; then the worker is killed and the call raises a one-line InputError.
    `env`: the workers' environment, or a function giving it at each start.
    """

    def __init__(self, size: int = 2, log: Path | None = None, cwd: Path | None = None, env=None):
        self.size = max(1, size)
        self.log, self.cwd, self.env = log, cwd, env
        self._idle: list[subprocess.Popen] = []
        self._busy = 0
        self._cond = threading.Condition()
        self._closed = False

    def _spawn(self) -> subprocess.Popen:
        """A new worker, once it has said it is ready (its start-up does not count against a job's limit)."""
        log = open(self.log, "ab") if self.log else subprocess.DEVNULL
        try:
            # -P: the caller's folder is not on sys.path (a clone named director/ there must not shadow us)
            proc = subprocess.Popen([sys.executable, "-P", "-m", "director.studio.worker"], stdin=subprocess.PIPE,
                                    stdout=subprocess.PIPE, stderr=log, cwd=self.cwd,
                                    env=self.env() if callable(self.env) else self.env,
                                    start_new_session=True)
        finally:
            if log is not subprocess.DEVNULL:
                log.close()
        try:
            _read_line(proc, STARTUP_TIMEOUT_S, "starting a worker process")
        except DirectorError:
            _kill(proc)
            raise
        return proc

    def _take(self) -> subprocess.Popen:
        with self._cond:
            while True:
                if self._closed:
                    raise DirectorError("the studio is shutting down")
                while self._idle:
                    proc = self._idle.pop()
                    if proc.poll() is None:
                        self._busy += 1
                        return proc
                if self._busy < self.size:
                    self._busy += 1
                    break
                self._cond.wait()
        try:
            return self._spawn()
        except BaseException:
            with self._cond:
                self._busy -= 1
                self._cond.notify()
            raise

    def _give_back(self, proc: subprocess.Popen | None) -> None:
        with self._cond:
            self._busy -= 1
            if proc is not None and proc.poll() is None and not self._closed:
                self._idle.append(proc)
            elif proc is not None:
                _kill(proc)
            self._cond.notify()

    def run(self, request: dict[str, Any], timeout: float, what: str) -> dict[str, Any]:
        """Send `request` to a worker and return its answer; `what` names the job in a time-limit message."""
        proc = self._take()
        keep = None
        try:
            proc.stdin.write((json.dumps(request) + "\n").encode("utf-8"))
            proc.stdin.flush()
            line = _read_line(proc, timeout, what)
            keep = proc
        except (BrokenPipeError, OSError) as exc:
            raise DirectorError(f"{what}: the worker process failed ({exc})") from None
        finally:
            self._give_back(keep if keep is not None else None)
            if keep is None:
                _kill(proc)
        answer = json.loads(line)
        if answer.get("ok"):
            return answer
        error = answer.get("error") or {}
        if error.get("type") == "input":
            raise InputError(error.get("problem", "?"), error.get("file"), error.get("line"))
        if error.get("type") == "internal":
            raise DirectorError(f"{what} failed with an internal error: {error.get('message')}")
        raise DirectorError(error.get("message") or f"{what} failed")

    def warm(self) -> None:
        """Start one worker now (in the background), so the first upload does not wait for its start."""
        def ping():
            try:
                self.run({"op": "ping"}, 60, "starting a worker")
            except DirectorError:
                pass

        threading.Thread(target=ping, name="studio-worker-warmup", daemon=True).start()

    def close(self) -> None:
        with self._cond:
            self._closed = True
            idle, self._idle = self._idle, []
            self._cond.notify_all()
        for proc in idle:
            _kill(proc)


def _read_line(proc: subprocess.Popen, timeout: float, what: str) -> bytes:
    """The worker's next answer line, or a one-line error when it takes longer than `timeout` or dies."""
    deadline = time.monotonic() + timeout
    line = b""
    while not line.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([proc.stdout], [], [], left)[0]:
            raise InputError(f"{what} took longer than the studio's limit of {timeout:g} s and was stopped")
        chunk = os.read(proc.stdout.fileno(), 65536)
        if not chunk:
            raise DirectorError(f"{what}: the worker process stopped (exit status {proc.wait()})")
        line += chunk
    return line


def _kill(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        try:
            proc.kill()
        except ProcessLookupError:
            pass
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass
    for stream in (proc.stdin, proc.stdout):
        try:
            if stream:
                stream.close()
        except OSError:
            pass


if __name__ == "__main__":
    channel = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
    os.dup2(2, 1)  # a library printing to stdout must not corrupt the answers
    sys.stdout = sys.stderr
    serve(sys.stdin, channel)
