#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Builds the Linux product (tests skipped) and starts the desktop application.
#   ./run.sh              build if needed, then start the workbench on the current display; on a first
#                         run (data folder absent or empty, or already the demo) it starts the demo
#   ./run.sh --no-demo    start without the demo
#   ./run.sh --demo       start the demo even when the data folder holds your data (it then runs in
#                         DATA/demo, a data folder of its own: your data is not touched)
#   ./run.sh --rebuild    force a rebuild first
#   ./run.sh --cli ARGS   run the command line instead, e.g. ./run.sh --cli --version
# Under Xvfb: xvfb-run -a -s "-screen 0 1280x1024x24" ./run.sh
set -e
cd "$(dirname "$0")"
PRODUCT=releng/org.choral.product/target/products/org.choral.product/linux/gtk/x86_64/choral
DEMO=auto
while :; do
    case "$1" in
        --rebuild) REBUILD=1; shift ;;
        --no-demo) DEMO=no; shift ;;
        --demo) DEMO=yes; shift ;;
        *) break ;;
    esac
done
if [ -n "$REBUILD" ] || [ ! -x "$PRODUCT/choral" ]; then
    ./mvnw -B -q package -DskipTests
fi
if [ "$1" = "--cli" ]; then
    shift
    exec "$PRODUCT/choral" "$@"
fi
if [ -n "$CHORAL_DATA" ]; then
    DATA=$CHORAL_DATA
elif [ "$(uname -s)" = Darwin ]; then
    DATA="$HOME/Library/Application Support/Choral"
else
    DATA="${XDG_DATA_HOME:-$HOME/.local/share}/choral"
fi
# A first run: nothing of the user's in the data folder (the workbench's own layout aside).
first_run() {
    [ -f "$DATA/demonstration/demonstration.properties" ] && return 0
    [ -d "$DATA" ] || return 0
    [ -z "$(ls -A "$DATA" 2>/dev/null | grep -v -x -e workbench)" ]
}
if [ "$DEMO" = auto ]; then
    if first_run; then DEMO=yes; else DEMO=no; fi
fi
if [ "$DEMO" = yes ]; then
    if ! first_run; then
        DATA="$DATA/demo"
        echo "Démonstration dans $DATA (votre dossier de données n'est pas touché)."
    fi
    export CHORAL_DATA="$DATA"
    exec "$PRODUCT/choral-workbench" -demo "$@"
fi
exec "$PRODUCT/choral-workbench" "$@"
