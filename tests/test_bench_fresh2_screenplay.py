"""The second fresh set's screenplay passages keep the shape the bench needs, without printing any of them.

Only counts and determinism are checked here: the passages are read by their author alone, and the bench
(`bench/bench_prompts.py`) prints their failures only with --show-fresh2-failures.
"""
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from prompt_cases_fresh2 import PER_FAMILY  # noqa: E402
from prompt_cases_fresh2_screenplay import FAMILIES, cases  # noqa: E402


def test_many_families_of_full_size_all_screenplay_passages():
    got = cases()
    assert len(FAMILIES) >= 25
    assert len({name for _, name, _ in FAMILIES}) == len(FAMILIES), "a family name occurs twice"
    per_family = Counter(c.family for c in got)
    assert set(per_family) == {name for _, name, _ in FAMILIES}
    assert all(n == PER_FAMILY for n in per_family.values()), "a family fell short of its passages"
    assert len(got) >= 200
    assert all(c.category == "screenplay" and c.screenplay and c.half == "fresh2" for c in got)
    assert len({c.text for c in got}) == len(got), "a passage occurs twice"


def test_the_same_set_in_every_process():
    probe = ("import sys; sys.path.insert(0, 'bench'); from prompt_cases_fresh2_screenplay import cases; "
             "import hashlib; print(hashlib.sha256(''.join(c.text for c in cases()).encode()).hexdigest())")
    digests = {subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True,
                              env={"PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(digests) == 1 and digests != {""}
