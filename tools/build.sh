#!/usr/bin/env bash
# Configures and builds allegato in build/ (or $ALLEGATO_BUILD_DIR).
# Environment: ALLEGATO_BUILD_TYPE (default Release), ALLEGATO_WERROR=ON in CI.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ALLEGATO_BUILD_DIR:-$root/build}
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S "$root" -B "$build" \
  -DCMAKE_BUILD_TYPE="${ALLEGATO_BUILD_TYPE:-Release}" \
  -DALLEGATO_WERROR="${ALLEGATO_WERROR:-OFF}" >/dev/null
cmake --build "$build" -j "$jobs"
