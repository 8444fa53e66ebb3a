import csv
import hashlib
import os
import tarfile
import urllib.request

BASE_URL = "https://datasets.tinybench.invalid/v1/"
DATASETS = {
    "iris-mini": "3b1f8c2d7e9a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9012345678",
    "wine-mini": "9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b",
}


def cache_dir():
    root = os.environ.get("TINYBENCH_HOME") or os.path.join(os.path.expanduser("~"), ".cache", "tinybench")
    os.makedirs(root, exist_ok=True)
    return root


def _sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def load(name, download=False):
    """Return the rows of a dataset; fetch it first when ``download`` is true."""
    if name not in DATASETS:
        raise KeyError(name)
    folder = os.path.join(cache_dir(), name)
    data = os.path.join(folder, "data.csv")
    if not os.path.exists(data):
        if not download:
            raise FileNotFoundError("%s is not cached; call load(%r, download=True)" % (name, name))
        archive = folder + ".tar.gz"
        urllib.request.urlretrieve(BASE_URL + name + ".tar.gz", archive)
        if _sha256(archive) != DATASETS[name]:
            os.remove(archive)
            raise ValueError("checksum mismatch for " + name)
        with tarfile.open(archive) as tar:
            tar.extractall(folder, filter="data")
        os.remove(archive)
    with open(data, newline="") as fh:
        return list(csv.DictReader(fh))
