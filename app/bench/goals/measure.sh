#!/usr/bin/env bash
# Times the Verksamhetsmål dashboard on a data folder: measure.sh DATA_DIR [PERIOD]
# (build the jar first: mvn -B -q package -DskipTests; make a big folder with: samverkan --data-dir D demo --scale 100000)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/../../target/samverkan.jar"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
javac -d "$out" -cp "$jar" "$here/DashboardTiming.java"
java -cp "$jar:$out" DashboardTiming "$@" 2>/dev/null | grep -v '^SLF4J'
