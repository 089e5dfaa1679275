"""The studio's web app: `create_app(root_dir, token=None)` returns a FastAPI application.

Pages are server-rendered jinja2 templates with a little vanilla JS (static/studio.js: an EventSource for live
progress, shot-by-shot seeking of the <video>; static/layout.js: the storyboard's layout editor, plain SVG).
Each route is a thin shell over the Python API — parse, plan, `editing` (shot edits, layouts, re-framing, the
cast), `director.planning.replan_shot`, the job queue — and every user error (`DirectorError`) becomes a
message in the page with a 4xx status, never a 500. The app owns no state besides what is on disk under
`root_dir`, so a restarted studio shows everything the last one did.

Parsing and planning run in worker processes with time limits (worker.py): a script that makes a pattern
backtrack costs its own worker, never the studio's other requests. A script is parsed once, at upload; the
project keeps the result (`script.json`) and every page view reads that.
"""
from __future__ import annotations

import asyncio
import io
import json
import os
import re
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from ..errors import DirectorError, InputError
from ..models import FilmPlan, Script
from ..parsing.outline import scene_labels
from ..planning import ShotConstraints, plans_shots, replan_shot
from ..timing import running_time
from .editing import (ENTITY_KINDS, add_entity, apply_layout, edit_and_restage, edit_entity, layout_view, reframe,
                      remove_entity, seconds_shown)
from .layout import DELIVERABLES, SCRIPT_EXTENSIONS, StudioLayout, display_name, new_project_id, script_extension
from .narration import describe
from .outline import Outline, outline_from_json
from .queue import JobQueue, child_environment
from .renderers import RendererStatus
from .security import BodySizeLimit, SameOriginWrites, TokenGate
from .store import FINAL_STATES, MAX_ROW_ID, StudioStore
from .worker import PARSE_TIMEOUT_S, PLAN_TIMEOUT_S, WorkerPool, outline_path

HERE = Path(__file__).resolve().parent
DEFAULT_MAX_UPLOAD = 2 * 1024 * 1024   # a feature screenplay is ~200 KB as Fountain, ~1 MB as FDX
FORM_FRAMING = 64 * 1024
"""Room for a form's own bytes (multipart boundaries, headers, the other fields) around an upload at the limit."""
TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9._~+/=-]{8,256}$")
PANELS_PER_PAGE = 60
"""Above this many shots the storyboard pages by scene (create_app's `panels_per_page`)."""
SSE_POLL_S = 0.25
SSE_HEARTBEAT_S = 15.0
ROW_ID = re.compile(r"^[0-9]{1,19}$")


def _int_field(value: str | None, name: str, low: int, high: int) -> int | None:
    if value in (None, ""):
        return None
    try:
        number = int(value)
    except ValueError:
        raise DirectorError(f"{name} must be a whole number, not {str(value)[:20]!r}") from None
    if not low <= number <= high:
        raise DirectorError(f"{name} must be between {low} and {high}, not {number}")
    return number


def _row_id(text: str | None) -> int | None:
    """A job or event id from a URL or header: digits only, at most SQLite's largest integer; else None."""
    if not text or not ROW_ID.match(text):
        return None
    number = int(text)
    return number if 0 < number <= MAX_ROW_ID else None


def _source_line(path: Path | None, line: int | None) -> str | None:
    """The text of the line an error points at, for showing beside the message."""
    if path is None or line is None or line < 1:
        return None
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for number, text in enumerate(f, 1):
                if number == line:
                    return text.rstrip("\r\n")[:200]
    except OSError:
        return None
    return None


def _planners() -> list[str]:
    from ..registry import available

    return sorted(available("planner")) or ["rules"]


class FormTooLarge(DirectorError):
    pass


def create_app(root_dir: str | os.PathLike, token: str | None = None, *, max_upload_bytes: int = DEFAULT_MAX_UPLOAD,
               workers: int = 1, start_worker: bool = True, allowed_hosts: list[str] | None = None,
               panels_per_page: int = PANELS_PER_PAGE, parse_timeout_s: float = PARSE_TIMEOUT_S,
               plan_timeout_s: float = PLAN_TIMEOUT_S, parse_workers: int = 2) -> FastAPI:
    """The studio for the folder `root_dir` (created if missing).

    token: required on every request when set (see security.py); the CLI insists on one for non-loopback hosts.
    max_upload_bytes: request bodies above it get a 413 page.
    workers: renders run at the same time (one per worker); 1 suits one GPU or a small CPU.
    start_worker: False gives an app that queues jobs but never runs them (for inspecting a studio folder).
    allowed_hosts: `Host` header values accepted (others get 400), e.g. the loopback names when served on
    loopback, so a DNS-rebinding page cannot read the studio through a name it controls.
    panels_per_page: a storyboard with more shots than this shows one scene at a time.
    parse_timeout_s, plan_timeout_s: how long reading a script and planning it may take (in a worker process,
    `parse_workers` of them at most) before the worker is stopped and the writer told.
    """
    if token is not None and not TOKEN_PATTERN.match(token):
        raise DirectorError("the studio token must be 8-256 characters of letters, digits and ._~+/=-")
    layout = StudioLayout(Path(root_dir))
    store = StudioStore(layout.database)
    queue = JobQueue(store, layout, workers=workers)
    pool = WorkerPool(parse_workers, log=layout.root / "worker.log", cwd=layout.root, env=child_environment)
    renderers = RendererStatus(cwd=layout.root)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    from ..drawing import entity_color

    templates.env.globals.update(running_time=running_time, seconds_shown=seconds_shown,
                                 entity_colour=lambda eid: "#%02x%02x%02x" % entity_color(eid))
    cache: dict[tuple[str, str], tuple[int, Any]] = {}   # (project, what) -> (file mtime_ns, value)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if start_worker:
            queue.start()
        pool.warm()
        renderers.current()   # the first check starts now, in the background
        try:
            yield
        finally:
            await anyio.to_thread.run_sync(queue.stop)
            pool.close()

    app = FastAPI(title="Director studio", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)
    app.state.store, app.state.layout, app.state.queue, app.state.workers = store, layout, queue, pool
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("error", None)
        if "jobs" in context:
            context["project_names"] = {p.id: p.name for p in store.projects()}
        return templates.TemplateResponse(request, name, context, status_code=status)

    def error_page(request: Request, message: str, status: int = 400, **context: Any) -> HTMLResponse:
        return page(request, "error.html", status, error=message, **context)

    @app.exception_handler(DirectorError)
    async def director_error(request: Request, exc: DirectorError):
        status = 413 if isinstance(exc, FormTooLarge) else 400
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(exc)}, status_code=status)
        return error_page(request, str(exc), status=status)

    async def form_of(request: Request) -> dict[str, Any]:
        """The posted form, its parts allowed up to the upload limit (multipart's own default is 1 MiB)."""
        from starlette.exceptions import HTTPException
        from starlette.formparsers import MultiPartException

        try:
            form = await request.form(max_part_size=max_upload_bytes + FORM_FRAMING)
        except (HTTPException, MultiPartException) as exc:   # Starlette wraps its parser's errors in a 400
            detail = str(getattr(exc, "detail", None) or getattr(exc, "message", None) or exc)
            if "maximum size" in detail:
                raise FormTooLarge(f"the upload is larger than the studio's limit of {max_upload_bytes // 1024} "
                                   f"KiB") from None
            raise DirectorError(f"the form could not be read: {detail}") from None
        return dict(form.items())

    # -- helpers over the folder ------------------------------------------------------------------------------

    def load_project(project_id: str):
        project = store.project(project_id) if re.fullmatch(r"[0-9a-f]{12}", project_id or "") else None
        if project is None:
            raise LookupError(f"no project '{project_id}'")
        return project

    def cached(project_id: str, what: str, path: Path, make):
        """`make()` of a project file, remembered until the file changes (page views read, never re-parse)."""
        try:
            stamp = path.stat().st_mtime_ns
        except OSError:
            return None
        hit = cache.get((project_id, what))
        if hit is None or hit[0] != stamp:
            hit = (stamp, make())
            cache[(project_id, what)] = hit
        return hit[1]

    def load_plan(project_id: str) -> FilmPlan | None:
        path = layout.plan_path(project_id)
        return cached(project_id, "plan", path, lambda: FilmPlan.model_validate_json(path.read_text(encoding="utf-8")))

    def write_json(path: Path, text: str) -> None:
        tmp = path.with_name(path.name + ".part")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)

    def save_plan(project_id: str, plan: FilmPlan, pins: dict[str, ShotConstraints] | None = None) -> None:
        write_json(layout.plan_path(project_id), plan.model_dump_json(indent=2))
        if pins is not None:
            save_pins(project_id, pins)

    def pins_path(project_id: str) -> Path:
        return layout.project_dir(project_id) / "fixed.json"

    def load_pins(project_id: str) -> dict[str, ShotConstraints]:
        """What the writer fixed, per shot (kept beside the plan: the plan format has no place for it)."""
        path = pins_path(project_id)
        data = cached(project_id, "pins", path, lambda: json.loads(path.read_text(encoding="utf-8")))
        return {k: ShotConstraints.from_dict(v) for k, v in (data or {}).items()}

    def save_pins(project_id: str, pins: dict[str, ShotConstraints]) -> None:
        write_json(pins_path(project_id), json.dumps({k: v.as_dict() for k, v in sorted(pins.items()) if v}))

    def script_json(project_id: str) -> Path:
        return layout.project_dir(project_id) / "script.json"

    def planning_record(project_id: str, plan: FilmPlan | None = None) -> dict[str, Any]:
        record = layout.project_dir(project_id) / "planning.json"
        if record.is_file():
            return json.loads(record.read_text(encoding="utf-8"))
        plan = plan or load_plan(project_id)
        return {"planner": "rules", "options": {"fps": plan.fps, "width": plan.width, "height": plan.height}
                if plan else {}}

    async def parse_into(path: Path, out: Path, what: str) -> None:
        """Parse `path` in a worker (time-limited) into the Script JSON `out`."""
        await anyio.to_thread.run_sync(pool.run, {"op": "parse", "script": str(path), "out": str(out)},
                                       parse_timeout_s, what)

    async def parsed(project_id: str) -> Path:
        """The project's `script.json` (and the outline beside it): kept from the upload, parsed again only for a
        project made before."""
        out = script_json(project_id)
        if not (out.is_file() and outline_path(out).is_file()):
            path = layout.script_path(project_id)
            if path is None:
                raise InputError("the project's script is missing")
            await parse_into(path, out, "reading the script")
        return out

    async def script_of(project_id: str) -> Script:
        """The project's parsed script, for planners that need all of it (pages read `outline_of`)."""
        out = await parsed(project_id)
        return cached(project_id, "script", out, lambda: Script.model_validate_json(out.read_text(encoding="utf-8")))

    async def outline_of(project_id: str, fallback_title: str) -> Outline:
        """The outline the parse worker wrote: a small summary, so no page view validates the whole parse in the
        server (a feature's Script holds the GIL for most of a second, and every other request would wait)."""
        path = outline_path(await parsed(project_id))
        summary = cached(project_id, "outline", path, lambda: outline_from_json(path.read_text(encoding="utf-8")))
        return replace(summary, title=summary.title or fallback_title)

    def job_plan(job_id: int) -> FilmPlan | None:
        path = layout.job_dir(job_id) / "plan.json"
        return FilmPlan.model_validate_json(path.read_text(encoding="utf-8")) if path.is_file() else None

    def shot_url(project_id: str, plan: FilmPlan, shot_id: str) -> str:
        """The project page at one shot's panel (on its scene's page when the storyboard pages by scene)."""
        scene = next((s.scene for s in plan.shots if s.id == shot_id), None)
        query = f"?scene={scene}" if scene is not None and len(plan.shots) > panels_per_page else ""
        return f"/projects/{project_id}{query}#shot-{shot_id}"

    def not_found(request: Request, what: str) -> HTMLResponse:
        return error_page(request, what, status=404)

    def shot_planner(project_id: str, plan: FilmPlan) -> str:
        """Who re-plans a shot: the planner that made the plan when it can do one shot, else the rules planner."""
        name = planning_record(project_id, plan).get("planner", "rules")
        return name if plans_shots(name) else "rules"

    def new_problems(before: FilmPlan, after: FilmPlan) -> list[str]:
        from ..layout import validate

        old = {str(p) for p in validate(before)}
        return [str(p) for p in validate(after) if str(p) not in old]

    # -- pages ------------------------------------------------------------------------------------------------

    def index_with_error(request: Request, message: str | None = None, status: int = 400, **extra: Any):
        return page(request, "index.html", status, error=message, projects=store.projects(), jobs=store.jobs()[:20],
                    extensions=SCRIPT_EXTENSIONS, max_upload_kib=max_upload_bytes // 1024, **extra)

    @app.get("/", response_class=HTMLResponse)
    def index(request: Request):
        return index_with_error(request, None, status=200)

    @app.post("/projects")
    async def upload(request: Request):
        """A new project from an uploaded file or pasted text; a parse error is shown on the upload page."""
        try:
            form = await form_of(request)
        except FormTooLarge as exc:
            return index_with_error(request, str(exc), status=413)
        script, text, name = form.get("script"), form.get("text") or "", form.get("name") or ""
        if hasattr(script, "filename") and script.filename:
            data = await script.read(max_upload_bytes + 1)
            source_name = display_name(script.filename)
            try:
                ext = script_extension(script.filename)
            except InputError as exc:
                return index_with_error(request, str(exc))
        elif isinstance(text, str) and text.strip():
            data, ext = text.encode("utf-8"), ".txt"  # .txt: the parser sniffs Fountain, FDX or prose
            source_name = display_name(str(name) or None, "pasted script")
            if Path(source_name).suffix.lower() in SCRIPT_EXTENSIONS:
                ext = Path(source_name).suffix.lower()
        else:
            return index_with_error(request, "choose a script file or paste the script's text")
        if len(data) > max_upload_bytes:
            return index_with_error(request, f"{source_name}: larger than the studio's limit of "
                                    f"{max_upload_bytes // 1024} KiB", status=413)
        project_id = new_project_id()
        folder = layout.project_dir(project_id)
        folder.mkdir(parents=True)
        path = folder / f"script{ext}"
        path.write_bytes(data)
        try:
            await parse_into(path, folder / "script.json", "reading the script")
        except InputError as exc:
            line_text = _source_line(path, exc.line)
            for child in folder.iterdir():
                child.unlink()
            folder.rmdir()
            where = source_name + (f":{exc.line}" if exc.line is not None else "")
            return index_with_error(request, f"{where}: {exc.problem}", line=exc.line, line_text=line_text)
        summary = await outline_of(project_id, "")
        title = summary.title or Path(source_name).stem or "Untitled"
        store.add_project(project_id, title[:120], source_name)
        return RedirectResponse(f"/projects/{project_id}", status_code=303)

    @app.get("/projects/{project_id}", response_class=HTMLResponse)
    async def show_project(request: Request, project_id: str, scene: str | None = None):
        return await project_page(request, project_id, scene=_row_id(scene))

    async def project_page(request: Request, project_id: str, error: str | None = None, status: int = 200,
                           scene: int | None = None):
        """The project page, with `error` shown at the top (the routes that refuse a form use this).

        A long film's storyboard shows one scene at a time (a feature has thousands of shots): `scene`
        picks it; short films show every panel.
        """
        try:
            project = load_project(project_id)
        except LookupError as exc:
            return not_found(request, str(exc))
        script_error, summary = None, None
        try:
            summary = await outline_of(project_id, project.name)
        except InputError as exc:
            script_error = str(exc)
        plan = load_plan(project_id)
        panels, scenes, labels = (plan.shots if plan else []), [], (scene_labels(plan.scenes) if plan else {})
        if plan and (scene is not None or len(plan.shots) > panels_per_page):
            counts: dict[int, int] = {}
            for shot in plan.shots:
                counts[shot.scene] = counts.get(shot.scene, 0) + 1
            scenes = [(sc.index, labels.get(sc.index, str(sc.index)), sc.heading or "(no heading)",
                       counts.get(sc.index, 0)) for sc in plan.scenes]
            scene = scene if scene in counts else min(counts, default=None)
            panels = [s for s in plan.shots if s.scene == scene]
        jobs = store.jobs(project_id)
        last_options = jobs[0].options if jobs else {}
        pins = load_pins(project_id) if plan else {}
        # Rendered off the event loop: a feature's outline and storyboard take a tenth of a second or more of
        # template code, which in a thread yields to the other requests instead of stalling them.
        return await anyio.to_thread.run_sync(lambda: page(
                    request, "project.html", status, project=project, outline=summary, script_error=script_error,
                    plan=plan, panels=panels, scenes=scenes, scene=scene, jobs=jobs, error=error,
                    planners=_planners(), renderers=renderers.current(), last_options=last_options,
                    last_renderer=jobs[0].renderer if jobs else "animatic", labels=labels,
                    names={e.id: e.name for e in plan.entities} if plan else {}, pins=pins,
                    last_size=rendered_size(jobs[0]) if jobs else None, kinds=ENTITY_KINDS,
                    entity_fields=entity_fields(), drawing_version=drawing_version(plan)))

    def drawing_version(plan: FilmPlan | None):
        """A panel picture's cache key: it changes when the shot's layout (or a name drawn in it) does."""
        import hashlib

        names = "".join(f"{e.id}={e.name};{e.kind}" for e in plan.entities) if plan else ""

        def version(shot) -> str:
            return hashlib.sha1((names + shot.model_dump_json()).encode()).hexdigest()[:12]

        return version

    def entity_fields() -> dict[str, list[str]]:
        """Bible fields beyond name/kind/description the data model has (the voice, an object; a reference
        picture's path when the references stage lands): the cast section shows inputs for each."""
        from ..models import Entity
        from .editing import object_fields

        return object_fields(Entity)

    @app.post("/projects/{project_id}/plan")
    async def plan_project(request: Request, project_id: str):
        try:
            load_project(project_id)
        except LookupError as exc:
            return not_found(request, str(exc))
        form = await form_of(request)
        planner = str(form.get("planner") or "rules")
        try:
            options = {k: v for k, v in (("fps", _int_field(form.get("fps"), "fps", 1, 120)),
                                          ("width", _int_field(form.get("width"), "width", 16, 4096)),
                                          ("height", _int_field(form.get("height"), "height", 16, 4096)))
                       if v is not None}
            await parsed(project_id)
            await anyio.to_thread.run_sync(pool.run, {
                "op": "plan", "script": str(script_json(project_id)), "planner": planner, "options": options,
                "out": str(layout.plan_path(project_id))}, plan_timeout_s, f"planning with '{planner}'")
        except DirectorError as exc:
            return await project_page(request, project_id, error=f"planning failed: {exc}", status=400)
        plan = load_plan(project_id)
        save_pins(project_id, {})   # a new plan: nothing in it is the writer's yet
        planning = {"planner": planner, "options": {"fps": plan.fps, "width": plan.width, "height": plan.height}}
        write_json(layout.project_dir(project_id) / "planning.json", json.dumps(planning))
        return RedirectResponse(f"/projects/{project_id}#storyboard", status_code=303)

    @app.post("/projects/{project_id}/plan/upload")
    async def upload_plan(request: Request, project_id: str):
        """Replace the project's plan with a plan.json the writer edited by hand (checked before it is kept)."""
        from ..layout import validate
        from ..pipeline import load_plan as read_plan_file

        try:
            load_project(project_id)
        except LookupError as exc:
            return not_found(request, str(exc))
        try:
            form = await form_of(request)
        except FormTooLarge as exc:
            return await project_page(request, project_id, error=str(exc), status=413)
        plan = form.get("plan")
        if not hasattr(plan, "filename") or not plan.filename:
            return await project_page(request, project_id, error="choose a plan.json to upload", status=400)
        data = await plan.read(max_upload_bytes + 1)
        name = display_name(plan.filename, "plan.json")
        if len(data) > max_upload_bytes:
            return await project_page(request, project_id, status=413, error=f"{name}: larger than the studio's "
                                      f"limit of {max_upload_bytes // 1024} KiB")
        staged = layout.project_dir(project_id) / ".uploaded-plan.json"
        staged.write_bytes(data)
        try:
            new_plan = read_plan_file(staged)
            problems = validate(new_plan)
            if problems:
                listed = "; ".join(str(p) for p in problems[:3])
                more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
                raise InputError(f"the plan has {len(problems)} problem(s): {listed}{more}")
            if not new_plan.shots:
                raise InputError("the plan has no shots")
        except InputError as exc:
            where = name + (f":{exc.line}" if exc.line is not None else "")
            return await project_page(request, project_id, error=f"{where}: {exc.problem}", status=400)
        finally:
            staged.unlink(missing_ok=True)
        save_plan(project_id, new_plan, pins={})
        return RedirectResponse(f"/projects/{project_id}#storyboard", status_code=303)

    @app.get("/projects/{project_id}/shots/{shot_id}.png")
    def shot_drawing(request: Request, project_id: str, shot_id: str, keyframe: int = -1):
        """A shot's layout drawing (boxes, skeletons, names) at one keyframe, from the shared drawing module."""
        from PIL import Image

        from ..drawing import draw_layout_image

        try:
            load_project(project_id)
        except LookupError:
            return Response(status_code=404)
        plan = load_plan(project_id)
        shot = next((s for s in plan.shots if s.id == shot_id), None) if plan else None
        if shot is None or not shot.keyframes:
            return Response(status_code=404)
        kf = shot.keyframes[keyframe if -len(shot.keyframes) <= keyframe < len(shot.keyframes) else len(shot.keyframes) // 2]
        width = 320
        height = max(1, round(width * plan.height / plan.width))
        img = Image.new("RGB", (width, height), (236, 232, 224))
        img = draw_layout_image(img, kf.objects, {e.id: e for e in plan.entities})
        buffer = io.BytesIO()
        img.save(buffer, format="PNG")
        return Response(buffer.getvalue(), media_type="image/png", headers={"Cache-Control": "no-cache"})

    @app.get("/projects/{project_id}/storyboard.html")
    def project_storyboard(request: Request, project_id: str):
        """The storyboard of the current plan, from the plan alone (editorial's writer), to open or print."""
        try:
            load_project(project_id)
        except LookupError as exc:
            return not_found(request, str(exc))
        plan = load_plan(project_id)
        if plan is None:
            return error_page(request, "plan the script first", status=404)
        from ..storyboard import write_storyboard

        target = layout.project_dir(project_id) / "storyboard.html"
        write_storyboard(plan, target)
        return FileResponse(target, media_type="text/html; charset=utf-8")

    async def after_edit(request: Request, project_id: str, before: FilmPlan, after: FilmPlan,
                         pins: dict[str, ShotConstraints], shot_id: str, form: dict[str, Any], what: str):
        """Save an edited plan (if it adds no problem) and queue a render when the form asked for one."""
        problems = new_problems(before, after)
        if problems:
            listed = "; ".join(problems[:3])
            return await project_page(request, project_id, status=400,
                                      error=f"{what} would break the plan, nothing saved: {listed}")
        save_plan(project_id, after, pins)
        if form.get("render"):
            try:
                job = await submit(project_id, after, None, None, note=f"after {what} ({shot_id})")
            except DirectorError as exc:
                return await project_page(request, project_id, error=str(exc), status=400)
            return RedirectResponse(f"/jobs/{job.id}", status_code=303)
        return RedirectResponse(shot_url(project_id, after, shot_id), status_code=303)

    async def planned_form(request: Request, project_id: str, missing: str = "plan the script first"):
        """(form, plan, None) for a route that changes the plan, or (…, refusal page) when there is no such
        project or no plan yet."""
        try:
            load_project(project_id)
        except LookupError as exc:
            return None, None, not_found(request, str(exc))
        form = await form_of(request)
        plan = load_plan(project_id)
        if plan is None:
            return form, None, await project_page(request, project_id, error=missing, status=400)
        return form, plan, None

    @app.post("/projects/{project_id}/shots/{shot_id}")
    async def edit(request: Request, project_id: str, shot_id: str):
        """Edit one shot; with `render` set, queue a render (the pipeline's cache redoes only what changed)."""
        form, plan, refused = await planned_form(request, project_id, "plan the script before editing shots")
        if refused:
            return refused
        pins = load_pins(project_id)
        try:
            edited, fixed = await anyio.to_thread.run_sync(
                lambda: edit_and_restage(plan, shot_id, form, pins.get(shot_id), shot_planner(project_id, plan)))
        except DirectorError as exc:
            return await project_page(request, project_id, error=str(exc), status=400)
        return await after_edit(request, project_id, plan, edited, {**pins, shot_id: fixed}, shot_id, form,
                                "that edit")

    @app.post("/projects/{project_id}/shots/{shot_id}/replan")
    async def replan(request: Request, project_id: str, shot_id: str):
        """Re-plan one shot: the planner's new version of it, keeping the cast, boxes and camera the writer fixed
        (`release` forgets them first); the other shots keep the writer's edits."""
        form, plan, refused = await planned_form(request, project_id)
        if refused:
            return refused
        pins = load_pins(project_id)
        if form.get("release"):
            pins.pop(shot_id, None)
        record = planning_record(project_id, plan)
        planner = record.get("planner", "rules")
        try:
            script = None if await anyio.to_thread.run_sync(plans_shots, planner) else await script_of(project_id)
            options = {k: v for k, v in record.get("options", {}).items() if k not in ("fps", "width", "height")}
            replanned = await anyio.to_thread.run_sync(
                lambda: replan_shot(plan, shot_id, planner, pins.get(shot_id), script=script, **options))
        except DirectorError as exc:
            return await project_page(request, project_id, error=f"re-planning {shot_id} failed: {exc}", status=400)
        return await after_edit(request, project_id, plan, replanned, pins, shot_id, form, "re-planning")

    # -- the layout editor (JSON; static/layout.js) -----------------------------------------------------------

    def api_error(message: str, status: int = 400) -> JSONResponse:
        return JSONResponse({"error": message}, status_code=status)

    @app.get("/api/projects/{project_id}/shots/{shot_id}/layout")
    def api_layout(project_id: str, shot_id: str):
        try:
            load_project(project_id)
        except LookupError as exc:
            return api_error(str(exc), 404)
        plan = load_plan(project_id)
        if plan is None or shot_id not in {s.id for s in plan.shots}:
            return api_error(f"no shot '{shot_id}'", 404)
        return layout_view(plan, shot_id, load_pins(project_id).get(shot_id))

    @app.post("/api/projects/{project_id}/shots/{shot_id}/layout")
    async def api_edit_layout(request: Request, project_id: str, shot_id: str):
        """Apply the editor's layout (and camera) to a shot: `preview` only answers the result, else it is saved
        (and with `render`, a render queued). The answer is the shot's layout as saved, or `{"error": …}`."""
        try:
            load_project(project_id)
        except LookupError as exc:
            return api_error(str(exc), 404)
        try:
            edit = json.loads(await request.body())
        except (ValueError, RecursionError):
            return api_error("the layout edit is not JSON")
        if not isinstance(edit, dict):
            return api_error("the layout edit must be a JSON object")
        plan = load_plan(project_id)
        if plan is None or shot_id not in {s.id for s in plan.shots}:
            return api_error(f"no shot '{shot_id}'", 404)
        pins = load_pins(project_id)
        camera = edit.get("camera") if isinstance(edit.get("camera"), dict) else {}

        def apply():
            edited, fixed = apply_layout(plan, shot_id, edit, pins.get(shot_id))
            shot = next(s for s in edited.shots if s.id == shot_id)
            if any(camera.get(k) and camera.get(k) != getattr(shot.camera, k) for k in ("size", "angle", "movement")):
                edited, fixed = reframe(edited, shot_id, {k: camera.get(k) for k in ("size", "angle", "movement")},
                                        fixed, shot_planner(project_id, plan))
            return edited, fixed

        try:
            edited, fixed = await anyio.to_thread.run_sync(apply)
        except DirectorError as exc:
            return api_error(str(exc))
        problems = new_problems(plan, edited)
        if problems:
            return api_error("that layout would break the plan, nothing saved: " + "; ".join(problems[:3]))
        answer: dict[str, Any] = {"layout": layout_view(edited, shot_id, fixed)}
        if edit.get("preview"):
            return answer
        save_plan(project_id, edited, {**pins, shot_id: fixed})
        answer["saved"] = True
        if edit.get("render"):
            try:
                job = await submit(project_id, edited, None, None, note=f"after a layout edit ({shot_id})")
            except DirectorError as exc:
                return api_error(str(exc))
            answer["job"], answer["url"] = job.id, f"/jobs/{job.id}"
        return answer

    # -- the cast (the bible) ---------------------------------------------------------------------------------

    async def cast_change(request: Request, project_id: str, change):
        form, plan, refused = await planned_form(request, project_id)
        if refused:
            return refused
        try:
            edited = change(plan, form)
        except DirectorError as exc:
            return await project_page(request, project_id, error=str(exc), status=400)
        problems = new_problems(plan, edited)
        if problems:
            return await project_page(request, project_id, status=400,
                                      error="that change would break the plan, nothing saved: " + "; ".join(problems[:3]))
        save_plan(project_id, edited)
        return RedirectResponse(f"/projects/{project_id}#cast", status_code=303)

    @app.post("/projects/{project_id}/cast")
    async def cast_add(request: Request, project_id: str):
        return await cast_change(request, project_id, lambda plan, form: add_entity(
            plan, form.get("name", ""), form.get("kind", "person"), form.get("description", ""))[0])

    @app.post("/projects/{project_id}/cast/{entity_id}")
    async def cast_edit(request: Request, project_id: str, entity_id: str):
        return await cast_change(request, project_id, lambda plan, form: edit_entity(plan, entity_id, form))

    @app.get("/projects/{project_id}/cast/{entity_id}/reference")
    def cast_reference(request: Request, project_id: str, entity_id: str):
        """A bible entry's reference picture (`entities[].reference`, a path relative to the project's render
        folder once the references stage writes them), served only from inside the project's folder."""
        try:
            load_project(project_id)
        except LookupError:
            return Response(status_code=404)
        plan = load_plan(project_id)
        entity = next((e for e in plan.entities if e.id == entity_id), None) if plan else None
        reference = getattr(entity, "reference", None) if entity else None
        if not isinstance(reference, str) or not reference:
            return Response(status_code=404)
        folder = layout.project_dir(project_id)
        path = (layout.render_dir(project_id) / reference).resolve()
        if not path.is_relative_to(folder) or path.suffix.lower() not in (".png", ".jpg", ".jpeg", ".webp") \
                or not path.is_file():
            return Response(status_code=404)
        return FileResponse(path)

    @app.post("/projects/{project_id}/cast/{entity_id}/remove")
    async def cast_remove(request: Request, project_id: str, entity_id: str):
        return await cast_change(request, project_id, lambda plan, form: remove_entity(plan, entity_id))

    # -- renders ----------------------------------------------------------------------------------------------

    async def submit(project_id: str, plan: FilmPlan, renderer: str | None, options: dict[str, Any] | None,
                     note: str = ""):
        """Queue a render, once the renderer says it can run here (else a one-line DirectorError)."""
        if renderer is None:
            jobs = store.jobs(project_id)
            renderer = jobs[0].renderer if jobs else "animatic"
            options = jobs[0].options if jobs else {}
        reason = await anyio.to_thread.run_sync(renderers.reason, renderer)
        if reason:
            raise DirectorError(f"the {renderer} renderer cannot run here: {reason}")
        return queue.submit(project_id, plan, renderer, options or {}, note)

    def rendered_size(job) -> tuple[int, int] | None:
        """The frame size a job renders at: its own width/height, else its plan snapshot's."""
        width, height = job.options.get("width"), job.options.get("height")
        if width and height:
            return int(width), int(height)
        plan = job_plan(job.id)
        if plan is None:
            return None
        return (int(width or round(plan.width * height / plan.height)) if height else plan.width,
                int(height or round(plan.height * width / plan.width)) if width else plan.height)

    @app.post("/projects/{project_id}/render")
    async def render(request: Request, project_id: str):
        try:
            load_project(project_id)
        except LookupError as exc:
            return not_found(request, str(exc))
        form = await form_of(request)
        plan = load_plan(project_id)
        if plan is None:
            return await project_page(request, project_id, error="plan the script before rendering", status=400)
        renderer = str(form.get("renderer") or "animatic")
        try:
            options = {k: v for k, v in (("width", _int_field(form.get("width"), "width", 16, 4096)),
                                          ("height", _int_field(form.get("height"), "height", 16, 4096)))
                       if v is not None}
            job = await submit(project_id, plan, renderer, options)
        except DirectorError as exc:
            return await project_page(request, project_id, error=str(exc), status=400)
        return RedirectResponse(f"/jobs/{job.id}", status_code=303)

    @app.get("/jobs/{job_id}", response_class=HTMLResponse)
    def job_page(request: Request, job_id: str):
        job = store.job(_row_id(job_id))
        if job is None:
            return not_found(request, f"no job {job_id[:30]}")
        from ..timing import shot_spans

        plan = job_plan(job.id)
        spans = shot_spans(plan) if plan else []
        shots = [{"id": sp.shot_id, "number": n, "start": sp.start / plan.fps, "duration": sp.frames / plan.fps,
                  "description": s.description} for n, (sp, s) in enumerate(zip(spans, plan.shots), 1)] if plan else []
        files = [n for n in DELIVERABLES if (layout.job_dir(job.id) / n).is_file()] if job.state == "done" else []
        return page(request, "job.html", job=job, project=store.project(job.project), shots=shots, files=files,
                    final=job.state in FINAL_STATES, size=rendered_size(job), plan=plan)

    @app.post("/jobs/{job_id}/cancel")
    def cancel(request: Request, job_id: str):
        job = store.job(_row_id(job_id))
        if job is None:
            return not_found(request, f"no job {job_id[:30]}")
        queue.cancel(job.id)
        return RedirectResponse(f"/jobs/{job.id}", status_code=303)

    @app.get("/jobs/{job_id}/files/{name}")
    def download(request: Request, job_id: str, name: str):
        job = store.job(_row_id(job_id))
        if job is None or name not in DELIVERABLES:
            return not_found(request, f"no file '{name[:60]}' for job {job_id[:30]}")
        path = layout.deliverable(job.id, name)
        if not path.is_file():
            return not_found(request, f"job {job.id} has no {name} (yet)")
        # attachment: a download link saves the file (a <video> plays the same URL regardless)
        return FileResponse(path, media_type=DELIVERABLES[name], content_disposition_type="attachment",
                            filename=f"job{job.id}-{name}")

    @app.get("/jobs/{job_id}/events")
    async def events(request: Request, job_id: str):
        """Server-sent events: the job's stored events from `Last-Event-ID` on, then live ones, then `end`.

        Each task event carries `text`, the event in words (narration.py)."""
        job = await anyio.to_thread.run_sync(store.job, _row_id(job_id))
        if job is None:
            return JSONResponse({"error": f"no job {job_id[:30]}"}, status_code=404)
        after = _row_id(request.headers.get("last-event-id", "").strip()) or 0
        plan = await anyio.to_thread.run_sync(job_plan, job.id)
        numbers = {s.id: n for n, s in enumerate(plan.shots, 1)} if plan else {}

        async def stream():
            nonlocal after
            status_sent, idle = None, 0.0
            yield "retry: 1000\n\n"
            while True:
                batch = await anyio.to_thread.run_sync(store.events, job.id, after)
                for event_id, data in batch:
                    after = event_id
                    data = {**data, "text": describe(data, numbers)}
                    yield f"id: {event_id}\nevent: task\ndata: {json.dumps(data)}\n\n"
                now = await anyio.to_thread.run_sync(store.job, job.id)
                status = {"state": now.state, "progress": now.progress, "tasks_total": now.tasks_total,
                          "tasks_done": now.tasks_done, "cache_hits": now.cache_hits,
                          "queue_position": now.queue_position, "error": now.error}
                if status != status_sent:
                    status_sent = status
                    yield f"event: status\ndata: {json.dumps(status)}\n\n"
                if now.state in FINAL_STATES and not batch:
                    yield "event: end\ndata: {}\n\n"
                    return
                if await request.is_disconnected():
                    return
                if batch:
                    idle = 0.0
                else:
                    idle += SSE_POLL_S
                    if idle >= SSE_HEARTBEAT_S:
                        idle = 0.0
                        yield ": keep-alive\n\n"
                await asyncio.sleep(SSE_POLL_S)

        return StreamingResponse(stream(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    # -- JSON for scripts ---------------------------------------------------------------------------------------

    @app.get("/api/jobs")
    def api_jobs():
        return [j.as_dict() for j in store.jobs()]

    @app.get("/api/jobs/{job_id}")
    def api_job(job_id: str):
        job = store.job(_row_id(job_id))
        if job is None:
            return api_error(f"no job {job_id[:30]}", 404)
        return job.as_dict()

    @app.get("/api/jobs/{job_id}/events")
    def api_events(job_id: str, after: str = "0"):
        job = store.job(_row_id(job_id))
        if job is None:
            return api_error(f"no job {job_id[:30]}", 404)
        if not re.fullmatch(r"[0-9]{1,30}", after or ""):
            return api_error("after must be an event id (a whole number)")
        if int(after) >= MAX_ROW_ID:
            return []   # no event comes after the last id there can be
        return [{"id": i, **e} for i, e in store.events(job.id, int(after), limit=100000)]

    @app.get("/api/projects/{project_id}/plan")
    def api_plan(project_id: str):
        try:
            load_project(project_id)
        except LookupError as exc:
            return api_error(str(exc), 404)
        plan = load_plan(project_id)
        return JSONResponse(json.loads(plan.model_dump_json()) if plan else None)

    @app.get("/api/renderers")
    def api_renderers():
        """Each installed renderer and why it cannot run here (null: it can), as last checked."""
        return renderers.current()

    # Outermost first when a request arrives: token gate, same-origin check, size limit, then the routes.
    app.add_middleware(BodySizeLimit, max_bytes=max_upload_bytes, framing=FORM_FRAMING)
    app.add_middleware(SameOriginWrites)
    if token is not None:
        app.add_middleware(TokenGate, token=token)
    if allowed_hosts:
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    return app
