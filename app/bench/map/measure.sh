#!/usr/bin/env bash
# Network map harness (not a test; numbers go into the issue notes).
#  1. Frame times: the real map view on a generated network (default 2,000 nodes / 6,000 edges) under Xvfb with
#     software rendering; pans for half the time, zooms for the other half, one step per pulse; prints mean fps and
#     p50/p95 frame time (pulse to pulse), plus layout time of the generated graph.
#  2. Load + layout of a real data folder's map (optional DATA_DIR; password in SAMVERKAN_PASSWORD).
# Usage: app/bench/map/measure.sh [NODES] [EDGES] [SECONDS] [DATA_DIR]   (build the jar first; needs xvfb)
set -euo pipefail
NODES=${1:-2000}
EDGES=${2:-6000}
SECONDS_RUN=${3:-6}
DATA_DIR=${4:-}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
JAR=$ROOT/app/target/samverkan.jar
[ -f "$JAR" ] || { echo "build the jar first: mvn -B -q package -DskipTests" >&2; exit 2; }
WORK=$(mktemp -d)
javac -d "$WORK" -cp "$JAR" "$ROOT"/app/bench/map/*.java

DISPLAY_NO=:${DISPLAY_NO:-96}
Xvfb "$DISPLAY_NO" -screen 0 1400x900x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null; rm -rf "$WORK"' EXIT
sleep 1
export DISPLAY=$DISPLAY_NO

java -Dprism.order=sw -cp "$WORK:$JAR" 'se.samverkan.ui.network.MapFrameBench$Main' "$NODES" "$EDGES" "$SECONDS_RUN" 2>&1 \
  | grep -v "Unsupported JavaFX configuration\|PlatformImpl startup"
if [ -n "$DATA_DIR" ]; then
  java -cp "$WORK:$JAR" se.samverkan.ui.network.MapLoadBench "$DATA_DIR" 2>&1 | grep "^run"
fi
