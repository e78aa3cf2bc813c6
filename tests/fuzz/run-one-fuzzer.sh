#!/usr/bin/env bash
# Runs one libFuzzer target for SECONDS over a working copy of its corpus.
#   run-one-fuzzer.sh FUZZER CORPUS WORK FINDINGS SECONDS
# The committed corpus (CORPUS) is only read; what the run adds goes to WORK. A crash, leak,
# timeout (10 s: the sanitizers and a busy machine slow a run ten times; the 1 s bound of a
# release build is bench_hostileinputs' to measure) or out-of-memory (768 MB resident, 256 MB in one
# allocation) input is written to FINDINGS as crash-*, timeout-*
# or oom-*: to keep it, fix the defect and commit the input as CORPUS/repro-NAME. The last
# line says how many inputs ran ("Done N runs in S second(s)"); the exit code is the fuzzer's.
set -euo pipefail
fuzzer=$1 corpus=$2 work=$3 findings=$4 seconds=$5
mkdir -p "$work" "$findings"
exec "$fuzzer" "$work" "$corpus" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=768 -malloc_limit_mb=256 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$findings/"
