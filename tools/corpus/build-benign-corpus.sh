#!/usr/bin/env bash
# Builds the benign side of the Bonded.Scanning evaluation corpus: real Python packages that no one on
# this project wrote, repacked as wheels and sdists.
#
#   tools/corpus/build-benign-corpus.sh OUT_DIR
#
#   OUT_DIR/debian/          one wheel and one sdist per Debian python3-* package of debian-packages.txt
#                            (apt-get download, dpkg-deb -x, repacked with the package's own .dist-info /
#                            .egg-info metadata, or metadata built from the Debian control fields)
#   OUT_DIR/site-packages/   one wheel and one sdist per distribution installed in the local Python
#                            ($PYTHON, default python3 on PATH)
#   OUT_DIR/MANIFEST.tsv     every archive with its size and sha256
#   OUT_DIR/cache/           downloaded .deb files and per-package stamps (safe to delete)
#
# Deterministic (fixed timestamps, sorted entries, fixed compression), idempotent (a package already
# repacked is skipped; a re-run only fills in what is missing) and it writes nothing outside OUT_DIR.
# Needs apt-get (with an updated package list), dpkg-deb and python3.
set -euo pipefail

if [ $# -ne 1 ] || [ -z "$1" ]; then
  echo "usage: $0 OUT_DIR" >&2
  exit 2
fi
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$1"
out="$(cd "$1" && pwd)"
python="${PYTHON:-python3}"
repack="$here/repack.py"
list="$here/debian-packages.txt"

mkdir -p "$out/cache/debs" "$out/cache/stamps" "$out/debian"
work="$(mktemp -d "$out/.work.XXXXXX")"
trap 'rm -rf "$work"' EXIT

mapfile -t packages < <(grep -v -E '^\s*(#|$)' "$list" | sort -u)
echo "corpus: ${#packages[@]} Debian packages listed" >&2

# 1. Download every listed package not yet in the cache (one apt-get call per batch; a batch that fails
#    because one name has no candidate is retried name by name so the others still arrive).
missing=()
for package in "${packages[@]}"; do
  compgen -G "$out/cache/debs/${package}_*.deb" >/dev/null || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "corpus: downloading ${#missing[@]} packages" >&2
  for ((i = 0; i < ${#missing[@]}; i += 40)); do
    batch=("${missing[@]:i:40}")
    if ! (cd "$out/cache/debs" && apt-get download -qq "${batch[@]}" >/dev/null 2>&1); then
      for package in "${batch[@]}"; do
        (cd "$out/cache/debs" && apt-get download -qq "$package" >/dev/null 2>&1) || echo "corpus: cannot download $package" >&2
      done
    fi
  done
fi

# 2. Repack each downloaded package once; the stamp lists what it produced.
repacked=0 skipped=0
for package in "${packages[@]}"; do
  deb="$(compgen -G "$out/cache/debs/${package}_*.deb" | sort | tail -n 1 || true)"
  [ -n "$deb" ] || continue
  stamp="$out/cache/stamps/$(basename "$deb").list"
  if [ -f "$stamp" ]; then
    complete=1
    while IFS= read -r produced; do [ -f "$out/debian/$produced" ] || complete=0; done <"$stamp"
    if ((complete)); then continue; fi
  fi
  root="$work/$package"
  mkdir -p "$root"
  dpkg-deb -x "$deb" "$root"
  if "$python" "$repack" deb "$root" "$deb" "$out/debian" >"$stamp.part"; then
    mv "$stamp.part" "$stamp"
    if [ -s "$stamp" ]; then repacked=$((repacked + 1)); else skipped=$((skipped + 1)); fi
  else
    rm -f "$stamp.part"
    echo "corpus: repacking $package failed" >&2
  fi
  rm -rf "$root"
done
echo "corpus: repacked $repacked Debian packages this run ($skipped without Python modules)" >&2

# 3. The local Python's site-packages, rebuilt whole each run (it changes when packages are installed).
rm -rf "$work/site-packages"
"$python" "$repack" site "$work/site-packages" >/dev/null
rm -rf "$out/site-packages"
mv "$work/site-packages" "$out/site-packages"

# 4. Manifest, in a stable order.
(
  cd "$out"
  find debian site-packages -type f \( -name '*.whl' -o -name '*.tar.gz' \) | LC_ALL=C sort | while IFS= read -r file; do
    printf '%s\t%s\t%s\n' "$file" "$(stat -c %s "$file")" "$(sha256sum "$file" | cut -d' ' -f1)"
  done
) >"$out/MANIFEST.tsv.part"
mv "$out/MANIFEST.tsv.part" "$out/MANIFEST.tsv"
echo "corpus: $(wc -l <"$out/MANIFEST.tsv") archives, $(du -sh --exclude=cache "$out" | cut -f1) in $out" >&2
