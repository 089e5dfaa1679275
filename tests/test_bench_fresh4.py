"""The fourth fresh held-back set keeps the bench's shape, without printing any of its cases.

Only counts, checks being there and determinism are tested: the cases are read by their author alone, and the
bench (`bench/bench_prompts.py`) prints their failures only with --show-fresh4-failures. Every assertion message
below is a count or a family name, never a prompt.
"""
import hashlib
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from prompt_cases import CATEGORIES  # noqa: E402
from prompt_cases_fresh4 import FAMILIES, PER_FAMILY, cases  # noqa: E402

LVD = [c for c in CATEGORIES if c != "screenplay"]


def test_ten_families_of_eight_prompts_in_every_lvd_category():
    got = cases()
    families = Counter(cat for cat, _, _ in FAMILIES)
    assert all(families[c] >= 10 for c in LVD), dict(families)
    per_category = Counter(c.category for c in got)
    assert set(per_category) == set(CATEGORIES), sorted(per_category)
    assert all(per_category[c] >= 10 * PER_FAMILY for c in LVD), dict(per_category)
    per_family = Counter(c.family for c in got)
    assert set(per_family.values()) == {PER_FAMILY}, "a family gave fewer distinct prompts than PER_FAMILY"
    assert len({name for _, name, _ in FAMILIES}) == len(FAMILIES), "a family name occurs twice"


def test_thirty_screenplay_families_all_fountain_passages():
    got = [c for c in cases() if c.category == "screenplay"]
    assert sum(1 for cat, _, _ in FAMILIES if cat == "screenplay") >= 30
    assert len(got) >= 30 * PER_FAMILY, len(got)
    assert all(c.screenplay for c in got)
    assert not any(c.screenplay for c in cases() if c.category != "screenplay")


def test_every_case_has_a_check_and_belongs_to_the_fourth_set():
    got = cases()
    assert all(c.half == "fresh4" for c in got)
    assert all(callable(c.check) for c in got), sum(not callable(c.check) for c in got)
    assert len({c.text for c in got}) == len(got), "a prompt occurs twice"


def test_the_same_cases_twice_and_in_every_process():
    a, b = cases(), cases()
    assert [(c.family, c.text) for c in a] == [(c.family, c.text) for c in b]
    here = hashlib.sha256("\n".join(c.text for c in a).encode()).hexdigest()
    probe = ("import sys; sys.path.insert(0, 'bench'); from prompt_cases_fresh4 import cases; "
             "import hashlib; print(hashlib.sha256('\\n'.join(c.text for c in cases()).encode()).hexdigest())")
    digests = {subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True,
                              env={"PYTHONHASHSEED": seed}).stdout.strip() for seed in ("1", "2")}
    assert digests == {here}


def test_families_can_be_asked_for_one_at_a_time():
    one = [FAMILIES[-1]]
    got = cases(families=one)
    assert len(got) == PER_FAMILY and {c.family for c in got} == {FAMILIES[-1][1]}


def test_ninety_families_and_seven_hundred_twenty_prompts():
    assert len(FAMILIES) == 90 and PER_FAMILY == 8
    assert len(cases()) == 720
