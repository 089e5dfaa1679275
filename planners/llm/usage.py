"""What the LLM planner spent: calls, tokens, cost, cache hits, retries, repairs and fallbacks, per stage.

The pipeline writes `Usage.as_dict()` into manifest.json under "planner", so a user can see what a plan cost
and which shots the model could not lay out (those came from the rules planner).
"""
from __future__ import annotations

import threading
from dataclasses import asdict, dataclass, field


@dataclass
class StageUsage:
    calls: int = 0            # HTTP requests that returned an answer (retries not included)
    cache_hits: int = 0       # answers served from the disk cache: no request made
    tokens_in: int = 0
    tokens_out: int = 0
    retries: int = 0          # requests repeated after 429 / 5xx / timeouts
    repairs: int = 0          # repair turns: an answer's problems sent back to the model
    repaired_json: int = 0    # answers whose JSON had to be extracted from prose or closed after truncation
    cost_usd: float = 0.0


@dataclass
class Fallback:
    stage: str
    target: str               # a shot id, a scene index ("scene 3") or "film"
    reason: str


@dataclass
class Usage:
    model: str = ""
    base_url: str = ""
    stages: dict[str, StageUsage] = field(default_factory=dict)
    fallbacks: list[Fallback] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def stage(self, name: str) -> StageUsage:
        with self._lock:
            return self.stages.setdefault(name, StageUsage())

    def add(self, stage: str, **amounts) -> None:
        with self._lock:
            s = self.stages.setdefault(stage, StageUsage())
            for key, value in amounts.items():
                setattr(s, key, getattr(s, key) + value)

    def fallback(self, stage: str, target: str, reason: str) -> None:
        with self._lock:
            self.fallbacks.append(Fallback(stage, target, reason))

    def note(self, text: str) -> None:
        with self._lock:
            if text not in self.notes:
                self.notes.append(text)

    @property
    def calls(self) -> int:
        return sum(s.calls for s in self.stages.values())

    @property
    def cache_hits(self) -> int:
        return sum(s.cache_hits for s in self.stages.values())

    def as_dict(self) -> dict:
        """JSON-ready summary for manifest.json["planner"] (stages in the order they ran)."""
        stages = {name: asdict(s) for name, s in self.stages.items()}
        for s in stages.values():
            s["cost_usd"] = round(s["cost_usd"], 6)
        return {
            "name": "llm",
            "model": self.model,
            "base_url": self.base_url,
            "calls": self.calls,
            "cache_hits": self.cache_hits,
            "tokens_in": sum(s.tokens_in for s in self.stages.values()),
            "tokens_out": sum(s.tokens_out for s in self.stages.values()),
            "estimated_cost_usd": round(sum(s.cost_usd for s in self.stages.values()), 6),
            "stages": stages,
            "fallbacks": [asdict(f) for f in self.fallbacks],
            "notes": list(self.notes),
        }
