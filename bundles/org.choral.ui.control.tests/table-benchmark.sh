#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Control view benchmark: 10,000 invoices from the report to both virtual tables filled and painted.
# Build first (./mvnw -B -q verify), then run from the repository root (needs a display; xvfb-run works):
#   xvfb-run -a bundles/org.choral.ui.control.tests/table-benchmark.sh [invoices] [runs]
# Library versions are read from the pinned target, jars from the local Maven repository.
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
repo=${MAVEN_REPO:-$HOME/.m2/repository}
target="$root/target-platform/choral.target"
jar() { # groupId artifactId
  v=$(grep -o "<groupId>$1</groupId><artifactId>$2</artifactId><version>[^<]*" "$target" | head -1 | sed 's/.*<version>//')
  echo "$repo/$(echo "$1" | tr . /)/$2/$v/$2-$v.jar"
}
cp=""
for b in org.choral.core org.choral.sources org.choral.ui org.choral.ui.control org.choral.ui.control.tests; do
  cp="$cp:$root/bundles/$b/target/classes"
done
for a in "org.eclipse.platform org.eclipse.swt.gtk.linux.x86_64" "org.eclipse.platform org.eclipse.jface" \
         "org.eclipse.platform org.eclipse.core.commands" "org.eclipse.platform org.eclipse.equinox.common" \
         "org.eclipse.platform org.eclipse.osgi"; do
  cp="$cp:$(jar $a)"
done
exec java -Xmx1g -cp "${cp#:}" org.choral.ui.control.internal.table.TableBenchmark "$@"
