"""The local executor's scheduling contract, task failures through the pipeline, and progress output."""
from __future__ import annotations

import json
import threading
import time

import networkx as nx
import pytest

from director.errors import DirectorError
from director.events import EventStream
from director.executor import LocalExecutor, TaskFailed, get_executor
from director.pipeline import render_plan
from director.registry import load

from film_checks import tiny_plan


def diamond_and_chain() -> nx.DiGraph:
    g = nx.DiGraph()
    g.add_edges_from([("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("e", "f")])
    return g


def test_dependencies_first_and_parallel_up_to_the_worker_limit():
    g = diamond_and_chain()
    lock, running, peak, done = threading.Lock(), set(), [0], []

    def run(node):
        with lock:
            assert all(p in done for p in g.predecessors(node)), node
            running.add(node)
            peak[0] = max(peak[0], len(running))
        time.sleep(0.05)
        with lock:
            running.discard(node)
            done.append(node)

    LocalExecutor(workers=2).run(g, run)
    assert sorted(done) == sorted(g.nodes)
    assert peak[0] == 2                      # independent tasks overlapped, never more than the limit


def test_first_failure_is_raised_and_nothing_downstream_starts():
    g = diamond_and_chain()
    started = []

    def run(node):
        started.append(node)
        if node == "b":
            raise ValueError("boom")

    with pytest.raises(TaskFailed, match="task b failed: boom") as info:
        LocalExecutor(workers=1).run(g, run)
    assert isinstance(info.value.error, ValueError) and info.value.task == "b"
    assert "d" not in started


def test_unknown_executor_is_a_clear_error():
    with pytest.raises(DirectorError, match="unknown executor 'nope' \\(available: local"):
        get_executor("nope")


class FailingRenderer:
    """The animatic, except that one shot's in-betweens fail (a real renderer bug or a user-facing error)."""

    def __init__(self, error):
        self.inner = load("renderer", "animatic")
        self.name, self.error = "failing", error

    capabilities = property(lambda self: self.inner.capabilities)
    identity = property(lambda self: "failing/" + self.inner.identity)

    def keyframes(self, req):
        return self.inner.keyframes(req)

    def interpolate(self, req):
        if req.shot.id == "sc001_sh02" and self.error is not None:
            raise self.error
        return self.inner.interpolate(req)


def test_a_failing_shot_is_named_and_only_it_is_rendered_on_the_next_run(tmp_path):
    from director.faults import FilmIncomplete

    events = []
    renderer = FailingRenderer(RuntimeError("out of memory"))
    with pytest.raises(FilmIncomplete, match=r"shot sc001_sh02: local/sc001_sh02/1 failed .*out of memory"):
        render_plan(tiny_plan(3), tmp_path, renderer=renderer, workers=1, events=events.append)
    failed = [e for e in events if e["event"] == "task_failed" and not e.get("skipped")]
    assert [e["task"] for e in failed] == ["local/sc001_sh02/1"] and "out of memory" in failed[0]["error"]
    assert json.loads((tmp_path / "manifest.json").read_text())["complete"] is False
    resumed = []
    renderer.error = None                      # the cause is fixed (same renderer, same identity)
    result = render_plan(tiny_plan(3), tmp_path, renderer=renderer, events=resumed.append)
    assert result.manifest["complete"] is True
    shots = {e["shot"] for e in resumed if e["event"] == "task_finished" and e["stage"] in ("keyframes", "local")}
    assert shots == {"sc001_sh02"}


def test_progress_bars_per_stage_on_request(capsys):
    stream = EventStream(progress=True)
    stream.job_started({"keyframes": 2, "film": 1})
    for task, stage in (("keyframes/a", "keyframes"), ("keyframes/b", "keyframes"), ("film", "film")):
        stream.emit("task_started", task=task, stage=stage, shot=None)
        stream.emit("task_finished", task=task, stage=stage, shot=None, seconds=0.0)
    stream.close()
    err = capsys.readouterr().err
    assert "keyframes" in err and "film" in err and "2/2" in err and "1/1" in err


def test_quiet_when_not_a_terminal(capsys):
    stream = EventStream()              # pytest's captured stderr is not a TTY
    stream.job_started({"film": 1})
    stream.emit("task_finished", task="film", stage="film", shot=None, seconds=0.0)
    stream.close()
    assert capsys.readouterr().err == ""


def _die_once(task):
    """Stands in for the worker entry point: the first task sent to a worker kills that worker process."""
    import os

    from director import executor

    marker = executor._WORKER_RUNNER.store_root.parent / "killed-a-worker"
    if not marker.exists():
        marker.write_text(str(os.getpid()))
        os._exit(1)
    return _REAL_COMPUTE(task)


from director import executor as _executor_module  # noqa: E402

_REAL_COMPUTE = _executor_module._compute_in_worker


def test_a_worker_process_that_dies_is_replaced_and_the_film_completes(tmp_path, monkeypatch):
    monkeypatch.setattr(_executor_module, "_compute_in_worker", _die_once)
    events = []
    result = render_plan(tiny_plan(2), tmp_path, workers=2, processes=True, events=events.append)
    assert (tmp_path / "killed-a-worker").exists()
    assert result.manifest["complete"] is True
    assert any(e["event"] == "task_retried" for e in events)
    reference = render_plan(tiny_plan(2), tmp_path / "reference", workers=1, processes=False)
    assert (tmp_path / "film.mp4").read_bytes() == reference.film.read_bytes()
