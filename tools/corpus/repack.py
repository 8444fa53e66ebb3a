#!/usr/bin/env python3
"""Repacks installed Python distributions as a wheel and an sdist, byte for byte reproducibly.

Used by build-benign-corpus.sh; it only reads its inputs and only writes into the output folder given.

  repack.py deb EXTRACTED_ROOT DEB_FILE OUT_DIR      one extracted Debian package
  repack.py site OUT_DIR                             every distribution of this interpreter's site-packages
"""

import base64
import email.parser
import gzip
import hashlib
import io
import os
import re
import subprocess
import sys
import tarfile
import zipfile

FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
FIXED_TAR_TIME = 315532800  # 1980-01-01, the zip epoch, so both formats carry the same date
NATIVE_SUFFIXES = (".so", ".pyd", ".dylib", ".dll")
SKIPPED_DIRS = {"__pycache__"}
SKIPPED_SUFFIXES = (".pyc", ".pyo")


def log(message):
    print(message, file=sys.stderr)


def safe_name(name):
    """The wheel/sdist file name form of a project name (PEP 427 / PEP 625)."""
    return re.sub(r"[-_.]+", "_", name).lower()


def safe_version(version):
    return re.sub(r"[^A-Za-z0-9.+!]+", "_", version)


def upstream_version(debian_version):
    """1:2.28.1+dfsg-3 -> 2.28.1: drops the epoch, the Debian revision and repack suffixes."""
    version = debian_version.split(":", 1)[-1]
    version = version.rsplit("-", 1)[0] if "-" in version else version
    version = re.split(r"[+~]", version, maxsplit=1)[0]
    return version if re.fullmatch(r"[0-9][0-9A-Za-z.]*", version) else "0"


def parse_metadata(text):
    return email.parser.Parser().parsestr(text, headersonly=True)


def synthesize_metadata(name, version, summary, homepage):
    lines = ["Metadata-Version: 2.1", f"Name: {name}", f"Version: {version}"]
    if summary:
        lines.append(f"Summary: {summary}")
    if homepage:
        lines.append(f"Home-page: {homepage}")
    return "\n".join(lines) + "\n\n"


def is_native(path):
    base = os.path.basename(path)
    return base.endswith(NATIVE_SUFFIXES) or ".so." in base


def collect_tree(root, exclude_names):
    """Every regular file under root (relative, sorted), leaving out caches and the metadata folders."""
    files = []
    for directory, dirnames, filenames in os.walk(root):
        rel_dir = os.path.relpath(directory, root)
        dirnames[:] = sorted(
            d for d in dirnames
            if d not in SKIPPED_DIRS and not (rel_dir == "." and d in exclude_names)
        )
        for filename in sorted(filenames):
            if rel_dir == "." and filename in exclude_names:
                continue
            if filename.endswith(SKIPPED_SUFFIXES):
                continue
            full = os.path.join(directory, filename)
            if os.path.islink(full) or not os.path.isfile(full):
                continue
            files.append(os.path.normpath(os.path.join(rel_dir, filename)))
    return sorted(files)


def write_atomically(path, data):
    temporary = path + ".part"
    with open(temporary, "wb") as handle:
        handle.write(data)
    os.replace(temporary, path)


def build_wheel(name, version, metadata_text, extra_metadata, files, native):
    """files: list of (archive path, bytes). Returns (file name, bytes)."""
    dist_info = f"{safe_name(name)}-{safe_version(version)}.dist-info"
    tag = "cp311-cp311-linux_x86_64" if native else "py3-none-any"
    wheel_text = f"Wheel-Version: 1.0\nGenerator: bonded-corpus\nRoot-Is-Purelib: {'false' if native else 'true'}\nTag: {tag}\n"
    entries = list(files)
    entries.append((f"{dist_info}/METADATA", metadata_text.encode("utf-8")))
    entries.append((f"{dist_info}/WHEEL", wheel_text.encode("utf-8")))
    for filename, data in sorted(extra_metadata.items()):
        entries.append((f"{dist_info}/{filename}", data))
    record = io.StringIO()
    for path, data in entries:
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode("ascii")
        record.write(f"{path},sha256={digest},{len(data)}\n")
    record.write(f"{dist_info}/RECORD,,\n")
    entries.append((f"{dist_info}/RECORD", record.getvalue().encode("utf-8")))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path, data in entries:
            info = zipfile.ZipInfo(path, FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o100644 << 16
            archive.writestr(info, data, compresslevel=6)
    return f"{safe_name(name)}-{safe_version(version)}-{tag}.whl", buffer.getvalue()


def build_sdist(name, version, metadata_text, files):
    """An sdist as setuptools lays it out: one top folder, PKG-INFO, a build configuration and the sources.

    Compiled extension modules are left out (an sdist carries their sources, not the built objects)."""
    top = f"{safe_name(name)}-{safe_version(version)}"
    pyproject = (
        "[build-system]\nrequires = [\"setuptools>=61\"]\nbuild-backend = \"setuptools.build_meta\"\n\n"
        f"[project]\nname = \"{name}\"\nversion = \"{version}\"\n"
    )
    entries = [(f"{top}/PKG-INFO", metadata_text.encode("utf-8")), (f"{top}/pyproject.toml", pyproject.encode("utf-8"))]
    entries += [(f"{top}/{path}", data) for path, data in files if not is_native(path)]
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as archive:
        for path, data in entries:
            info = tarfile.TarInfo(path)
            info.size = len(data)
            info.mtime = FIXED_TAR_TIME
            info.mode = 0o644
            info.uid = info.gid = 0
            info.uname = info.gname = "root"
            archive.addfile(info, io.BytesIO(data))
    compressed = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=compressed, mtime=0, compresslevel=9) as stream:
        stream.write(raw.getvalue())
    return f"{top}.tar.gz", compressed.getvalue()


def emit(out_dir, name, version, metadata_text, extra_metadata, files):
    native = any(is_native(path) for path, _ in files)
    wheel_name, wheel = build_wheel(name, version, metadata_text, extra_metadata, files, native)
    sdist_name, sdist = build_sdist(name, version, metadata_text, files)
    os.makedirs(out_dir, exist_ok=True)
    write_atomically(os.path.join(out_dir, wheel_name), wheel)
    write_atomically(os.path.join(out_dir, sdist_name), sdist)
    return [wheel_name, sdist_name]


def read_metadata_dir(path):
    """METADATA text and the extra files worth keeping from a .dist-info or .egg-info (folder or file)."""
    extra = {}
    if os.path.isfile(path):  # a single-file .egg-info is a PKG-INFO
        with open(path, encoding="utf-8", errors="replace") as handle:
            return handle.read(), extra
    text = None
    for candidate in ("METADATA", "PKG-INFO"):
        full = os.path.join(path, candidate)
        if os.path.isfile(full):
            with open(full, encoding="utf-8", errors="replace") as handle:
                text = handle.read()
            break
    for keep, as_name in (("entry_points.txt", "entry_points.txt"), ("top_level.txt", "top_level.txt")):
        full = os.path.join(path, keep)
        if os.path.isfile(full):
            with open(full, "rb") as handle:
                extra[as_name] = handle.read()
    return text, extra


def deb_field(deb_file, field):
    return subprocess.run(["dpkg-deb", "-f", deb_file, field], check=True, capture_output=True, text=True).stdout.strip()


def command_deb(root, deb_file, out_dir):
    package = deb_field(deb_file, "Package")
    debian_version = deb_field(deb_file, "Version")
    summary = deb_field(deb_file, "Description").splitlines()[0] if deb_field(deb_file, "Description") else ""
    homepage = deb_field(deb_file, "Homepage")
    site_dirs = []
    lib = os.path.join(root, "usr", "lib")
    if os.path.isdir(lib):
        for entry in sorted(os.listdir(lib)):
            candidate = os.path.join(lib, entry, "dist-packages")
            if re.fullmatch(r"python3(\.\d+)?", entry) and os.path.isdir(candidate):
                site_dirs.append(candidate)
    metadata_text, extra, files, seen = None, {}, [], set()
    for site_dir in site_dirs:
        metadata_names = sorted(e for e in os.listdir(site_dir) if e.endswith((".dist-info", ".egg-info")))
        for metadata_name in metadata_names:
            if metadata_text is None:
                metadata_text, extra = read_metadata_dir(os.path.join(site_dir, metadata_name))
        for path in collect_tree(site_dir, set(metadata_names)):
            if path in seen:
                continue  # the same module shipped for python3 and python3.X: keep the first
            seen.add(path)
            with open(os.path.join(site_dir, path), "rb") as handle:
                files.append((path, handle.read()))
    if not any(path.endswith(".py") or is_native(path) for path, _ in files):
        log(f"skip {package}: no Python modules")
        return []
    if metadata_text:
        headers = parse_metadata(metadata_text)
        name, version = headers.get("Name"), headers.get("Version")
    else:
        name = version = None
    if not name or not version:
        name = package.removeprefix("python3-")
        version = upstream_version(debian_version)
        metadata_text = synthesize_metadata(name, version, summary, homepage)
    return emit(out_dir, name, version, metadata_text, extra, files)


def command_site(out_dir):
    import importlib.metadata
    import site

    roots = [os.path.realpath(p) for p in site.getsitepackages()]
    seen = set()
    written = []
    for dist in sorted(importlib.metadata.distributions(), key=lambda d: (d.metadata["Name"] or "").lower()):
        name, version = dist.metadata["Name"], dist.version
        location = os.path.realpath(str(dist.locate_file("")))
        if not name or location not in roots or safe_name(name) in seen:
            continue
        seen.add(safe_name(name))
        metadata_dir = str(dist._path) if hasattr(dist, "_path") else None  # noqa: SLF001 (no public accessor)
        metadata_text, extra = read_metadata_dir(metadata_dir) if metadata_dir else (None, {})
        if not metadata_text:
            continue
        metadata_base = os.path.basename(metadata_dir)
        files = []
        for entry in sorted(dist.files or [], key=str):
            relative = os.path.normpath(str(entry))
            if relative.startswith("..") or os.path.isabs(relative) or relative.startswith(metadata_base):
                continue  # scripts in bin/ and the metadata folder itself
            if "__pycache__" in relative.split(os.sep) or relative.endswith(SKIPPED_SUFFIXES):
                continue
            full = os.path.join(location, relative)
            if os.path.isfile(full) and not os.path.islink(full):
                with open(full, "rb") as handle:
                    files.append((relative, handle.read()))
        if not files:
            log(f"skip {name}: no files recorded")
            continue
        written += emit(out_dir, name, version, metadata_text, extra, files)
    return written


def main(argv):
    if len(argv) == 5 and argv[1] == "deb":
        names = command_deb(argv[2], argv[3], argv[4])
    elif len(argv) == 3 and argv[1] == "site":
        names = command_site(argv[2])
    else:
        log(__doc__)
        return 2
    for name in names:
        print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
