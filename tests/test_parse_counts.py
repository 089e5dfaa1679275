"""Reference counts on real scripts: scene headings / distinct characters / dialogue blocks /
parentheticals / transitions / dual-dialogue pairs. Fountain and FDX twins must agree."""
from __future__ import annotations

import pytest

import director
from director.parsing.outline import counts

from _fixture_adapters import finish, from_script

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


TWINS = [("scripts/Brick-and-Steel.fountain", "fdx/Brick-and-Steel.screenplain.fdx"),
         ("scripts/The-Last-Birthday-Card.fountain", "fdx/The-Last-Birthday-Card.screenplain.fdx"),
         ("scripts/Big-Fish.fountain", "fdx/Big-Fish.screenplain.fdx"),
         ("scripts/little-women.fountain", "fdx/little-women.fdx"),
         ("fdx/TestFDX-FD.fountain", "fdx/TestFDX-FD.fdx")]


@pytest.mark.parametrize("fountain_path, fdx_path", TWINS, ids=[t[0].split("/")[1] for t in TWINS])
def test_fountain_and_fdx_twins_agree(samples, fountain_path, fdx_path):
    """Not only the counts: scene by scene the fields agree, and element by element the text — except the
    outline-only elements Final Draft has no paragraph for (sections, synopses, notes) and page breaks."""
    fountain = director.parse(samples / fountain_path)
    fdx = director.parse(samples / fdx_path)
    assert counts(fountain) == counts(fdx)
    fields = lambda s: [(sc.number, sc.heading, sc.int_ext, sc.location, sc.time_of_day)  # noqa: E731
                        for sc in s.scenes if sc.heading]
    assert fields(fountain) == fields(fdx)
    printed = lambda s: finish([t for t in from_script(s)  # noqa: E731
                                if t[0] not in ("section", "synopsis", "note", "page_break")])
    assert printed(fountain) == printed(fdx)


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
