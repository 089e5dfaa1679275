"""The diffusion path against the published configs of real checkpoints (../shared/realconfigs, no weights).

Schedules: AnimateDiff samples on its authors' DDIM settings, not the SD1.5 base folder's PNDM/scaled_linear,
with the base's real scheduler_config.json in the folder. Loading: every published diffusers config builds (at
its published size, on the meta device: no memory) with no key dropped that the class cannot honour, and a
motion adapter carrying v1-5-2's retired keys loads through the renderer's own loader.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
diffusers = pytest.importorskip("diffusers")
yaml = pytest.importorskip("yaml")

from director import registry  # noqa: E402
from director.errors import DirectorError  # noqa: E402

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "realconfigs"
SD15 = REAL / "runwayml__stable-diffusion-v1-5"
ANIMATEDIFF = REAL / "guoyww__AnimateDiff" / "configs" / "inference"


@pytest.fixture(scope="module")
def real() -> Path:
    if not REAL.is_dir():
        pytest.skip(f"published configs not found at {REAL} (they sit beside the checkout, not in a clone)")
    return REAL


@pytest.fixture(scope="module")
def tiny_with_real_scheduler(real, tmp_path_factory) -> Path:
    """The tiny stack, with SD1.5's published scheduler folder in place of its own (as a real base has)."""
    folder = tmp_path_factory.mktemp("real-sched") / "model"
    done = subprocess.run([sys.executable, "-m", "director", "tiny-model", str(folder)], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    shutil.rmtree(folder / "scheduler")
    shutil.copytree(SD15 / "scheduler", folder / "scheduler")
    return folder


def _authors_ddim() -> dict:
    """noise_scheduler_kwargs of every AnimateDiff inference config (they agree)."""
    kwargs = [yaml.safe_load(p.read_text())["noise_scheduler_kwargs"] for p in sorted(ANIMATEDIFF.glob("*.yaml"))]
    assert kwargs and all(k == kwargs[0] for k in kwargs)
    return kwargs[0]


def test_animatediff_samples_with_its_authors_ddim_whatever_the_base_folder_says(tiny_with_real_scheduler):
    base = json.loads((tiny_with_real_scheduler / "scheduler" / "scheduler_config.json").read_text())
    assert base["_class_name"] == "PNDMScheduler" and base["beta_schedule"] == "scaled_linear"
    r = registry.load("renderer", "diffusers", model=str(tiny_with_real_scheduler))
    schedule = r.backend.schedule
    assert schedule["class"] == "DDIMScheduler"
    for key, value in _authors_ddim().items():          # linear betas 0.00085..0.012, steps_offset 1, no clipping
        assert schedule[key] == value, key
    assert schedule["timestep_spacing"] == "linspace" and schedule["set_alpha_to_one"] is False
    sched = r.backend._scheduler(25)
    expected = torch.linspace(0.00085, 0.012, 1000, dtype=torch.float32)   # linear, not scaled_linear
    assert torch.allclose(sched.betas, expected)
    assert sched.timesteps[0] == 999 and sched.timesteps[-1] == 0 and len(sched.timesteps) == 25
    assert r.describe()["schedule"]["beta_schedule"] == "linear"


def test_the_profile_overrides_the_schedule_or_takes_the_base_folders(tiny_with_real_scheduler):
    model = str(tiny_with_real_scheduler)
    euler = registry.load("renderer", "diffusers", model=model, scheduler="euler",
                          schedule={"timestep_spacing": "trailing"}).backend.schedule
    assert euler["class"] == "EulerDiscreteScheduler" and euler["beta_schedule"] == "linear"
    assert euler["timestep_spacing"] == "trailing" and "clip_sample" not in euler
    base = registry.load("renderer", "diffusers", model=model, scheduler="base").backend.schedule
    assert base["class"] == "PNDMScheduler" and base["beta_schedule"] == "scaled_linear"
    flat = registry.load("renderer", "diffusers", model=model, **{"schedule.beta_end": 0.02})
    assert flat.backend.schedule["beta_end"] == 0.02
    assert flat.identity != registry.load("renderer", "diffusers", model=model).identity
    with pytest.raises(DirectorError, match="schedule setting.* betas_typo .* not settings of DDIMScheduler"):
        registry.load("renderer", "diffusers", model=model, schedule={"betas_typo": 1}).backend


def _published_configs(real: Path):
    for path in sorted(real.rglob("*.json")):
        cfg = json.loads(path.read_text())
        name = cfg.get("_class_name") if isinstance(cfg, dict) else None
        if name and hasattr(diffusers, name) and path.name != "model_index.json":
            yield path, getattr(diffusers, name), cfg


def _same(a, b) -> bool:
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b


def test_every_published_diffusers_config_builds_with_no_key_it_cannot_honour(real):
    from renderers.diffusion.checkpoints import RETIRED_KEYS, unsupported_keys

    seen = set()
    for path, cls, cfg in _published_configs(real):
        where = path.relative_to(real)
        assert unsupported_keys(cls, cfg) == {}, where
        if "Scheduler" in cls.__name__:
            built = cls.from_config(cfg)
        else:
            with torch.device("meta"):           # published size, no memory
                built = cls.from_config(cfg)
        kept = dict(built.config)
        for key, value in cfg.items():
            if key.startswith("_") or key in RETIRED_KEYS.get(cls.__name__, {}):
                continue
            if key in kept:
                assert _same(kept[key], value), (where, key, kept[key], value)
        seen.add(cls.__name__)
    assert {"UNet2DConditionModel", "AutoencoderKL", "MotionAdapter", "ControlNetModel", "SparseControlNetModel",
            "WanTransformer3DModel", "WanVACETransformer3DModel", "PNDMScheduler"} <= seen


def _adapter_like(published: dict, **changes) -> dict:
    """v1-5-2's published config, every key kept, dimensions scaled to the tiny UNet."""
    from renderers.diffusion.tiny import UNET_CHANNELS

    cfg = dict(published)
    cfg.update(block_out_channels=list(UNET_CHANNELS), motion_layers_per_block=1, motion_norm_num_groups=4,
               motion_num_attention_heads=2, use_motion_mid_block=False, **changes)
    return cfg


def test_motion_adapter_v1_5_2_with_keys_diffusers_no_longer_knows_loads_and_renders(real, tmp_path):
    from renderers.diffusion.tiny import write_tiny_model

    published = json.loads((real / "guoyww__animatediff-motion-adapter-v1-5-2" / "config.json").read_text())
    assert {"motion_activation_fn", "motion_attention_bias", "motion_cross_attention_dim"} <= set(published)
    model = write_tiny_model(tmp_path / "m", controlnet=False, sparsectrl=False)
    (model / "motion_adapter" / "config.json").write_text(json.dumps(_adapter_like(published)))
    r = registry.load("renderer", "diffusers", model=str(model), steps=1, box_steps=0)
    r.check()                                            # loads it and runs one real step
    assert type(r.backend.unet).__name__ == "UNetMotionModel"

    bad = tmp_path / "bad"
    shutil.copytree(model, bad)
    (bad / "motion_adapter" / "config.json").write_text(json.dumps(_adapter_like(published,
                                                                                 motion_activation_fn="gelu")))
    with pytest.raises(DirectorError) as err:
        registry.load("renderer", "diffusers", model=str(bad), steps=1).check()
    assert "motion_activation_fn='gelu'" in str(err.value) and "cannot build" in str(err.value)
    assert "\n" not in str(err.value)
