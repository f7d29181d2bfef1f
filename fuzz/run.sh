#!/usr/bin/env bash
# Fuzz refold.parse for a fixed budget: `fuzz/run.sh [SECONDS]` (default 60).
# FUZZ_SEED=N fixes libFuzzer's seed (with PYTHONHASHSEED fixed too, the same run on every
# machine, a slower one running a prefix of it): CI's fuzz is reproducible, so a submission does
# not fail on what another seed happened to find. Without it, each run explores anew.
# Seeds: the seed page and the labeled pages (copied at run time from ../shared) plus fuzz/seeds.
# A crash stops the run and leaves `crash-*` in fuzz/findings/: add it to tests/regressions/.
set -euo pipefail
cd "$(dirname "$0")/.."
budget="${1:-60}"
seed_option=()
if [ -n "${FUZZ_SEED:-}" ]; then
  seed_option=(-seed="$FUZZ_SEED")
  export PYTHONHASHSEED=0
fi
py="${PYTHON:-.venv/bin/python}"
work=fuzz/work
rm -rf "$work" && mkdir -p "$work" fuzz/findings
cp fuzz/seeds/* "$work"/ 2>/dev/null || true
if [ -d ../shared ]; then
  cp ../shared/seed/*.txt "$work"/
  for f in ../shared/corpus/labeled/*.txt; do cp "$f" "$work"/; done
fi
"$py" fuzz/fuzz_parse.py "$work" -max_total_time="$budget" -max_len=8192 -rss_limit_mb=2048 "${seed_option[@]}" \
  -artifact_prefix=fuzz/findings/ -print_final_stats=1
