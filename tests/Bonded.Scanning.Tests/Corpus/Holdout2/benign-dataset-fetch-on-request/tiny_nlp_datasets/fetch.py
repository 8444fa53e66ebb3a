import hashlib
import os
import tarfile
import urllib.request

BASE_URL = "https://datasets.tiny-nlp.invalid/v1/"
REGISTRY = {
    "sst2-mini": ("sst2-mini.tar.gz", "9f2c1b1e4d4f5b0c2a7e3f3d6a1b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f7"),
    "conll-mini": ("conll-mini.tar.gz", "0a1b2c3d4e5f60718293a4b5c6d7e8f90112233445566778899aabbccddeeff0"),
}


def cache_dir():
    root = os.environ.get("TINY_NLP_HOME") or os.path.join(os.path.expanduser("~"), ".cache", "tiny_nlp")
    os.makedirs(root, exist_ok=True)
    return root


def _sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def fetch(name, force=False):
    """Download (once) and extract dataset ``name``; return the folder it was extracted to."""
    archive, digest = REGISTRY[name]
    root = cache_dir()
    target = os.path.join(root, name)
    if os.path.isdir(target) and not force:
        return target
    path = os.path.join(root, archive)
    urllib.request.urlretrieve(BASE_URL + archive, path)
    if _sha256(path) != digest:
        os.remove(path)
        raise IOError("checksum mismatch for %s" % archive)
    with tarfile.open(path) as tf:
        tf.extractall(target, filter="data")
    return target
