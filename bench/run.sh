#!/usr/bin/env bash
# Builds and runs every benchmark; prints the table for README's "Performance" section.
#   bench/run.sh [--papers N]     default 100000 papers
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/dev.sh" install-only sqlite3 grep
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$root/build" --target dailypapers_bench --parallel "$(nproc)"
QT_QPA_PLATFORM=offscreen "$root/build/bench/dailypapers_bench" "$@"
