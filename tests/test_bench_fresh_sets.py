"""Every fresh set of the prompt bench keeps the shape issue 15 asks of a bench, without printing any of its cases.

The fresh sets (`bench/prompt_cases_fresh*.py`) were each written by an author who never tuned the planner; the
bench (`bench/bench_prompts.py`) scores them. Only counts, checks being there and determinism are tested here, one
parametrised test per property over all the sets, and every assertion message is a count or a family name, never
a prompt, so a failing test does not show a held-back case.
"""
import hashlib
import importlib
import inspect
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from prompt_cases import CATEGORIES  # noqa: E402

LVD = [c for c in CATEGORIES if c != "screenplay"]

# name: (modules whose cases() make up the set, least prompts per LVD category, least screenplay families,
#        least screenplay prompts, exact total or None)
SETS = {
    "fresh": (["prompt_cases_fresh"], 60, 10, 250, None),
    "fresh2": (["prompt_cases_fresh2", "prompt_cases_fresh2_screenplay"], 80, 25, 200, None),
    "fresh3": (["prompt_cases_fresh3"], 80, 28, 28 * 8, None),
    "fresh4": (["prompt_cases_fresh4"], 80, 30, 30 * 8, 720),
    "fresh5": (["prompt_cases_fresh5"], 80, 30, 30 * 8, 720),
    "fresh6": (["prompt_cases_fresh6"], 80, 30, 30 * 8, 720),
    "fresh7": (["prompt_cases_fresh7"], 80, 30, 30 * 8, 720),
    "fresh8": (["prompt_cases_fresh8"], 80, 30, 30 * 8, 720),
}


def _modules(name):
    return [importlib.import_module(m) for m in SETS[name][0]]


def _cases(name):
    return [c for m in _modules(name) for c in m.cases()]


def _families(name):
    return [f for m in _modules(name) for f in m.FAMILIES]


@pytest.mark.parametrize("name", SETS)
def test_every_category_is_large_and_made_of_many_families(name):
    _, per_lvd, screenplay_families, screenplay_prompts, total = SETS[name]
    got, families = _cases(name), _families(name)
    per_category = Counter(c.category for c in got)
    assert set(per_category) == set(CATEGORIES), sorted(per_category)
    assert all(per_category[c] >= per_lvd for c in LVD), dict(per_category)
    assert per_category["screenplay"] >= screenplay_prompts, per_category["screenplay"]
    by_category = Counter(cat for cat, _, _ in families)
    assert all(by_category[c] >= 10 for c in LVD), dict(by_category)
    assert by_category["screenplay"] >= screenplay_families, by_category["screenplay"]
    assert len({fam for _, fam, _ in families}) == len(families), "a family name occurs twice"
    assert total is None or len(got) == total, len(got)


@pytest.mark.parametrize("name", SETS)
def test_every_case_has_a_check_and_belongs_to_its_set(name):
    got = _cases(name)
    assert all(c.half == name for c in got), Counter(c.half for c in got)
    assert all(callable(c.check) for c in got), sum(not callable(c.check) for c in got)
    assert all(c.screenplay == (c.category == "screenplay") for c in got), "a screenplay flag disagrees"
    assert len({c.text for c in got}) == len(got), "a prompt occurs twice"


@pytest.mark.parametrize("name", [n for n in SETS if all(isinstance(getattr(m, "PER_FAMILY", None), int)
                                                         for m in _modules(n)[:1])])
def test_every_family_gives_its_full_count(name):
    per_family = Counter(c.family for c in _cases(name))
    want = _modules(name)[0].PER_FAMILY
    short = sorted(f for f, n in per_family.items() if n != want)
    assert not short, f"families short of {want} prompts: {short}"


@pytest.mark.parametrize("name", SETS)
def test_the_same_cases_twice_and_in_every_process(name):
    a, b = _cases(name), _cases(name)
    assert [(c.family, c.text) for c in a] == [(c.family, c.text) for c in b]
    here = hashlib.sha256("\n".join(c.text for c in a).encode()).hexdigest()
    modules = SETS[name][0]
    probe = ("import sys, importlib, hashlib; sys.path.insert(0, 'bench'); "
             f"texts = [c.text for m in {modules!r} for c in importlib.import_module(m).cases()]; "
             "print(hashlib.sha256('\\n'.join(texts).encode()).hexdigest())")
    digests = {subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True,
                              env={"PYTHONHASHSEED": seed}).stdout.strip() for seed in ("1", "2")}
    assert digests == {here}


@pytest.mark.parametrize("module", [m for n in SETS for m in SETS[n][0]
                                    if "families" in inspect.signature(importlib.import_module(m).cases).parameters])
def test_families_can_be_asked_for_one_at_a_time(module):
    m = importlib.import_module(module)
    one = [m.FAMILIES[-1]]
    got = m.cases(families=one)
    assert len(got) == m.PER_FAMILY and {c.family for c in got} == {one[0][1]}


def test_another_seed_gives_other_prompts_of_the_same_shape():
    fresh2 = importlib.import_module("prompt_cases_fresh2")
    a, b = fresh2.cases(0), fresh2.cases(1)
    assert [c.family for c in a] == [c.family for c in b]
    shared = len({c.text for c in a} & {c.text for c in b})  # a count, so a failure prints no prompt
    assert shared < len(a) // 2, shared
