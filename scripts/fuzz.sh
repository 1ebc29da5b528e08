#!/usr/bin/env bash
# Builds the digest parser fuzzer (clang, ASan + UBSan + libFuzzer) and runs it for a bounded
# time, seeded with our fixtures. Any crash, leak, timeout or out-of-memory fails the run; the
# input that caused it is copied to tests/fuzz-regressions/, where tst_hostile replays it.
#   scripts/fuzz.sh [SECONDS]     default 60
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
build="$root/build-fuzz"
"$root/scripts/dev.sh" install-only clang libclang-rt-14-dev
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DDAILYPAPERS_FUZZ=ON -DBUILD_TESTING=OFF -DDAILYPAPERS_WERROR=OFF >/dev/null
cmake --build "$build" --target digestparser_fuzzer --parallel "$(nproc)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$work/artifacts"
cp "$root"/tests/fixtures/*.md "$work/corpus/"
cp "$root"/tests/fuzz-regressions/* "$work/corpus/" 2>/dev/null || true

export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
"$build/fuzz/digestparser_fuzzer" "$work/corpus" -dict="$root/fuzz/digest.dict" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$work/artifacts/" -print_final_stats=1 || status=$?
if compgen -G "$work/artifacts/*" >/dev/null; then
    for artifact in "$work"/artifacts/*; do
        name="$(basename "$artifact")"
        cp "$artifact" "$root/tests/fuzz-regressions/$name"
        echo "fuzz: finding kept as tests/fuzz-regressions/$name"
    done
    exit 1
fi
exit "$status"
