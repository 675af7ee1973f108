#!/bin/sh
# Installs what is missing, builds with the `ci` preset (ASan + UBSan, warnings as errors) and
# runs every test. Usage: scripts/run-tests.sh [extra ctest arguments]
set -eu
cd "$(dirname "$0")/.."
scripts/install-debian-deps.sh
cmake --preset ci
cmake --build --preset ci --parallel "$(nproc)"
ctest --preset ci --parallel "$(nproc)" "$@"
