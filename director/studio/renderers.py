"""Which renderers can run on this machine, asked before a render is queued (`director.backends.renderer_ready`).

The question is put to a child process (`python -P -m director.backends --ready`): making a renderer imports
its framework (torch, diffusers: seconds and hundreds of megabytes the studio itself never needs), and a
renderer whose check misbehaves cannot hang the studio. Answers are kept for `ttl` seconds — long enough for
page views to be free, short enough that weights copied onto the machine show up soon — and asked again in
the background when they go stale, one renderer per child so a light one answers at once. Submitting a render
waits for a fresh answer for that renderer only.
"""
from __future__ import annotations

import json
import subprocess
import sys
import threading
import time

from ..registry import available
from .queue import child_environment

CHECKING = "checking whether it can run here…"
READY_TTL_S = 60.0
READY_TIMEOUT_S = 120.0
HEAVY = ("diffusers",)
"""Renderers whose check imports a deep-learning framework (seconds): asked after the others."""


class RendererStatus:
    """The installed renderers and, per name, None (can run) or the reason it cannot."""

    def __init__(self, ttl: float = READY_TTL_S, timeout: float = READY_TIMEOUT_S, cwd=None):
        self.ttl, self.timeout, self.cwd = ttl, timeout, cwd
        self._answers: dict[str, tuple[float, str | None]] = {}   # name -> (asked at, reason)
        self._lock = threading.Lock()
        self._running: threading.Thread | None = None

    @staticmethod
    def names() -> list[str]:
        return sorted(available("renderer")) or ["animatic"]

    def _ask(self, names: list[str] | None = None) -> None:
        """Ask the child process about `names` (all renderers when None) and keep the answers."""
        started = time.monotonic()
        wanted = names or self.names()
        try:
            done = subprocess.run([sys.executable, "-P", "-m", "director.backends", "--ready", *(names or [])],
                                  capture_output=True, text=True, timeout=self.timeout, cwd=self.cwd,
                                  env=child_environment(), stdin=subprocess.DEVNULL)
            lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
            reasons = json.loads(lines[-1]) if lines else None
            if not isinstance(reasons, dict):
                tail = (done.stderr.strip().splitlines() or ["no answer"])[-1][:200]
                reasons = {name: f"the readiness check failed: {tail}" for name in wanted}
        except subprocess.TimeoutExpired:
            reasons = {name: f"the readiness check took longer than {self.timeout:g} s" for name in wanted}
        with self._lock:
            for name in wanted:
                self._answers[name] = (started, reasons.get(name, f"no renderer '{name}' is installed"))

    def _ask_each(self, names: list[str]) -> None:
        """One child per renderer, light ones first: the animatic's answer does not wait for torch to import."""
        for name in sorted(names, key=lambda n: (n in HEAVY, n)):
            self._ask([name])

    def _stale(self, name: str) -> bool:
        answer = self._answers.get(name)
        return answer is None or time.monotonic() - answer[0] > self.ttl

    def current(self) -> dict[str, str | None]:
        """What is known now, without waiting; stale answers are asked again in the background."""
        names = self.names()
        with self._lock:
            stale = any(self._stale(n) for n in names)
            if stale and (self._running is None or not self._running.is_alive()):
                self._running = threading.Thread(target=self._ask_each, args=(names,), name="studio-renderer-check",
                                                 daemon=True)
                self._running.start()
            return {n: self._answers[n][1] if n in self._answers else CHECKING for n in names}

    def reason(self, name: str) -> str | None:
        """Why `name` cannot run (None when it can), from an answer no older than `ttl`: asks for it when stale
        (only that renderer, so the animatic's answer never waits for a diffusion framework to import)."""
        if name not in self.names():
            return f"no renderer '{name}' is installed (installed: {', '.join(self.names())})"
        with self._lock:
            stale = self._stale(name)
        if stale:
            self._ask([name])
        with self._lock:
            return self._answers[name][1]
