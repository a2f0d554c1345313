#!/usr/bin/env bash
# Installs the Relais deb into a temporary root (dpkg -x, no system change) and runs the installed application:
# `relais --version` must print the expected version, and `relais server` on the trimmed runtime must answer /health.
#   packaging/check-deb.sh VERSION [deb-file]
# Run by `mvn -B -Ppackage verify -Drelais.packaging.it=true`.
set -euo pipefail

version="${1:?usage: check-deb.sh VERSION [deb-file]}"
root="$(cd "$(dirname "$0")/.." && pwd)"
deb="${2:-$(ls "$root"/target/jpackage/relais_*.deb 2>/dev/null | head -1)}"
if [[ -z "$deb" || ! -f "$deb" ]]; then
  echo "check-deb.sh: no deb found; build it with mvn -B -Ppackage package" >&2
  exit 2
fi
fail() { echo "check-deb.sh: FAILED: $*" >&2; exit 1; }

install_root="$(mktemp -d)"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$install_root"
}
trap cleanup EXIT

echo "check-deb.sh: installing $deb into $install_root"
[[ "$(dpkg-deb -f "$deb" Package)" == "relais" ]] || fail "package name is not relais"
[[ "$(dpkg-deb -f "$deb" Version)" == "$version" || "$(dpkg-deb -f "$deb" Version)" == "$version-1" ]] \
  || fail "deb version $(dpkg-deb -f "$deb" Version), expected $version"
dpkg -x "$deb" "$install_root"

app="$install_root/opt/relais"
for f in bin/relais lib/app/relais.jar lib/relais.png lib/relais-relais.desktop lib/runtime/release; do
  [[ -e "$app/$f" ]] || fail "$f is missing from the package"
done
grep -q '^Exec=/opt/relais/bin/relais' "$app/lib/relais-relais.desktop" || fail "the .desktop file does not start /opt/relais/bin/relais"
if [[ -e "$app/lib/runtime/jmods" || -e "$app/lib/runtime/include" ]]; then fail "the runtime is not trimmed"; fi

printed="$("$app/bin/relais" --version)"
echo "check-deb.sh: relais --version -> $printed"
[[ "$printed" == "Relais $version" ]] || fail "expected 'Relais $version'"

log="$install_root/server.log"
"$app/bin/relais" server --port 0 --data-dir "$install_root/server-data" --seed none >"$log" 2>&1 &
server_pid=$!
url=""
for _ in $(seq 1 120); do
  url="$(grep -o 'http://127.0.0.1:[0-9]*' "$log" | head -1 || true)"
  [[ -n "$url" ]] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$log" >&2; fail "the installed server stopped"; }
  sleep 0.5
done
[[ -n "$url" ]] || { cat "$log" >&2; fail "the installed server did not start"; }
health="$(curl -fsS "$url/health")"
echo "check-deb.sh: $url/health -> $health"
[[ "$health" == *'"UP"'* ]] || fail "health answered $health"
echo "check-deb.sh: OK"
