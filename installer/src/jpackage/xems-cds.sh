#!/bin/sh
# Writes the class-data sharing archive of xems (lib/app/xems.jsa) from the class list recorded when
# the image was built (lib/app/xems.classlist): the classes a start up to the first map frame loads,
# parsed and verified ahead, which takes about a fifth off a cold start.
# A JDK 17 archive only serves the absolute class path it was written for, so this runs wherever
# the application ends up: at the end of the image build, and again by the package's postinst.
# Needs no display. Without an archive the application still starts, only slower.
set -eu
app="$(cd "$(dirname "$0")" && pwd)"
runtime="$(dirname "$app")/runtime"
# the launcher's class path: the app.classpath lines of its cfg, in order, $APPDIR expanded
cp="$(awk -v dir="$app" 'index($0, "app.classpath=$APPDIR") == 1 { p = p sep dir substr($0, 22); sep = ":" } END { print p }' "$app/xems.cfg")"
# the launcher's -XX options (the collector above all) go into the dump too: an archive made for
# another collector or heap layout is not mapped
xx="$(sed -n 's/^java-options=\(-XX:[^S].*\)$/\1/p' "$app/xems.cfg" | paste -sd' ')"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
rm -f "$app/xems.jsa"
# shellcheck disable=SC2086
if "$runtime/bin/java" $xx -Xshare:dump -XX:SharedClassListFile="$app/xems.classlist" \
    -XX:SharedArchiveFile="$app/xems.jsa" -cp "$cp" >"$log" 2>&1 && [ -s "$app/xems.jsa" ]; then
  chmod a+r "$app/xems.jsa"
  echo "xems: class-data archive written ($(du -m "$app/xems.jsa" | cut -f1) MB)"
else
  echo "xems: no class-data archive (the application starts without one, slower):" >&2
  tail -5 "$log" >&2
  rm -f "$app/xems.jsa"
fi
