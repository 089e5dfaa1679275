"""Backends through entry points: `director backends`, and a third-party renderer installed from a package.

The third-party renderer is the README's own "dozen lines" example, taken from README.md, so the README
cannot drift from what works.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "examples" / "the_lighthouse.fountain"
PACKAGE = "director-flat-renderer"


def director(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "director", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=300, **kw)


def readme_example() -> tuple[str, str]:
    """The python and toml code blocks of the README's 'Write your own renderer' section."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## Write your own renderer in a dozen lines", 1)[1].split("\n## ", 1)[0]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    toml = re.search(r"```toml\n(.*?)```", section, re.S).group(1)
    return code, toml


def test_backends_lists_builtins_with_capabilities():
    res = director("backends", "--json")
    assert res.returncode == 0, res.stderr
    info = json.loads(res.stdout)
    assert {"rules", "llm"} <= set(info["planners"])
    animatic = info["renderers"]["animatic"]
    assert animatic["available"] and animatic["capabilities"]["device"] == "cpu"
    assert animatic["capabilities"]["max_frames"] >= 3 and animatic["identity"].startswith("animatic/")
    from director.backends import format_backends

    text = format_backends(info)
    assert "renderers:" in text and "animatic" in text and "≤" in text
    assert "voices:" in text
    for name, voice in info["voices"].items():     # the voices extra's backends, each ready or saying why not
        assert voice["entry_point"].startswith("voices.") and (voice.get("identity") or voice["reason"])
        assert not voice["available"] or voice["capabilities"]["voices"]


def test_unknown_backend_is_one_clear_line(tmp_path):
    res = director("make", str(SCRIPT), "-o", str(tmp_path / "o"), "--renderer", "nope", "-q")
    assert res.returncode == 2
    assert res.stderr.strip().count("\n") == 0
    assert "unknown renderer 'nope'" in res.stderr and "animatic" in res.stderr and "Traceback" not in res.stderr
    res = director("make", str(SCRIPT), "-o", str(tmp_path / "o"), "--planner", "nope", "-q")
    assert res.returncode == 2 and "unknown planner 'nope'" in res.stderr


def test_unwritable_output_folder_from_the_cli(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    res = director("make", str(SCRIPT), "-o", str(blocker / "film"), "-q")
    assert res.returncode == 2 and "cannot write to the output folder" in res.stderr
    assert "Traceback" not in res.stderr


@pytest.fixture
def flat_renderer_installed(tmp_path):
    code, toml = readme_example()
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "flat_renderer.py").write_text(code)
    (pkg / "pyproject.toml").write_text(
        toml + '\n[build-system]\nrequires = ["setuptools>=68"]\nbuild-backend = "setuptools.build_meta"\n'
        '\n[tool.setuptools]\npy-modules = ["flat_renderer"]\n')
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    res = subprocess.run(pip + ["install", "--no-deps", "--no-build-isolation", str(pkg)],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    try:
        yield
    finally:
        subprocess.run(pip + ["uninstall", "-y", PACKAGE], capture_output=True, text=True, timeout=300)


def test_third_party_renderer_from_a_package(flat_renderer_installed, tmp_path):
    import imageio.v3 as iio

    res = director("backends", "flat", "--json")
    flat = json.loads(res.stdout)["renderers"]["flat"]
    assert flat["available"] and flat["identity"] == "flat/1" and flat["package"].startswith(PACKAGE)

    out = tmp_path / "film"
    res = director("make", str(SCRIPT), "-o", str(out), "--renderer", "flat", "--width", "96", "--height", "54",
                   "--fps", "6", "-q")
    assert res.returncode == 0, res.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["job"]["renderer"] == "flat" and manifest["versions"]["renderer"] == "flat/1"
    assert manifest["job"]["capabilities"]["max_frames"] == 8
    assert all(s["length"] <= 8 for s in manifest["schedules"].values())
    frames = iio.imread(out / "film.mp4", index=None)
    assert len(frames) == manifest["plan"]["frames"]
    # the flat renderer's colours (not the animatic's sets) are what the film shows mid-way
    mid = frames[len(frames) // 2].astype(int)
    assert mid.std(axis=(0, 1)).max() < 12          # flat: one colour across the frame
    assert res.stdout.count("\n") >= 3 and "film:" in res.stdout
