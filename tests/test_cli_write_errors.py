"""Every CLI write failure is one line and exit status 2, and leaves no partial file (issue 19): a full disk (a
file-size limit stands in for it, as root can write anywhere), an unwritable path, a full or closed standard
output. The commands run as real subprocesses."""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "examples" / "the_lighthouse.fountain"

pytestmark = pytest.mark.timeout(120)


def director(*args, stdout=subprocess.PIPE, file_limit: int | None = None, close_stdout=False):
    def limit():
        if file_limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))
        if close_stdout:
            os.close(1)
    return subprocess.run([sys.executable, "-m", "director", *map(str, args)], cwd=REPO, stdout=stdout,
                          stderr=subprocess.PIPE, text=True, preexec_fn=limit, timeout=100)


def one_line_error(result, *words):
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("director: error: "), result.stderr
    for w in words:
        assert w in lines[0], lines[0]
    return lines[0]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if "part" in p.name or p.name.startswith("."))


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_parse_to_a_full_stdout(json_flag):
    with open("/dev/full", "w") as full:
        result = director("parse", SCRIPT, *json_flag, stdout=full)
    one_line_error(result, "standard output", "No space left on device")


def test_parse_with_stdout_closed():
    one_line_error(director("parse", SCRIPT, stdout=None, close_stdout=True), "standard output is closed")


def test_plan_to_a_path_that_cannot_exist(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    one_line_error(director("plan", SCRIPT, "-o", blocker / "sub" / "plan.json"), "cannot write", "Not a directory")


def test_plan_on_a_full_disk_keeps_the_old_plan_and_no_part_file(tmp_path):
    target = tmp_path / "plan.json"
    target.write_text('{"old": "plan"}')
    one_line_error(director("plan", SCRIPT, "-o", target, file_limit=4096), "plan.json: cannot write", "too large")
    assert target.read_text() == '{"old": "plan"}' and leftovers(tmp_path) == []
    fresh = tmp_path / "new" / "plan.json"
    one_line_error(director("plan", SCRIPT, "-o", fresh, file_limit=4096), "cannot write")
    assert not fresh.exists() and leftovers(fresh.parent) == []


def test_storyboard_on_a_full_disk(tmp_path):
    plan = tmp_path / "plan.json"
    assert director("plan", SCRIPT, "-o", plan).returncode == 0
    one_line_error(director("storyboard", plan, "-o", tmp_path / "board.html", file_limit=65536), "board.html")
    assert not (tmp_path / "board.html").exists() and leftovers(tmp_path) == []


def test_make_into_a_path_that_is_a_file(tmp_path):
    blocker = tmp_path / "out"
    blocker.write_text("x")
    one_line_error(director("make", SCRIPT, "-o", blocker, "-q", "--width", "64", "--height", "36", "--fps", "2"),
                   str(blocker))


def test_a_hostile_id_in_a_plan_is_one_line(tmp_path):
    plan = tmp_path / "plan.json"
    assert director("plan", SCRIPT, "-o", plan, "--width", "64", "--height", "36", "--fps", "4").returncode == 0
    data = json.loads(plan.read_text())
    data["shots"][0]["id"] = "../../etc/x\nsecond line"
    plan.write_text(json.dumps(data))
    line = one_line_error(director("render", plan, "-o", tmp_path / "out", "-q"), "cannot name a file")
    assert "second line" in line and not (tmp_path / "out").exists()


def test_fdx_with_an_unknown_encoding(tmp_path):
    fdx = tmp_path / "script.fdx"
    fdx.write_bytes(b'<?xml version="1.0" encoding="klingon-8"?>\n<FinalDraft><Content/></FinalDraft>')
    one_line_error(director("parse", fdx), "script.fdx:1:", "encoding")
