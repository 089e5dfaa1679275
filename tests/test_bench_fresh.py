"""The fresh held-back prompt set keeps the shape issue 15 asks of a bench, without printing any of its cases.

Only counts and determinism are checked here: the cases themselves are read by their author alone, and the bench
(`bench/bench_prompts.py`) prints their failures only with --show-fresh-failures.
"""
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from prompt_cases import CATEGORIES  # noqa: E402
from prompt_cases_fresh import FAMILIES, cases  # noqa: E402


def test_every_category_is_large_and_made_of_many_families():
    got = cases()
    per_category = Counter(c.category for c in got)
    assert set(per_category) == set(CATEGORIES)
    assert all(n >= 60 for n in per_category.values()), per_category
    assert per_category["screenplay"] >= 250
    families = Counter(cat for cat, _, _ in FAMILIES)
    assert all(families[c] >= 10 for c in CATEGORIES), families
    assert all(c.half == "fresh" for c in got)
    assert len({c.text for c in got}) == len(got), "a prompt occurs twice"


def test_the_same_set_in_every_process():
    probe = ("import sys; sys.path.insert(0, 'bench'); from prompt_cases_fresh import cases; "
             "import hashlib; print(hashlib.sha256(''.join(c.text for c in cases()).encode()).hexdigest())")
    digests = {subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True,
                              env={"PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(digests) == 1
