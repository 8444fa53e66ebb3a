import base64

from tests.vectors import LARGE_CIPHERTEXT_B64, VECTORS


def test_vectors_parse():
    assert len(base64.b64decode(LARGE_CIPHERTEXT_B64)) == 12000
    assert all(len(v[0]) == 64 for v in VECTORS)
