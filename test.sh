#!/usr/bin/env bash
# Runs every test of the repository on a fresh machine.
# Installs what the tests need when it is missing (Debian and npm packages), quietly when present,
# builds the solution in Release and runs every test project. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Debian packages the integration tests drive as real peers:
#   twine (uploads), python3-pymacaroons (token formats), chromium (WebAuthn virtual authenticator),
#   faketime (expired TUF metadata).
apt_packages=(twine python3-pymacaroons chromium faketime)
missing=()
for package in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "test.sh: installing ${missing[*]}"
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq >/dev/null
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm peers (tuf-js, macaroon, playwright-core), pinned by package-lock.json.
node_dir=tests/Integration/node
if [ ! -d "$node_dir/node_modules" ] || [ "$node_dir/package-lock.json" -nt "$node_dir/node_modules/.package-lock.json" ]; then
  echo "test.sh: npm ci in $node_dir"
  (cd "$node_dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

dotnet build Libraries.sln -c Release --nologo -v quiet -clp:NoSummary -warnaserror
dotnet test Libraries.sln -c Release --no-build --nologo -v quiet \
  --logger "console;verbosity=minimal" --results-directory test-artifacts/results -- RunConfiguration.TreatNoTestsAsError=true
