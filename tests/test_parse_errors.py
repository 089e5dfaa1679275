"""Bad input through the real CLI: exit status 2, one line on stderr naming file, line and problem,
never a traceback."""
from __future__ import annotations

import subprocess
import sys

import pytest

import director
from director.errors import InputError


def cli(*args, stdin=b""):
    run = subprocess.run([sys.executable, "-m", "director", "parse", *map(str, args)], input=stdin,
                         capture_output=True, timeout=60)
    return run.returncode, run.stdout.decode(), run.stderr.decode()


def assert_one_line_error(stderr, *fragments):
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


def test_bad_files_exit_2_with_a_located_message(tmp_path):
    binary = tmp_path / "photo.fountain"
    binary.write_bytes(b"INT. HOUSE - DAY\n\n\x89PNG\x00\x00\x01")
    latin1 = tmp_path / "old.fountain"
    latin1.write_bytes("INT. CAF\u00c9 - DAY\n\nCaf\u00e9.\n".encode("utf-8") + "Cr\u00e8me.\n".encode("latin-1"))
    empty = tmp_path / "empty.fountain"
    empty.write_bytes(b"\n   \n")
    broken = tmp_path / "broken.fdx"
    broken.write_text('<?xml version="1.0"?>\n<FinalDraft>\n<Content>\n<Paragraph Type="Action">\n'
                      "<Text>Oops</Paragraph>\n</Content>\n</FinalDraft>\n", encoding="utf-8")
    word = tmp_path / "script.docx"
    word.write_bytes(b"PK\x03\x04")
    cases = [
        (binary, (f"{binary}:3:", "binary data")),
        (latin1, (f"{latin1}:4:", "not UTF-8")),
        (empty, (str(empty), "empty")),
        (broken, (f"{broken}:5:", "malformed .fdx XML: mismatched tag")),
        (word, (str(word), "unknown script extension '.docx'")),
        (tmp_path / "missing.fountain", ("missing.fountain", "no such file")),
        (tmp_path, (str(tmp_path), "directory")),
    ]
    for path, fragments in cases:
        code, out, err = cli(path)
        assert code == 2 and out == "", (path, err)
        assert_one_line_error(err, "director: error:", *fragments)


def test_empty_stdin():
    code, _, err = cli("-", stdin=b"")
    assert code == 2
    assert_one_line_error(err, "-: empty")


def test_python_api_raises_input_error(tmp_path):
    with pytest.raises(InputError) as err:
        director.parse(tmp_path / "nope.fdx")
    assert err.value.file.endswith("nope.fdx") and err.value.problem == "no such file"
    with pytest.raises(InputError):
        director.parse("", format=None)
    with pytest.raises(InputError, match="unknown format"):
        director.parse("x", format="docx")
    with pytest.raises(InputError, match="no such file"):
        director.parse("my script.fountain")  # looks like a path, so a missing file is an error, not text
