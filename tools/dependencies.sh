#!/usr/bin/env bash
# The one list of Debian 12 packages Bookwarden needs, and the function that installs what is missing.
# Sourced by tools/run, tools/test and .ci/run; run it directly to install (or check) without building.

BOOKWARDEN_PACKAGES=(
    # toolchain
    cmake g++ ninja-build pkg-config
    # Qt 6.4 (qt6-websockets-dev: Debian's Qt6HttpServer CMake package needs Qt6WebSockets, the -dev
    # package does not pull it in)
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite libsqlite3-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    # cryptography and password hashing; argon2 is the reference CLI used by an interoperability test
    libssl-dev libargon2-dev argon2 openssl
    # independent JWT implementation for the interoperability tests
    python3 python3-jwt python3-cryptography
    # independent HTTP/1.1 parser (h11) that tst_httpconformance compares the server's parser with
    python3-h11
    # sanitizer and fuzzing builds (clang with its libFuzzer runtime)
    clang libclang-rt-14-dev
    # the committed .clang-format, checked by CI (cmake --build build --target format-check)
    clang-format
    # screenshots of the GUI on a virtual display, and the HTTP load generator for tools/bench
    xvfb xauth wrk
    # PostgreSQL, the second backend (issue 14): the server tests start their own from these binaries;
    # QPSQL driver and libpq headers
    postgresql libpq-dev libqt6sql6-psql
)

bookwarden_missing_packages() {
    local missing=() package status
    for package in "${BOOKWARDEN_PACKAGES[@]}"; do
        status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
        [ "$status" = "installed" ] || missing+=("$package")
    done
    echo "${missing[@]}"
}

# Installs the missing packages through apt-get (as root, or through sudo when it needs no password).
# Without either, names the packages and fails: nothing is half-installed behind the user's back.
bookwarden_install_dependencies() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "bookwarden: this is not a Debian-based system; install the equivalents of:" >&2
        echo "  ${BOOKWARDEN_PACKAGES[*]}" >&2
        return 1
    fi
    local missing
    missing=$(bookwarden_missing_packages)
    [ -z "$missing" ] && return 0

    local runner=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            runner=(sudo -n)
        else
            echo "bookwarden: these Debian packages are missing: $missing" >&2
            echo "Install them with:  sudo apt-get install $missing" >&2
            echo "(or run this command as root, or with password-less sudo, and it installs them itself)" >&2
            return 1
        fi
    fi
    echo "bookwarden: installing missing packages: $missing"
    # shellcheck disable=SC2086
    if ! "${runner[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y $missing; then
        echo "bookwarden: apt-get install failed; refreshing the package lists and trying again"
        "${runner[@]}" apt-get update
        # shellcheck disable=SC2086
        "${runner[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y $missing
    fi
}

# Configures (once) and builds the tree in BUILD_DIR. Extra arguments go to the first cmake configure.
bookwarden_build() {
    local source_dir=$1 build_dir=$2
    shift 2
    if [ ! -f "$build_dir/CMakeCache.txt" ]; then
        cmake -S "$source_dir" -B "$build_dir" -G Ninja "$@"
    fi
    cmake --build "$build_dir" --parallel "$(nproc)"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -euo pipefail
    if [ "${1:-}" = "--check" ]; then
        missing=$(bookwarden_missing_packages)
        if [ -n "$missing" ]; then echo "missing: $missing"; exit 1; fi
        echo "all ${#BOOKWARDEN_PACKAGES[@]} packages are installed"
        exit 0
    fi
    bookwarden_install_dependencies
fi
