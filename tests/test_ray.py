"""The Ray executor on a real local Ray instance: the same film as the local executor, bit for bit; the renderer
held in worker actors with a level's segments spread over them; a worker killed mid-call does not stop the job."""
from __future__ import annotations

import json
import os
import signal
import threading
import time
from pathlib import Path

import pytest

from director.pipeline import render_plan
from director.store import ArtifactStore

from film_checks import tiny_plan

ray = pytest.importorskip("ray")

import _ray_renderers  # noqa: E402  (after the skip: only needed with Ray)
from _ray_renderers import FailingAnimatic, TracingAnimatic, served_by  # noqa: E402

from director.ray_executor import RayExecutor, actor_resources  # noqa: E402
from director.protocols import Capabilities  # noqa: E402

OUTPUT_FILES = ["film.mp4", "plan.json", "subtitles.srt", "timeline.otio"]


@pytest.fixture(scope="module")
def ray_instance():
    """One small local Ray instance for the whole module (starting one costs ~10 s)."""
    ray.cloudpickle.register_pickle_by_value(_ray_renderers)   # workers cannot import tests/ by name
    ray.init(num_cpus=2, include_dashboard=False, object_store_memory=200 * 1024 * 1024, log_to_driver=False)
    yield ray
    ray.shutdown()


@pytest.fixture(scope="module")
def local_film(tmp_path_factory):
    """The reference: the tiny plan rendered by the local executor."""
    out = tmp_path_factory.mktemp("local")
    result = render_plan(tiny_plan(3), out, executor="local", workers=2, storyboard=False)
    return result, out


def _store_files(out: Path) -> dict[str, dict[str, str]]:
    """task key -> {file name: digest} for every artifact in the output folder's store."""
    store = ArtifactStore(out / ".director")
    rows = store._connect().execute("SELECT key, name, digest FROM files").fetchall()
    table: dict[str, dict[str, str]] = {}
    for key, name, digest in rows:
        table.setdefault(key, {})[name] = digest
    return table


def test_ray_and_local_make_the_same_film_with_segments_spread_over_workers(ray_instance, local_film, tmp_path):
    reference, ref_out = local_film
    trace = tmp_path / "trace"
    trace.mkdir()
    executor = RayExecutor(workers=2)
    out = tmp_path / "ray"
    result = render_plan(tiny_plan(3), out, renderer=TracingAnimatic(trace), executor=executor, storyboard=False)

    for name in OUTPUT_FILES:
        assert (out / name).read_bytes() == (ref_out / name).read_bytes(), name
    for clip in (ref_out / "shots").iterdir():
        assert (out / "shots" / clip.name).read_bytes() == clip.read_bytes(), clip.name
    assert _store_files(out) == _store_files(ref_out)          # every artifact: same key, same bytes

    assert result.manifest["job"]["executor"] == "ray"
    assert result.manifest["tasks"]["computed"] == reference.manifest["tasks"]["computed"]
    # the renderer ran in the two actors, not in this process, and both got segments of the levels
    served = served_by(trace)
    assert set(served) == set(executor.worker_pids) and len(served) == 2 and os.getpid() not in served
    assert all(n > 0 for n in served.values())


def test_a_worker_killed_mid_call_is_replaced_and_the_film_is_the_same(ray_instance, local_film, tmp_path):
    _, ref_out = local_film
    trace = tmp_path / "trace"
    trace.mkdir()
    executor = RayExecutor(workers=2)
    killed: list[int] = []

    def kill_first_busy_worker():
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            busy = sorted(trace.glob("[0-9]*"), key=lambda f: f.stat().st_mtime_ns)
            if busy:
                pid = int(busy[0].name.split("-")[0])
                os.kill(pid, signal.SIGKILL)          # the worker is inside interpolate (sleeping) right now
                killed.append(pid)
                return
            time.sleep(0.01)

    killer = threading.Thread(target=kill_first_busy_worker, daemon=True)
    killer.start()
    out = tmp_path / "ray"
    events: list[dict] = []
    result = render_plan(tiny_plan(3), out, renderer=TracingAnimatic(trace, delay=0.4), executor=executor,
                         storyboard=False, events=events.append)
    killer.join(5)

    assert killed and killed[0] in executor.worker_pids
    with pytest.raises(ProcessLookupError):
        os.kill(killed[0], 0)                         # it really died
    assert result.manifest["complete"] is True and events[-1]["event"] == "job_finished"
    for name in OUTPUT_FILES:
        assert (out / name).read_bytes() == (ref_out / name).read_bytes(), name
    assert _store_files(out) == _store_files(ref_out)
    # a restarted worker (a new process) finished the work the killed one had started
    assert set(served_by(trace)) - set(executor.worker_pids)


def test_on_ray_a_shot_that_keeps_failing_is_retried_then_slated_and_reported(ray_instance, local_film, tmp_path):
    from director.faults import RETRIES, FilmIncomplete

    _, ref_out = local_film
    events: list[dict] = []
    out = tmp_path / "ray"
    with pytest.raises(FilmIncomplete, match=r"shot sc001_sh03: local/sc001_sh03/\d failed after 3 attempt\(s\): "
                                             r"RuntimeError: CUDA out of memory while drawing sc001_sh03"):
        render_plan(tiny_plan(3), out, renderer=FailingAnimatic("sc001_sh03"), executor=RayExecutor(workers=2),
                    storyboard=False, events=events.append)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["complete"] is False and [f["shot"] for f in manifest["failures"]] == ["sc001_sh03"]
    assert manifest["failures"][0]["error"] == "RuntimeError: CUDA out of memory while drawing sc001_sh03"
    assert len([e for e in events if e["event"] == "task_retried"]) == RETRIES
    for shot in ("sc001_sh01", "sc001_sh02"):               # the rest of the film rendered, as on the local run
        assert (out / "shots" / f"{shot}.mp4").read_bytes() == (ref_out / "shots" / f"{shot}.mp4").read_bytes()
    assert (out / "film.mp4").stat().st_size > 1000


def test_cli_render_with_the_ray_executor_resumes_from_the_local_run(ray_instance, local_film, tmp_path, capsys):
    from director.cli import main

    _, ref_out = local_film
    out = tmp_path / "film"
    render_plan(tiny_plan(3), out, executor="local", workers=2)      # the local run, storyboard and all
    (out / "film.mp4").unlink()
    store = ArtifactStore(out / ".director")
    for key in store.keys("film"):
        store.forget(key)                             # the cut is gone,
    graph = _graph_of(out)
    for node in graph.predecessors("film"):            # and the segment showing only the second shot
        if list(graph.nodes[node]["task"].params["frames"]) == ["sc001_sh02"]:
            store.forget(graph.nodes[node]["task"].key)
    code = main(["render", str(out / "plan.json"), "-o", str(out), "--executor", "ray", "-j", "2", "-q"])
    assert code == 0, capsys.readouterr().err
    assert (out / "film.mp4").read_bytes() == (ref_out / "film.mp4").read_bytes()
    stages = json.loads((out / "manifest.json").read_text())["stages"]
    # the animatic keeps no frames: that shot is drawn again (on the actors) for its segment, the rest is reused
    levels = json.loads((out / "manifest.json").read_text())["schedules"]["sc001_sh02"]["levels"]
    assert stages["segment"]["misses"] == 1 and stages["local"]["misses"] == levels
    assert stages["keyframes"]["misses"] == 1
    assert stages["film"]["misses"] == 1 and stages["clip"]["misses"] == 0   # same frames: same clip
    assert stages["panel"]["misses"] == 0
    assert json.loads((out / "manifest.json").read_text())["job"]["executor"] == "ray"


def _graph_of(out: Path):
    from director.graph import build_graph
    from director.pipeline import load_plan
    from director.registry import load

    renderer = load("renderer", "animatic")
    return build_graph(load_plan(out / "plan.json"), renderer_identity=renderer.identity,
                       capabilities=renderer.capabilities)


def test_cli_with_the_ray_executor_and_no_address_starts_its_own_ray(local_film, tmp_path):
    """A real `director render --executor ray` process: no cluster given, so it starts (and stops) its own."""
    import subprocess
    import sys

    _, ref_out = local_film
    out = tmp_path / "film"
    out.mkdir()
    (out / "plan.json").write_bytes((ref_out / "plan.json").read_bytes())
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    proc = subprocess.run([sys.executable, "-m", "director", "render", str(out / "plan.json"), "--executor", "ray",
                           "-j", "2", "-q"], capture_output=True, text=True, timeout=240, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert f"film:     {out / 'film.mp4'}" in proc.stdout
    assert (out / "film.mp4").read_bytes() == (ref_out / "film.mp4").read_bytes()
    assert json.loads((out / "manifest.json").read_text())["job"]["executor"] == "ray"


def test_more_workers_than_the_cluster_can_place_is_a_clear_error(ray_instance, tmp_path):
    from director.errors import DirectorError

    with pytest.raises(DirectorError, match=r"Ray could not start 5 renderer workers asking \{'num_cpus': 1\} "
                                            r"each within 2 s .*use fewer workers"):
        render_plan(tiny_plan(1), tmp_path, executor=RayExecutor(workers=5, start_timeout=2), storyboard=False)
    assert not (tmp_path / "film.mp4").exists()


def test_an_unreachable_ray_address_is_one_line_and_exit_2(tmp_path, capsys):
    import socket

    from director.cli import main

    with socket.socket() as probe:                    # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    plan = tmp_path / "plan.json"
    plan.write_text(tiny_plan(1).model_dump_json())
    code = main(["render", str(plan), "--executor", "ray", "--ray-address", f"127.0.0.1:{port}", "-q"])
    err = capsys.readouterr().err.strip()
    assert code == 2 and err.count("\n") == 0
    assert err.startswith(f"director: error: cannot reach the Ray cluster at 127.0.0.1:{port}")
    assert not (tmp_path / "film.mp4").exists()


def test_ray_is_an_executor_by_name_and_gpu_renderers_ask_ray_for_a_gpu_per_worker():
    from director.executor import get_executor

    executor = get_executor("ray", 3)
    assert isinstance(executor, RayExecutor) and executor.workers == 3 and executor.name == "ray"
    assert actor_resources(Capabilities(device="cuda")) == {"num_gpus": 1.0, "num_cpus": 1}
    assert actor_resources(Capabilities(device="cuda:1"), 0.5) == {"num_gpus": 0.5, "num_cpus": 1}
    assert actor_resources(Capabilities(device="cpu")) == {"num_cpus": 1}
