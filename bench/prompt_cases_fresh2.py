"""A second fresh held-back set (LVD's six categories), written in the fifth session by an author who never tuned
the rules planner and never read `prompt_cases.py`'s families or `prompt_cases_fresh.py`.

The first fresh set had been scored at five merge points, so it no longer tells whether a round generalises.
This one is scored only by the lead, at merge time. Its failures print only with `--show-fresh2-failures`, for
its author's check of its own expectations; whoever tunes the planner never runs that.
"""
from __future__ import annotations

import random

from prompt_cases import Case

FAMILIES: list[tuple[str, str, object]] = []
PER_FAMILY = 8


def family(category):
    def deco(fn):
        FAMILIES.append((category, fn.__name__, fn))
        return fn
    return deco


def cases(seed: int = 0, families=None) -> list[Case]:
    """The whole set, the same list in every process (each family seeded by its own name)."""
    out = []
    for category, name, fn in (FAMILIES if families is None else families):
        r = random.Random(f"fresh2:{seed}:{name}")
        texts: set[str] = set()
        for _ in range(PER_FAMILY * 30):
            if len(texts) >= PER_FAMILY:
                break
            text, check = fn(r)
            if text in texts:
                continue
            texts.add(text)
            out.append(Case(category, "fresh2", name, text, check, screenplay=category == "screenplay"))
    return out
