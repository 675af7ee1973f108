#!/bin/sh
# Builds the libFuzzer targets with clang (the `fuzz` preset builds nothing else) and runs each
# for a bounded time on its seed corpus. A crash, sanitizer report, timeout or out-of-memory
# fails the script and leaves the input under build/fuzz/artifacts/.
# Usage: scripts/run-fuzz.sh [seconds per target, default $FUZZ_SECONDS or 60]
set -eu
cd "$(dirname "$0")/.."
seconds="${1:-${FUZZ_SECONDS:-60}}"
cmake --preset fuzz
cmake --build --preset fuzz
mkdir -p build/fuzz/artifacts
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# New inputs go to the scratch corpus first; the checked-in seeds are only read.
build/fuzz/tests/fuzz/fuzz_response_decoder \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -dict=tests/fuzz/json.dict -artifact_prefix=build/fuzz/artifacts/ -print_final_stats=1 \
    "$work" tests/fuzz/corpus
