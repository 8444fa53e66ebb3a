"""The issue 4 repository job with python-tuf, for the ratio in benchmarks/README.md.

init 16,384 succinct bins (TAP 15), add N targets (path, length, sha256), sign every bin, snapshot and
timestamp with one Ed25519 key, write consistent-snapshot files. Run against python-tuf and securesystemslib
sources fetched on this machine (never vendored here):

    PYTHONPATH=/path/to/python-tuf:/path/to/securesystemslib python3 python_tuf_pep458.py TARGETS [BITS]
"""
import hashlib
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

# Same synthetic targets as benchmarks/Tuf/TufFixtures.cs (prepared outside the timed part).
targets = []
for i in range(count):
    name = f"pkg{i % 250_000}"
    path = f"packages/{name[:5]}/{name}-{i // 250_000}.0.tar.gz"
    digest = hashlib.sha256(i.to_bytes(4, "little", signed=True)).hexdigest()
    targets.append((path, 10_000 + (i % 5_000_000), digest))

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
for path, length, digest in targets:
    bins[succinct.get_role_for_target(path)].targets[path] = TargetFile(length, {"sha256": digest}, path)

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

print(f"python-tuf: {2 ** bits} succinct bins, {count} targets: wall {elapsed:.2f} s, cpu {cpu:.2f} s")
shutil.rmtree(out)
