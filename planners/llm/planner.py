"""The LLM planner: a script becomes a FilmPlan in three stages, like VideoDirectorGPT.

1. scene -> shots: camera, duration, entities in view and which dialogue lines each shot carries
   (one request per scene, or per part of a scene too long for the context budget);
2. film -> entity bible: one consistent description per character and prop (one request, or a few);
3. shot -> keyframe layouts and scene graph: boxes per keyframe with explicit absence, a pose per person
   (turned into COCO-18 keypoints by `director.poses`), relations in time (one request per shot).

Requests of a stage are independent and run concurrently. Every answer is checked against its schema and,
for layouts, `director.layout.validate`; problems go back to the model in repair turns (bounded), and what
still fails comes from the rules planner for that scene or shot only, recorded in `report["fallbacks"]`.
The model decides what needs judgement; ids, frame-exact times, dialogue timing, keypoints and seeds are
computed here, so a weak model has fewer ways to fail.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError

from director.errors import DirectorError
from director.limits import safe_id
from director.models import (
    Background, Camera, DialogueElement, Entity, FilmPlan, GraphEdge, Keyframe, PlanScene, SceneObject, Script,
    Shot, ShotDialogue, TextElement, Transition,
)
from director.parsing.headings import fold

from . import tokens
from .answers import Bible, POSES, ShotLayout, ShotList, response_schema
from .client import ChatClient, RequestRejected
from .config import LLMConfig, load_config
from .extract import NoJSON, extract_json
from .scenes import ScenePart, split_scene
from .templates import Prompts
from .usage import Usage

WORDS_PER_SECOND = 2.5          # speaking pace used to time dialogue inside a shot
LINE_GAP = 0.25                 # seconds of breath before each line
MIN_SHOT_SECONDS = 1.0
ACTION_SECONDS = 1.5            # a shot whose duration the model left out: this plus reading time of its text
MIN_KEYFRAME_FRAMES = 9         # a shot needs distinct frames for its 6-9 keyframes
TRANSITION_SECONDS = {"dissolve": 0.5, "wipe": 0.5, "fade": 1.0, "dip_to_white": 0.5}
CROSS_SHOT_PROBLEMS = {"transition_too_long", "transition_direction", "duplicate_shot", "duplicate_entity"}


def slug(name: str) -> str:
    """A safe ASCII id for a name in any script, the rules planner's ids: 'José' → 'jose', '田中' → 'tianzhong',
    'ジョン' → 'jiyon'; ids name files, so they match director.limits.ID_PATTERN whatever the name."""
    return safe_id(name, "entity")


def name_key(name: str) -> str:
    """Which name a spelling is: 'JOSÉ', 'José' and 'Jose' are one; '李明' and '黎明' (both 'liming') are two."""
    return re.sub(r"[\W_]+", "", fold(name)) or slug(name)


def _ids_for(names: list[str], taken: set[str] | None = None) -> dict[str, str]:
    """name key → id: the name's slug, numbered where another name already has it ('liming', 'liming_2')."""
    out: dict[str, str] = {}
    used = set(taken or ())
    for n in names:
        key = name_key(n)
        if key in out:
            continue
        base = slug(n)
        eid, k = base, 1
        while eid in used:
            k += 1
            eid = f"{base}_{k}"
        out[key] = eid
        used.add(eid)
    return out


def shot_seed(film_seed: int, shot_id: str) -> int:
    """Stable across runs and machines (Python's hash() is salted per process)."""
    return int(hashlib.sha256(f"{film_seed}:{shot_id}".encode()).hexdigest()[:8], 16)


@dataclass
class _Draft:
    """A shot between stage 1 and stage 3: what the model chose plus what the planner computed."""

    shot: Shot
    names: list[str]                       # entity names the shot list gave (resolved to ids after the bible)
    part: ScenePart
    entity_ids: list[str] = field(default_factory=list)


class LLMPlanner:
    """`director plan --planner llm`: any OpenAI-compatible chat model through langchain-openai."""

    name = "llm"

    def __init__(self, **options: Any):
        self.config: LLMConfig = load_config(options)
        self.config.require_configured()
        self.usage = Usage(model=self.config.model or "", base_url=self.config.base_url or "https://api.openai.com/v1")
        self.prompts = Prompts(self.config.prompts_dir)
        self._client: ChatClient | None = None
        self._entities_lock = threading.Lock()   # rules fallbacks add entities from worker threads

    @property
    def report(self) -> dict:
        """Calls, tokens in/out and estimated cost per stage, cache hits and fallbacks: manifest["planner"]."""
        return self.usage.as_dict()

    @property
    def identity(self) -> str:
        """What makes this planner's plans differ beyond its options: model, server, sampling and prompts.

        Settings may come from the environment or a config file, which a caller hashing only the options it
        passed would miss; a plan cache should include this string in its key.
        """
        cfg = self.config
        prompts = self.prompts.fingerprint()
        return (f"llm:{cfg.model}@{cfg.base_url or 'https://api.openai.com/v1'}:t={cfg.temperature}:"
                f"max_tokens={cfg.max_tokens}:repairs={cfg.repair_rounds}:budget={cfg.context_budget}:"
                f"prompts={prompts}")

    @property
    def client(self) -> ChatClient:
        if self._client is None:
            self._client = ChatClient(self.config, self.usage)
        return self._client

    # ----------------------------------------------------------------------------------------------------------
    def plan(self, script: Script, config: dict[str, Any] | None = None) -> FilmPlan:
        cfg = self.config
        for key in ("fps", "width", "height", "seed"):
            if config and config.get(key) is not None:
                setattr(cfg, key, int(config[key]))
        if config and config.get("style") is not None:
            cfg.style = str(config["style"])
        plan = FilmPlan(
            title=script.title_page.get("title", "").split("\n")[0].strip() or "Untitled",
            fps=cfg.fps, width=cfg.width, height=cfg.height, style=cfg.style, title_page=dict(script.title_page),
            scenes=[PlanScene(index=i, number=s.number, heading=s.heading) for i, s in enumerate(script.scenes, 1)],
        )
        drafts_by_scene = self._run(self._shot_list, list(enumerate(script.scenes, 1)), script=script, plan=plan)
        drafts = [d for scene_drafts in drafts_by_scene for d in scene_drafts if isinstance(d, _Draft)]
        adopted = list(plan.entities)        # brought in by scenes the rules planner had to plan
        bible = self._bible(script, drafts, plan)
        ids = {e.id for e in bible}
        plan.entities = bible + [e for e in adopted if e.id not in ids]
        self._resolve_entities(drafts, plan)
        layouts = self._run(self._layout, drafts, script=script, plan=plan)
        position = {id(d): i for i, d in enumerate(drafts)}

        shots: list[Shot] = []
        for scene_drafts in drafts_by_scene:
            for item in scene_drafts:
                shots.extend(layouts[position[id(item)]] if isinstance(item, _Draft) else item[0])
        plan.shots = shots
        self._number_and_time(plan)
        return plan

    def _run(self, fn, items, **kw) -> list:
        """`fn(item)` for each item, `concurrency` at a time, results in order; the first error stops the rest."""
        if not items:
            return []
        workers = max(1, min(self.config.concurrency, len(items)))
        if workers == 1:
            return [fn(item, **kw) for item in items]
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="llm") as pool:
            futures = [pool.submit(fn, item, **kw) for item in items]
            try:
                return [f.result() for f in futures]
            except BaseException:
                for f in futures:
                    f.cancel()
                raise

    # ----------------------------------------------------------------------------------------------------------
    # The request/repair loop shared by every stage
    # ----------------------------------------------------------------------------------------------------------
    def _ask(self, stage: str, messages: list[dict], answer_model: type[BaseModel], check) -> tuple[Any, list[str]]:
        """(answer, []) once an answer passes its schema and `check`, or (None, last problems) after the repairs."""
        schema = response_schema(answer_model)
        problems: list[str] = []
        for round_ in range(self.config.repair_rounds + 1):
            try:
                answer = self.client.complete(stage, messages, schema, answer_model.__name__)
            except RequestRejected as exc:
                return None, [str(exc)]
            value, problems = self._read(stage, answer.text, answer.finish_reason, answer_model)
            if value is not None:
                problems = check(value)
                if not problems:
                    return value, []
            if round_ == self.config.repair_rounds:
                break
            self.usage.add(stage, repairs=1)
            messages = messages + [{"role": "assistant", "content": answer.text},
                                   self.prompts.repair(problems[:20], stage)]
        return None, problems

    def _read(self, stage, text, finish_reason, answer_model):
        try:
            data, repaired = extract_json(text)
        except NoJSON as exc:
            cut = " (the answer was cut off: keep it shorter)" if finish_reason == "length" else ""
            return None, [f"{exc}{cut}; answer with one JSON object"]
        if repaired:
            self.usage.add(stage, repaired_json=1)
        required = [n for n, f in answer_model.model_fields.items() if f.is_required()]
        if isinstance(data, list) and len(required) == 1:
            data = {required[0]: data}      # a bare list of shots/entities/keyframes: the one thing asked for
        if not isinstance(data, dict):
            return None, ["the answer must be a JSON object, not a list or a value"]
        try:
            return answer_model.model_validate(data), []
        except ValidationError as exc:
            return None, [_schema_problem(err) for err in exc.errors()[:20]]

    # ----------------------------------------------------------------------------------------------------------
    # Stage 1: scene -> shots
    # ----------------------------------------------------------------------------------------------------------
    def _shot_list(self, item, script: Script, plan: FilmPlan) -> list:
        index, scene = item
        schema = json.dumps(response_schema(ShotList))
        base = tokens.count_messages(self.prompts.stage("shots", schema=schema, input_json="{}", part=1, parts=1))
        budget = max(200, self.config.context_budget - base)
        parts = split_scene(index, scene, tokens.count, budget)
        out: list = []
        for part in parts:
            messages = self.prompts.stage("shots", schema=schema, input_json=part.input_json(),
                                          part=part.part, parts=part.parts)
            answer, problems = self._ask("shots", messages, ShotList, lambda a, p=part: _check_shot_list(a, p))
            if answer is None:
                where = f"scene {index}" + (f" part {part.part}/{part.parts}" if part.parts > 1 else "")
                self.usage.fallback("shots", where, "; ".join(problems[:3]))
                out.append((self._rules_scene(script, part, plan), where))
                continue
            for planned in answer.shots:
                out.append(self._draft(planned, part, plan))
        return out

    def _draft(self, planned, part: ScenePart, plan: FilmPlan) -> _Draft:
        scene = part.scene
        dialogue, t = [], LINE_GAP
        for i in planned.dialogue:
            line = part.dialogue[i]
            need = max(1.0, len(line.text.split()) / WORDS_PER_SECOND)
            paren = next((d.text for d in line.element.lines if d.kind == "parenthetical"), None)
            dialogue.append(ShotDialogue(character=line.character, text=line.text, start=round(t, 4),
                                         end=round(t + need, 4), extension=line.element.extension,
                                         parenthetical=paren))
            t += need + LINE_GAP
        wanted = planned.duration or ACTION_SECONDS + len(planned.description.split()) / WORDS_PER_SECOND
        duration = max(wanted, t, MIN_SHOT_SECONDS, MIN_KEYFRAME_FRAMES / plan.fps)
        tr = Transition(type=planned.transition_in, duration=TRANSITION_SECONDS.get(planned.transition_in, 0.0),
                        direction="left" if planned.transition_in == "wipe" else None)
        shot = Shot(
            id="pending", scene=part.scene_index, description=planned.description.strip(),
            duration=_whole_frames(duration, plan.fps, ceil=True), camera=planned.camera, transition_in=tr,
            background=Background(int_ext=scene.int_ext, location=scene.location, time_of_day=scene.time_of_day,
                                  description=scene.heading or ""),
            dialogue=dialogue,
        )
        names = list(dict.fromkeys([n for n in planned.entities if n.strip()] + [d.character for d in dialogue]))
        return _Draft(shot, names, part)

    # ----------------------------------------------------------------------------------------------------------
    # Stage 2: film -> entity bible
    # ----------------------------------------------------------------------------------------------------------
    def _bible(self, script: Script, drafts: list[_Draft], plan: FilmPlan) -> list[Entity]:
        names: dict[str, str] = {}           # name key -> first spelling
        speakers: set[str] = set()
        for d in drafts:
            for n in d.names:
                names.setdefault(name_key(n), n.strip())
            speakers.update(name_key(x.character) for x in d.shot.dialogue)
        ids = _ids_for(list(names.values()))
        if not names:
            entities: list[Entity] = []
        else:
            contexts = _contexts(script, list(names.values()))
            entries = [{"name": n, "context": contexts.get(n, "")} for n in names.values()]
            schema = json.dumps(response_schema(Bible))
            base = tokens.count_messages(self.prompts.stage("bible", schema=schema, input_json="{}"))
            budget = max(200, self.config.context_budget - base)
            chunks, used = [[]], 0
            for e in entries:
                price = tokens.count(json.dumps(e)) + 2
                if chunks[-1] and used + price > budget:
                    chunks.append([])
                    used = 0
                chunks[-1].append(e)
                used += price
            answers = self._run(self._bible_chunk, chunks, title=plan.title)
            described = {}
            for chunk_answer in answers:
                for entry in chunk_answer:
                    described.setdefault(name_key(entry.name), entry)
            entities = []
            for key, name in names.items():
                entry = described.get(key)
                if entry is None:
                    kind = "person" if key in speakers or name.isupper() else "object"
                    entities.append(Entity(id=ids[key], name=name, kind=kind))
                else:
                    kind = entry.kind.strip().lower() or "object"
                    entities.append(Entity(id=ids[key], name=name, kind=kind,
                                           description=entry.description.strip()))
        return entities

    def _bible_chunk(self, chunk: list[dict], title: str):
        schema = json.dumps(response_schema(Bible))
        messages = self.prompts.stage("bible", schema=schema,
                                      input_json=json.dumps({"title": title, "names": chunk}, ensure_ascii=False))
        wanted = {name_key(e["name"]) for e in chunk}

        def check(answer: Bible) -> list[str]:
            got = {name_key(e.name) for e in answer.entities}
            return [f"no entry for '{e['name']}'; add one with that exact name" for e in chunk
                    if name_key(e["name"]) not in got]

        answer, problems = self._ask("bible", messages, Bible, check)
        if answer is None:
            self.usage.fallback("bible", ", ".join(e["name"] for e in chunk)[:200],
                                "; ".join(problems[:3]) + " (plain entries used)")
            return []
        return [e for e in answer.entities if name_key(e.name) in wanted]

    def _resolve_entities(self, drafts: list[_Draft], plan: FilmPlan) -> None:
        by_name = {name_key(e.name): e.id for e in plan.entities}
        for d in drafts:
            d.entity_ids = [i for i in dict.fromkeys(by_name.get(name_key(n)) for n in d.names) if i]

    # ----------------------------------------------------------------------------------------------------------
    # Stage 3: shot -> keyframe layouts and scene graph
    # ----------------------------------------------------------------------------------------------------------
    def _layout(self, draft: _Draft, script: Script, plan: FilmPlan) -> list[Shot]:
        shot = draft.shot
        times = keyframe_times(shot.duration, plan.fps)
        entities = {e.id: e for e in plan.entities}
        shown = [{"id": i, "kind": entities[i].kind, "description": entities[i].description or entities[i].name}
                 for i in draft.entity_ids]
        payload = {"description": shot.description, "camera": shot.camera.model_dump(), "duration": shot.duration,
                   "times": [round(t, 4) for t in times], "entities": shown}   # exact times are kept here
        if shot.dialogue:
            payload["dialogue"] = [f"{d.character}: {d.text}" for d in shot.dialogue]
        messages = self.prompts.stage("layout", schema=json.dumps(response_schema(ShotLayout)),
                                      input_json=json.dumps(payload, ensure_ascii=False),
                                      example_tokens=self._example_tokens())
        built: dict[str, Shot] = {}

        def check(answer: ShotLayout) -> list[str]:
            if len(answer.keyframes) != len(times):
                return [f"give exactly {len(times)} keyframes, one per time in 'times' {[round(t, 4) for t in times]}; "
                        f"the answer has {len(answer.keyframes)}"]
            candidate = self._build_shot(shot, answer, times, entities, plan)
            problems = _shot_problems(candidate, plan)
            if not problems:
                built["shot"] = candidate
            return problems

        answer, problems = self._ask("layout", messages, ShotLayout, check)
        if answer is not None:
            return [built["shot"]]
        self.usage.fallback("layout", f"scene {shot.scene}: {shot.description[:60]}", "; ".join(problems[:3]))
        return self._rules_shot(script, draft, plan)

    def _build_shot(self, shot: Shot, answer: ShotLayout, times: list[float], entities: dict[str, Entity],
                    plan: FilmPlan) -> Shot:
        from director import poses

        by_name = {name_key(e.name): e.id for e in entities.values()}
        keyframes = []
        for i, (t, kf) in enumerate(zip(times, answer.keyframes)):
            objects = []
            for obj in kf.objects:
                eid = obj.entity if obj.entity in entities else by_name.get(name_key(obj.entity), obj.entity)
                box = tuple(float(v) for v in obj.box)
                keypoints = None
                entity = entities.get(eid)
                if entity is not None and entity.kind == "person" and _box_ok(box):
                    pose = obj.pose if obj.pose in POSES else "stand"
                    keypoints = poses.keypoints(pose, box, obj.facing or "front", phase=i)
                objects.append(SceneObject(entity=eid, box=box, keypoints=keypoints))
            keyframes.append(Keyframe(t=t, prompt=kf.prompt.strip() or shot.description, objects=objects))
        graph = []
        for e in answer.scene_graph:
            subject = e.subject if e.subject in entities else by_name.get(name_key(e.subject), e.subject)
            obj = e.object if e.object in entities else by_name.get(name_key(e.object), e.object)
            start, end = max(0.0, e.start), min(shot.duration, e.end if e.end > 0 else shot.duration)
            start, end = min(round(start, 4), shot.duration), min(round(max(start, end), 4), shot.duration)
            graph.append(GraphEdge(subject=subject, predicate=e.predicate.strip() or "with", object=obj,
                                   start=start, end=end))
        return shot.model_copy(update={"keyframes": keyframes, "scene_graph": graph})

    _tokens_cache: str | None = None

    def _example_tokens(self) -> str:
        """The layout example in the project's layout-token form (so prompts teach both notations)."""
        if LLMPlanner._tokens_cache is None:
            try:
                from director.layout import to_layout_tokens
                LLMPlanner._tokens_cache = to_layout_tokens(_example_shot())
            except Exception:   # the layout module may be an older version without tokens
                LLMPlanner._tokens_cache = ""
        return LLMPlanner._tokens_cache

    # ----------------------------------------------------------------------------------------------------------
    # Rules fallback: one scene or one shot at a time
    # ----------------------------------------------------------------------------------------------------------
    def _rules(self):
        from director import registry

        return registry.load("planner", "rules", seed=self.config.seed)

    def _rules_plan(self, script: Script, scene, plan: FilmPlan) -> FilmPlan:
        mini = Script(title_page=script.title_page, scenes=[scene], source=script.source)
        return self._rules().plan(mini, {"fps": plan.fps, "width": plan.width, "height": plan.height,
                                         "seed": self.config.seed, "style": plan.style})

    def _rules_scene(self, script: Script, part: ScenePart, plan: FilmPlan) -> list[Shot]:
        scene = part.scene.model_copy(update={"elements": part.elements} if part.parts > 1 else {})
        return self._adopt(self._rules_plan(script, scene, plan), part.scene_index, plan)

    def _rules_shot(self, script: Script, draft: _Draft, plan: FilmPlan) -> list[Shot]:
        elements = [TextElement(type="action", text=draft.shot.description)]
        for d in draft.shot.dialogue:
            elements.append(DialogueElement(character=d.character, lines=[{"kind": "speech", "text": d.text}]))
        scene = draft.part.scene.model_copy(update={"elements": elements})
        shots = self._adopt(self._rules_plan(script, scene, plan), draft.shot.scene, plan)
        if shots:
            shots[0] = shots[0].model_copy(update={"transition_in": draft.shot.transition_in,
                                                   "camera": draft.shot.camera})
        return shots

    def _adopt(self, rules_plan: FilmPlan, scene_index: int, plan: FilmPlan) -> list[Shot]:
        """Take the rules planner's shots into this plan: entities matched by name, new ones added."""
        rename: dict[str, str] = {}
        with self._entities_lock:
            by_name = {name_key(e.name): e.id for e in plan.entities}
            ids = {e.id for e in plan.entities}
            for e in rules_plan.entities:
                mine = by_name.get(name_key(e.name))        # one name, one entity; '李明' and '黎明' stay two
                if mine is None:
                    new_id = e.id
                    n = 2
                    while new_id in ids:
                        new_id, n = f"{e.id}_{n}", n + 1
                    plan.entities.append(e.model_copy(update={"id": new_id}))
                    ids.add(new_id)
                    by_name[name_key(e.name)] = new_id
                    mine = new_id
                rename[e.id] = mine
        out = []
        for s in rules_plan.shots:
            kfs = [k.model_copy(update={"objects": [o.model_copy(update={"entity": rename.get(o.entity, o.entity)})
                                                    for o in k.objects]}) for k in s.keyframes]
            graph = [g.model_copy(update={"subject": rename.get(g.subject, g.subject),
                                          "object": rename.get(g.object, g.object)}) for g in s.scene_graph]
            out.append(s.model_copy(update={"scene": scene_index, "keyframes": kfs, "scene_graph": graph}))
        return out

    # ----------------------------------------------------------------------------------------------------------
    def _number_and_time(self, plan: FilmPlan) -> None:
        """Readable stable ids (sc003_sh02), seeds from them, and transitions that fit their neighbours."""
        counters: dict[int, int] = {}
        shots = []
        for i, s in enumerate(plan.shots):
            counters[s.scene] = counters.get(s.scene, 0) + 1
            sid = f"sc{s.scene:03d}_sh{counters[s.scene]:02d}"
            tr = s.transition_in
            if tr.type != "cut":
                limit = min([s.duration] + ([plan.shots[i - 1].duration] if i else [])) / 2
                dur = min(tr.duration, _whole_frames(limit * 0.8, plan.fps, floor=True))
                tr = tr.model_copy(update={"duration": dur} if dur > 0 else {"type": "cut", "duration": 0.0})
            shots.append(s.model_copy(update={"id": sid, "seed": shot_seed(self.config.seed, sid),
                                              "transition_in": tr}))
        plan.shots = shots


class AutoPlanner:
    """`--planner auto`: the LLM planner when one is configured, else the rules planner — and it says which."""

    name = "auto"

    def __init__(self, **options: Any):
        cfg = load_config(options)
        if cfg.configured:
            self.chosen: Any = LLMPlanner(**options)
            self.reason = f"LLM configured (model {cfg.model})"
        else:
            from director import registry

            self.chosen = registry.load("planner", "rules", **options)
            self.reason = "no LLM configured (set OPENAI_MODEL and OPENAI_BASE_URL or OPENAI_API_KEY to use one)"
        print(f"director: planner auto -> {self.chosen.name}: {self.reason}", file=sys.stderr)

    @property
    def report(self) -> dict:
        inner = getattr(self.chosen, "report", None) or {"name": self.chosen.name}
        return {**inner, "auto": {"chose": self.chosen.name, "reason": self.reason}}

    def plan(self, script: Script, config: dict[str, Any] | None = None) -> FilmPlan:
        return self.chosen.plan(script, config)


# --------------------------------------------------------------------------------------------------------------
# Checks and arithmetic
# --------------------------------------------------------------------------------------------------------------
def _whole_frames(seconds: float, fps: int, floor: bool = False, ceil: bool = False) -> float:
    """`seconds` on the frame grid (durations are whole frames so frame accounting is exact)."""
    exact = seconds * fps
    n = math.floor(exact + 1e-9) if floor else math.ceil(exact - 1e-9) if ceil else round(exact)
    return max(0 if floor else 1, n) / fps


def keyframe_times(duration: float, fps: int) -> list[float]:
    """6-9 frame-exact times from the first to the last frame of the shot, about one per second."""
    from director.layout import MAX_KEYFRAMES, MIN_KEYFRAMES

    frames = max(1, round(duration * fps))
    k = max(MIN_KEYFRAMES, min(MAX_KEYFRAMES, round(duration) + 1, frames))
    return [round(i * (frames - 1) / (k - 1)) / fps for i in range(k)]   # exact n/fps: on the frame grid


def _box_ok(box) -> bool:
    x0, y0, x1, y1 = box
    return 0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1


def _check_shot_list(answer: ShotList, part: ScenePart) -> list[str]:
    n = len(part.dialogue)
    seen: list[int] = []
    problems = []
    for s, shot in enumerate(answer.shots):
        for i in shot.dialogue:
            if not 0 <= i < n:
                problems.append(f"shot {s} lists dialogue line {i}, but the lines are numbered 0..{n - 1}"
                                if n else f"shot {s} lists dialogue line {i}, but this scene has no dialogue; "
                                "leave 'dialogue' empty")
            elif i in seen:
                problems.append(f"dialogue line {i} appears in two shots; put each line in exactly one shot")
            else:
                seen.append(i)
    for i in range(n):
        if i not in seen:
            line = part.dialogue[i]
            problems.append(f"dialogue line {i} ({line.character}: \"{line.text[:40]}\") is in no shot; "
                            f"add {i} to the 'dialogue' list of the shot where it is spoken")
    if seen != sorted(seen):
        problems.append(f"dialogue lines must stay in script order across shots, got {seen}")
    return problems


def _shot_problems(shot: Shot, plan: FilmPlan) -> list[str]:
    from director.layout import validate

    probe = plan.model_copy(update={"shots": [shot.model_copy(update={"id": "this_shot"})]})
    return [p.message.replace("this_shot", "the shot") for p in validate(probe)
            if p.code not in CROSS_SHOT_PROBLEMS and p.shot == "this_shot"]


def _schema_problem(err: dict) -> str:
    where = ".".join(str(x) for x in err.get("loc", ())) or "the answer"
    return f"{where}: {err.get('msg', 'invalid')}"


def _contexts(script: Script, names: list[str]) -> dict[str, str]:
    """For each name, the first action sentence that mentions it (how the script introduces it)."""
    wanted = {n: re.compile(r"\b" + re.escape(n) + r"\b", re.I) for n in names}
    found: dict[str, str] = {}
    for scene in script.scenes:
        for el in scene.elements:
            if isinstance(el, TextElement) and el.type == "action":
                for n, rx in wanted.items():
                    if n not in found:
                        m = rx.search(el.text)
                        if m:
                            found[n] = el.text[max(0, m.start() - 60): m.end() + 160].replace("\n", " ")
        if len(found) == len(names):
            break
    return found


def _example_shot() -> Shot:
    """The layout prompt's in-context example as a Shot, to show it in layout tokens too. No keypoints: the model
    names a pose and `director.poses` draws the skeleton, so the prompt spends no tokens on joint numbers."""
    boxes = [(0.2, 0.25, 0.42, 1.0), (0.3, 0.2, 0.52, 0.95), (0.4, 0.15, 0.62, 0.9), (0.5, 0.1, 0.72, 0.85)]
    lantern = [(0.38, 0.3, 0.45, 0.42), (0.48, 0.25, 0.55, 0.37), (0.58, 0.2, 0.65, 0.32), (0.68, 0.15, 0.75, 0.27)]
    prompts = ["Mara starts up the stairs, lantern raised", "Mara climbs", "Mara pauses and mutters", "Mara climbs on"]
    kfs = [Keyframe(t=t, prompt=p, objects=[SceneObject(entity="mara", box=b), SceneObject(entity="lantern", box=l)])
           for t, b, l, p in zip([0.0, 1.5, 3.0, 4.458333], boxes, lantern, prompts)]
    return Shot(id="example", scene=1, duration=4.5, camera=Camera(size="MS", movement="tracking"), keyframes=kfs)
