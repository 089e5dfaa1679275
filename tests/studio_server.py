"""A real studio for tests: `director studio` in a subprocess on a free loopback port, stopped with SIGINT.

Shared by tests/test_studio*.py. The server is the same command a writer runs, so the tests exercise the CLI,
uvicorn, the lifespan (worker start/stop) and the on-disk state across restarts.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class StudioServer:
    def __init__(self, root: Path, token: str | None = None, extra: list[str] | None = None,
                 env: dict[str, str] | None = None, cwd: Path | None = None):
        self.root, self.token, self.extra = Path(root), token, extra or []
        self.env, self.cwd = env or {}, cwd or REPO
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None
        self.log = self.root.parent / f"studio-{self.port}.log"

    def start(self) -> "StudioServer":
        command = [sys.executable, "-m", "director", "studio", "--root", str(self.root), "--port", str(self.port)]
        if self.token:
            command += ["--token", self.token]
        # SIGINT at its default however the tests were started (a background shell ignores it, and the
        # ignoring survives exec): `stop` would otherwise wait 20 s and kill
        self.proc = subprocess.Popen(command + self.extra, cwd=self.cwd, stdout=open(self.log, "ab"),
                                     stderr=subprocess.STDOUT,
                                     env={**os.environ, "PYTHONUNBUFFERED": "1", **self.env},
                                     preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"studio exited {self.proc.returncode}: {self.log.read_text()}")
            try:
                httpx.get(self.url + "/static/studio.css", timeout=1)
                return self
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError(f"studio did not start: {self.log.read_text()}")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def __enter__(self) -> "StudioServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def client(self) -> httpx.Client:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=30, follow_redirects=True)

    def wait_job(self, client: httpx.Client, job_id: int, states=("done", "failed", "cancelled"),
                 timeout: float = 60) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            job = client.get(f"/api/jobs/{job_id}").json()
            if job["state"] in states:
                return job
            time.sleep(0.1)
        log = self.log.read_text()[-2000:] if getattr(self, "log", None) and self.log.exists() else "(in-process)"
        raise AssertionError(f"job {job_id} still {job['state']} after {timeout}s; studio log: {log}")


class ThreadedStudio:
    """The studio app (`create_app`) served by uvicorn in a thread of the test process, on a free port.

    Cheaper to start than the CLI subprocess (no interpreter start, no imports), for tests that need a
    differently configured studio (a token, planner settings in the environment) but not a restart.
    """

    def __init__(self, root: Path, token: str | None = None, **options):
        import uvicorn

        from director.studio import create_app

        self.root, self.token = Path(root), token
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.app = app = create_app(self.root, token=token, **options)
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = None

    def __enter__(self) -> "ThreadedStudio":
        import threading

        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the studio thread did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)

    client = StudioServer.client
    wait_job = StudioServer.wait_job
