#!/usr/bin/env bash
# Cold-start benchmark of the installed application: milliseconds from JVM start to the first map
# frame with data on screen (xems open --exit-after-first-frame), on Xvfb, beside two baselines
# measured in the same run and interleaved with it: a bare JavaFX window on the same runtime, without
# and with its own class-data archive (made the same way as the app's).
#   mvn -q -pl installer -am package -DskipTests && installer/src/bench/cold-start.sh [RUNS]
# Needs xvfb-run and a JDK (javac, jar) on the PATH. Prints every run, then medians and ratios.
set -euo pipefail
runs="${1:-9}"
here="$(cd "$(dirname "$0")" && pwd)"
image="$here/../../target/image/xems"
[ -x "$image/bin/xems" ] || { echo "no app-image at $image: run mvn -q -pl installer -am package -DskipTests first"; exit 2; }
command -v xvfb-run >/dev/null || { echo "needs xvfb-run (apt-get install xvfb xauth)"; exit 2; }
java_bin="$image/lib/runtime/bin/java"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
x() { xvfb-run -a -s "-screen 0 1920x1080x24" "$@" 2>/dev/null | sed -n 's/^first-frame-ms=//p'; }

# the baseline jar, its class path and its archive
fx_cp="$(ls "$image"/lib/app/javafx-*.jar | paste -sd:)"
javac -nowarn -cp "$fx_cp" -d "$work/bare" "$here/BareJavaFxWindow.java"
jar --create --file "$work/bare.jar" -C "$work/bare" .
bare_cp="$work/bare.jar:$fx_cp"
x "$java_bin" -XX:DumpLoadedClassList="$work/bare.classlist" -cp "$bare_cp" BareJavaFxWindow >/dev/null
"$java_bin" -Xshare:dump -XX:SharedClassListFile="$work/bare.classlist" -XX:SharedArchiveFile="$work/bare.jsa" \
  -cp "$bare_cp" >/dev/null 2>&1
# the app's data folder exists before the measured starts (a first start also creates the database),
# and one unmeasured window start leaves the window memory any earlier session leaves (the map size
# that lets the first frame be drawn ahead); the first start of a new installation is that much slower
"$image/bin/xems" stats --data-dir "$work/data" >/dev/null
first="$(x "$image/bin/xems" open --data-dir "$work/data" --exit-after-first-frame)"
echo "first start on the new data folder (unmeasured in the table): $first ms"

app=(); bare=(); bare_cds=()
for i in $(seq "$runs"); do
  app+=("$(x "$image/bin/xems" open --data-dir "$work/data" --exit-after-first-frame)")
  bare+=("$(x "$java_bin" -XX:TieredStopAtLevel=1 -Xshare:auto -cp "$bare_cp" BareJavaFxWindow)")
  bare_cds+=("$(x "$java_bin" -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$work/bare.jsa" -Xlog:cds=off -cp "$bare_cp" BareJavaFxWindow)")
  echo "run $i: app ${app[-1]} ms, bare window ${bare[-1]} ms, bare window + archive ${bare_cds[-1]} ms (load $(cut -d' ' -f1 /proc/loadavg))"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
m_app="$(median "${app[@]}")"; m_bare="$(median "${bare[@]}")"; m_cds="$(median "${bare_cds[@]}")"
echo
echo "| cold start to first frame ($runs runs, Xvfb) | median ms | vs bare window + archive |"
echo "|---|---:|---:|"
echo "| xems open, installed app-image (data + map) | $m_app | $(awk -v a="$m_app" -v b="$m_cds" 'BEGIN{printf "%.2fx", a/b}') |"
echo "| bare JavaFX window | $m_bare | $(awk -v a="$m_bare" -v b="$m_cds" 'BEGIN{printf "%.2fx", a/b}') |"
echo "| bare JavaFX window + class-data archive | $m_cds | 1.00x |"
echo "target: xems open <= 1500 ms; load average now $(cut -d' ' -f1-3 /proc/loadavg)"
