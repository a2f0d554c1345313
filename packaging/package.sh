#!/usr/bin/env bash
# Builds the trimmed runtime (jdeps + jlink), the application image and the Debian package of Relais.
# Called by `mvn -Ppackage package`; can also run by hand after `mvn package`:
#   packaging/package.sh VERSION [target-folder]
# Outputs: TARGET/jpackage/runtime, TARGET/jpackage/image/relais, TARGET/jpackage/relais_<version>_<arch>.deb
set -euo pipefail

version="${1:?usage: package.sh VERSION [target-folder]}"
target="${2:-target}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
for tool in jdeps jlink jpackage; do
  if [[ ! -x "$java_home/bin/$tool" ]]; then
    echo "package.sh: $java_home/bin/$tool is missing; point JAVA_HOME at a full JDK 21+." >&2
    exit 2
  fi
done
jar="$target/relais.jar"
if [[ ! -f "$jar" ]]; then
  echo "package.sh: $jar is missing; run mvn package first." >&2
  exit 2
fi

# jpackage wants a numeric version: 0.1.0-SNAPSHOT becomes 0.1.0 with the Debian revision SNAPSHOT.
numeric="${version%%-*}"
release="1"
if [[ "$version" == *-* ]]; then
  release="${version#*-}"
fi

out="$target/jpackage"
rm -rf "$out"
mkdir -p "$out/input"
cp "$jar" "$out/input/relais.jar"

# Modules the code uses (jdeps), plus those only reached by reflection or service loading:
# XML (Logback configuration), locale data (French dates and numbers), charsets, EC and PKCS#11 crypto for TLS, zipfs.
modules="$("$java_home/bin/jdeps" --multi-release 21 --ignore-missing-deps --print-module-deps "$jar" | tail -1)"
modules="$modules,java.logging,java.xml,jdk.localedata,jdk.charsets,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.zipfs"
echo "package.sh: runtime modules: $modules"
"$java_home/bin/jlink" --add-modules "$modules" --include-locales=fr,en \
  --strip-debug --no-header-files --no-man-pages --compress=zip-6 --output "$out/runtime"

"$java_home/bin/jpackage" @packaging/common.args --type app-image --app-version "$numeric" \
  --icon packaging/linux/relais.png --input "$out/input" --runtime-image "$out/runtime" --dest "$out/image"

"$java_home/bin/jpackage" @packaging/common.args @packaging/linux/jpackage.args \
  --app-version "$numeric" --linux-app-release "$release" \
  --input "$out/input" --runtime-image "$out/runtime" --dest "$out"

echo "package.sh: built $(ls "$out"/*.deb) and $out/image/relais"
