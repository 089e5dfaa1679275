"""The task graph: what has to be computed to turn a FilmPlan into a film, and in which order.

The graph is built from the stages' declarations (`director.stages`): each stage, in flow order, adds its tasks
through a `GraphBuilder`, reading what earlier stages provided (the plan task, each shot's final frames, …).
Each node's `task` attribute is a `Task`; its `key` hashes exactly what determines its result — the inputs'
keys, the part of the plan it reads, the code that computes it and the renderer's identity — so a re-run finds
finished work by key, and an edit invalidates only what depends on it. A shot's render tasks read only that
shot (plus its rendered length, which its neighbours' transitions set through the handles): editing one shot
re-renders that shot and the final cut, nothing else.

The graph is plain data (networkx + frozen dataclasses, picklable): executors schedule it, and
`director.task_runner.TaskRunner` computes one task.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any, Iterator

import networkx as nx

from . import stages as _stages
from .errors import DirectorError
from .hierarchy import check_frame_size
from .models import FilmPlan, Shot
from .protocols import Capabilities
from .timing import ShotSpan, shot_spans


@dataclass(frozen=True)
class Task:
    """One unit of work. `inputs` maps the ids of the tasks it reads to their keys."""

    id: str
    stage: str
    key: str
    shot: str | None = None
    level: int | None = None
    inputs: tuple[tuple[str, str], ...] = ()
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def input_key(self, task_id: str) -> str:
        return dict(self.inputs)[task_id]


@lru_cache(maxsize=None)
def _code_digest(stage_name: str, files: tuple) -> str:
    from . import __version__

    h = hashlib.sha256(f"director {__version__} {stage_name}".encode())
    for path in files:
        for f in (sorted(path.rglob("*")) if path.is_dir() else [path]):
            h.update(f.name.encode())
            h.update(f.read_bytes() if f.is_file() else b"<missing>")
    return h.hexdigest()[:16]


@lru_cache(maxsize=None)
def _code_files(stage: "_stages.Stage") -> tuple:
    return tuple(stage.code_files())


def code_version(stage: "_stages.Stage | str") -> str:
    """Hash of the director version and the source files that compute `stage` (missing files count too)."""
    stage = _stages.get(stage) if isinstance(stage, str) else stage
    return _code_digest(stage.name, _code_files(stage))   # once per stage: a feature's graph asks 10,000 times


def task_key(stage: "_stages.Stage | str", **parts: Any) -> str:
    """Content key: SHA-256 of canonical JSON of the stage, its code version and `parts`."""
    name = stage if isinstance(stage, str) else stage.name
    blob = json.dumps({"stage": name, "code": code_version(stage), **parts}, sort_keys=True,
                      separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


class GraphBuilder:
    """What a stage's `declare` sees: the plan, the renderer's identity and capabilities, the job's options,
    the tasks earlier stages provided (`product`), and `add` to put its own tasks in the graph."""

    def __init__(self, plan: FilmPlan, renderer_identity: str, capabilities: Capabilities,
                 options: dict[str, Any]):
        self.plan = plan
        self.renderer_identity = renderer_identity
        self.capabilities = capabilities
        self.options = options
        self.graph = nx.DiGraph()
        self._products: dict[str, Any] = {}

    @cached_property
    def plan_json(self) -> dict[str, Any]:
        """The plan as JSON data, made on first use: seconds for a feature (hash a part's `model_dump_json()`
        where a key needs only that part)."""
        return self.plan.model_dump(mode="json")

    @cached_property
    def spans(self) -> list[ShotSpan]:
        return shot_spans(self.plan)

    def shots(self) -> Iterator[tuple[Shot, ShotSpan]]:
        """Each shot with its rendered span (handles included), in plan order."""
        return zip(self.plan.shots, self.spans)

    def add(self, stage: "_stages.Stage", task_id: str, key: dict[str, Any], inputs: tuple[Task, ...] = (),
            shot: str | None = None, level: int | None = None, params: dict[str, Any] | None = None) -> Task:
        """Add a task of `stage` reading `inputs`; `key` holds what decides its result besides its code."""
        task = Task(task_id, stage.name, task_key(stage, **key), shot=shot, level=level,
                    inputs=tuple((t.id, t.key) for t in inputs), params=dict(params or {}))
        if task_id in self.graph:
            raise DirectorError(f"stage {stage.name}: task id {task_id} is declared twice")
        self.graph.add_node(task_id, task=task)
        for dep in inputs:
            self.graph.add_edge(dep.id, task_id)
        return task

    def provide(self, name: str, value: Any) -> None:
        """Offer tasks to later stages under a documented name (see each stage's module)."""
        self._products[name] = value

    def product(self, name: str) -> Any:
        if name not in self._products:
            raise DirectorError(f"no stage provides '{name}' (provided: {', '.join(sorted(self._products))})")
        return self._products[name]


def build_graph(plan: FilmPlan, *, renderer_identity: str, capabilities: Capabilities,
                **options: Any) -> nx.DiGraph:
    """The DAG for rendering `plan` with a renderer of the given identity and capabilities.

    `options` are the job's (`shot_videos`, `burn_subtitles`, `storyboard`, …): a stage whose `option` is
    false is left out.
    """
    check_frame_size(plan.width, plan.height, capabilities, "/".join(renderer_identity.split("/")[:2]))
    builder = GraphBuilder(plan, renderer_identity, capabilities, options)
    for stage in _stages.all_stages():
        if stage.enabled(options):
            stage.declare(builder)
    assert nx.is_directed_acyclic_graph(builder.graph)
    return _shot_by_shot(builder.graph, [s.id for s in plan.shots])


def _shot_by_shot(graph: nx.DiGraph, shot_ids: list[str]) -> nx.DiGraph:
    """The same graph with its nodes in priority order — executors start ready tasks in node order: a shot's
    tasks together, shots in plan order, so a long film's first shots finish early and an interrupted job has
    whole shots to reuse. A task of no shot goes with the first shot that needs it (the plan, before the
    first shot), or after every shot when no shot needs it (the film, subtitles, …)."""
    shot_rank = {s: i for i, s in enumerate(shot_ids)}
    declared = {n: i for i, n in enumerate(graph.nodes)}
    topo = {n: i for i, n in enumerate(nx.lexicographical_topological_sort(graph, key=declared.__getitem__))}
    rank: dict[str, int] = {}
    for node in reversed(list(topo)):
        shot = graph.nodes[node]["task"].shot
        rank[node] = shot_rank[shot] if shot in shot_rank else min(
            (rank[c] for c in graph.successors(node)), default=len(shot_ids))
    ordered = nx.DiGraph()
    ordered.add_nodes_from(sorted(graph.nodes(data=True), key=lambda item: (rank[item[0]], topo[item[0]])))
    ordered.add_edges_from(graph.edges)
    return ordered


def tasks(graph: nx.DiGraph) -> list[Task]:
    """Every task in a dependency-respecting order."""
    return [graph.nodes[n]["task"] for n in nx.topological_sort(graph)]


def stage_totals(graph: nx.DiGraph) -> dict[str, int]:
    """Tasks per stage, in flow order, stages without tasks left out."""
    counts = {s: 0 for s in _stages.names()}
    for n in graph.nodes:
        counts[graph.nodes[n]["task"].stage] += 1
    return {s: c for s, c in counts.items() if c}
