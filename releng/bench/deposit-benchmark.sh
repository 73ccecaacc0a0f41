#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Sequential deposit benchmark (issue 9): the built Linux product deposits N invoices one by one
# against the emulator (both run as processes, as users run them), with pause 0 then with a pause.
# Build first: ./mvnw -B -q -o package -DskipTests
#   then:      ./mvnw -B -q -o test-compile -f releng/org.choral.integration.tests/pom.xml
# Usage: releng/bench/deposit-benchmark.sh [invoices=1000] [pause-ms=250] [paused-invoices=40]
set -e
cd "$(dirname "$0")/../.."
M2="${M2_REPO:-$HOME/.m2/repository}"
J="$M2/com/fasterxml/jackson/core"
# Jackson: the version the target platform pins
CP="releng/org.choral.integration.tests/target/test-classes"
CP="$CP:$J/jackson-databind/2.19.2/jackson-databind-2.19.2.jar"
CP="$CP:$J/jackson-core/2.19.2/jackson-core-2.19.2.jar"
CP="$CP:$J/jackson-annotations/2.19.2/jackson-annotations-2.19.2.jar"
for entry in $(echo "$CP" | tr ':' ' '); do
  [ -e "$entry" ] || { echo "missing $entry: build first (see the top of $0)" >&2; exit 2; }
done
exec java -Dchoral.product.dir=releng/org.choral.product/target/products -cp "$CP" \
  org.choral.integration.tests.DepositBenchmark "$@"
