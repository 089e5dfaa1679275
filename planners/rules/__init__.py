"""The rules planner: the offline default, the LLM planner's fallback and the baseline it must beat.

    from planners.rules import RulesPlanner
    plan = RulesPlanner(fps=24).plan(script)

Modules, in the order data flows: `lexicon` (words) → `bible` (entities) → `grammar` (shots, durations,
transitions, who is where in a scene) → `syntax` (sentences into clauses) → `language` (what a shot's text says)
→ `staging` (boxes, poses, scene graphs) → `planner`.
"""
from .planner import RulesPlanner, keyframe_times, shot_seed

__all__ = ["RulesPlanner", "keyframe_times", "shot_seed"]
