#!/usr/bin/env bash
# Start-up harness: time from process start to the first window shown, for Samverkan and for a bare JavaFX window
# with one label started the same way (java -cp the same jar), alternating runs, median of N each, under Xvfb.
# Usage: app/bench/startup/measure.sh [N] [DATA_DIR]   (needs xvfb and x11-utils for xev; build the jar first)
set -euo pipefail
N=${1:-5}
DATA_DIR=${2:-$(mktemp -d)}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
JAR=$ROOT/app/target/samverkan.jar
[ -f "$JAR" ] || { echo "build the jar first: mvn -B -q package -DskipTests" >&2; exit 2; }
WORK=$(mktemp -d)
javac -d "$WORK" -cp "$JAR" "$ROOT/app/bench/startup/BareWindow.java"

DISPLAY_NO=:${DISPLAY_NO:-95}
Xvfb "$DISPLAY_NO" -screen 0 1400x900x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null; rm -rf "$WORK"' EXIT
sleep 1
export DISPLAY=$DISPLAY_NO

# Prints milliseconds from launch until the first window is mapped on the screen. xev reports the MapNotify event
# as it happens, so nothing polls (polling with xdotool costs CPU on 2 cores and quantises the result).
time_to_window() {
  local start end pid xevpid stamp
  stamp=$(mktemp)
  ( stdbuf -oL xev -root -event substructure | while read -r line; do
      case "$line" in MapNotify*) date +%s%N > "$stamp"; break ;; esac
    done ) &
  xevpid=$!
  sleep 0.3
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 &
  pid=$!
  while [ ! -s "$stamp" ]; do sleep 0.2; done
  end=$(cat "$stamp")
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  pkill -P "$xevpid" 2>/dev/null; kill "$xevpid" 2>/dev/null; wait "$xevpid" 2>/dev/null || true
  rm -f "$stamp"
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

app=(); bare=()
for i in $(seq 1 "$N"); do
  bare+=("$(time_to_window java -cp "$JAR:$WORK" 'BareWindow$Main')")
  app+=("$(time_to_window java -jar "$JAR" --data-dir "$DATA_DIR")")
done
mb=$(printf '%s\n' "${bare[@]}" | median)
ma=$(printf '%s\n' "${app[@]}" | median)
echo "bare window ms:  ${bare[*]}  median $mb"
echo "samverkan ms:    ${app[*]}  median $ma"
awk -v a="$ma" -v b="$mb" 'BEGIN {printf "ratio: %.2f (goal <= 1.20)\n", a / b}'
