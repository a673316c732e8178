#!/usr/bin/env bash
# Installs what the build needs, builds, and runs every test (unit, golden
# samples, property, fuzz-corpus replays, CLI). The README's test command.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/tools/install-deps.sh"
"$root/tools/build.sh"
build=${ALLEGATO_BUILD_DIR:-$root/build}
cd "$build"
ctest --output-on-failure -j "$(nproc 2>/dev/null || echo 2)" --timeout 600
