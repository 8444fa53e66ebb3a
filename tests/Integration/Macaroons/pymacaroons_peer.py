"""Drives Debian's python3-pymacaroons as an independent peer for Bonded's integration tests.

Reads one JSON request on stdin: {"mint": [...], "verify": [...]}; writes {"minted": [...], "verified": [...]}.
Formats: "v1" and "v2" (base64url binary), "v1json" and "v2json" (JSON text).
"""
import binascii
import json
import sys

from pymacaroons import MACAROON_V1, MACAROON_V2, Macaroon, Verifier
from pymacaroons.serializers import BinarySerializer, JsonSerializer


def version_of(fmt):
    return MACAROON_V1 if fmt in ("v1", "v1json") else MACAROON_V2


def serializer_of(fmt):
    return JsonSerializer() if fmt.endswith("json") else BinarySerializer()


def mint(task):
    fmt = task["format"]
    m = Macaroon(location=task["location"], identifier=task["id"], key=binascii.unhexlify(task["key"]), version=version_of(fmt))
    for c in task["caveats"]:
        m.add_first_party_caveat(c)
    discharges = []
    tp = task.get("third_party")
    if tp:
        m.add_third_party_caveat(tp["location"], binascii.unhexlify(tp["key"]), tp["id"])
        d = Macaroon(location=tp["location"], identifier=tp["id"], key=binascii.unhexlify(tp["key"]), version=version_of(fmt))
        for c in tp["caveats"]:
            d.add_first_party_caveat(c)
        discharges.append(m.prepare_for_request(d).serialize(serializer=serializer_of(fmt)))
    return {"macaroon": m.serialize(serializer=serializer_of(fmt)), "discharges": discharges, "signature": m.signature}


def verify(task):
    fmt = task["format"]
    try:
        m = Macaroon.deserialize(task["macaroon"], serializer=serializer_of(fmt))
        discharges = [Macaroon.deserialize(d, serializer=serializer_of(fmt)) for d in task["discharges"]]
        v = Verifier()
        for c in task["exact"]:
            v.satisfy_exact(c)
        return bool(v.verify(m, binascii.unhexlify(task["key"]), discharge_macaroons=discharges))
    except Exception as e:  # pymacaroons signals every failure with an exception
        print("verify failed: %r" % (e,), file=sys.stderr)
        return False


def main():
    request = json.load(sys.stdin)
    response = {
        "minted": [mint(t) for t in request.get("mint", [])],
        "verified": [verify(t) for t in request.get("verify", [])],
    }
    json.dump(response, sys.stdout)


if __name__ == "__main__":
    main()
