#!/usr/bin/env bash
# One entry point for a fresh Debian bookworm machine:
#   scripts/dev.sh run [APP ARGS...]  install what is missing, build, start the app
#   scripts/dev.sh test               install what is missing, build, run every test
#   scripts/dev.sh sanitize           the same tests built with AddressSanitizer and UBSan
#   scripts/dev.sh install-only PKG.. install the named packages if they are missing
# Installing is idempotent: packages already present are not touched, and apt is not even
# asked when nothing is missing.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${DAILYPAPERS_BUILD_DIR:-$root/build}"
command=${1:-}
[ $# -gt 0 ] && shift

build_packages=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools
    libqt6sql6-sqlite libqt6svg6 libgl-dev libmd4c-dev libmd4c-html0-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools desktop-file-utils appstream)
# The window needs a font with Hangul for the Korean summaries; without a display it runs
# under Xvfb.
run_packages=(fonts-noto-cjk qt6-translations-l10n xvfb xauth)

install_missing() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
}

configure_and_build() {
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${DAILYPAPERS_BUILD_TYPE:-RelWithDebInfo}" >/dev/null
    cmake --build "$build" --parallel "$(nproc)"
}

case "$command" in
run)
    install_missing "${build_packages[@]}" "${run_packages[@]}"
    configure_and_build
    app="$build/app/main/dailypapers"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found: starting Daily Papers under Xvfb (close it with Ctrl+C)."
        exec xvfb-run -a -s "-screen 0 1400x900x24" "$app" "$@"
    fi
    exec "$app" "$@"
    ;;
test)
    install_missing "${build_packages[@]}"
    configure_and_build
    # Every test sets QT_QPA_PLATFORM=offscreen itself (tests/CMakeLists.txt).
    ctest --test-dir "$build" --output-on-failure --no-tests=error --timeout 600
    ;;
sanitize)
    install_missing "${build_packages[@]}"
    build="${DAILYPAPERS_BUILD_DIR:-$root/build-sanitize}"
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DDAILYPAPERS_SANITIZE=ON >/dev/null
    cmake --build "$build" --parallel "$(nproc)"
    # Leaks inside system libraries (fontconfig, the X/GL stack) are theirs, not ours.
    export LSAN_OPTIONS="suppressions=$root/scripts/lsan.supp:print_suppressions=0"
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    ctest --test-dir "$build" --output-on-failure --no-tests=error --timeout 900
    ;;
install-only)
    install_missing "$@"
    ;;
*)
    echo "usage: $0 run [APP ARGS...] | test | sanitize | install-only PACKAGE..." >&2
    exit 2
    ;;
esac
