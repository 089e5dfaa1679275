"""The second fresh held-back set's screenplay passages, written in the fifth session by an author who never
tuned the rules planner and never read `prompt_cases.py`'s families or `prompt_cases_fresh.py`.

Each case is a short Fountain passage checked on the plan's shots (who is on screen, where, what was placed).
Scored only by the lead, at merge time; failures print only with `--show-fresh2-failures`.
"""
from __future__ import annotations

from prompt_cases_fresh2 import cases as _cases

FAMILIES: list[tuple[str, str, object]] = []


def family(category="screenplay"):
    def deco(fn):
        FAMILIES.append((category, fn.__name__, fn))
        return fn
    return deco


def cases(seed: int = 0):
    return _cases(seed, FAMILIES)
