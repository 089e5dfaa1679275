"""The animatic shows what the plan says: colours from descriptions, creatures by body plan, close-ups that fill
the frame, crowds as that many figures, names clear of the slate. Plans are built here directly (the planner's
own reading of bodies and crowds is tested with the planner)."""
from __future__ import annotations

import colorsys

import numpy as np
import pytest

from director import poses
from director.colours import colour_of
from director.drawing import OPENPOSE_COLORS, draw_layout, entity_color, pose_map, to_pixels
from director.models import Background, Camera, Entity, Keyframe, SceneObject, Shot
from director.protocols import KeyframeRequest
from renderers.animatic import AnimaticRenderer, _slate

W, H = 320, 180
GREY = np.full((H, W, 3), 110, np.uint8)


def hue_sat_val(rgb) -> tuple[float, float, float]:
    h, s, v = colorsys.rgb_to_hsv(*(c / 255 for c in rgb))
    return h * 360, s, v


def dominant(img: np.ndarray, box) -> tuple[int, int, int]:
    """The most common colour inside `box` other than the background's grey."""
    x0, y0, x1, y1 = to_pixels(box, img.shape[1], img.shape[0])
    px = img[y0:y1, x0:x1].reshape(-1, 3)
    px = px[np.abs(px.astype(int) - 110).max(axis=1) > 12]
    colours, counts = np.unique(px, axis=0, return_counts=True)
    return tuple(int(c) for c in colours[counts.argmax()])


def draw(entity: Entity, box, frame=GREY, **kw) -> np.ndarray:
    return draw_layout(frame, [SceneObject(entity=entity.id, box=box)], {entity.id: entity}, **kw)


# --- colour -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("entity, hue, dark", [
    (Entity(id="cat", name="cat", kind="animal", attributes={"noun": "cat", "color": "orange"}), (20, 45), False),
    (Entity(id="jeep", name="jeep", kind="vehicle", description="a dark green jeep"), (100, 150), True),
    (Entity(id="ann", name="Ann", kind="person", description="pale blue raincoat"), (200, 235), False),
    (Entity(id="fox", name="fox", kind="animal", description="a ginger fox"), (15, 35), False),
])
def test_an_entity_is_drawn_in_the_colour_its_description_names(entity, hue, dark):
    box = (0.1, 0.1, 0.9, 0.9)
    h, s, v = hue_sat_val(dominant(draw(entity, box), box))
    assert hue[0] <= h <= hue[1] and s > 0.25, (h, s, v)
    assert (v < 0.5) == dark, v


def test_colour_words_and_their_modifiers():
    assert colour_of("the orange cat") == (245, 140, 30)
    dark, light, plain = colour_of("dark red"), colour_of("light red"), colour_of("red")
    assert sum(dark) < sum(plain) < sum(light)
    assert hue_sat_val(colour_of("rojo oscuro"))[2] < hue_sat_val(colour_of("rojo"))[2]
    assert colour_of("a man in his forties") is None
    anon = Entity(id="x1", name="crate", kind="object")
    assert entity_color("x1", anon) == entity_color("x1")           # no colour named: the id's colour


# --- creatures ----------------------------------------------------------------------------------------------------

def runs(row: np.ndarray) -> int:
    """Separate stretches of True along a row."""
    r = row.astype(np.int8)
    return int(((r[1:] - r[:-1]) == 1).sum() + r[0])


def test_a_four_legged_animal_is_not_drawn_as_a_skeleton():
    unicorn = Entity(id="unicorn", name="Unicorn", kind="animal", description="a white unicorn",
                     attributes={"body": "quadruped"})
    box = (0.1, 0.2, 0.9, 0.95)
    img = draw(unicorn, box)
    skeleton = np.zeros(img.shape[:2], bool)
    for c in OPENPOSE_COLORS:
        skeleton |= np.all(img == c, axis=2)
    assert not skeleton.any(), "no OpenPose joints"
    assert not pose_map([SceneObject(entity="unicorn", box=box)], W, H).any()
    white = np.all(img > 200, axis=2)
    x0, y0, x1, y1 = to_pixels(box, W, H)
    legs = white[y0 + int(0.85 * (y1 - y0)), x0:x1]
    torso = white[y0 + int(0.47 * (y1 - y0)), x0:x1]
    assert runs(legs) >= 3, "legs stand apart below the body"
    assert torso.mean() > 0.5, "a body wider than it is tall fills the middle"


@pytest.mark.parametrize("body", ["bird", "fish", "serpent", "winged_quadruped", "biped_creature"])
def test_each_body_plan_has_its_own_shape(body):
    box = (0.05, 0.05, 0.95, 0.95)

    def mask(b):
        e = Entity(id="c", name="C", kind="animal", attributes={"body": b, "color": "blue"})
        return np.all(draw(e, box) == draw(e, box), axis=2) & (np.abs(draw(e, box).astype(int) - 110).max(axis=2) > 30)

    assert (mask(body) != mask("quadruped")).mean() > 0.05


def test_a_creature_fills_its_box_at_full_scale():
    dragon = Entity(id="dragon", name="Dragon", kind="animal", description="a red dragon",
                    attributes={"body": "winged_quadruped"})
    img = draw(dragon, (0.0, 0.0, 1.0, 1.0))
    painted = np.abs(img.astype(int) - 110).max(axis=2) > 30
    assert painted.mean() > 0.45
    ys, xs = np.nonzero(painted)
    assert xs.min() < 0.05 * W and xs.max() > 0.95 * W and ys.min() < 0.05 * H and ys.max() > 0.95 * H


def test_a_creature_faces_the_way_it_moves():
    dog = Entity(id="dog", name="dog", kind="animal", attributes={"color": "white"})
    box = (0.3, 0.3, 0.7, 0.9)
    for facing, head_right in (("right", True), ("left", False)):
        img = draw(dog, box, facing={0: facing})
        x0, y0, x1, y1 = to_pixels(box, W, H)
        eye = np.all(img[y0:y1, x0:x1] < 40, axis=2)          # the eye is the one dark spot, in the head
        cols = np.nonzero(eye.any(axis=0))[0]
        assert len(cols) and (cols.mean() > (x1 - x0) / 2) == head_right


# --- crowds -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("count", [3, 5, 9])
def test_a_crowd_is_that_many_figures(count):
    crowd = Entity(id="patrons", name="patrons", kind="person", attributes={"count": str(count), "color": "white"})
    box = (0.02, 0.45, 0.98, 0.95)                     # wide and low: one row
    img = draw(crowd, box)
    x0, y0, x1, y1 = to_pixels(box, W, H)
    figures = np.all(img > 200, axis=2)
    heads = figures[y0 + int(0.12 * (y1 - y0)), x0 + 3:x1 - 3]    # inside the outline
    assert runs(heads) == count


def test_a_big_crowd_still_draws_many_figures_and_says_how_many():
    crowd = Entity(id="fans", name="fans", kind="person", attributes={"count": "40", "color": "white"})
    img = draw(crowd, (0.0, 0.2, 1.0, 1.0))
    figures = np.all(img > 200, axis=2)
    assert max(runs(figures[y]) for y in range(H)) >= 8


# --- close-ups ------------------------------------------------------------------------------------------------------

def close_up_frame(size: str) -> np.ndarray:
    """One person framed by `size` the way the rules planner frames a single (FRAMING's height and head top)."""
    height, head_top = {"CU": (4.0, 0.06), "MCU": (2.6, 0.08), "ECU": (7.0, -0.20), "LS": (0.52, 0.38)}[size]
    body = poses.body_box("talk", 0.5, head_top + height, height, W / H)
    box = poses.clip_box(body)
    kps = poses.keypoints("talk", body, "front", visible=box)
    ann = Entity(id="ann", name="Ann", kind="person", description="yellow raincoat")
    shot = Shot(id="cu", scene=1, duration=1.0, camera=Camera(size=size), background=Background(),
                keyframes=[Keyframe(t=0.0, objects=[SceneObject(entity="ann", box=box, keypoints=kps)])])
    req = KeyframeRequest(shot=shot, entities={"ann": ann}, times=[0.0], width=W, height=H, fps=12)
    return AnimaticRenderer(slate=False, subtitles=False).keyframes(req)[0]


def yellow(img: np.ndarray) -> np.ndarray:
    h = np.vectorize(lambda r, g, b: colorsys.rgb_to_hsv(r / 255, g / 255, b / 255)[0] * 360, otypes=[float])
    hue = h(img[..., 0], img[..., 1], img[..., 2])
    sat = (img.max(axis=2).astype(int) - img.min(axis=2)) / np.maximum(img.max(axis=2), 1)
    return (hue > 40) & (hue < 65) & (sat > 0.5)


def test_a_close_up_is_a_head_and_shoulders_filling_the_frame():
    figure = yellow(close_up_frame("CU"))
    assert figure.mean() > 0.25, figure.mean()          # a skeleton alone covers under 2 %
    ys, xs = np.nonzero(figure)
    assert ys.min() < 0.12 * H and ys.max() > 0.97 * H              # from the top of the head out of the frame
    shoulders = figure[int(0.93 * H)]
    assert shoulders.mean() > 0.4                                    # shoulders across the bottom of the frame
    assert figure[int(0.3 * H)].mean() > 0.12                         # a head, not a few joints


def test_close_framings_keep_the_joints_they_cut_absent_and_the_plan_valid():
    for size in ("MCU", "CU", "ECU"):
        height, top = {"MCU": (2.6, 0.08), "CU": (4.0, 0.06), "ECU": (7.0, -0.2)}[size]
        body = poses.body_box("stand", 0.5, top + height, height, 16 / 9)
        box = poses.clip_box(body)
        kps = poses.keypoints("stand", body, "front", visible=box)
        x0, y0, x1, y1 = box
        sx, sy = (x1 - x0) * 0.1 + 0.01, (y1 - y0) * 0.1 + 0.01
        assert all(x0 - sx <= x <= x1 + sx and y0 - sy <= y <= y1 + sy for x, y, v in kps if v > 0)
        assert all(v == 0 for _, _, v in kps[8:14]), size              # hips, knees and ankles are out
    shoulders = poses.keypoints("stand", poses.body_box("stand", 0.5, 4.06, 4.0, 16 / 9), "front",
                                visible=(0.0, 0.06, 1.0, 1.0))
    full = poses.keypoints("stand", poses.body_box("stand", 0.5, 0.9, 0.5, 16 / 9), "front")
    assert abs(shoulders[5][0] - shoulders[2][0]) > 0.45              # a close-up's shoulders span the frame
    assert abs(full[5][0] - full[2][0]) < 0.05                        # a distant figure keeps its template


def test_a_wide_shot_still_shows_the_whole_person():
    figure = yellow(close_up_frame("LS"))
    ys, _ = np.nonzero(figure)
    assert 0.005 < figure.mean() < 0.1 and ys.max() - ys.min() > 0.4 * H


# --- names ---------------------------------------------------------------------------------------------------------

def test_names_are_not_hidden_under_the_slate():
    """Both boxes start under the slate's corner; their names are drawn where they can be read."""
    boxes = {"mara": (0.0, 0.0, 0.3, 1.0), "cat": (0.02, 0.05, 0.25, 0.3)}
    shot = Shot(id="sc001_sh01", scene=1, duration=1.0, camera=Camera(size="MS"),
                background=Background(int_ext="INT", location="KITCHEN", time_of_day="NIGHT"),
                keyframes=[Keyframe(t=0.0, objects=[SceneObject(entity=e, box=b) for e, b in boxes.items()])])

    def frame(names):
        ents = {"mara": Entity(id="mara", name=names[0], kind="person"),
                "cat": Entity(id="cat", name=names[1], kind="animal", attributes={"color": "orange"})}
        req = KeyframeRequest(shot=shot, entities=ents, times=[0.0], width=W, height=H, fps=12)
        return AnimaticRenderer().keyframes(req)[0].astype(int)

    a, b = frame(("Mara", "cat")), frame(("Wim", "dog"))
    text = np.abs(a - b).max(axis=2) > 40            # only the names differ: where they are drawn
    sx0, sy0, sx1, sy1 = _slate(shot, W, H)[2]
    ys, xs = np.nonzero(text)
    assert len(xs) > 20, "the names are drawn"
    assert not ((xs < sx1) & (ys < sy1)).any(), "no name under the slate"
    for eid, (x0, y0, x1, y1) in boxes.items():
        px0, py0, px1, py1 = to_pixels((x0, y0, x1, y1), W, H)
        near = (xs >= px0 - 2) & (xs <= px1 + 40) & (ys >= py0 - 16) & (ys <= py1 + 16)
        assert near.any(), f"{eid}'s name is next to its box"
