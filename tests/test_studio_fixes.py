"""The studio's bugs from issues 18 and 19, one test each, over real HTTP (a studio served by uvicorn).

Issue 18: the render child runs isolated from the folder the studio was started in; the paste limit is the one
the page promises and its error is the page's; one scene numbering and one running time everywhere; readable
numbers and names; downloads that download; the size rendered; events in words; renderers that cannot run are
said so before a job is queued, and render children do not wait on a model hub.
Issue 19: parsing in a time-limited worker that cannot block the studio, parsed once; job ids past SQLite's
range, odd Last-Event-IDs and chunked uploads over the limit; a 1e9 s shot; a plan with a bad shot id.
"""
from __future__ import annotations

import html
import json
import socket
import subprocess
import sys
import textwrap
import threading
import time

import pytest

pytest.importorskip("fastapi")

from studio_server import REPO, StudioServer, ThreadedStudio  # noqa: E402

import director  # noqa: E402
from director.models import FilmPlan  # noqa: E402

SCRIPT = """Title: Two Rooms

A note before the first scene.

INT. KITCHEN - MORNING

MARA pours coffee.

MARA
You're late again.

EXT. GARDEN - DAY

TOMAS rakes leaves. He stops and waves.

TOMAS
Only by a minute.

INT. KITCHEN - NIGHT

Mara switches off the light.
"""


def project_of(response) -> str:
    return str(response.url).split("#")[0].rstrip("/").rsplit("/", 1)[-1]


def new_project(client, text: str = SCRIPT, name: str = "two_rooms.fountain") -> str:
    response = client.post("/projects", files={"script": (name, text.encode("utf-8"), "text/plain")})
    assert response.status_code == 200, response.text
    return project_of(response)


def planned(client, project: str, **size) -> FilmPlan:
    form = {"planner": "rules", "fps": "8", "width": "160", "height": "90", **size}
    assert client.post(f"/projects/{project}/plan", data=form).status_code == 200
    return FilmPlan.model_validate(client.get(f"/api/projects/{project}/plan").json())


def render(client, project: str, **form) -> int:
    response = client.post(f"/projects/{project}/render", data={"renderer": "animatic", **form})
    assert response.status_code == 200 and "/jobs/" in str(response.url), response.text
    return int(str(response.url).rsplit("/", 1)[-1])


@pytest.fixture(scope="module")
def studio(tmp_path_factory):
    with ThreadedStudio(tmp_path_factory.mktemp("fixes") / "studio") as server:
        yield server


# -- issue 18 ---------------------------------------------------------------------------------------------------

def test_children_run_isolated_from_the_folder_the_studio_was_started_in(tmp_path, monkeypatch):
    """A writer who cloned the project into ~/director and starts the studio from ~."""
    home = tmp_path / "home"
    (home / "director").mkdir(parents=True)
    (home / "director" / "__init__.py").write_text("# an unrelated clone, without the installed package's modules\n")
    monkeypatch.chdir(home)
    with ThreadedStudio(home / "studio") as studio, studio.client() as client:
        project = new_project(client)              # parsed in a worker process
        planned(client, project)                   # planned in one
        job = studio.wait_job(client, render(client, project), timeout=120)
        assert job["state"] == "done", job["error"]


def test_a_paste_up_to_the_promised_limit_is_read_and_one_over_it_gets_the_pages_message(tmp_path):
    with ThreadedStudio(tmp_path / "studio", start_worker=False) as studio, studio.client() as client:
        index = client.get("/").text
        assert "up to 2048 KiB" in index
        action = "Ana waits by the door with a long coat over her arm.\n\n"
        scene = "INT. HALL - DAY\n\n" + action * 12   # ~660 bytes a scene: 1.65 MB stays under the 5,000-scene limit
        big = scene * (1_650_000 // len(scene))   # 1.65 MB, more than multipart's default 1 MiB per part
        pasted = client.post("/projects", data={"text": big, "name": "long.fountain"}, files={"script": ("", b"")})
        assert pasted.status_code == 200, pasted.text[:300]
        assert "/projects/" in str(pasted.url)
        over = client.post("/projects", data={"text": big + scene * 800, "name": "longer.fountain"},
                           files={"script": ("", b"")})
        assert over.status_code == 413 and over.headers["content-type"].startswith("text/html")
        assert 'role="alert"' in over.text and "the studio's limit of 2048 KiB" in html.unescape(over.text)
        assert '"detail"' not in over.text
        past = big + scene * ((2048 * 1024 + 2000 - len(big)) // len(scene))
        just_over = client.post("/projects", data={"text": past, "name": "longer.fountain"},
                                files={"script": ("", b"")})   # past 2048 KiB, inside the form's framing
        assert just_over.status_code == 413 and 'id="upload-form"' in just_over.text   # the upload page itself
        assert "longer.fountain: larger than the studio's limit of 2048 KiB" in html.unescape(just_over.text)
        garbled = client.post("/projects", content=b"not a form", headers={"Content-Type": "multipart/form-data; boundary=Q"})
        assert garbled.status_code == 400 and 'role="alert"' in garbled.text and "could not be read" in garbled.text


def test_one_scene_numbering_and_one_running_time_everywhere(studio):
    from director.timing import running_time

    outline = subprocess.run([sys.executable, "-m", "director", "parse", "-"], input=SCRIPT, text=True,
                             capture_output=True, cwd=REPO, timeout=60).stdout
    assert [line.split()[0] for line in outline.splitlines() if "KITCHEN" in line or "GARDEN" in line] == ["1", "2", "3"]
    with studio.client() as client:
        project = new_project(client)
        page = client.get(f"/projects/{project}").text
        assert [m for m in page.split('class="scene-number">')[1:4]] and \
            [m.split("<")[0] for m in page.split('class="scene-number">')[1:]] == ["1", "2", "3"]
        assert "an estimate until it is planned" in page
        plan = planned(client, project)
        page = client.get(f"/projects/{project}").text
        length = running_time(plan.duration)
        assert f"running time {length}" in page and "estimate" not in page and "about" not in page
        first = plan.shots[0]
        assert f'id="shot-{first.id}"' in page and "scene 1</span>" in page and "scene 3</span>" in page
        assert "scene 4</span>" not in page
        board = client.get(f"/projects/{project}/storyboard.html").text
        assert '<span class="num">1</span>INT. KITCHEN - MORNING' in board
        assert '<span class="num">3</span>INT. KITCHEN - NIGHT' in board
        job = studio.wait_job(client, render(client, project))
        assert f"running time {length}" in client.get(f"/jobs/{job['id']}").text
    made = subprocess.run([sys.executable, "-m", "director", "plan", "-", "--fps", "8", "--width", "160", "--height",
                           "90", "-o", "plan.json"], input=SCRIPT, text=True, capture_output=True, cwd=studio.root,
                          timeout=60)
    assert f"in 3 scenes, running time {length}" in made.stderr, made.stderr


def test_numbers_and_names_read_as_a_writer_reads_them(studio):
    with studio.client() as client:
        project = new_project(client)
        plan = planned(client, project, fps="24")   # 24 fps: durations like 2.7916666666666665
        odd = next(s for s in plan.shots if len(repr(s.duration)) > 6)
        page = client.get(f"/projects/{project}").text
        assert repr(odd.duration) not in page
        assert f'name="duration" type="number" step="any" min="0.05" value="{odd.duration:.2f}"' in page
        spoken = next(s for s in plan.shots if s.dialogue)
        speaker = plan.entity(spoken.dialogue[0].character)
        assert f"<strong>{speaker.name}:</strong>" in page and f"<strong>{speaker.id}:</strong>" not in page
        # the form sent back as shown changes nothing (2.79 stands for the frame-exact 2.7916…)
        form = {"description": odd.description, "duration": f"{odd.duration:.2f}", "camera_size": odd.camera.size,
                "camera_angle": odd.camera.angle, "camera_movement": odd.camera.movement,
                "transition_type": odd.transition_in.type,
                "transition_duration": f"{odd.transition_in.duration:.2f}",
                "transition_direction": odd.transition_in.direction or ""}
        assert client.post(f"/projects/{project}/shots/{odd.id}", data=form).status_code == 200
        assert FilmPlan.model_validate(client.get(f"/api/projects/{project}/plan").json()) == plan


def test_downloads_download_and_the_page_shows_the_size_rendered(studio):
    with studio.client() as client:
        project = new_project(client)
        planned(client, project)
        job = studio.wait_job(client, render(client, project, width="96", height="54"))
        assert job["state"] == "done", job["error"]
        page = client.get(f"/jobs/{job['id']}").text
        assert '<span id="render-size">96×54</span>' in page and "160×90" not in page
        assert "last rendered at <span id=\"last-size\">96×54</span>" in client.get(f"/projects/{project}").text
        for name in ("film.mp4", "storyboard.html", "plan.json", "subtitles.srt"):
            response = client.get(f"/jobs/{job['id']}/files/{name}")
            assert response.status_code == 200
            assert response.headers["content-disposition"].startswith("attachment"), name


def test_events_are_told_in_words(studio):
    with studio.client() as client:
        project = new_project(client)
        plan = planned(client, project)
        job = studio.wait_job(client, render(client, project))
        texts = []
        with client.stream("GET", f"/jobs/{job['id']}/events") as response:
            for line in response.iter_lines():
                if line.startswith("data:") and '"text"' in line:
                    texts.append(json.loads(line[5:])["text"])
                if line.startswith("event: end"):
                    break
        total = len(plan.shots)
        assert f"Shot 1 of {total}: keyframes, started" in texts
        assert any(t.startswith(f"Shot {total} of {total}: in-betweens, level 1, done in") for t in texts)
        assert f"Rendering {total} shots in " in " ".join(texts) and f"keyframes {total}, in-betweens " in " ".join(texts)
        assert not any(s.id in t for s in plan.shots for t in texts)     # shots by their place, not their ids
        assert "The cut (film.mp4), done in" in " ".join(texts)


PLUGIN = '''
import os

from renderers.animatic import AnimaticRenderer


class NoWeights(AnimaticRenderer):
    name = "noweights"

    def ready(self):
        return "no checkpoint in /models/absent (copy the weights there)"


class HubProbe(AnimaticRenderer):
    """The animatic, with the child's HF_HUB_OFFLINE in its identity (the manifest records it)."""

    name = "hubprobe"

    @property
    def identity(self):
        return super().identity + "/offline=" + os.environ.get("HF_HUB_OFFLINE", "unset")
'''


def test_renderers_that_cannot_run_say_so_before_a_job_is_queued_and_renders_stay_off_the_hub(tmp_path, monkeypatch):
    from director.studio.queue import child_environment

    plugins = tmp_path / "plugins"
    (plugins / "studio_test_renderers-1.0.dist-info").mkdir(parents=True)
    (plugins / "studio_test_renderers.py").write_text(textwrap.dedent(PLUGIN))
    (plugins / "studio_test_renderers-1.0.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: studio-test-renderers\nVersion: 1.0\n")
    (plugins / "studio_test_renderers-1.0.dist-info" / "entry_points.txt").write_text(
        "[director.renderers]\nnoweights = studio_test_renderers:NoWeights\nhubprobe = studio_test_renderers:HubProbe\n")
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)   # the studio's default, not the tester's setting
    with StudioServer(tmp_path / "studio", env={"PYTHONPATH": str(plugins)}) as studio, studio.client() as client:
        project = new_project(client)
        planned(client, project)
        deadline = time.monotonic() + 120
        while "checking" in str(client.get("/api/renderers").json()["noweights"]):
            assert time.monotonic() < deadline, "the readiness check never answered"
            time.sleep(0.2)
        assert client.get("/api/renderers").json()["noweights"] == "no checkpoint in /models/absent (copy the weights there)"
        page = html.unescape(client.get(f"/projects/{project}").text)
        assert "noweights — cannot run here: no checkpoint in /models/absent" in page
        before = len(client.get("/api/jobs").json())
        refused = client.post(f"/projects/{project}/render", data={"renderer": "noweights"})
        assert refused.status_code == 400
        assert "the noweights renderer cannot run here: no checkpoint in /models/absent" in html.unescape(refused.text)
        assert len(client.get("/api/jobs").json()) == before
        job = studio.wait_job(client, render(client, project, renderer="hubprobe"), timeout=120)
        assert job["state"] == "done", job["error"]
        manifest = client.get(f"/jobs/{job['id']}/files/manifest.json").json()
        assert manifest["versions"]["renderer"].endswith("/offline=1")
    assert child_environment({"HF_HUB_OFFLINE": "0"})["HF_HUB_OFFLINE"] == "0"   # configured: left alone
    assert child_environment({})["HF_HUB_OFFLINE"] == "1"


# -- issue 19 ---------------------------------------------------------------------------------------------------

PATHOLOGICAL = (   # issue 19's slow inputs, each inside the per-line and scene limits
    "INT. ROOM - DAY\n\n" + ("A" + " " * 2000 + "B\nWhat is this line?\n\n") * 200     # a cue with spaces inside
    + "INT. ATTIC - NIGHT\n\n" + "[[" * 4000 + "\n\n" + "[[a]]" * 1900 + "\n\n"          # note openers
    + "INT. CELLAR - NIGHT\n\n" + "She counts the jars on the shelf.\n" * 20000 + "One * star.\n\n"  # emphasis
    + "@BOB " + "(" * 5000 + "\nHello.\n\n" + "a/**/" * 1900 + "\n\n"                  # forced cue, boneyard
    + "# " + " " * 3000 + "x\n\n")                                                     # a Markdown heading
HALL = "INT. HALL - DAY\n\n" + "Ana waits by the door with a long coat over her arm.\n\n" * 3


def test_the_studio_answers_while_a_pathological_script_is_parsed(tmp_path):
    """The studio as a writer runs it (`director studio`, its own process): while one writer's upload of issue
    19's slow inputs is read, every other request is answered within 1 s."""
    body = PATHOLOGICAL + HALL * 4500    # 1.8 MB, under the studio's 2048 KiB; seconds of parsing on 2 cores
    with StudioServer(tmp_path / "studio") as studio, studio.client() as client, studio.client() as uploader:
        client.get("/")
        answered: list[float] = []
        result = {}

        def upload():
            result["response"] = uploader.post("/projects", files={"script": ("slow.fountain", body.encode(),
                                                                              "text/plain")})

        thread = threading.Thread(target=upload)   # one client per thread
        thread.start()
        while thread.is_alive():
            for path in ("/static/studio.css", "/"):
                started = time.monotonic()
                assert client.get(path).status_code == 200
                answered.append(time.monotonic() - started)
            time.sleep(0.1)
        thread.join()
        assert answered and max(answered) < 1.0, answered            # another request answered within 1 s
        response = result["response"]
        assert response.status_code == 200, response.text[-400:]    # read whole: the parsers are linear now
        assert "/projects/" in str(response.url) and "INT. CELLAR - NIGHT" in response.text


def test_the_parse_is_kept_and_pages_read_its_outline(tmp_path):
    with ThreadedStudio(tmp_path / "studio", start_worker=False) as studio, studio.client() as client:
        # a parsed script is kept: the project page never parses again
        pool = studio.app.state.workers
        project = new_project(client)

        def worker_ops_of_views(views: int) -> list[str]:
            calls, original = [], pool.run
            pool.run = lambda request, *a, **k: (calls.append(request["op"]), original(request, *a, **k))[1]
            try:
                for _ in range(views):
                    assert "EXT. GARDEN - DAY" in client.get(f"/projects/{project}").text
            finally:
                pool.run = original
            return calls

        assert worker_ops_of_views(3) == []
        folder = studio.root / "projects" / project
        assert (folder / "script.json").is_file() and (folder / "outline.json").is_file()
        # pages read the worker's outline, never the whole parse; a project kept without one is read once again
        (folder / "outline.json").unlink()
        assert worker_ops_of_views(2) == ["parse"] and (folder / "outline.json").is_file()


def test_a_parse_past_the_time_limit_is_stopped_with_one_line(tmp_path):
    body = HALL * 4500
    with ThreadedStudio(tmp_path / "studio", start_worker=False, parse_timeout_s=0.2) as studio, \
            studio.client() as client:
        response = client.post("/projects", files={"script": ("long.fountain", body.encode(), "text/plain")})
        assert response.status_code == 400
        assert "long.fountain: reading the script took longer than the studio&#39;s limit of 0.2 s" in response.text
        assert list((studio.root / "projects").iterdir()) == []
        # the next upload gets a fresh worker
        assert client.post("/projects", files={"script": ("ok.fountain", SCRIPT.encode(), "text/plain")}).status_code == 200


def test_out_of_range_job_ids_and_event_ids_are_not_found_not_errors(tmp_path):
    with ThreadedStudio(tmp_path / "studio", start_worker=False) as studio, studio.client() as client:
        project = new_project(client)
        planned(client, project)
        job = render(client, project)
        client.post(f"/jobs/{job}/cancel")       # over before it started: its event stream ends
        for bad in (str(2 ** 63), str(2 ** 64), "9" * 40, "-1", "0", "abc"):
            for method, path in (("GET", f"/jobs/{bad}"), ("POST", f"/jobs/{bad}/cancel"),
                                 ("GET", f"/jobs/{bad}/files/film.mp4"), ("GET", f"/jobs/{bad}/events"),
                                 ("GET", f"/api/jobs/{bad}"), ("GET", f"/api/jobs/{bad}/events")):
                assert client.request(method, path).status_code == 404, (method, path)
        assert client.get(f"/api/jobs/{job}/events", params={"after": str(2 ** 64)}).json() == []
        # 5,000 digits pass Python's int() limit (4,300); "²" is a digit to str.isdigit, not to int()
        for last in ("1" * 5_000, "²", "¹²", str(2 ** 63), "-5"):
            with client.stream("GET", f"/jobs/{job}/events", headers={"Last-Event-ID": last.encode("latin-1")}) as r:
                assert r.status_code == 200
                lines = list(r.iter_lines())
            assert "event: end" in lines and any(ln.startswith("id:") for ln in lines)   # replayed from the start
        huge = client.get(f"/jobs/{job}/events", headers={"Last-Event-ID": "1" * 100_000})
        assert huge.status_code in (200, 400, 431)   # the HTTP server may refuse a 100 kB header; never a 500


def test_a_chunked_upload_over_the_limit_gets_413_without_being_read(tmp_path):
    with ThreadedStudio(tmp_path / "studio", start_worker=False, max_upload_bytes=64 * 1024) as studio:
        sock = socket.create_connection(("127.0.0.1", studio.port), timeout=20)
        sock.sendall(b"POST /projects HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
                     b"Content-Type: multipart/form-data; boundary=XX\r\n\r\n")
        head = b'--XX\r\nContent-Disposition: form-data; name="script"; filename="big.fountain"\r\n\r\n'
        sock.sendall(b"%x\r\n%s\r\n" % (len(head), head))
        chunk = b"x" * 16384
        sent = 0
        try:
            while sent < 256 * 1024:   # twice limit+framing, and never the final chunk: the body has no end
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass
        answer = b""
        while b"\r\n\r\n" not in answer:
            data = sock.recv(65536)
            if not data:
                break
            answer += data
        sock.close()
        assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
        assert list((studio.root / "projects").iterdir()) == []


def test_a_shot_edited_to_last_1e9_seconds_is_refused(studio):
    with studio.client() as client:
        project = new_project(client)
        plan = planned(client, project)
        refused = client.post(f"/projects/{project}/shots/{plan.shots[1].id}", data={"duration": "1e9"})
        assert refused.status_code == 400 and "nothing saved" in refused.text
        assert "give it a positive number of seconds, at most 600" in refused.text   # limits.MAX_SHOT_SECONDS
        assert FilmPlan.model_validate(client.get(f"/api/projects/{project}/plan").json()) == plan


def test_a_plan_upload_with_a_bad_shot_id_is_refused_at_upload_in_one_line(studio):
    with studio.client() as client:
        project = new_project(client)
        plan = planned(client, project)
        for bad in ("../../x", "a/b", "", "..", "x" * 300, "a\nb"):
            shots = [plan.shots[0].model_copy(update={"id": bad})] + plan.shots[1:]
            data = plan.model_copy(update={"shots": shots}).model_dump_json().encode()
            refused = client.post(f"/projects/{project}/plan/upload", files={"plan": ("plan.json", data, "application/json")})
            assert refused.status_code == 400, bad
            message = html.unescape(refused.text.split('role="alert" id="error">')[1].split("</p>")[0])
            assert "\n" not in message and "cannot name a file" in message and "KeyError" not in message
        assert FilmPlan.model_validate(client.get(f"/api/projects/{project}/plan").json()) == plan
