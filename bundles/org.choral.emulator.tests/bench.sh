#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Emulator benchmark: median time to deposit and judge an N-invoice UBL lot (default 500), and to walk its
# result pages. Needs a prior build (./mvnw -B -q verify) for target/classes; runs outside OSGi on the jars
# of the local Maven repository.
set -e
set -f
n=${1:-500}
here=$(cd "$(dirname "$0")" && pwd)
repo=${MAVEN_REPO:-$HOME/.m2/repository}
jar() { find "$repo/$1" -name "$2" | grep -v sources | sort | tail -1; }
cp="$here/target/classes:$here/../org.choral.emulator/target/classes:$here/../org.choral.core/target/classes"
for j in "com/fasterxml/jackson/core/jackson-databind/2.19.2 jackson-databind-2.19.2.jar" \
         "com/fasterxml/jackson/core/jackson-core/2.19.2 jackson-core-2.19.2.jar" \
         "com/fasterxml/jackson/core/jackson-annotations/2.19.2 jackson-annotations-2.19.2.jar" \
         "org/apache/httpcomponents/core5/httpcore5/5.3.4 httpcore5-5.3.4.jar" \
         "org/apache/pdfbox/pdfbox/3.0.5 pdfbox-3.0.5.jar" "org/apache/pdfbox/pdfbox-io/3.0.5 pdfbox-io-3.0.5.jar" \
         "org/apache/pdfbox/fontbox/3.0.5 fontbox-3.0.5.jar" "commons-logging/commons-logging/1.3.5 commons-logging-1.3.5.jar" \
         "org/slf4j/slf4j-api/1.7.36 slf4j-api-1.7.36.jar" "org/eclipse/platform/org.eclipse.osgi *.jar"; do
  set -- $j
  cp="$cp:$(jar "$1" "$2")"
done
exec java -cp "$cp" org.choral.emulator.bench.EmulatorBenchmark "$n"
