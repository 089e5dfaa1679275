"""The rules reader's grammar against a statistical dependency parser, side by side in one run.

Sentences: spatial relations generated from the prompt bench's tuning lists in three shapes (with a verb, without
one - "A lamp to the left of a chair." - and existential), each with a known (subject, relation, object). For
each parser: the share of sentences whose parse attaches the relation to the right subject and object, and the
sentences parsed per second. The dependency parser is spaCy with an English pipeline when one is installed (the
project does not depend on it; see the README for why): pass its package name with --spacy-model.

    .venv/bin/python bench/bench_parsers.py [--spacy-model en_core_web_sm] [-n 300]
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from prompt_cases import _a, _spatial  # noqa: E402

SHAPES = ["{A} {v} {ph} {b}.", "{A} {ph} {b}.", "There is {a} {ph} the {bn}."]
PREP_OF = {"left_of": {"left"}, "right_of": {"right"}, "above": {"above", "over"}, "below": {"below", "under"},
           "on": {"on", "top"}, "next_to": {"next", "beside", "side"}, "in_front_of": {"front"},
           "behind": {"behind"}}


SAME = {"under": "below", "over": "above"}     # the reader's finer names for the same relation


def sentences(n: int) -> list[tuple[str, str, str, str]]:
    r = random.Random(5)
    out = []
    while len(out) < n:
        a, pred, b, ph = _spatial(r, "tune")
        shape = r.choice(SHAPES)
        text = shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), bn=b, ph=ph, v=r.choice(["sits", "stands", "rests"]))
        out.append((text, a, pred, b))
    return out


def grammar_reads(cases) -> tuple[float, float]:
    from planners.rules.language import Reader

    right = 0
    t0 = time.perf_counter()
    for text, a, pred, b in cases:
        reading = Reader().read(text)
        keys = [t.key for t in reading.things]
        ok = False
        for act in reading.actions:
            subj = {keys[i] for i in act.subjects}
            for rel in act.relations:
                if SAME.get(rel[0], rel[0]) == SAME.get(pred, pred) and a in subj and keys[rel[1]] == b:
                    ok = True
        right += ok
    return right / len(cases), len(cases) / (time.perf_counter() - t0)


def spacy_reads(cases, model: str) -> tuple[float, float] | None:
    try:
        import spacy

        nlp = spacy.load(model)
    except (ImportError, OSError) as exc:
        print(f"spaCy model {model!r} not available ({exc}); skipping it")
        return None
    right = 0
    t0 = time.perf_counter()
    docs = [nlp(text) for text, *_ in cases]
    seconds = time.perf_counter() - t0
    for doc, (text, a, pred, b) in zip(docs, cases):
        right += _spacy_relation(doc, a, pred, b)
    return right / len(cases), len(cases) / seconds


def _spacy_relation(doc, a: str, pred: str, b: str) -> bool:
    """The parse says `a pred b` when b's chain of heads passes the relation's words and reaches a (or the verb or
    copula whose subject is a)."""
    subj = [t for t in doc if t.lemma_.lower() == a or t.text.lower() == a]
    obj = [t for t in doc if (t.lemma_.lower() == b or t.text.lower() == b) and t not in subj]
    if not subj or not obj:
        return False
    words, tok = set(), obj[-1]
    for _ in range(8):
        if tok.head is tok:
            break
        tok = tok.head
        words.add(tok.text.lower())
        if tok in subj:
            break
        if tok.pos_ in ("VERB", "AUX"):
            nsubj = {c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "attr", "expl")}
            if any(c in subj for c in nsubj) or any(c in subj for c in tok.children if c.dep_ in ("attr", "dobj")):
                tok = subj[0]
            break
    return tok in subj and bool(PREP_OF[pred] & words)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=300)
    ap.add_argument("--spacy-model", default="en_core_web_sm")
    args = ap.parse_args()
    cases = sentences(args.n)
    g_acc, g_speed = grammar_reads(cases[:20])   # warm the lexicon
    g_acc, g_speed = grammar_reads(cases)
    print(f"{len(cases)} spatial sentences (3 shapes: with a verb, verbless, existential)")
    print(f"{'parser':34} {'relation right':>15} {'sentences/s':>12}")
    print(f"{'rules grammar (syntax + reader)':34} {100 * g_acc:14.1f}% {g_speed:12.0f}")
    sp = spacy_reads(cases, args.spacy_model)
    if sp is not None:
        print(f"{'spaCy ' + args.spacy_model:34} {100 * sp[0]:14.1f}% {sp[1]:12.0f}")
        print(f"speed ratio grammar/spaCy: {g_speed / sp[1]:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
