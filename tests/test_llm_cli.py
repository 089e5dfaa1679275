"""`director make --planner llm|auto` as a user runs it: a real subprocess, a real local OpenAI-compatible server,
and the planner's usage in manifest.json["planner"]."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from openai_server import OpenAIServer, competent  # noqa: E402

pytest.importorskip("langchain_openai")

SCRIPT = """EXT. HARBOUR - DAY

MAYA waits by a bollard.

MAYA
He said noon.
"""
TINY = ["--fps", "6", "--width", "128", "--height", "72", "-q", "--no-shot-videos"]


def run(args, tmp_path, **env_extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_") and k != "DIRECTOR_LLM_CONFIG"}
    env.update(XDG_CACHE_HOME=str(tmp_path / "xdg"), **env_extra)
    return subprocess.run([sys.executable, "-m", "director", *args], capture_output=True, text=True, env=env,
                          timeout=300, cwd=tmp_path)


def test_make_with_the_llm_planner_records_usage_in_the_manifest(tmp_path):
    script = tmp_path / "harbour.fountain"
    script.write_text(SCRIPT)
    with OpenAIServer(competent) as server:
        config = tmp_path / "llm.toml"     # the file gives the server; the flag overrides its model name
        config.write_text(f'[llm]\nmodel = "from-file"\nbase_url = "{server.base_url}"\nconcurrency = 2\n')
        done = run(["make", str(script), "-o", "out", "--planner", "llm", "--llm-config", str(config),
                    "--llm-model", "scripted", *TINY], tmp_path)
        calls = len(server.requests)
        assert {r["model"] for r in server.requests} == {"scripted"}
    assert done.returncode == 0, done.stderr
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    usage = manifest["planner"]
    assert usage["name"] == "llm" and usage["model"] == "scripted" and usage["calls"] == calls
    assert set(usage["stages"]) == {"shots", "bible", "layout"} and usage["fallbacks"] == []
    assert (tmp_path / "out" / "film.mp4").stat().st_size > 0
    plan = json.loads((tmp_path / "out" / "plan.json").read_text())
    assert plan["entities"][0]["id"] == "maya"


def test_llm_planner_without_configuration_is_one_clear_line(tmp_path):
    script = tmp_path / "harbour.fountain"
    script.write_text(SCRIPT)
    done = run(["make", str(script), "-o", "out", "--planner", "llm", *TINY], tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "OPENAI_MODEL" in done.stderr
    assert not (tmp_path / "out" / "film.mp4").exists()


def test_auto_planner_without_configuration_uses_rules_and_says_so(tmp_path):
    script = tmp_path / "harbour.fountain"
    script.write_text(SCRIPT)
    done = run(["plan", str(script), "-o", "plan.json", "--planner", "auto"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "planner auto -> rules: no LLM configured" in done.stderr
    assert json.loads((tmp_path / "plan.json").read_text())["shots"]



def test_a_model_changed_through_the_environment_replans(tmp_path, monkeypatch):
    """The plan cache key includes the planner's identity, so OPENAI_MODEL is not hashed out of it."""
    import director

    script = tmp_path / "harbour.fountain"
    script.write_text(SCRIPT)
    for k in [k for k in os.environ if k.startswith("OPENAI_")] + ["DIRECTOR_LLM_CONFIG"]:
        monkeypatch.delenv(k, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    options = dict(fps=6, width=128, height=72, shot_videos=False, progress=False)
    with OpenAIServer(competent) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("OPENAI_MODEL", "first-model")
        first = director.make_film(script, tmp_path / "out", planner="llm", **options)
        monkeypatch.setenv("OPENAI_MODEL", "second-model")
        second = director.make_film(script, tmp_path / "out", planner="llm", **options)
        models = {r["model"] for r in server.requests}
    assert first.manifest["stages"]["planning"]["misses"] == 1
    assert second.manifest["stages"]["planning"]["misses"] == 1, "a new model must re-plan, not reuse the old plan"
    assert models == {"first-model", "second-model"} and second.manifest["planner"]["model"] == "second-model"
