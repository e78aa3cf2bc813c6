#!/usr/bin/env bash
# Builds the fuzz targets (the `fuzz` preset: clang, libFuzzer, AddressSanitizer and
# UndefinedBehaviorSanitizer) and runs each for SECONDS (default 60), one after the other,
# then prints the executions of each and what was found.
#   tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(text html docx pdf cli)
fi
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
status=0
for target in "${targets[@]}"; do
    log="build-fuzz/fuzz-$target.log"
    if ASAN_OPTIONS=detect_leaks=0 QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
        tests/fuzz/run-one-fuzzer.sh "build-fuzz/fuzz/fuzz_$target" "tests/fuzz/corpus/$target" \
        "build-fuzz/fuzz-work/$target" "build-fuzz/fuzz-findings/$target" "$seconds" >"$log" 2>&1; then
        result="nothing found"
    else
        result="FOUND (see $log and build-fuzz/fuzz-findings/$target)"
        status=1
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    echo "fuzz_$target: $runs executions in $seconds s: $result"
done
exit $status
