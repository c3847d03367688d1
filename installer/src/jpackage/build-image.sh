#!/usr/bin/env bash
# Builds the jpackage output from target/input (the app's runtime jars).
#   build-image.sh TARGET_DIR VERSION MODULES JLINK_OPTIONS TYPE   (TYPE: app-image | deb)
set -euo pipefail
target="$1"; version="$2"; modules="$3"; jlink_options="$4"; type="$5"
jpackage_bin="${JAVA_HOME:+$JAVA_HOME/bin/}jpackage"
identity=(--name xems --app-version "$version" --vendor "Xuchang Emergency Management Office"
          --description "Xuchang EMS Map (许昌应急一张图): offline emergency GIS")
if [ "$type" = "app-image" ]; then
  rm -rf "$target/image"
  "$jpackage_bin" --type app-image --dest "$target/image" "${identity[@]}" \
    --input "$target/input" --main-jar "xems-app-$version.jar" --main-class cn.xuchang.ems.app.Launcher \
    --add-modules "$modules" --jlink-options "$jlink_options" \
    --java-options "-XX:TieredStopAtLevel=1 -XX:+UseZGC -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8"
  echo "app-image: $target/image/xems (launcher: $target/image/xems/bin/xems)"
else
  # packs the finished app-image, class list and archive writer included; not the archive itself,
  # which only serves the build's path: the postinst writes one for the installed path
  rm -rf "$target/deb" "$target/deb-image"
  mkdir -p "$target/deb-image"
  cp -a "$target/image/xems" "$target/deb-image/"
  rm -f "$target/deb-image/xems/lib/app/xems.jsa"
  "$jpackage_bin" --type deb --dest "$target/deb" "${identity[@]}" --app-image "$target/deb-image/xems" \
    --resource-dir "$(dirname "$0")/resources" --linux-package-name xuchang-ems --linux-shortcut --linux-menu-group "Office" --linux-package-deps libgtk-3-0
  echo "deb: $(ls "$target"/deb/*.deb)"
fi
