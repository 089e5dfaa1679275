"""Reference counts on real scripts: scene headings / distinct characters / dialogue blocks /
parentheticals / transitions / dual-dialogue pairs. Fountain and FDX twins must agree."""
from __future__ import annotations

import pytest

import director
from director.parsing.outline import counts

KEYS = ("scenes", "characters", "dialogue", "parentheticals", "transitions", "dual_pairs")
REFERENCE = {
    "scripts/Brick-and-Steel.fountain": (8, 7, 20, 6, 7, 1),
    "fixtures/objc-fountain/Brick_And_Steel.txt": (8, 7, 20, 6, 7, 1),
    "fdx/Brick-and-Steel.screenplain.fdx": (8, 7, 20, 6, 7, 1),
    "scripts/The-Last-Birthday-Card.fountain": (48, 12, 134, 12, 22, 0),
    "fdx/The-Last-Birthday-Card.screenplain.fdx": (48, 12, 134, 12, 22, 0),
    "scripts/Big-Fish.fountain": (190, 48, 768, 97, 34, 0),
    "fdx/Big-Fish.screenplain.fdx": (190, 48, 768, 97, 34, 0),
    "scripts/little-women.fountain": (13, 16, 114, 34, 0, 9),
    "fdx/little-women.fdx": (13, 16, 114, 34, 0, 9),
    "fdx/TestFDX-FD.fdx": (2, 4, 4, 1, 2, 0),
    "fdx/TestFDX-FD.fountain": (2, 4, 4, 1, 2, 0),
}


@pytest.mark.parametrize("relpath", sorted(REFERENCE))
def test_reference_counts(samples, relpath):
    got = counts(director.parse(samples / relpath))
    assert tuple(got[k] for k in KEYS) == REFERENCE[relpath], got


@pytest.mark.parametrize("stem", ["Brick-and-Steel", "The-Last-Birthday-Card", "Big-Fish"])
def test_fountain_and_fdx_twins_agree(samples, stem):
    fountain = director.parse(samples / "scripts" / f"{stem}.fountain")
    fdx = director.parse(samples / "fdx" / f"{stem}.screenplain.fdx")
    assert counts(fountain) == counts(fdx)
    headings = lambda s: [sc.heading for sc in s.scenes if sc.heading]  # noqa: E731
    assert headings(fountain) == headings(fdx)


def test_every_sample_script_parses(samples):
    """Every .fountain, .fdx and .txt under the samples parses to something (the .txt typed dumps in the
    fixture folders carry no screenplay structure, so they read as prose — one scene of paragraphs)."""
    paths = sorted(p for p in samples.rglob("*") if p.suffix in (".fountain", ".fdx", ".txt"))
    assert len(paths) > 90
    for path in paths:
        script = director.parse(path)
        assert any(s.elements or s.heading for s in script.scenes), path
        assert script.source == str(path)
    dump = director.parse(samples / "fixtures" / "screenplay-tools" / "SceneHeading.txt")
    assert [s.heading for s in dump.scenes] == [None]  # a typed dump, not a script: prose
