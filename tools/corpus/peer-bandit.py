#!/usr/bin/env python3
"""Runs bandit (Debian's package) as a peer on the same labelled corpus as `benchmarks scan-eval`.

  peer-bandit.py --malicious DIR --benign DIR [--every N] [--json FILE]

Malicious side: every sample tree (a folder with expected.json) is scanned as it is (the sdist's content).
Benign side: every sdist (*.tar.gz) under DIR (every N-th one with --every N) is extracted into a temporary folder
and scanned. bandit reports issues of medium or high severity and medium or high confidence (-ll -ii, the usual CI
setting; --strict for high only, -lll -iii); a package is flagged when bandit reports any issue. Prints recall, false-positive rate and throughput
(compressed MB per second of bandit wall time, extraction excluded), like scan-eval.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time


LEVELS = ["-ll", "-ii"]


def bandit(path):
    started = time.perf_counter()
    completed = subprocess.run(
        ["bandit", "-r", "-q", *LEVELS, "-f", "json", path],
        capture_output=True, text=True,
    )
    elapsed = time.perf_counter() - started
    try:
        results = json.loads(completed.stdout).get("results", [])
    except json.JSONDecodeError:
        results = None
    return results, elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--malicious", required=True)
    parser.add_argument("--benign", required=True)
    parser.add_argument("--every", type=int, default=1)
    parser.add_argument("--json")
    parser.add_argument("--strict", action="store_true")
    args = parser.parse_args()
    if args.strict:
        LEVELS[:] = ["-lll", "-iii"]

    samples = sorted(d for d in os.listdir(args.malicious) if os.path.isfile(os.path.join(args.malicious, d, "expected.json")))
    detected, misses = 0, []
    for name in samples:
        results, _ = bandit(os.path.join(args.malicious, name))
        if results:
            detected += 1
        else:
            misses.append(name)

    sdists = []
    for root, _, files in os.walk(args.benign):
        sdists += [os.path.join(root, f) for f in files if f.endswith(".tar.gz")]
    sdists = sorted(sdists)[:: args.every]
    flagged, errors, times, megabytes = [], 0, [], 0.0
    with tempfile.TemporaryDirectory() as scratch:
        for index, sdist in enumerate(sdists):
            target = os.path.join(scratch, str(index))
            os.makedirs(target)
            with tarfile.open(sdist) as archive:
                archive.extractall(target, filter="data")
            results, elapsed = bandit(target)
            times.append(elapsed)
            megabytes += os.path.getsize(sdist) / 1e6
            if results is None:
                errors += 1
            elif results:
                flagged.append((os.path.relpath(sdist, args.benign), [f"{r['test_id']} {os.path.relpath(r['filename'], target)}:{r['line_number']}" for r in results][:3]))
            subprocess.run(["rm", "-rf", target], check=True)

    summary = {
        "tool": "bandit " + subprocess.run(["bandit", "--version"], capture_output=True, text=True).stdout.split()[1],
        "configuration": " ".join(LEVELS),
        "malicious_samples": len(samples),
        "malicious_detected": detected,
        "recall": detected / len(samples) if samples else 0,
        "benign_sdists": len(sdists),
        "benign_flagged": len(flagged),
        "false_positive_rate": len(flagged) / len(sdists) if sdists else 0,
        "errors": errors,
        "megabytes": megabytes,
        "seconds": sum(times),
        "megabytes_per_second": megabytes / sum(times) if times else 0,
        "median_ms": statistics.median(times) * 1000 if times else 0,
        "missed_samples": misses,
        "false_positives": flagged,
    }
    if args.json:
        with open(args.json, "w") as handle:
            json.dump(summary, handle, indent=2)
    for key in ("tool", "configuration", "malicious_samples", "malicious_detected", "recall", "benign_sdists", "benign_flagged",
                "false_positive_rate", "errors", "megabytes", "seconds", "megabytes_per_second", "median_ms"):
        print(f"{key}: {summary[key]}")
    print("missed:", " ".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
