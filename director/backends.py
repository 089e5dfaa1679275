"""`director backends`: what is installed, found the same way the pipeline finds it (entry points).

A backend that cannot be loaded here (a missing extra, a model option it needs to start) is listed with the
reason rather than hidden, so a user sees both what they have and what it would take to use the rest.
"""
from __future__ import annotations

from typing import Any

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
        except Exception as exc:   # e.g. the diffusion extra is missing, or a model option is required
            info.update(available=False, reason=f"{type(exc).__name__}: {exc}")
        out["renderers"][name] = info
    return out


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
                     f"{sizes}; {fps}; {', '.join(features) or 'no layout control'}]  identity {r['identity']}")
    return "\n".join(lines)
