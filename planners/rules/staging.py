"""Staging: where everything in a shot is at each keyframe, from what the text says and the camera's framing.

Composition follows the rules a camera operator uses: subjects on the thirds, headroom above heads, lead room
ahead of a subject that looks or moves, size set by the shot size (a close-up's face fills the frame), the
180° rule (a character keeps the side of the frame the scene gave them), and perspective (what is farther is
smaller and higher in the frame). Then the text's relations ("on", "left of", "between"…), motion ("from the
left to the right", "falls", "toward the camera", paths through the quadrants) and visibility ("appears only in
the second half") are applied so that a reader can check each one on the boxes.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from director import poses
from director.models import GraphEdge, Keyframe, SceneObject

from .language import MOTION, PLACING, Action
from .lexicon import NOUNS, SIZES

# Shot size -> (person height in frame heights, y of the top of the head or, for wide sizes, of the feet).
FRAMING = {
    "ELS": (0.24, None, 0.80), "LS": (0.52, None, 0.90), "MLS": (1.05, 0.10, None), "MS": (1.70, 0.10, None),
    "MCU": (2.60, 0.08, None), "CU": (4.00, 0.06, None), "ECU": (7.00, -0.20, None),
}
WIDE = ("ELS", "LS")
_LOOKING = {"looks", "look", "watches", "watch", "stares", "glances", "sees", "faces", "points", "waves", "talks",
            "speaks", "smiles", "nods", "turns"}
REGION_X = {"left": 0.2, "right": 0.8}
REGION_Y = {"upper": 0.27, "lower": 0.73, "center": 0.5}
ENTER_WINDOW, EXIT_WINDOW = 0.12, 0.88
# Passing in front of a thing is nearer the camera, so lower in the frame; behind it, farther, so higher.
_DEPTH_STEP = {"in_front_of": 0.06, "behind": -0.08}


@dataclass
class Cast:
    """One entity instance in the shot."""

    id: str
    kind: str
    key: str
    attributes: dict = field(default_factory=dict)
    side: str | None = None            # "left"/"right" for characters: their side of the line this scene


@dataclass
class _Actor:
    cast: Cast
    w: float                 # box width, frame widths
    h: float                 # box height, frame heights
    cx: float = 0.5
    base: float = 0.9        # y of the box bottom
    airborne: bool = False
    anchor: str | None = None
    rel: str | None = None   # how it hangs on its anchor: on, under, in, above, in_front_of
    pose: str = "stand"
    facing: str = "front"
    waypoints: list = field(default_factory=list)     # (u, cx, cy, scale)
    window: tuple[float, float] = (0.0, 1.0)
    gap: tuple[float, float] | None = None    # off screen for a while inside the window (goes out, comes back)
    order: int = 0
    receded: bool = False    # already set back (smaller, higher) for what stands in front of it

    @property
    def cy(self) -> float:
        return self.base - self.h / 2

    @property
    def top(self) -> float:
        return self.base - self.h


def _size(cast: Cast, scale: float, aspect: float) -> tuple[float, float, bool]:
    kind, w, h, air = NOUNS.get(cast.key, (cast.kind, 0.36 if cast.kind == "person" else 0.3,
                                           1.0 if cast.kind == "person" else 0.3, False))
    factor = SIZES.get(cast.attributes.get("size", ""), 1.0)
    if "scale" in cast.attributes:       # a measure's size ('a horse as small as a cat'), over the lexicon's
        factor = float(cast.attributes["scale"])
    return w * factor * scale / aspect, h * factor * scale, air


# Depth as a place ('in the foreground', 'in the background'): where the feet stand and how much bigger or smaller
# the thing is drawn than its lexicon size at that distance.
_DEPTHS = {"foreground": (0.97, 1.25), "background": (0.64, 0.6)}


def _in_depth(group: list[_Actor], place: str) -> None:
    base, f = _DEPTHS[place]
    for a in group:
        a.w, a.h = a.w * f, a.h * f
        a.base = max(base, a.h + 0.02)
        a.receded = a.receded or place == "background"


def _region_point(region: str, actor: _Actor) -> tuple[float | None, float | None]:
    cx = cy = None
    for part in region.split():
        if part in REGION_X:
            cx = REGION_X[part]
        elif part in REGION_Y:
            cy = REGION_Y[part]
    if region == "center":
        cx = 0.5
    return cx, cy


def stage(cast: list[Cast], actions: list[Action], thing_ids: dict[int, list[str]], size: str, times: list[float],
          aspect: float, *, focus: str | None = None, shoulder: str | None = None,
          groups_of: list[list[str]] | None = None) -> tuple[list[Keyframe], list[GraphEdge]]:
    """Keyframe layouts (no prompts) and scene-graph edges for one shot.

    `focus` is the entity the shot is about (a single on a speaker): framed by `size` on its side's third.
    `shoulder` is the listener whose shoulder fills the near edge of an over-the-shoulder shot.
    """
    duration_last = times[-1] if times[-1] > 0 else 1.0
    person_h, head_top, feet_y = FRAMING[size]
    wide = size in WIDE
    scale = person_h
    actors: dict[str, _Actor] = {}
    for i, c in enumerate(cast):
        w, h, air = _size(c, scale, aspect)
        a = _Actor(cast=c, w=w, h=h, airborne=air, order=i)
        actors[c.id] = a

    # What each entity does, clause by clause.
    does: dict[str, list[Action]] = {aid: [] for aid in actors}
    relations: list[tuple] = []
    edges: list[GraphEdge] = []
    n_actions = max(1, len(actions))
    for j, act in enumerate(actions):
        subj = [e for s in act.subjects for e in thing_ids.get(s, []) if e in actors]
        for e in subj:
            does[e].append(act)
        t0, t1 = round(j / n_actions * duration_last, 4), round((j + 1) / n_actions * duration_last, 4)

        def held_until(entity: str) -> float:
            """A relation holds from the start until its subject next goes somewhere (or to the end)."""
            for later in range(j + 1, len(actions)):
                nxt = actions[later]
                if (nxt.path or nxt.toward or nxt.vertical or nxt.exits or nxt.disappears is not None) and \
                        entity in [x for s_ in nxt.subjects for x in thing_ids.get(s_, [])]:
                    return round(later / n_actions * duration_last, 4)
            return times[-1]

        # "sets the basket on the table": a placing verb's relation holds for what is placed, not for who places it.
        placed = [e for r in act.objects for e in thing_ids.get(r, []) if e in actors] \
            if (act.lemma in PLACING or act.places) and act.objects else []
        for rel in act.relations:
            objs = [e for r in rel[1:] if r is not None for e in thing_ids.get(r, []) if e in actors]
            for e in placed or subj:
                if rel[0] == "between" and len(objs) >= 2:
                    relations.append(("between", e, objs[0], objs[-1]))
                    if len(rel) == 3 and rel[1] == rel[2]:
                        # 'six chairs on both sides of a table': half of them on each side, not five on one
                        relations += [("between", e, objs[q], objs[-1 - q]) for q in range(1, len(objs) // 2)]
                    until = held_until(e)
                    edges.append(GraphEdge(subject=e, predicate="between", object=objs[0], start=0.0, end=until))
                    edges.append(GraphEdge(subject=e, predicate="between", object=objs[-1], start=0.0, end=until))
                    continue
                if rel[0] == "between":
                    rel = ("next_to",)      # "between the cat" (one thing): beside it
                for o in objs:
                    if o != e:
                        relations.append((rel[0], e, o))
                        edges.append(GraphEdge(subject=e, predicate=rel[0], object=o, start=0.0, end=held_until(e)))
        if act.verb:
            for o in [e for r in act.objects for e in thing_ids.get(r, []) if e in actors]:
                for e in subj:
                    if o != e:
                        edges.append(GraphEdge(subject=e, predicate=act.verb, object=o, start=t0, end=t1))
        if isinstance(act.toward, tuple):
            for o in thing_ids.get(act.toward[1], []):
                for e in subj:
                    if o in actors and o != e:
                        pred = "moves_toward" if act.toward[0] == "thing" else "moves_away_from"
                        edges.append(GraphEdge(subject=e, predicate=pred, object=o, start=t0, end=t1))

    # Sizes of people follow the framing; close shots frame the focus, wide shots stand everyone on the ground.
    for a in actors.values():
        verbs = [act.verb for act in does[a.cast.id] if act.verb]
        if a.cast.kind == "person":
            a.pose = poses.pose_for(verbs)
            if any(act.moves or act.path or act.start for act in does[a.cast.id]) and a.pose in ("stand", "talk"):
                a.pose = "walk"
            if any(act.verb in ("falls", "fall", "dives", "collapses", "tumbles", "trips") for act in does[a.cast.id]):
                a.pose = "fall"
            bx = poses.body_box(a.pose, 0.5, 1.0, scale, aspect)
            a.w, a.h = bx[2] - bx[0], bx[3] - bx[1]
            figures = _figures(a.cast)
            if figures > 1:
                a.w = min(0.9, a.w * (1 + 0.7 * (figures - 1)))   # a crowd: its figures side by side
        if wide or a.cast.kind != "person":
            a.base = feet_y if feet_y is not None else 0.96
            if a.airborne:
                a.base = min(a.base, 0.42)
        else:
            a.base = head_top + a.h
    # A sentence that contrasts sizes ('a big cat and a small dog') is drawn so: the big one looks bigger.
    sized = [a for a in actors.values() if a.cast.attributes.get("size") in SIZES]
    for big in sized:
        for small in sized:
            fb, fs = SIZES[big.cast.attributes["size"]], SIZES[small.cast.attributes["size"]]
            if fb > 1 > fs and big.w * big.h < 1.6 * small.w * small.h:
                f = (big.w * big.h / (1.6 * small.w * small.h)) ** 0.5
                small.w, small.h = small.w * f, small.h * f

    if not wide and actors and not any(a.cast.kind == "person" for a in actors.values()):
        # An insert: the prop fills the middle of the frame.
        big = max(max(a.h for a in actors.values()), max(a.w for a in actors.values()) * aspect / 1.6)
        for a in actors.values():
            f = 0.6 / big
            a.w, a.h = a.w * f, a.h * f
            a.base = 0.5 + a.h / 2
    elif not wide:
        # Props in a close shot sit in the lower part of the frame, at most half its height.
        for a in actors.values():
            if a.cast.kind == "animal" and a.h >= 0.7 * scale:
                # a large creature (a horse, a bear, a dragon) keeps its size beside people, as much as fits
                fit = min(1.0, 0.9 / max(a.h, 1e-6), 0.9 / max(a.w, 1e-6))
                a.w, a.h = a.w * fit, a.h * fit
                a.base = 0.96 if not a.airborne else min(0.96, 0.1 + a.h)
            elif a.cast.kind != "person":
                shrink = min(1.0, 0.45 / max(a.h, 1e-6), 0.4 / max(a.w, 1e-6))
                a.w, a.h = a.w * shrink, a.h * shrink
                a.base = 0.96 if not a.airborne else 0.45

    if wide:
        # Perspective budget: the biggest thing in a wide shot keeps air around it.
        big_w = max((a.w for a in actors.values() if _figures(a.cast) == 1), default=0.0)
        big_h = max((a.h for a in actors.values()), default=0.0)
        shrink = min(1.0, 0.42 / big_w if big_w else 1.0, 0.62 / big_h if big_h else 1.0)
        for a in actors.values():
            a.w, a.h = a.w * shrink, a.h * shrink

    # Anchoring relations put one entity at another's place; ordering relations set left-to-right order.
    before: list[tuple[str, str]] = []
    for rel in relations:
        p, e = rel[0], rel[1]
        if p == "between":
            before += [(rel[2], e), (e, rel[3])]
        elif p == "left_of":
            before.append((e, rel[2]))
        elif p == "right_of":
            before.append((rel[2], e))
        elif p == "opposite":
            before.append((rel[2], e))      # across a gap, the other thing on the left (see below)
        elif p in ("next_to", "follows", "against"):
            pass
        elif p in ("on", "under", "above", "below", "in", "in_front_of", "behind", "over"):
            o = rel[2]
            if p == "below":
                # "A below B": B is the one placed relative to A.
                if actors[o].anchor is None and actors[e].anchor != o:
                    actors[o].anchor = e
                    actors[o].rel = "above"
                continue
            if p == "behind":
                if actors[o].anchor is None and actors[e].anchor != o:
                    actors[o].anchor = e
                    actors[o].rel = "in_front_of"
                elif actors[e].anchor is None and actors[o].anchor != e:
                    actors[e].anchor = o          # a second one behind the same thing ('a pig and a camel behind
                    actors[e].rel = "behind"      # a tree'): it stands behind that thing itself
                continue
            if actors[o].cast.kind == "person" and p in ("on", "in", "under", "over", "above"):
                continue      # "shines his flashlight on Edward": people are not furniture
            if actors[e].anchor is None and actors[o].anchor != e:
                actors[e].anchor = o
                actors[e].rel = p
    roots = [a for a in actors.values() if a.anchor is None or a.anchor not in actors]

    def root_of(eid: str) -> str:
        seen = set()
        while actors[eid].anchor in actors and eid not in seen:
            seen.add(eid)
            eid = actors[eid].anchor
        return eid

    # Characters keep their side of the 180° line: left-side characters first.
    side_rank = {"left": 0, None: 1, "right": 2}
    order_keys = {a.cast.id: (side_rank.get(a.cast.side, 1), a.order) for a in roots}
    edges_order: dict[str, set[str]] = {a.cast.id: set() for a in roots}
    indeg = {a.cast.id: 0 for a in roots}
    for u, v in before:
        ru, rv = root_of(u), root_of(v)
        if ru != rv and ru in edges_order and rv in edges_order and rv not in edges_order[ru] \
                and not _reaches(edges_order, rv, ru):
            edges_order[ru].add(rv)
            indeg[rv] += 1
    ordered: list[str] = []
    ready = sorted([r for r, d in indeg.items() if d == 0], key=lambda r: order_keys[r])
    while ready:
        r = ready.pop(0)
        ordered.append(r)
        for v in sorted(edges_order[r], key=lambda x: order_keys[x]):
            indeg[v] -= 1
            if indeg[v] == 0:
                ready.append(v)
        ready.sort(key=lambda x: order_keys[x])

    n = len(ordered)
    if n:
        step = min(1 / 3, 0.76 / max(1, n - 1))
        centres = [0.5 + (i - (n - 1) / 2) * step for i in range(n)]
        if n == 1:
            only = actors[ordered[0]]
            centres = [{"left": 1 / 3, "right": 2 / 3}.get(only.cast.side, 0.5)]
            if focus and only.cast.id == focus and only.cast.side is None and only.cast.kind == "person":
                centres = [1 / 3]
        widths = [actors[r].w for r in ordered if _figures(actors[r].cast) == 1] or [0.0]
        room = min([step] if n > 1 else [0.9])
        biggest = max(widths)
        if biggest > room * 0.92 and (wide or n > 1):
            shrink = room * 0.92 / biggest
            for a in actors.values():
                a.w, a.h = a.w * shrink, a.h * shrink
                if not wide and a.cast.kind == "person" and head_top is not None:
                    a.base = head_top + a.h
        for r, cx in zip(ordered, centres):
            actors[r].cx = cx
        for rel in relations:
            if rel[0] == "opposite" and rel[1] in actors and rel[2] in actors:
                far, near = actors[rel[2]], actors[rel[1]]     # 'a cat across from a dog': a clear gap between
                far.cx = max(far.w / 2 + 0.01, min(far.cx, 0.4 - far.w / 2))
                near.cx = min(0.99 - near.w / 2, max(near.cx, 0.6 + near.w / 2))
        if wide and n >= 5:
            # A crowd in depth: every other one stands farther back, so smaller and higher in the frame.
            for i, r in enumerate(ordered):
                a = actors[r]
                if i % 2 and not a.airborne:
                    a.w, a.h = a.w * 0.72, a.h * 0.72
                    a.base -= 0.1

    # Dependents take their anchor's place (anchors first: resolve in dependency order).
    def place(a: _Actor, depth: int = 0) -> None:
        if a.anchor not in actors or depth > 8:
            return
        b = actors[a.anchor]
        place(b, depth + 1)
        rel = a.rel
        if rel == "on":
            a.cx, a.base = b.cx, b.top + 0.08 * b.h
            a.airborne = True
        elif rel == "under":
            if a.h > 0.7 * b.h:
                f = 0.7 * b.h / a.h
                a.w, a.h = a.w * f, a.h * f
            a.cx, a.base = b.cx, b.base
        elif rel == "in":
            if a.h > 0.6 * b.h or a.w > 0.8 * b.w:
                f = min(0.6 * b.h / a.h, 0.8 * b.w / a.w)
                a.w, a.h = a.w * f, a.h * f
            a.cx, a.base = b.cx, b.base - 0.15 * b.h
        elif rel in ("above", "over"):
            gap = 0.04
            if b.top - gap - a.h < 0.02 and SIZES.get(a.cast.attributes.get("size", ""), 1.0) > 1.0:
                # a giant above a thing ('a dragon in full scale above the castle'): the thing gives way
                f = max(0.3, (b.base - 0.02 - a.h - gap) / b.h)
                b.w, b.h = b.w * f, b.h * f
            if b.top - gap - a.h < 0.02:
                room = max(0.08, b.top - gap - 0.02)
                if room < a.h:
                    f = room / a.h
                    a.w, a.h = a.w * f, a.h * f
                if b.top - gap - a.h < 0.02:
                    b.base = min(0.98, 0.02 + a.h + gap + b.h)
            a.cx, a.base = b.cx, b.top - gap
            a.airborne = True
        elif rel == "behind":
            # Farther than what it is behind: smaller, its feet higher, overlapping it from the other side.
            if not a.receded:
                a.w, a.h = a.w * 0.7, a.h * 0.7
                a.receded = True
            a.cx = min(max(b.cx - 0.3 * (b.w + a.w) * (1 if b.cx >= 0.5 else -1), a.w / 2 + 0.01), 0.99 - a.w / 2)
            a.base = max(a.h + 0.02, min(b.base - 0.06, 0.98))
        elif rel == "in_front_of":
            # Perspective: the one behind is farther, so smaller and higher; the front one overlaps it a little.
            f = 0.7 if not b.receded else 1.0      # once, however many stand in front of it
            b.w, b.h = b.w * f, b.h * f
            if not b.receded:
                if b.base > 0.98:
                    # a figure cut off at the knees (a medium shot) steps back into the frame: its feet show,
                    # so the one in front stands lower ('Jonah stands behind Peter')
                    nb = 0.88
                    if nb - b.h < 0.02:
                        g = (nb - 0.02) / b.h
                        b.w, b.h = b.w * g, b.h * g
                    b.base = nb
                else:
                    b.base = b.base - 0.1 if b.base - 0.1 - b.h > 0.02 else b.base
            b.receded = True
            a.cx = b.cx + 0.35 * (b.w + a.w) * (1 if b.cx < 0.5 else -1)
            a.base = min(0.98, max(a.base, b.base + 0.06))

    for a in actors.values():
        place(a)
    # A thing set on (in, under, above) another that was moved back afterwards, because something stands in front
    # of it ('a teapot on a shelf behind a tree'), follows it there.
    for _ in range(3):
        for a in actors.values():
            b = actors.get(a.anchor) if a.anchor is not None else None
            if b is None or not b.receded or a.rel not in ("on", "in", "under", "above", "over"):
                continue
            _rest_on(a, b)
    # One in front of (behind) a thing and also left or right of another ('a camel in front of a fence and left of a
    # car'): it stands on that side of the other, still overlapping what it is in front of.
    for rel in relations:
        if rel[0] not in ("left_of", "right_of") or rel[1] not in actors or rel[2] not in actors:
            continue
        a, o = actors[rel[1]], actors[rel[2]]
        b = actors.get(a.anchor) if a.anchor is not None else None
        if b is None or a.rel not in ("in_front_of", "behind") or b is o or o.anchor == a.cast.id:
            continue
        s_ = -1 if rel[0] == "left_of" else 1
        o_edge = o.cx - s_ * o.w / 2
        want = o_edge - s_ * (a.w / 2 + 0.005)                 # its far edge just clear of the other's near edge
        keep = b.cx - s_ * (b.w / 2 - 0.02) + s_ * a.w / 2     # the farthest it may go and still overlap b
        a.cx = max(want, keep) if s_ > 0 else min(want, keep)
        a.cx = min(max(a.cx, a.w / 2 + 0.01), 0.99 - a.w / 2)
        if (s_ < 0 and a.cx + a.w / 2 > o_edge - 0.002 or s_ > 0 and a.cx - a.w / 2 < o_edge + 0.002) and \
                o.anchor is None:
            o.cx = min(max(a.cx - s_ * (a.w + o.w) / 2 - s_ * 0.01, o.w / 2 + 0.01), 0.99 - o.w / 2)
    # Several things on (under, in…) one anchor share its width instead of stacking.
    groups: dict[tuple, list[_Actor]] = {}
    for a in actors.values():
        if a.anchor in actors:
            groups.setdefault((a.anchor, a.rel), []).append(a)
    for (anchor, rel), members in groups.items():
        if len(members) < 2:
            continue          # several in front of one thing stand side by side across it, like several on it
        members = _in_side_order(members, relations)
        b = actors[anchor]
        span = max(b.w, sum(m.w for m in members) * 1.1)
        if span > b.w and rel in ("on", "under", "in") and b.anchor is None:
            # a surface as wide as what it holds ('seven candles on a cake'), up to most of the frame
            b.w = min(span, 0.9)
            b.cx = min(max(b.cx, b.w / 2 + 0.01), 0.99 - b.w / 2)
        if span > b.w * 1.0 and b.w > 0:
            f = b.w / span
            for m in members:
                m.w, m.h = m.w * f, m.h * f
                if rel in ("under",):
                    m.base = b.base
            span = b.w
        slot = span / len(members)
        for i, m in enumerate(members):
            m.cx = b.cx - span / 2 + slot * (i + 0.5)

    # Static places first, so what stands next to a placed thing joins it there ("in the upper left corner"); several things in one place stand side by side there.
    sharing: dict[str, list[_Actor]] = {}
    for a in actors.values():
        for act in does[a.cast.id]:
            if act.place and not act.path and not act.start:
                sharing.setdefault(act.place, []).append(a)
    before_places = {id(a): a.cx for a in actors.values()}
    for place_name, group in sharing.items():
        if place_name in _DEPTHS:
            _in_depth(group, place_name)
            continue
        for i, a in enumerate(group):
            cx, cy = _region_point(place_name, a)
            if "upper" not in place_name and "lower" not in place_name:
                cy = None        # "in the middle", "on the left": across the frame, feet stay on the ground
            if cx is not None:
                spread = sum(m.w for m in group) * 1.15
                lo = min(max(cx - spread / 2, 0.01), 0.99 - spread) if spread < 0.98 else 0.01
                a.cx = lo + sum(m.w for m in group[:i]) * 1.15 + a.w * 0.575 if len(group) > 1 else cx
            if cy is not None:
                a.base = cy + a.h / 2
    # What stands on (in, under, above) a thing set at a place goes there with it: 'In the corner, a crate topped
    # with a cup', 'a crate on the left with a cup on top' (space7).
    set_at = {id(m) for group in sharing.values() for m in group}
    for _ in range(3):
        for m in actors.values():
            b = actors.get(m.anchor) if m.anchor is not None else None
            if b is None or id(b) not in set_at or id(m) in set_at or m.rel not in ("on", "in", "under", "above",
                                                                                      "over"):
                continue
            if any(x.path or x.start or x.toward or x.enters or x.exits for x in does[m.cast.id]):
                continue
            _rest_on(m, b)
            set_at.add(id(m))
    # A place said of what stands on (under, in, behind…) a thing is that thing's place too: 'a ball lies under the
    # bench on the right', 'a cat sits on a mat on the left' move the bench, the mat, with what is on it.
    placed_ids = {id(m) for group in sharing.values() for m in group}
    for place_name, group in sharing.items():
        if place_name in _DEPTHS or "upper" in place_name or "lower" in place_name:
            continue
        for a in group:
            root, seen = a, set()
            while root.anchor in actors and root.rel in ("on", "under", "in", "behind", "in_front_of", "above",
                                                           "over") and id(root) not in seen:
                seen.add(id(root))
                root = actors[root.anchor]
            if root is a or id(root) in placed_ids or any(x.path or x.start or x.toward or x.enters or x.exits
                                                         for x in does[root.cast.id]):
                continue
            dx = a.cx - before_places[id(a)]
            for m in actors.values():
                r_, hops = m, 0
                while r_.anchor in actors and hops < 9 and r_ is not root:
                    r_, hops = actors[r_.anchor], hops + 1
                if (r_ is root or m is root) and id(m) not in placed_ids:
                    m.cx = min(max(m.cx + dx, m.w / 2 + 0.01), 0.99 - m.w / 2)
            placed_ids.add(id(root))

    # next_to: pull the subject beside its partner when the order left them apart; several beside one partner
    # ('three tomatoes next to a cucumber') stand in a row outward from it, not on one spot.
    beside: dict[tuple, float] = {}       # (partner, side) -> the row's outer edge so far
    rows: dict[str, list[_Actor]] = {}
    placed_at = {id(a) for group in sharing.values() for a in group}
    for rel in relations:
        if rel[0] == "next_to" and actors[rel[1]].anchor is None and actors[rel[1]] not in rows.get(rel[2], []):
            rows.setdefault(rel[2], []).append(actors[rel[1]])
    for partner, row in rows.items():
        need = actors[partner].w + sum(m.w + 0.03 for m in row)
        if len(row) > 1 and need > 0.9:
            f = max(0.2, (0.9 - actors[partner].w) / sum(m.w + 0.03 for m in row))
            for m in row:                 # a row too long for the frame: its members smaller, not stacked
                m.w, m.h = m.w * f, m.h * f
        p_ = actors[partner]
        if len(row) > 1 and len(actors) == len(row) + 1 and p_.anchor is None and id(p_) not in placed_at and not any(
                act.path or act.start or act.place or act.toward or act.enters or act.exits for act in does[partner]):
            p_.cx = 0.5                   # 'four cats next to a fence': the fence in the middle, cats either side
    before_pull = {id(a): a.cx for a in actors.values()}
    for rel in relations:
        if rel[0] in ("next_to", "against"):     # 'against' is beside and touching ('leans the bike against the wall')
            gap = 0.03 if rel[0] == "next_to" else 0.0
            a, b = actors[rel[1]], actors[rel[2]]
            if id(a) in placed_at:
                continue                      # 'a cat on the left, next to a dog': the place the text gives holds
            root = actors.get(a.anchor) if a.anchor is not None else None
            if root is not None and a.cast.kind == b.cast.kind == "person" and b.anchor is None and \
                    b is not root and id(b) not in placed_at and not does[b.cast.id]:
                # 'perches on the arm of the sofa, right next to Mara': she is by the sofa he sits on
                side = 1 if b.cx >= root.cx else -1
                b.cx = min(max(root.cx + side * ((root.w + b.w) / 2 + 0.02), b.w / 2 + 0.01), 0.99 - b.w / 2)
                continue
            if a.anchor is None and (abs(a.cx - b.cx) > (a.w + b.w) / 2 + (0.12 if gap > 0 else 0.0) or
                                     abs(a.cx - b.cx) < (a.w + b.w) / 2 or any(k[0] == rel[2] for k in beside)):
                side = 1 if a.cx >= b.cx else -1
                if len(rows.get(rel[2], [])) > 1:
                    reach = {s_: abs(beside.get((rel[2], s_), b.cx + s_ * b.w / 2) - b.cx) for s_ in (1, -1)}
                    side = min((side, -side), key=lambda s_: reach[s_])    # several: the shorter side next
                for s_ in (side, -side):
                    edge = beside.get((rel[2], s_), b.cx + s_ * b.w / 2)
                    a.cx = edge + s_ * (a.w / 2 + gap)
                    if a.cx - a.w / 2 >= 0 and a.cx + a.w / 2 <= 1:
                        side = s_
                        break
                beside[(rel[2], side)] = a.cx + side * a.w / 2
                a.base = b.base if not a.airborne else a.base
            elif a.anchor is None:
                side = 1 if a.cx >= b.cx else -1      # already beside it: the next of a row goes past it
                beside[(rel[2], side)] = a.cx + side * a.w / 2

    # Relative motion ('from the left of a bench to its right'): the bench stands in the middle, the mover
    # starts on the bench's ground line.
    for act in actions:
        for point in [act.start] + list(act.path):
            if isinstance(point, tuple):
                for pid in thing_ids.get(point[1], []):
                    if pid in actors and actors[pid].anchor is None and not does[pid]:
                        actors[pid].cx = 0.5
                        for s_ in act.subjects:
                            for e in thing_ids.get(s_, []):
                                if e in actors and not actors[e].airborne:
                                    actors[e].base = actors[pid].base + _DEPTH_STEP.get(act.depth, 0.0)

    # What stands on (in, under, above) a thing the 'beside' pull moved goes with it ('a book on a crate next to a
    # mailbox'), keeping its place on it.
    for _ in range(3):
        for a in actors.values():
            b = actors.get(a.anchor) if a.anchor is not None else None
            if b is None or a.rel not in ("on", "in", "under", "above", "over") or a.cast.kind == "person":
                continue
            shift = (b.cx - before_pull[id(b)]) - (a.cx - before_pull[id(a)])
            if abs(shift) > 1e-9:
                a.cx += shift
    # What sits on a thing the 'beside' pull moved goes with it ('slides onto a stool at the bar').
    sharing = {}                  # (several people on one thing keep their places side by side on it: attr7)
    for a in actors.values():
        if a.rel == "on" and a.cast.kind == "person":
            sharing[a.anchor] = sharing.get(a.anchor, 0) + 1
    for a in actors.values():
        if a.rel == "on" and a.cast.kind == "person" and a.anchor in actors and actors[a.anchor].anchor is None and \
                sharing.get(a.anchor, 0) == 1 and abs(a.cx - actors[a.anchor].cx) > 0.01 and not any(
                    x.path or x.toward or x.enters or x.exits or x.vertical or x.start for x in does[a.anchor]):
            a.cx = actors[a.anchor].cx

    # Motion: waypoints over the actor's visible window.
    # (who gets out of a vehicle sets off from where the vehicle's own motion leaves it: theirs comes after)
    for a in sorted(actors.values(), key=lambda a_: any(act.source is not None or act.boards is not None
                                                        for act in does[a_.cast.id])):
        _motion(a, does[a.cast.id], actors, thing_ids)

    # A group moving together keeps formation: each instance offset from the shared path.
    for members in groups_of or []:
        movers = [actors[m] for m in members if m in actors and actors[m].waypoints]
        n = len(movers)
        starts = [a.waypoints[0][1] for a in movers]
        apart = n > 1 and max(starts) - min(starts) > max(a.w for a in movers)   # already side by side ('rise')
        for i, a in enumerate(movers):
            dx = 0.0 if apart else (i - (n - 1) / 2) * a.w * 1.3
            dy = (0.04 if i % 2 else -0.04) * (1 if a.airborne else 0.5)
            a.waypoints = [(u, px + dx, py + dy, ps) for u, px, py, ps in a.waypoints]
            a.cx += dx
            a.base += dy
        if movers and all(len(a.waypoints) == len(movers[0].waypoints) for a in movers):
            # keep the whole formation in frame: shift it, never squash it onto the edge
            for j in range(len(movers[0].waypoints)):
                lo = min(a.waypoints[j][1] - a.w / 2 for a in movers)
                hi = max(a.waypoints[j][1] + a.w / 2 for a in movers)
                shift = max(0.0, 0.01 - lo) - max(0.0, hi - 0.99)
                if shift:
                    for a in movers:
                        u, px, py, ps = a.waypoints[j]
                        a.waypoints[j] = (u, px + shift, py, ps)

    # Lead room: face where you move, else toward the others, else the camera.
    others_cx = {aid: [b.cx for b in actors.values() if b is not a and b.cast.kind == "person"] for aid, a in actors.items()}
    looked_at: dict[str, str] = {}
    for act in actions:
        if act.verb in _LOOKING or isinstance(act.toward, tuple):
            targets = [e for r in (act.objects or ([act.toward[1]] if isinstance(act.toward, tuple) else []))
                       for e in thing_ids.get(r, []) if e in actors]
            for s_ in act.subjects:
                for e in thing_ids.get(s_, []):
                    if targets and e in actors and targets[0] != e:
                        looked_at.setdefault(e, targets[0])
    for aid, a in actors.items():
        if len(a.waypoints) >= 2 and abs(a.waypoints[-1][1] - a.waypoints[0][1]) > 0.02:
            a.facing = "right" if a.waypoints[-1][1] > a.waypoints[0][1] else "left"
        elif aid in looked_at:
            a.facing = "right" if actors[looked_at[aid]].cx > a.cx else "left"
        elif a.cast.side in ("left", "right") and not wide:
            a.facing = "right" if a.cast.side == "left" else "left"
        elif others_cx[aid]:
            mean = sum(others_cx[aid]) / len(others_cx[aid])
            a.facing = "right" if mean > a.cx else "left"
        if a.pose in ("stand", "talk") and a.facing != "front" and aid != focus and len(actors) == 1 \
                and aid not in looked_at:
            a.facing = "front"

    _attr9_apart_same_kind(actors, times, duration_last)

    # Over-the-shoulder: the listener's shoulder at the near edge, large and cut by the frame.
    keyframes: list[Keyframe] = []
    for k, t in enumerate(times):
        u = t / duration_last
        objects: list[SceneObject] = []
        for aid, a in actors.items():
            lo, hi = a.window
            if not (lo - 1e-9 <= u <= hi + 1e-9) or a.gap and a.gap[0] < u < a.gap[1]:
                continue
            cx, cy, s = _at(a, u)
            w, h = a.w * s, a.h * s
            box = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
            body = box          # the whole body, which close framings cut
            if aid == shoulder:
                # The near shoulder: nearer the camera (bigger), half out of the frame on the side opposite
                # the one who speaks, seen from behind.
                side = 1 if focus in actors and actors[focus].cx < 0.5 else -1
                w2, h2 = a.w * 1.2, a.h * 1.2
                ex = 0.5 + side * 0.44
                body = (ex - w2 / 2, 0.14, ex + w2 / 2, 0.14 + h2)
                box = body
            box = _fit(box, clip=not wide and a.cast.kind == "person" or aid == shoulder)
            kps = None
            if a.cast.kind == "person" and _figures(a.cast) == 1:
                facing = ("left" if side > 0 else "right") if aid == shoulder else a.facing
                kps = poses.keypoints(a.pose, box if wide else body, facing, phase=k, visible=box)
            objects.append(_object(aid, box, kps))
        keyframes.append(Keyframe.model_construct(t=t, prompt="", objects=objects))
    _ensure_visible(keyframes, actors, times, duration_last)
    return keyframes, edges


def _attr9_shown(a: _Actor, u: float) -> bool:
    lo, hi = a.window
    return lo - 1e-9 <= u <= hi + 1e-9 and not (a.gap and a.gap[0] < u < a.gap[1])


def _attr9_apart_same_kind(actors: dict[str, _Actor], times, duration_last) -> None:
    """Instances of one kind never share a spot: where one would stand at (nearly) the same x as another of its kind
    in some keyframe ('three red kites and one blue kite fly over the beach', 'four jars stand beside two jars', two
    groups of a kind placed apart), it steps aside by the least shift that clears every other, for the whole shot;
    one that rests on another, or that another rests on, stays (attr9)."""
    anchors = {a.anchor for a in actors.values() if a.anchor}
    by_key: dict[str, list[str]] = {}
    for aid, a in actors.items():
        by_key.setdefault(a.cast.key, []).append(aid)
    need = 0.032
    us = [t / duration_last for t in times]

    def closest(a: _Actor, others: list[_Actor], dx: float) -> float:
        gaps = [abs(_at(b, u)[0] - _at(a, u)[0] - dx) for b in others for u in us
                if _attr9_shown(a, u) and _attr9_shown(b, u)]
        return min(gaps) if gaps else 1.0

    def drift(a: _Actor) -> float:
        return a.waypoints[-1][1] - a.waypoints[0][1] if len(a.waypoints) >= 2 else 0.0

    def stacked(a: _Actor, others: list[_Actor]) -> bool:
        # (one passing another, a still one or one going the other way, meets it on its way: 'one bird flies left
        # while another flies right', 'a cat chases another cat', 'drives past a parked car')
        for b in others:
            da, db = drift(a), drift(b)
            if (abs(da) > 0.05) != (abs(db) > 0.05) or da * db < 0:
                continue
            if any(abs(_at(b, u)[0] - _at(a, u)[0]) < need for u in us if _attr9_shown(a, u) and _attr9_shown(b, u)):
                return True
        return False

    steps = [d * sign for d in (0.035, 0.05, 0.07, 0.1, 0.14, 0.2) for sign in (1.0, -1.0)]
    for ids in by_key.values():
        if len(ids) < 2 or len(ids) > 12:
            continue
        for aid in ids:
            a = actors[aid]
            others = [actors[q] for q in ids if q != aid]
            if a.anchor is not None or aid in anchors or closest(a, others, 0.0) >= need or not stacked(a, others):
                continue
            xs = [w[1] for w in a.waypoints] or [a.cx]
            for dx in steps:
                if all(a.w / 2 <= x + dx <= 1 - a.w / 2 for x in xs) and closest(a, others, dx) >= need:
                    a.waypoints = [(u, x + dx, y, sc) for u, x, y, sc in a.waypoints]
                    a.cx += dx
                    break

def _rest_on(a: _Actor, b: _Actor) -> None:
    """Set `a` on, in, under or above its anchor `b` where `b` now stands; used again whenever `b` has moved after
    `a` was first placed, so the two placements cannot drift apart."""
    if a.rel == "on":
        a.cx, a.base = b.cx, b.top + 0.08 * b.h
    elif a.rel == "in":
        a.cx, a.base = b.cx, b.base - 0.15 * b.h
    elif a.rel == "under":
        a.cx, a.base = b.cx, b.base
    else:
        a.cx, a.base = b.cx, min(a.base, b.top - 0.04)


def _in_side_order(members: list[_Actor], relations) -> list[_Actor]:
    """Things sharing one anchor, ordered so that what the sentence puts left of another stands left of it ('a cup
    right of a plate, both on a table'); otherwise as they came (space7)."""
    ids = [m.cast.id for m in members]
    before = [(r[1], r[2]) if r[0] == "left_of" else (r[2], r[1]) for r in relations
              if r[0] in ("left_of", "right_of") and len(r) > 2 and r[1] in ids and r[2] in ids]
    if not before:
        return members
    order: list[str] = []
    rest = list(ids)
    while rest:
        free = [i for i in rest if not any(b == i and a in rest for a, b in before)]
        pick = free[0] if free else rest[0]
        order.append(pick)
        rest.remove(pick)
    return [members[ids.index(i)] for i in order]


def _figures(cast: Cast) -> int:
    """How many figures one entity stands for (a crowd's attributes["count"]); 1 for everyone else."""
    try:
        return max(1, int(cast.attributes.get("count", 1)))
    except (TypeError, ValueError):
        return 1


def _object(entity: str, box, keypoints) -> SceneObject:
    """A SceneObject from values staging already keeps valid (skips pydantic's checks: a third of planning time)."""
    return SceneObject.model_construct(entity=entity, box=tuple(int(v * 10000 + 0.5) / 10000 for v in box),
                                       keypoints=keypoints)


def _reaches(graph: dict[str, set[str]], src: str, dst: str) -> bool:
    stack, seen = [src], set()
    while stack:
        x = stack.pop()
        if x == dst:
            return True
        if x in seen:
            continue
        seen.add(x)
        stack.extend(graph.get(x, ()))
    return False


AWAY_GAP = (0.36, 0.64)      # who goes out and comes back in one shot is off screen over its middle


def _away_and_back(a: _Actor, acts: list[Action]) -> bool:
    """'Tomas walks out. Mara tastes the soup. Tomas comes back in.': there at the start, out through the edge
    the exit names, off screen for the middle of the shot, back in from that edge to where he was. True when the
    actor's clauses go out first and come in after (someone who comes in and then leaves keeps one window)."""
    out = next((k for k, act in enumerate(acts) if act.exits or act.disappears is not None), None)
    if out is None or any(act.enters or act.appears is not None for act in acts[:out]):
        return False
    back = next((k for k in range(out + 1, len(acts)) if acts[k].enters or acts[k].appears is not None or
                 acts[k].back and (acts[k].moves or acts[k].lemma is None)), None)     # 'is back' too
    if back is None:
        return False
    side = acts[out].exits if isinstance(acts[out].exits, str) else "right"
    margin_x = a.w / 2 + 0.02
    edge = (margin_x if side.endswith("left") else 1 - margin_x) if margin_x < 0.5 else 0.5
    x, y = a.cx, a.cy
    g0, g1 = AWAY_GAP
    a.window, a.gap = (0.0, 1.0), (g0, g1)
    a.waypoints = [(0.0, x, y, 1.0), (g0 - 0.02, edge, y, 1.0), (g1 + 0.02, edge, y, 1.0), (1.0, x, y, 1.0)]
    return True


def _motion(a: _Actor, acts: list[Action], actors: dict[str, _Actor], thing_ids: dict[int, list[str]]) -> None:
    """Waypoints (u, cx, cy, scale) from the actor's clauses, spread over its visible window."""
    if _away_and_back(a, acts):
        return
    lo, hi = 0.0, 1.0
    for act in acts:
        if act.appears is not None:
            lo = act.appears
        if act.disappears is not None:
            hi = act.disappears
        if act.enters:
            lo = max(lo, ENTER_WINDOW) if act.appears is None else lo
        if act.exits:
            hi = min(hi, EXIT_WINDOW) if act.disappears is None else hi
    if hi - lo < 0.3 and hi >= 1.0:
        lo = min(lo, 0.7)          # a late arrival that stays: there from 0.7 on, still there at the end
    elif hi - lo < 0.3 and lo <= 0.0:
        hi = max(hi, 0.2)          # there at the start for a short while ('during the first quarter only')
    elif hi - lo < 0.3:
        # "appears, then disappears": give it the middle of the shot.
        mid = min(max((lo + hi) / 2, 0.3), 0.7)
        lo, hi = mid - 0.25, mid + 0.25
    a.window = (lo, hi)

    x, y, s = a.cx, a.cy, 1.0
    margin_x = a.w / 2 + 0.02
    margin_y = a.h / 2 + 0.02

    def clamp_x(v):
        return min(max(v, margin_x), 1 - margin_x) if margin_x < 0.5 else 0.5

    def clamp_y(v):
        return min(max(v, margin_y), 1 - margin_y) if margin_y < 0.5 else 0.5

    def point_of(region, cur):
        """A frame region's point, or beside another thing: ('left_of', i) -> just left of thing i."""
        if isinstance(region, tuple):
            others = [actors[e] for e in thing_ids.get(region[1], []) if e in actors and e != a.cast.id]
            if not others:
                return cur[0], cur[1]
            b = others[0]
            gap = (a.w + b.w) / 2 + 0.04
            px = b.cx - gap if region[0] == "left_of" else b.cx + gap
            return min(max(px, a.w / 2 + 0.005), 1 - a.w / 2 - 0.005), cur[1]
        rx, ry = _region_point(region, a)
        return (clamp_x(rx) if rx is not None else cur[0]), (clamp_y(ry) if ry is not None else cur[1])

    points = []   # targets in order: (cx, cy, scale)
    start = None
    if acts and not any(act.start or act.enters for act in acts):
        # legs one after another ('moves down, then right'): set off where every leg has room
        first_h = next((r for act in acts for r in act.path if r in ("left", "right")), None)
        first_v = next((act.vertical for act in acts if act.vertical), None)
        if first_h and first_v and not (acts[0].path and acts[0].path[0] in ("left", "right")):
            x = clamp_x(0.8 if first_h == "left" else 0.2)
        if first_v and (first_h or len([act for act in acts if act.vertical]) > 1):
            y = clamp_y(0.3 if first_v == "down" else 0.7)
    for act in acts:
        if act.enters:
            start = (clamp_x(0.0) if act.enters.endswith("left") else clamp_x(1.0), y, s)
            if act.enters in ("upper", "lower"):
                start = (x, clamp_y(0.0 if act.enters == "upper" else 1.0), s)
            elif act.enters.split()[0] in ("upper", "lower") and " " in act.enters:
                start = (start[0], clamp_y(REGION_Y[act.enters.split()[0]]), s)   # 'flies in from the upper right'
            vehicle = next((actors[e] for e in thing_ids.get(act.source, []) if e in actors and e != a.cast.id),
                           None) if act.source is not None else None
            if vehicle is not None:
                # 'climbs out of the truck': first seen at the vehicle, then a step clear of it, toward the middle
                vx = _at(vehicle, lo)[0]
                side = 1 if vx < 0.5 else -1
                start = (clamp_x(vx), y, s)
                x = clamp_x(vx + side * ((vehicle.w + a.w) / 2 + 0.03))
            if not (isinstance(act.toward, tuple) and act.toward[0] == "thing"):
                points.append((x, y, s))      # ('comes in and sits at the table': in, straight to the table)
        if act.enters:
            pass
        elif act.start and start is None and not points:
            sx, sy = point_of(act.start, (x, y))
            start = (sx, sy, s)
        elif act.start:
            sx, sy = point_of(act.start, (points[-1][0], points[-1][1]) if points else (x, y))
            points.append((sx, sy, s))
        cur = points[-1] if points else (start or (x, y, s))
        if act.path and start is None and not points and isinstance(act.path[0], str) and \
                act.path[0] in ("left", "right"):
            # "rides to the left": come from the other side, so the move reads across the frame.
            start = (clamp_x(0.8 if act.path[0] == "left" else 0.2), cur[1], cur[2])
            cur = start
        elif act.path and start is None and not points and act.path[0] in ("upper", "lower"):
            # "climbs toward the top": from the other edge, so the move reads up or down the frame.
            start = (cur[0], clamp_y(REGION_Y["lower" if act.path[0] == "upper" else "upper"]), cur[2])
            cur = start
        for region in act.path:
            if region == "across":
                if act.start:
                    sx = point_of(act.start, cur)[0]
                    tx = 1.0 - (sx if sx is not None else 0.2)
                else:
                    if start is None and not points:
                        start = (clamp_x(0.15), cur[1], cur[2])
                        cur = start
                    heading = cur[0] - start[0] if start is not None and points else 0.0
                    tx = 0.15 if heading < -0.05 else 0.85 if heading > 0.05 else 0.85 if cur[0] <= 0.5 else 0.15
                cur = (clamp_x(tx), cur[1], cur[2])
            else:
                px, py = point_of(region, cur)
                cur = (px, py, cur[2])
            points.append(cur)
        if act.toward == "camera":
            cur = (cur[0], min(cur[1] + 0.08, 0.9), cur[2] * 1.7)
            points.append(cur)
        elif act.toward == "away":
            cur = (cur[0], max(cur[1] - 0.1, 0.1), cur[2] * 0.55)
            points.append(cur)
        elif isinstance(act.toward, tuple):
            targets = [actors[e] for e in actors if e != a.cast.id]
            target = next((t for t in targets), None)
            from_ids = [e for e in actors if e != a.cast.id]
            if target is not None and from_ids:
                named = [e for e in thing_ids.get(act.toward[1], []) if e in actors and e != a.cast.id]
                b = actors[named[0] if named else from_ids[0]]      # the thing the text names, else the first
                side = -1 if cur[0] < b.cx else 1
                if act.toward[0] == "thing":
                    if start is None and not points and abs(cur[0] - b.cx) < (a.w + b.w) / 2 + 0.15:
                        start = (clamp_x(b.cx + side * max(0.4, (a.w + b.w) / 2 + 0.2)), cur[1], cur[2])
                        side = -1 if start[0] < b.cx else 1
                    seat = actors.get(a.anchor) if a.rel in ("on", "in") else None
                    if seat is not None and a.anchor in thing_ids.get(act.toward[1], []):
                        b, side = seat, 0        # 'crosses the room and sits on the bed': onto it, not beside it
                    tx = b.cx + side * ((a.w + b.w) / 2 + 0.02)
                else:
                    if start is None and not points:
                        start = (clamp_x(b.cx + side * ((a.w + b.w) / 2 + 0.03)), cur[1], cur[2])
                    tx = 0.02 + a.w / 2 if side < 0 else 0.98 - a.w / 2
                cur = (clamp_x(tx), cur[1], cur[2])
                points.append(cur)
        if act.vertical == "down":
            if start is None and not points and cur[1] > 0.45:
                start = (cur[0], clamp_y(cur[1] - 0.4), cur[2])
            cur = (cur[0], clamp_y(max(cur[1] + 0.3, 0.96 - a.h / 2)), cur[2])
            points.append(cur)
        elif act.vertical == "up":
            if start is None and not points and cur[1] < 0.55:
                start = (cur[0], clamp_y(cur[1] + 0.35), cur[2])
            cur = (cur[0], clamp_y(cur[1] - 0.35), cur[2])
            points.append(cur)
        if act.exits and act.boards is None and start is None and not points and isinstance(act.exits, str) and \
                act.exits in ("left", "right") and abs(cur[0] - 0.5) < 0.2:
            # 'runs off to the left' from the middle: set off from the other side, so the run reads
            start = (clamp_x(0.7 if act.exits == "left" else 0.3), cur[1], cur[2])
            cur = start
        boarded = next((actors[e] for e in thing_ids.get(act.boards, []) if e in actors and e != a.cast.id),
                       None) if act.exits and act.boards is not None else None
        if boarded is not None:
            cur = (clamp_x(_at(boarded, hi)[0]), cur[1], cur[2])      # 'climbs into the taxi': gone at the taxi
            points.append(cur)
        elif act.exits:
            side = act.exits
            ex = clamp_x(0.0) if side.endswith("left") else clamp_x(1.0)
            cur = (ex, cur[1], cur[2])
            if side in ("upper", "lower"):
                cur = (cur[0], clamp_y(0.0 if side == "upper" else 1.0), cur[2])
            points.append(cur)
        if act.start and act.moves and not act.path and not act.toward and not act.vertical and not act.exits \
                and not act.enters and start is not None and not points:
            # "runs from the left": to the other side
            points.append((clamp_x(1.0 - start[0]), start[1], start[2]) if act.start in ("left", "right")
                          or isinstance(act.start, tuple)
                          else (clamp_x(1.0 - start[0]), clamp_y(1.0 - start[1]), start[2]))
        if act.lemma in MOTION and not act.path and not act.toward and not act.vertical and not act.exits \
                and not act.start and not act.enters and not act.relations and a.anchor is None and not points \
                and not act.place and \
                not any(o.path or o.start or o.toward or o.vertical or o.exits or o.enters for o in acts):
            # a mover with no way and no place ('a kite flying in the top left corner' stays in its corner)
            start = (clamp_x(0.2), cur[1], cur[2])
            points.append((clamp_x(0.8), cur[1], cur[2]))
    if start is None and not points:
        a.waypoints = []
        return
    seq = ([start] if start is not None else [(x, y, s)]) + points
    if len(seq) == 1:
        seq.append(seq[0])
    m = len(seq) - 1
    a.waypoints = [(i / m, px, py, ps) for i, (px, py, ps) in enumerate(seq)]
    pause = next((act.pause for act in acts if act.pause), None)
    if pause and points:
        # 'waits, then sets off': still where it starts for a while, then the legs over the rest of its time
        a.waypoints = [(0.0,) + seq[0]] + [(pause + (1 - pause) * i / m, px, py, ps) for i, (px, py, ps) in enumerate(seq)]
    a.cx, a.base = seq[0][0], seq[0][1] + a.h / 2


def _at(a: _Actor, u: float) -> tuple[float, float, float]:
    """Centre and scale of the actor at shot fraction u (piecewise linear over its window)."""
    if not a.waypoints:
        return a.cx, a.cy, 1.0
    lo, hi = a.window
    v = 0.0 if hi <= lo else min(max((u - lo) / (hi - lo), 0.0), 1.0)
    pts = a.waypoints
    for (u0, x0, y0, s0), (u1, x1, y1, s1) in zip(pts, pts[1:]):
        if v <= u1 + 1e-9:
            w = 0.0 if u1 <= u0 else (v - u0) / (u1 - u0)
            # (to 9 places: a stop reached as 0.19999999999999996 and held as 0.2 is one place, not a 1e-4 jitter
            # of its rounded box)
            return round(x0 + (x1 - x0) * w, 9), round(y0 + (y1 - y0) * w, 9), round(s0 + (s1 - s0) * w, 9)
    return pts[-1][1], pts[-1][2], pts[-1][3]


def _fit(box, clip: bool):
    """Keep a box in the frame: clip it where the framing cuts the subject, else shift (and shrink) it in."""
    x0, y0, x1, y1 = box
    if x1 - x0 < 0.004:       # never smaller than a few pixels: many tiny things still get a box each
        c = (x0 + x1) / 2
        x0, x1 = c - 0.002, c + 0.002
    if y1 - y0 < 0.004:
        c = (y0 + y1) / 2
        y0, y1 = c - 0.002, c + 0.002
    if clip:
        x0, y0, x1, y1 = max(x0, 0.0), max(y0, 0.0), min(x1, 1.0), min(y1, 1.0)
        if x1 - x0 < 0.02:
            x0, x1 = (0.0, 0.05) if x1 <= 0.05 else (0.95, 1.0)
        if y1 - y0 < 0.02:
            y0, y1 = 0.9, 1.0
        return x0, y0, x1, y1
    w, h = min(x1 - x0, 1.0), min(y1 - y0, 1.0)
    x0 = min(max(x0, 0.0), 1.0 - w)
    y0 = min(max(y0, 0.0), 1.0 - h)
    return x0, y0, x0 + w, y0 + h


def _ensure_visible(keyframes: list[Keyframe], actors: dict[str, _Actor], times, last) -> None:
    """An actor whose window falls between keyframes still shows in the keyframe nearest its window."""
    listed = {o.entity for kf in keyframes for o in kf.objects}
    for aid, a in actors.items():
        if aid in listed:
            continue
        mid = (a.window[0] + a.window[1]) / 2
        k = min(range(len(times)), key=lambda i: abs(times[i] / last - mid))
        cx, cy, s = _at(a, times[k] / last)
        box = _fit((cx - a.w * s / 2, cy - a.h * s / 2, cx + a.w * s / 2, cy + a.h * s / 2), clip=False)
        kps = poses.keypoints(a.pose, box, a.facing) if a.cast.kind == "person" and _figures(a.cast) == 1 else None
        keyframes[k].objects.append(_object(aid, box, kps))
