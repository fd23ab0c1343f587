#!/usr/bin/env bash
# Runs the loader's fuzz target for a fixed time on the committed corpus and dictionary.
#     bash tests/fuzz/run.sh BUILD_DIR SECONDS
# BUILD_DIR is a sanitizer build by clang (cmake -DOPENNESS_SANITIZE=ON, CXX=clang++), which
# builds tests/fuzz/fuzz-loader. New inputs go to a temporary folder, not into the corpus;
# a crash leaves its input in the current folder (crash-*) and fails the run.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:?usage: run.sh BUILD_DIR SECONDS}"
seconds="${2:?usage: run.sh BUILD_DIR SECONDS}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$build/tests/fuzz/fuzz-loader" -dict="$here/json.dict" -max_total_time="$seconds" -timeout=60 \
    -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 "$work" "$here/corpus"
