#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Flux benchmark: a lot of 500 invoices with 200 KB PDFs as UBL E2 and as Factur-X; prints MB/s of
# PDF input (medians). Build first (./mvnw -B -q verify), then run from the repository root:
#   bundles/org.choral.flux.tests/flux-benchmark.sh [invoices] [runs] [lot|sequential]
# JAVA_OPTS overrides the heap (default -Xmx256m: generation streams, memory stays flat).
# Library versions are read from the pinned target, jars from the local Maven repository.
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
repo=${MAVEN_REPO:-$HOME/.m2/repository}
target="$root/target-platform/choral.target"
jar() { # groupId artifactId
  v=$(grep -o "<groupId>$1</groupId><artifactId>$2</artifactId><version>[^<]*" "$target" | head -1 | sed 's/.*<version>//')
  echo "$repo/$(echo "$1" | tr . /)/$2/$v/$2-$v.jar"
}
cp="$root/bundles/org.choral.core/target/classes:$root/bundles/org.choral.sources/target/classes:$root/bundles/org.choral.flux/target/classes:$root/bundles/org.choral.flux.tests/target/classes"
for a in "org.apache.pdfbox pdfbox" "org.apache.pdfbox pdfbox-io" "org.apache.pdfbox fontbox" "org.apache.pdfbox xmpbox" \
         "commons-logging commons-logging" "org.eclipse.platform org.eclipse.equinox.common" \
         "org.eclipse.platform org.eclipse.osgi"; do
  cp="$cp:$(jar $a)"
done
exec java ${JAVA_OPTS:--Xmx256m} -Djava.awt.headless=true -cp "$cp" org.choral.flux.internal.FluxBenchmark "$@"
