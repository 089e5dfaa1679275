"""The plan: the FilmPlan every other stage reads, installed as plan.json.

Provides `plan` (its task). Its key hashes the whole plan, so any edit gives a new plan.json; the stages
after it hash only the parts they read, so an edit re-renders only what it touches.
"""
from __future__ import annotations

from .. import stages


class PlanStage(stages.Stage):
    name = "plan"
    code = ("models.py",)
    outputs = (stages.Output("plan.json", "plan.json"),)

    def declare(self, graph) -> None:
        graph.provide("plan", graph.add(self, "plan", {"plan": graph.plan.model_dump_json()}))

    def compute(self, task, run, out) -> None:
        out.write_text("plan.json", run.plan.model_dump_json(indent=2) + "\n")
