#!/bin/sh
# Installs what is missing, builds the app and starts it on its built-in demo backend.
set -eu
cd "$(dirname "$0")/.."
scripts/install-debian-deps.sh
cmake --preset release
cmake --build --preset release --parallel "$(nproc)" --target dispatchable dispatchable-server
exec build/release/ui/dispatchable --demo "$@"
