"""The second fresh held-back set keeps the shape issue 15 asks of a bench, without printing any of its cases.

Only counts and determinism are checked here: the cases are read by their author alone, the lead scores them at
merge time, and the bench (`bench/bench_prompts.py`) prints their failures only with --show-fresh2-failures.
"""
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from prompt_cases import CATEGORIES  # noqa: E402
from prompt_cases_fresh2 import FAMILIES, PER_FAMILY, cases  # noqa: E402

LVD = [c for c in CATEGORIES if c != "screenplay"]


def test_every_lvd_category_is_large_and_made_of_many_families():
    got = cases()
    per_category = Counter(c.category for c in got)
    assert set(per_category) == set(LVD)
    assert all(n >= 80 for n in per_category.values()), per_category
    families = Counter(cat for cat, _, _ in FAMILIES)
    assert all(families[c] >= 10 for c in LVD), families
    per_family = Counter(c.family for c in got)
    assert set(per_family.values()) == {PER_FAMILY}, "a family gave fewer distinct prompts than PER_FAMILY"
    assert all(c.half == "fresh2" and not c.screenplay and callable(c.check) for c in got)
    assert len({c.text for c in got}) == len(got), "a prompt occurs twice"


def test_families_are_passed_through_for_the_screenplay_file():
    one = [FAMILIES[0]]
    got = cases(families=one)
    assert len(got) == PER_FAMILY and {c.family for c in got} == {FAMILIES[0][1]}


def test_the_same_set_in_every_process():
    probe = ("import sys; sys.path.insert(0, 'bench'); from prompt_cases_fresh2 import cases; "
             "import hashlib; print(hashlib.sha256('\\n'.join(c.text for c in cases()).encode()).hexdigest())")
    digests = {subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True,
                              env={"PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(digests) == 1 and digests != {""}


def test_another_seed_gives_other_prompts_of_the_same_shape():
    a, b = cases(0), cases(1)
    assert [c.family for c in a] == [c.family for c in b]
    shared = len({c.text for c in a} & {c.text for c in b})  # a count, so a failure prints no prompt
    assert shared < len(a) // 2, shared
