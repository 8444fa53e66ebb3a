"""The issue 4 repository job with python-tuf, for the ratio in benchmarks/README.md.

init 16,384 succinct bins (TAP 15), read N targets (path, length, sha256) from a JSON Lines manifest, sign every
bin, snapshot and timestamp with one Ed25519 key, write consistent-snapshot files. Unlike Bonded's job, the bins are
signed and written once (not once empty at init and again with their targets). The manifest is written before the
timed part; reading it and signing + writing are timed separately. Run against python-tuf and securesystemslib
sources fetched on this machine (never vendored here):

    PYTHONPATH=/path/to/python-tuf:/path/to/securesystemslib python3 python_tuf_pep458.py TARGETS [BITS]
"""
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone

from securesystemslib.signer import CryptoSigner
from tuf.api.metadata import (Delegations, MetaFile, Metadata, Root, Snapshot, SuccinctRoles, TargetFile,
                              Targets, Timestamp)
from tuf.api.serialization.json import JSONSerializer

count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
bits = int(sys.argv[2]) if len(sys.argv) > 2 else 14

# Same synthetic targets and manifest as benchmarks/Tuf/TufFixtures.cs (written outside the timed part).
manifest = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False)
for i in range(count):
    name = f"pkg{i % 250_000}"
    path = f"packages/{name[:5]}/{name}-{i // 250_000}.0.tar.gz"
    digest = hashlib.sha256(i.to_bytes(4, "little", signed=True)).hexdigest()
    manifest.write(json.dumps({"hashes": {"sha256": digest}, "length": 10_000 + (i % 5_000_000), "path": path},
                              separators=(",", ":"), sort_keys=True) + "\n")
manifest.close()

signer = CryptoSigner.generate_ed25519()
root_signer = CryptoSigner.generate_ed25519()
out = tempfile.mkdtemp(prefix="python-tuf-bench-")
serializer = JSONSerializer(compact=True)
expires = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(days=1)

start = time.perf_counter()
cpu_start = time.process_time()
root = Root(expires=expires + timedelta(days=364), consistent_snapshot=True)
for role in ("root", "targets"):
    root.add_key(root_signer.public_key, role)
for role in ("snapshot", "timestamp"):
    root.add_key(signer.public_key, role)
md = Metadata(root)
md.sign(root_signer)
md.to_file(os.path.join(out, "1.root.json"), serializer)

succinct = SuccinctRoles([signer.public_key.keyid], 1, bits, "bins")
top = Targets(expires=expires + timedelta(days=364))
top.delegations = Delegations({signer.public_key.keyid: signer.public_key}, succinct_roles=succinct)
md = Metadata(top)
md.sign(root_signer)
md.to_file(os.path.join(out, "1.targets.json"), serializer)

bins = {name: Targets(expires=expires) for name in succinct.get_roles()}
read_start = time.perf_counter()
read_cpu_start = time.process_time()
with open(manifest.name, encoding="utf-8") as lines:
    for line in lines:
        entry = json.loads(line)
        path = entry.pop("path")
        bins[succinct.get_role_for_target(path)].targets[path] = TargetFile.from_dict(entry, path)
read = time.perf_counter() - read_start
read_cpu = time.process_time() - read_cpu_start

snapshot = Snapshot(expires=expires)
snapshot.meta["targets.json"] = MetaFile(1)
for name, role in bins.items():
    md = Metadata(role)
    md.sign(signer)
    md.to_file(os.path.join(out, f"1.{name}.json"), serializer)
    snapshot.meta[f"{name}.json"] = MetaFile(1)
md = Metadata(snapshot)
md.sign(signer)
md.to_file(os.path.join(out, "1.snapshot.json"), serializer)
md = Metadata(Timestamp(expires=expires, snapshot_meta=MetaFile(1)))
md.sign(signer)
md.to_file(os.path.join(out, "timestamp.json"), serializer)
elapsed = time.perf_counter() - start
cpu = time.process_time() - cpu_start

print(f"python-tuf: {2 ** bits} succinct bins, {count} targets: wall {elapsed:.2f} s, cpu {cpu:.2f} s "
      f"(manifest read {read:.2f} s wall / {read_cpu:.2f} s cpu; signing and writing {elapsed - read:.2f} s wall / "
      f"{cpu - read_cpu:.2f} s cpu)")
shutil.rmtree(out)
os.unlink(manifest.name)
