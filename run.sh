#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Builds the Linux product (tests skipped) and starts the desktop application.
#   ./run.sh              build if needed, then start the workbench on the current display
#   ./run.sh --rebuild    force a rebuild first
#   ./run.sh --cli ARGS   run the command line instead, e.g. ./run.sh --cli --version
# Under Xvfb: xvfb-run -a -s "-screen 0 1280x1024x24" ./run.sh
set -e
cd "$(dirname "$0")"
PRODUCT=releng/org.choral.product/target/products/org.choral.product/linux/gtk/x86_64/choral
if [ "$1" = "--rebuild" ] || [ ! -x "$PRODUCT/choral" ]; then
    [ "$1" = "--rebuild" ] && shift
    ./mvnw -B -q package -DskipTests
fi
if [ "$1" = "--cli" ]; then
    shift
    exec "$PRODUCT/choral" "$@"
fi
exec "$PRODUCT/choral-workbench" "$@"
