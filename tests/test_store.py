"""The artifact store: atomic writes, content addressing, damage detection, disk-full handling."""
from __future__ import annotations

import errno
import os
import threading

import numpy as np
import pytest

from director.store import ArtifactStore, StoreError


def frames(seed: int, n: int = 5) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, (n, 8, 10, 3), dtype=np.uint8)


def test_round_trip_mmap_and_metadata(tmp_path):
    store = ArtifactStore(tmp_path / ".director")
    a = frames(1)
    with store.writer("k1", "keyframes") as w:
        w.write_array("frames.npy", a)
        w.write_text("note.txt", "hello")
        w.meta["schedule"] = {"K": 6}
    art = ArtifactStore(tmp_path / ".director").get("k1")   # a fresh instance hashes the files again
    assert art.stage == "keyframes" and art.meta == {"schedule": {"K": 6}}
    loaded = art.array()
    assert isinstance(loaded, np.memmap) and np.array_equal(loaded, a)
    assert art.path("note.txt").read_text() == "hello"
    assert store.get("missing") is None
    assert list((tmp_path / ".director" / "tmp").iterdir()) == []


def test_equal_content_is_stored_once(tmp_path):
    store = ArtifactStore(tmp_path)
    for key in ("a", "b"):
        with store.writer(key, "x") as w:
            w.write_array("frames.npy", frames(3))
    assert store.get("a").path("frames.npy") == store.get("b").path("frames.npy")
    assert len(list(store.objects.glob("*/*"))) == 1


@pytest.mark.parametrize("damage", ["truncate", "flip", "delete"])
def test_damaged_artifact_is_detected_and_forgotten(tmp_path, damage):
    store = ArtifactStore(tmp_path)
    with store.writer("k", "clip") as w:
        w.write_array("frames.npy", frames(2))
    path = store.get("k").path("frames.npy")
    if damage == "truncate":
        with open(path, "r+b") as f:
            f.truncate(path.stat().st_size // 2)
    elif damage == "flip":
        data = bytearray(path.read_bytes())
        data[-1] ^= 0xFF
        path.write_bytes(bytes(data))
        os.utime(path, ns=(1, 1))   # a different mtime defeats the per-process "already verified" memo
    else:
        path.unlink()
    fresh = ArtifactStore(tmp_path)
    assert fresh.get("k") is None
    assert "k" not in fresh.keys()
    with fresh.writer("k", "clip") as w:                  # recomputed and stored again
        w.write_array("frames.npy", frames(2))
    assert np.array_equal(fresh.get("k").array(), frames(2))


def test_failed_task_leaves_nothing_and_keeps_earlier_work(tmp_path):
    store = ArtifactStore(tmp_path)
    with store.writer("done", "keyframes") as w:
        w.write_array("frames.npy", frames(4))
    with pytest.raises(RuntimeError):
        with store.writer("half", "keyframes") as w:
            w.write_array("frames.npy", frames(5))
            raise RuntimeError("renderer crashed")
    assert store.get("half") is None
    assert np.array_equal(store.get("done").array(), frames(4))
    assert list(store.tmp_dir.iterdir()) == []


def test_disk_full_is_a_clear_error_and_keeps_finished_artifacts(tmp_path, monkeypatch):
    store = ArtifactStore(tmp_path)
    with store.writer("done", "local") as w:
        w.write_array("frames.npy", frames(6))
    real_write = os.write
    calls = {"n": 0}

    def full_after_one_chunk(fd, data):
        calls["n"] += 1
        if calls["n"] > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", full_after_one_chunk)
    with pytest.raises(StoreError, match="No space left on device.*finished work is kept"):
        with store.writer("big", "local") as w:
            w.write_array("frames.npy", frames(7, n=50))
    monkeypatch.undo()
    assert store.get("big") is None
    assert list(store.tmp_dir.iterdir()) == []
    assert np.array_equal(ArtifactStore(tmp_path).get("done").array(), frames(6))


def test_tmp_files_of_dead_writers_are_removed_on_open(tmp_path):
    store = ArtifactStore(tmp_path)
    from director.store import HOST

    dead = store.tmp_dir / f"999999999-{HOST}-deadbeef.npy"           # no such pid on this host
    partial = store.tmp_dir / f".999999999-{HOST}-beef.partial1.mp4"  # a helper's hidden partial of it
    alive = store.tmp_dir / f"{os.getpid()}-{HOST}-cafe.npy"          # this process: a live writer
    elsewhere = store.tmp_dir / "999999999-0123abcd-f00d.npy"          # a writer on another host (shared folder)
    for f in (dead, partial, alive, elsewhere):
        f.write_bytes(b"partial")
    ArtifactStore(tmp_path)
    assert not dead.exists() and not partial.exists()
    assert alive.exists() and elsewhere.exists()
    os.utime(elsewhere, (1, 1))                                          # … until it is a day old
    ArtifactStore(tmp_path)
    assert not elsewhere.exists()


def test_concurrent_writers_from_threads(tmp_path):
    store = ArtifactStore(tmp_path)
    errors = []

    def work(i):
        try:
            with store.writer(f"k{i}", "local") as w:
                w.write_array("frames.npy", frames(i))
            assert np.array_equal(store.get(f"k{i}").array(), frames(i))
        except Exception as exc:   # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store.keys("local") == {f"k{i}" for i in range(12)}


def test_prune_keeps_only_live_keys(tmp_path):
    store = ArtifactStore(tmp_path)
    for i in range(3):
        with store.writer(f"k{i}", "clip") as w:
            w.write_array("frames.npy", frames(10 + i))
    removed = store.prune({"k0"})
    assert removed == 2 and store.keys() == {"k0"}
    assert np.array_equal(store.get("k0").array(), frames(10))


def test_unwritable_store_location_is_a_clear_error(tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="cannot open the artifact store"):
        ArtifactStore(blocker / "out" / ".director")


# -- frames: compressed, lossless, read chunk by chunk ------------------------------------------------------------

def animatic_frames(n: int = 21) -> np.ndarray:
    """Real frames: the animatic drawing a shot with a person walking and a camera move."""
    from director.hierarchy import ShotContext, choose_schedule, render_shot
    from director.timing import shot_spans
    from film_checks import tiny_plan
    from renderers.animatic import AnimaticRenderer

    plan = tiny_plan(1, fps=12, width=160, height=96)
    shot = plan.shots[0].model_copy(update={"camera": plan.shots[0].camera.model_copy(update={"movement": "pan_left"})})
    renderer = AnimaticRenderer()
    span = shot_spans(plan)[0]
    schedule = choose_schedule(span.rendered, plan.fps, renderer.capabilities, first=-span.head)
    return render_shot(renderer, ShotContext.from_plan(plan, shot), schedule)[:n]


def test_frames_round_trip_bit_exact_and_small(tmp_path):
    from director.store import FRAME_CHUNK, FrameFile

    frames = animatic_frames()
    store = ArtifactStore(tmp_path)
    with store.writer("k", "local") as w:
        w.write_frames("frames.zst", frames)
    art = ArtifactStore(tmp_path).get("k")
    lazy = art.frames()
    assert isinstance(lazy, FrameFile) and lazy.shape == frames.shape and lazy.dtype == np.uint8 and lazy.ndim == 4
    assert np.array_equal(np.asarray(lazy), frames) and np.array_equal(art.array(), frames)
    for i in (0, FRAME_CHUNK - 1, FRAME_CHUNK, len(frames) - 1, -1):      # any frame, across chunk edges
        assert np.array_equal(lazy[i], frames[i])
    assert np.array_equal(lazy[3:17], frames[3:17])
    assert all(np.array_equal(a, b) for a, b in zip(lazy, frames))
    assert art.path("frames.zst").stat().st_size * 8 < frames.nbytes       # a drawing compresses well
    with pytest.raises(IndexError):
        lazy[len(frames)]


def test_a_frames_file_is_a_standard_zstd_file(tmp_path):
    import shutil
    import subprocess

    zstd = shutil.which("zstd")
    if zstd is None:
        pytest.skip("no zstd command-line tool (apt-get install zstd) to read the file independently")
    noise = np.random.default_rng(5).integers(0, 256, (11, 9, 7, 3), dtype=np.uint8)
    store = ArtifactStore(tmp_path / "s")
    with store.writer("k", "local") as w:
        w.write_frames("frames.zst", noise)
    raw = subprocess.run([zstd, "-dc", str(store.get("k").path("frames.zst"))], capture_output=True, check=True)
    assert raw.stdout == noise.tobytes()


def test_damaged_frames_are_detected_and_forgotten(tmp_path):
    store = ArtifactStore(tmp_path)
    with store.writer("k", "local") as w:
        w.write_frames("frames.zst", frames(8, n=20))
    path = store.get("k").path("frames.zst")
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x40
    path.write_bytes(bytes(data))
    os.utime(path, ns=(1, 1))
    assert ArtifactStore(tmp_path).get("k") is None


def test_drop_deletes_a_file_only_when_no_other_artifact_holds_it(tmp_path):
    store = ArtifactStore(tmp_path)
    for key in ("a", "b"):
        with store.writer(key, "local") as w:
            w.write_frames("frames.zst", frames(9))          # same content: one file, two artifacts
    with store.writer("c", "local") as w:
        w.write_frames("frames.zst", frames(10))
    shared, own = store.get("a").path("frames.zst"), store.get("c").path("frames.zst")
    sizes = shared.stat().st_size + own.stat().st_size
    assert store.drop(["a"]) == 0 and shared.exists() and store.get("b") is not None
    assert store.drop(["b", "c"]) == sizes
    assert not shared.exists() and not own.exists() and store.keys() == set()
    assert store.usage() == {"artifacts": 0, "objects": 0, "bytes": 0}
