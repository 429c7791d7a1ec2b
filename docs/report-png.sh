#!/usr/bin/env bash
# Regenerates docs/report.png: the report of the quick sweep as headless Chromium shows it (1400 px wide).
# Runs the quick sweep first unless results/quick/report.html exists (pass --rerun to run it anyway).
# Needs the launcher built (bin/with-jdk21 ./mvnw -B -ntp -q package -DskipTests) and chromium on the PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" == "--rerun" || ! -f results/quick/report.html ]]; then
  bin/dse sweep configs/sweeps/quick.yaml --no-progress
fi
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome)
# --virtual-time-budget lets the page finish drawing (it draws the charts below the fold when idle) before the shot.
"$browser" --headless --disable-gpu --no-sandbox --hide-scrollbars --window-size=1400,2400 \
  --virtual-time-budget=10000 --screenshot="$PWD/docs/report.png" "file://$PWD/results/quick/report.html"
echo "docs/report.png written from results/quick/report.html"
