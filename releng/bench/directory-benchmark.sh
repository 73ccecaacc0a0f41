#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Directory benchmark (import, bare read, look-ups), outside OSGi, with -Xmx512m.
# Build first: ./mvnw -B -q verify   (or: ./mvnw -B -q -o package -DskipTests)
# Usage: releng/bench/directory-benchmark.sh [--structures 200000] [--services 100000] [--runs 5]
set -e
cd "$(dirname "$0")/../.."
M2="${M2_REPO:-$HOME/.m2/repository}"
# versions pinned by target-platform/choral.target
CP="bundles/org.choral.directory/target/classes:bundles/org.choral.core/target/classes"
CP="$CP:$M2/com/h2database/h2/2.3.232/h2-2.3.232.jar"
CP="$CP:$M2/org/eclipse/platform/org.eclipse.osgi/3.24.0/org.eclipse.osgi-3.24.0.jar"
CP="$CP:$M2/org/eclipse/platform/org.eclipse.equinox.common/3.20.300/org.eclipse.equinox.common-3.20.300.jar"
for jar in $(echo "$CP" | tr ':' ' '); do
  [ -e "$jar" ] || { echo "missing $jar: build the reactor first (./mvnw -B -q verify)" >&2; exit 2; }
done
exec java -Xmx512m -cp "$CP" org.choral.directory.internal.bench.DirectoryBenchmark "$@"
