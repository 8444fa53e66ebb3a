"""pymacaroons peer figure for benchmarks/README.md: deserialize-and-verify of a token with three caveats.

Run with Debian's interpreter: /usr/bin/python3 benchmarks/Auth/pymacaroons_verify.py
It builds a Warehouse-shaped token (v2 binary, caveats [0,exp,nbf], [1,[names]], [3,user]) and times
Macaroon.deserialize + Verifier.verify with a general caveat checker that parses each caveat as JSON.
"""
import json
import os
import time

from pymacaroons import MACAROON_V2, Macaroon, Verifier

KEY = os.urandom(32)
NOW = int(time.time())


def mint():
    m = Macaroon(location="localhost", identifier="b9a4c3e2-7f4e-4a43-9d0e-1f2a3b4c5d6e", key=KEY, version=MACAROON_V2)
    for caveat in ([0, NOW + 86400, 0], [1, ["sample-project"]], [3, "alice"]):
        m.add_first_party_caveat(json.dumps(caveat, separators=(",", ":")))
    return m.serialize()


def check(predicate):
    caveat = json.loads(predicate)
    tag = caveat[0]
    if tag == 0:
        return caveat[2] <= int(time.time()) < caveat[1]
    if tag == 1:
        return "sample-project" in caveat[1]
    if tag == 3:
        return caveat[1] == "alice"
    return False


def verify(token):
    v = Verifier()
    v.satisfy_general(check)
    return v.verify(Macaroon.deserialize(token), KEY)


def main():
    token = mint()
    assert verify(token)
    best_wall = best_cpu = 0.0
    for _ in range(5):
        n = 20000
        start, start_cpu = time.perf_counter(), time.process_time()
        for _ in range(n):
            verify(token)
        best_wall = max(best_wall, n / (time.perf_counter() - start))
        best_cpu = max(best_cpu, n / (time.process_time() - start_cpu))
    print("pymacaroons deserialize+verify, 3 caveats: %.0f per second wall, %.0f per CPU-second (best of 5 x 20000)" % (best_wall, best_cpu))


if __name__ == "__main__":
    main()
