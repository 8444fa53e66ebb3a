#!/usr/bin/env bash
# LocalIndex host figures for benchmarks/README.md, measured from second processes on loopback:
#   1. upload-to-visible latency (upload_latency.py: POST /legacy/ until listed on the PEP 691 page and signed in TUF);
#   2. throughput of a cached /simple/<project>/ page with wrk (Debian package `wrk`).
# Usage: benchmarks/Host/host-bench.sh [UPLOADS] [WRK_SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
uploads=${1:-200}
seconds=${2:-10}
port=18190
data=$(mktemp -d /tmp/bonded-host-bench.XXXXXX)
dotnet build samples/LocalIndex -c Release --nologo -v quiet -clp:NoSummary >/dev/null
dll=samples/LocalIndex/bin/Release/net10.0/LocalIndex.dll
dotnet "$dll" user add --data "$data" --username bench --email bench@example.test --password 'benchmark password' \
  --totp-secret JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP >/dev/null
token=$(dotnet "$dll" token create --data "$data" --username bench)
dotnet "$dll" --data "$data" --urls "http://127.0.0.1:$port" >"$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.1; done

echo "== upload to visible ($uploads sequential uploads of small wheels)"
python3 benchmarks/Host/upload_latency.py "http://127.0.0.1:$port/" "$token" "$uploads"

echo "== cached /simple/small-pkg/ (a typical small project page: 3 files) with wrk, 2 threads, 64 connections, ${seconds}s"
python3 benchmarks/Host/upload_latency.py "http://127.0.0.1:$port/" "$token" 3 small-pkg >/dev/null
wrk -t2 -c64 -d"${seconds}s" --latency "http://127.0.0.1:$port/simple/small-pkg/" | grep -E 'Requests/sec|Latency|50%|99%|Transfer'
echo "== cached /simple/latency-pkg/ (HTML, $uploads files listed) with wrk, 2 threads, 64 connections, ${seconds}s"
wrk -t2 -c64 -d"${seconds}s" --latency "http://127.0.0.1:$port/simple/latency-pkg/" | sed -n '1,20p'
echo "== same page as PEP 691 JSON"
wrk -t2 -c64 -d"${seconds}s" -H 'Accept: application/vnd.pypi.simple.v1+json' "http://127.0.0.1:$port/simple/latency-pkg/" | grep -E 'Requests/sec|Latency|Transfer'
