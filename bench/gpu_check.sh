#!/usr/bin/env bash
# The real-size diffusion check on a CUDA GPU, unattended, in under ten minutes: prints one table.
#
#   bench/gpu_check.sh            # from the repository root (uses .venv/bin/python if there, else python3)
#
# AnimateDiff (SD1.5 UNet + motion adapter v1-5-3, float16) at 512x512x16 with CFG, plain and box-guided;
# Wan 2.1 1.3B T2V and VACE transformers (bfloat16) at 480x832x81 with CFG. Random weights, no download, no
# network. Per row: seconds per denoising step, the renderer's memory estimate (probes extended to the job)
# and the measured peak (torch.cuda.max_memory_allocated), and their ratio. Paste the table into the issue.
#
# Time: the whole run is capped at GPU_CHECK_SECONDS (default 570 s) by `timeout`; the bench itself starts
# nothing after DEADLINE seconds (default 480) and still prints the rows it has, so the table always comes.
set -u -o pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
[ -x "$PY" ] || PY=python3
TOTAL=${GPU_CHECK_SECONDS:-570}
DEADLINE=${DEADLINE:-480}
LOG=${GPU_CHECK_LOG:-$(mktemp -t gpu_check.XXXXXX.log)}

if ! "$PY" -c "import torch, diffusers, transformers; assert torch.cuda.is_available()" 2>/dev/null; then
    echo "gpu_check: needs torch with CUDA, diffusers and transformers (pip install -e '.[diffusion]')" >&2
    "$PY" -c "import torch; print('torch', torch.__version__, 'cuda available:', torch.cuda.is_available())" >&2
    exit 2
fi
"$PY" - <<'EOF'
import torch, diffusers
p = torch.cuda.get_device_properties(0)
free, total = torch.cuda.mem_get_info(0)
print(f"gpu_check: {p.name}, {total / 2**30:.1f} GiB ({free / 2**30:.1f} free), torch {torch.__version__}, "
      f"CUDA {torch.version.cuda}, diffusers {diffusers.__version__}")
EOF

status=0
timeout --signal=TERM --kill-after=15 "$TOTAL" "$PY" -u bench/bench_diffusion_realsize.py --device cuda \
    --ad-size 512x512 --ad-frames 16 --ad-guided-frames 16 --wan-size 832x480 --wan-frames 81 --wan-cfg \
    --steps 2 --deadline "$DEADLINE" 2>&1 | tee "$LOG" || status=$?
if ! grep -q '^| model' "$LOG"; then
    echo "gpu_check: the bench stopped before its table (exit $status); the rows it measured:" >&2
    grep '^  {' "$LOG" >&2 || true
    exit 1
fi
exit 0
