#!/usr/bin/env bash
# Renders every page of the demo in English and Korean to PNG files (offscreen, 1280×800).
set -euo pipefail
build=${1:-build}
out=${2:-docs/screenshots}
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME="$scratch/config" QT_QPA_PLATFORM=offscreen
for language in en ko; do
  for page in pipelines executions rules schedules shares shared-with-me; do
    "$build/app/pipelinedesk" --workspace "$scratch/demo.sqlite" --language "$language" --page "$page" \
      --screenshot "$out/$page-$language.png"
  done
done
# A connected account needs a cloud: the GUI test draws those against its fake account.
if [ -x "$build/tests/gui/tst_connectedgui" ]; then
  PD_SCREENSHOT_DIR="$out" "$build/tests/gui/tst_connectedgui" screenshots >/dev/null
fi
echo "Screenshots in $out"
