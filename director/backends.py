"""`director backends`: what is installed, found the same way the pipeline finds it (entry points).

A backend that cannot be loaded here (a missing extra, a model option it needs to start) is listed with the
reason rather than hidden, so a user sees both what they have and what it would take to use the rest.

Readiness (`renderer_ready`) goes one step further without loading a model: a renderer may define `ready()`, a
cheap check (is the checkpoint on disk, or in the local hub cache?) that returns why it cannot run here, or
None. The studio asks it before it queues a render, so a job that could only fail is never queued.
"""
from __future__ import annotations

from typing import Any

from .errors import DirectorError
from .registry import available


def describe_backends(names: list[str] | None = None) -> dict[str, dict[str, dict[str, Any]]]:
    """{"planners": {name: info}, "renderers": {name: info}}; a renderer's info has its capabilities.

    `names` limits the listing (a renderer is instantiated to ask its capabilities, which for a model-based
    one means importing its framework: seconds).
    """
    out: dict[str, dict[str, dict[str, Any]]] = {"planners": {}, "renderers": {}}
    wanted = set(names or [])
    for name, ep in sorted(available("planner").items()):
        if wanted and name not in wanted:
            continue
        info: dict[str, Any] = {"entry_point": ep.value, "package": _dist(ep)}
        try:
            ep.load()
            info["available"] = True
        except Exception as exc:   # reported, not raised: listing must work with extras missing
            info.update(available=False, reason=f"{type(exc).__name__}: {exc}")
        out["planners"][name] = info
    for name, ep in sorted(available("renderer").items()):
        if wanted and name not in wanted:
            continue
        info = {"entry_point": ep.value, "package": _dist(ep)}
        try:
            renderer = ep.load()()
            caps = renderer.capabilities
            info.update(available=True, identity=renderer.identity,
                        capabilities=caps.as_dict() if hasattr(caps, "as_dict") else dict(caps))
            check = getattr(renderer, "ready", None)
            info["ready"] = None
            if callable(check):
                try:
                    info["ready"] = check() or None
                except Exception as exc:
                    info["ready"] = f"its readiness check failed: {_one_line(exc)}"
        except Exception as exc:   # e.g. the diffusion extra is missing, or a model option is required
            info.update(available=False, reason=f"{type(exc).__name__}: {exc}")
        out["renderers"][name] = info
    return out


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if isinstance(exc, DirectorError) else f"{type(exc).__name__}: {text}"


def renderer_ready(name: str, **options: Any) -> str | None:
    """Why the renderer `name` (made with `options`) cannot run here, in one line; None when it can.

    Loads the backend's class and makes an instance (which checks its settings), then asks its `ready()` if it
    has one. No model is loaded: this is for listing renderers and refusing a job before it is queued.
    """
    ep = available("renderer").get(name)
    if ep is None:
        known = ", ".join(sorted(available("renderer"))) or "none"
        return f"no renderer '{name}' is installed (installed: {known})"
    try:
        renderer = ep.load()(**options)
    except Exception as exc:   # a missing extra, a bad option, a missing checkpoint folder
        return _one_line(exc)
    check = getattr(renderer, "ready", None)
    if not callable(check):
        return None
    try:
        reason = check()
    except Exception as exc:
        return f"its readiness check failed: {_one_line(exc)}"
    return " ".join(str(reason).split()) or None if reason else None


def renderer_readiness(names: list[str] | None = None) -> dict[str, str | None]:
    """`renderer_ready` for every installed renderer (or those in `names`), by name."""
    return {name: renderer_ready(name) for name in sorted(names or available("renderer"))}


def _dist(ep) -> str | None:
    dist = getattr(ep, "dist", None)
    return f"{dist.name} {dist.version}" if dist is not None else None


def format_backends(info: dict) -> str:
    lines = ["planners:"]
    for name, p in info["planners"].items():
        status = "" if p["available"] else f"  (unavailable: {p['reason']})"
        lines.append(f"  {name:<12} {p['entry_point']}{status}")
    lines.append("renderers:")
    for name, r in info["renderers"].items():
        if not r["available"]:
            lines.append(f"  {name:<12} {r['entry_point']}  (unavailable: {r['reason']})")
            continue
        c = r["capabilities"]
        sizes = "any size" if not c.get("sizes") else ", ".join(f"{w}x{h}" for w, h in c["sizes"])
        fps = "any fps" if not c.get("fps") else "/".join(str(f) for f in c["fps"]) + " fps"
        features = [f for f in ("keyframe_conditioning", "boxes", "keypoints") if c.get(f)]
        lines.append(f"  {name:<12} {r['entry_point']}  [{c.get('device')}; ≤{c.get('max_frames')} frames/segment; "
                     f"{sizes}; {fps}; {', '.join(features) or 'no layout control'}]  identity {r['identity']}"
                     + (f"  (cannot run here: {r['ready']})" if r.get("ready") else ""))
    return "\n".join(lines)


if __name__ == "__main__":   # `python -P -m director.backends --ready [NAME…]`: readiness as JSON (the studio's query)
    import json
    import sys

    print(json.dumps(renderer_readiness([a for a in sys.argv[1:] if a != "--ready"] or None)))
