#!/bin/sh
# Builds the libFuzzer targets with clang (the `fuzz` preset builds nothing else) and runs every
# one on its seed corpus (tests/fuzz/corpus/<name>/), two at a time, sharing a wall-clock budget.
# A crash, sanitizer report, timeout or out-of-memory in any of them fails the script and leaves
# the input under build/fuzz/artifacts/<target>-….
# Usage: scripts/run-fuzz.sh [total seconds, default $FUZZ_SECONDS or 60]
set -eu
cd "$(dirname "$0")/.."
budget="${1:-${FUZZ_SECONDS:-60}}"
cmake --preset fuzz
cmake --build --preset fuzz
mkdir -p build/fuzz/artifacts
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

targets="response_decoder number_csv network_csv address_paste network_identifier request_body
json_libraries"
count=$(echo $targets | wc -w)
parallel=2
# Each target gets an equal share of the budget; two run at once.
seconds=$(( budget * parallel / count ))
[ "$seconds" -ge 1 ] || seconds=1

run_one() { # $1: target name without fuzz_; writes its log to $work/$1.log
    name="$1"
    dict=""
    case "$name" in response_decoder|request_body|json_libraries) dict="-dict=tests/fuzz/json.dict" ;; esac
    mkdir -p "$work/$name"
    # New inputs go to the scratch corpus first; the checked-in seeds are only read.
    if build/fuzz/tests/fuzz/fuzz_"$name" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 $dict -artifact_prefix="build/fuzz/artifacts/$name-" \
        -print_final_stats=1 "$work/$name" "tests/fuzz/corpus/$name" >"$work/$name.log" 2>&1; then
        echo "fuzz_$name: $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$work/$name.log" | grep -o '[0-9]*$') runs in ${seconds} s, no failure"
    else
        echo "fuzz_$name FAILED:"; tail -40 "$work/$name.log"
        touch "$work/failed"
    fi
}

set -- $targets
while [ $# -gt 0 ]; do
    run_one "$1" &
    if [ $# -gt 1 ]; then run_one "$2" & shift; fi
    shift
    wait
done
[ ! -e "$work/failed" ]
