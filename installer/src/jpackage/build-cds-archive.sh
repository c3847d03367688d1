#!/usr/bin/env bash
# Gives the app-image its class-data sharing archive (see xems-cds.sh for why and how).
#   build-cds-archive.sh IMAGE_DIR
# Records which classes a start up to the first map frame loads (one run of the image on a
# throw-away data folder, on Xvfb via xvfb-run or on $DISPLAY), ships that list and the archive
# writer in lib/app, writes the archive for this location and points the launcher at it.
# With no display the image stays without one (correct, only slower to start) and this says so.
set -euo pipefail
image="$1"
here="$(cd "$(dirname "$0")" && pwd)"
app="$image/lib/app"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rm -f "$app/xems.jsa" "$app/xems.classlist"
sed -i '/SharedArchiveFile/d;/-Xlog:cds/d' "$app/xems.cfg"
if command -v xvfb-run >/dev/null 2>&1; then
  run=(xvfb-run -a -s "-screen 0 1920x1080x24")
elif [ -n "${DISPLAY:-}" ]; then
  run=()
else
  echo "cds archive: no display (install xvfb) - the image starts without one"
  exit 0
fi
# the first start creates the sample database: do that first, so the recorded start is a normal one
"$image/bin/xems" stats --data-dir "$work/data" >/dev/null
if ! JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$app/xems.classlist" \
    "${run[@]}" "$image/bin/xems" open --data-dir "$work/data" --exit-after-first-frame >"$work/log" 2>&1; then
  echo "cds archive: the recording start failed - the image starts without an archive"; cat "$work/log"
  rm -f "$app/xems.classlist"
  exit 0
fi
install -m 755 "$here/xems-cds.sh" "$app/xems-cds.sh"
"$app/xems-cds.sh"
# a missing, stale or unmappable archive only costs speed: keep its warning off the user's console
printf '%s\n' 'java-options=-XX:SharedArchiveFile=$APPDIR/xems.jsa' 'java-options=-Xlog:cds=off' >>"$app/xems.cfg"
echo "cds archive: $(wc -l <"$app/xems.classlist") classes listed"
