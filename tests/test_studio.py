"""The studio over real HTTP: uploads and their errors, the outline, safety (size limit, names, token), the CLI's
loopback rule, shot edits that keep a plan valid, and the render queue (order, positions, cancel, outputs)."""
from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from studio_server import REPO, StudioServer  # noqa: E402

from director.errors import InputError  # noqa: E402
from director.studio.layout import StudioLayout, display_name, script_extension  # noqa: E402

SHORT_SCRIPT = """Title: Two Cups

INT. KITCHEN - MORNING

ANA pours coffee into two cups.

ANA
You're late.

BEN enters, shaking rain from his coat.

BEN
The bus was later.
"""

MALFORMED_FDX = """<?xml version="1.0" encoding="UTF-8"?>
<FinalDraft DocumentType="Script" Version="1">
<Content>
<Paragraph Type="Scene Heading"><Text>INT. ROOM - DAY</Text></Paragraph>
<Paragraph Type="Action"><Text>Unclosed
</Content>
</FinalDraft>
"""


@pytest.fixture
def studio(tmp_path):
    with StudioServer(tmp_path / "studio") as server:
        yield server


def upload(client, name: str, text: str):
    return client.post("/projects", files={"script": (name, text.encode("utf-8"), "application/octet-stream")})


# -- names never become paths ------------------------------------------------------------------------------------

def test_upload_names_are_labels_not_paths(tmp_path):
    assert display_name("../../etc/passwd") == "passwd"
    assert display_name("C:\\Users\\me\\draft 3.fountain") == "draft 3.fountain"
    assert display_name("\x00\x1b[31m.fountain") == "[31m.fountain"
    assert script_extension("notes.FDX") == ".fdx"
    with pytest.raises(InputError, match="unsupported script format '.exe'"):
        script_extension("run_me.exe")
    layout = StudioLayout(tmp_path)
    for bad in ("../../etc", "abc", "0123456789ab/../.."):
        with pytest.raises(InputError):
            layout.project_dir(bad)
    with pytest.raises(InputError, match="not a deliverable"):
        layout.deliverable(1, "../studio.sqlite")


# -- uploads, outline, parse problems ------------------------------------------------------------------------------

def test_upload_shows_outline_and_bad_uploads_show_errors_in_the_page(studio):
    with studio.client() as client:
        ok = upload(client, "two_cups.fountain", SHORT_SCRIPT)
        assert ok.status_code == 200 and "/projects/" in str(ok.url)
        page = ok.text
        assert "Two Cups" in page and "INT. KITCHEN - MORNING" in page
        assert "1 scenes" in page and "2 characters" in page and "running time" in page
        assert "ANA" in page and "BEN" in page

        bad = upload(client, "broken.fdx", MALFORMED_FDX)
        assert bad.status_code == 400
        assert 'role="alert"' in bad.text and "broken.fdx:" in bad.text
        assert "mismatched tag" in bad.text or "not well-formed" in bad.text or "line" in bad.text

        binary = upload(client, "image.fountain", "\x00\x01\x02PNG" * 10)
        assert binary.status_code == 400 and "image.fountain" in binary.text

        exe = upload(client, "virus.exe", "echo hi")
        assert exe.status_code == 400 and "unsupported script format" in exe.text

        empty = client.post("/projects", data={"text": "   "})
        assert empty.status_code == 400 and "choose a script file or paste" in empty.text

        pasted = client.post("/projects", data={"text": SHORT_SCRIPT, "name": "pasted.fountain"})
        assert pasted.status_code == 200 and "INT. KITCHEN - MORNING" in pasted.text

        # nothing of the failed uploads is left behind: two good projects, two folders
        assert len(list((studio.root / "projects").iterdir())) == 2
        assert client.get("/").text.count("/projects/") >= 2


def test_upload_size_limit_is_a_page_not_a_500(tmp_path):
    with StudioServer(tmp_path / "studio", extra=["--max-upload-kib", "4"]) as studio, studio.client() as client:
        big = upload(client, "long.fountain", SHORT_SCRIPT * 200)
        assert big.status_code == 413
        assert "limit of 4 KiB" in big.text
        assert not any((studio.root / "projects").iterdir())


def test_downloads_cannot_leave_the_studio_folder(studio):
    with studio.client() as client:
        for path in ("/jobs/1/files/..%2Fstudio.sqlite", "/jobs/1/files/..%2F..%2Fstudio.sqlite",
                     "/jobs/1/files/film.mp4", "/projects/..%2F..%2Fetc", "/projects/0123456789ab"):
            response = client.get(path)
            assert response.status_code == 404, path
            assert b"SQLite format" not in response.content


def test_token_guards_every_request(tmp_path):
    token = "s3cret-token-42"
    with StudioServer(tmp_path / "studio", token=token) as studio:
        import httpx

        anonymous = httpx.get(studio.url + "/")
        assert anonymous.status_code == 401 and "Token required" in anonymous.text
        assert httpx.get(studio.url + "/", headers={"Authorization": "Bearer wrong-token"}).status_code == 401
        with studio.client() as client:  # bearer header
            assert client.get("/").status_code == 200
        with httpx.Client(base_url=studio.url) as browser:  # ?token= once, then the cookie
            first = browser.get("/?token=" + token, follow_redirects=False)
            assert first.status_code == 303 and first.headers["location"] == "/"
            assert "HttpOnly" in first.headers["set-cookie"]
            assert browser.get("/").status_code == 200


def test_cli_refuses_to_expose_the_studio_without_a_token(tmp_path):
    result = subprocess.run([sys.executable, "-m", "director", "studio", "--root", str(tmp_path), "--host", "0.0.0.0"],
                            cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.startswith("director: error: --host 0.0.0.0 exposes the studio")
    assert "Traceback" not in result.stderr
