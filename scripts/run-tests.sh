#!/bin/sh
# Installs what is missing, builds with the `ci` preset (ASan + UBSan, warnings as errors) and
# runs every test, then fuzzes the response decoders for a bounded time (scripts/run-fuzz.sh;
# FUZZ_SECONDS=0 skips it). Usage: scripts/run-tests.sh [extra ctest arguments]
set -eu
cd "$(dirname "$0")/.."
scripts/install-debian-deps.sh
cmake --preset ci
cmake --build --preset ci --parallel "$(nproc)"
ctest --preset ci --parallel "$(nproc)" "$@"
if [ "${FUZZ_SECONDS:-60}" -gt 0 ]; then
    scripts/run-fuzz.sh "${FUZZ_SECONDS:-60}"
fi
