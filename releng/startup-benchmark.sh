#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Start-up benchmark: time from launching the built Linux product to its first window, under a
# private Xvfb display, over N runs (default 7); prints every run and the median.
# Needs: xvfb and xdotool (it sees the main window once it is mapped, i.e. visible). Build the product first (./run.sh or ./mvnw package).
set -e
RUNS=${1:-7}
cd "$(dirname "$0")/.."
PRODUCT=releng/org.choral.product/target/products/org.choral.product/linux/gtk/x86_64/choral
[ -x "$PRODUCT/choral-workbench" ] || { echo "Build the product first: ./mvnw -B package -DskipTests" >&2; exit 2; }
DISPLAY_NO=:$((90 + $$ % 9))
Xvfb "$DISPLAY_NO" -screen 0 1280x1024x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null' EXIT
sleep 1
DATA=$(mktemp -d)
times=""
i=1
while [ "$i" -le "$RUNS" ]; do
    start=$(date +%s%N)
    # own process group: the launch script restarts the JVM on exit code 23, so kill the whole group
    DISPLAY=$DISPLAY_NO CHORAL_DATA="$DATA" setsid "$PRODUCT/choral-workbench" >"$DATA/run$i.log" 2>&1 &
    pid=$!
    while [ -z "$(DISPLAY=$DISPLAY_NO xdotool search --onlyvisible --name '^Choral' 2>/dev/null)" ]; do
        kill -0 $pid 2>/dev/null || { echo "the product exited before showing its window:" >&2; cat "$DATA/run$i.log" >&2; exit 1; }
        sleep 0.02
    done
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    echo "run $i: first window after $ms ms"
    times="$times $ms"
    kill -- -$pid 2>/dev/null || kill $pid 2>/dev/null || true
    wait $pid 2>/dev/null || true
    while [ -n "$(DISPLAY=$DISPLAY_NO xdotool search --onlyvisible --name '^Choral' 2>/dev/null)" ]; do sleep 0.05; done
    i=$((i + 1))
done
median=$(echo $times | tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}')
echo "median first window: $median ms over $RUNS runs"
rm -rf "$DATA"
