#!/usr/bin/env bash
# The real-screen lane: for each size, a real X server (Xvfb) with a window manager (openbox), the windows
# under Qt's xcb platform, and `pytest tests/screen` driving them through their widgets. Screenshots go to
# build/screen/<size>/<test>/<NN-step>.png.
#
#   scripts/screen-tests.sh [WxH ...] [-- pytest arguments]   # default sizes: 1366x768 1280x720
#
# Exit status 0 when every size passed; 3 when Xvfb or openbox is missing (nothing was run).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"

sizes=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do sizes+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
[ "${#sizes[@]}" -gt 0 ] || sizes=(1366x768 1280x720)

for tool in Xvfb openbox xprop; do
  command -v "$tool" >/dev/null || { echo "screen lane: $tool is not installed; the lane is not run"; exit 3; }
done

XVFB_PID=""
WM_PID=""
stop_screen() {
  [ -n "$WM_PID" ] && kill "$WM_PID" 2>/dev/null && wait "$WM_PID" 2>/dev/null || true
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null && wait "$XVFB_PID" 2>/dev/null || true
  WM_PID="" XVFB_PID=""
}
trap stop_screen EXIT

start_xvfb() {  # $1 = WxH, $2 = log; sets DISPLAY and XVFB_PID once the server answers
  local fdfile
  fdfile="$(mktemp)"
  # -displayfd: Xvfb picks a free display number itself and writes it once it listens.
  Xvfb -displayfd 3 -screen 0 "${1}x24" -nolisten tcp 3>"$fdfile" >"$2" 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 100); do [ -s "$fdfile" ] && break; kill -0 "$XVFB_PID" 2>/dev/null || break; sleep 0.1; done
  export DISPLAY=":$(head -1 "$fdfile" | tr -d '[:space:]')"
  rm -f "$fdfile"
  for _ in $(seq 100); do
    kill -0 "$XVFB_PID" 2>/dev/null || return 1
    xprop -root >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  return 1
}

start_screen() {  # $1 = WxH; sets DISPLAY, XVFB_PID, WM_PID (a few tries: other servers may start beside)
  local size="$1" logs="$ROOT/build/screen/$1" try
  mkdir -p "$logs"
  for try in 1 2 3; do
    if start_xvfb "$size" "$logs/xvfb.log"; then
      openbox >"$logs/openbox.log" 2>&1 &
      WM_PID=$!
      for _ in $(seq 100); do  # openbox is ready once it has named itself on the root window
        xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id' && return 0
        kill -0 "$WM_PID" 2>/dev/null || break
        sleep 0.1
      done
    fi
    echo "screen lane: X server or window manager did not start (try $try; see $logs)"
    stop_screen
  done
  return 1
}

where=(tests/screen)  # unless tests of the lane are named
for arg in "$@"; do case "$arg" in tests/screen*) where=() ;; esac; done

status=0
for size in "${sizes[@]}"; do
  start_screen "$size"
  echo "screen lane: $size on DISPLAY=$DISPLAY (Xvfb + openbox)"
  started=$SECONDS
  # a hung window (a dialog nobody closes) must not hold CI for ever
  PAYOUT_DESK_SCREEN="$size" QT_QPA_PLATFORM=xcb timeout "${SCREEN_LANE_TIMEOUT:-1200}" \
    "$PYTHON" -m pytest "${where[@]}" "$@" || status=1
  echo "screen lane: $size took $((SECONDS - started)) s"
  stop_screen
done
exit "$status"
