#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Control benchmark: 10,000 invoices with PDFs against a 200,000-structure in-memory directory.
# Build first (./mvnw -B -q verify), then run from the repository root:
#   bundles/org.choral.core.tests/control-benchmark.sh [invoices] [structures] [runs]
# Library versions are read from the pinned target, jars from the local Maven repository.
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
repo=${MAVEN_REPO:-$HOME/.m2/repository}
target="$root/target-platform/choral.target"
jar() { # groupId artifactId
  v=$(grep -o "<groupId>$1</groupId><artifactId>$2</artifactId><version>[^<]*" "$target" | head -1 | sed 's/.*<version>//')
  echo "$repo/$(echo "$1" | tr . /)/$2/$v/$2-$v.jar"
}
cp="$root/bundles/org.choral.core/target/classes:$root/bundles/org.choral.core.tests/target/classes"
for a in "org.apache.pdfbox pdfbox" "org.apache.pdfbox pdfbox-io" "org.apache.pdfbox fontbox" \
         "commons-logging commons-logging" "org.eclipse.platform org.eclipse.equinox.common" \
         "org.eclipse.platform org.eclipse.osgi"; do
  cp="$cp:$(jar $a)"
done
exec java -Xmx1g -cp "$cp" org.choral.core.internal.control.ControlBenchmark "$@"
