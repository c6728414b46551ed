#!/usr/bin/env bash
# Build Payout Desk for Linux: one folder made by PyInstaller, wrapped in a tarball with its installer.
#   packaging/build-linux.sh            → dist/payout-desk-VERSION-linux-ARCH.tar.gz
# Needs Python ≥ 3.11. By default it makes build/venv and installs the app with its `packaging` and `pg`
# extras there; PAYOUT_DESK_BUILD_PYTHON=/path/to/python uses that interpreter as it is (it must already
# have PyInstaller and the app's dependencies). Then it runs the smoke test on the result.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
started=$(date +%s)

if [ -n "${PAYOUT_DESK_BUILD_PYTHON:-}" ]; then
  PY="$PAYOUT_DESK_BUILD_PYTHON"
else
  base="${PYTHON:-python3}"
  if [ ! -x build/venv/bin/python ]; then
    echo "Creating build/venv with $base ..." >&2
    "$base" -m venv build/venv
  fi
  PY="$ROOT/build/venv/bin/python"
  echo "Installing Payout Desk and PyInstaller into build/venv ..." >&2
  "$PY" -m pip install --quiet --upgrade pip
  "$PY" -m pip install --quiet "$ROOT[packaging,pg]"
fi

VERSION="$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
ARCH="$(uname -m)"
NAME="payout-desk-$VERSION-linux-$ARCH"

rm -rf build/dist build/work
"$PY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath build/dist --workpath build/work packaging/payout-desk.spec

# The tarball: the app folder, its icon and menu entry, and install.sh (install / --uninstall).
STAGE="build/stage/$NAME"
rm -rf build/stage && mkdir -p "$STAGE"
mv build/dist/payout-desk "$STAGE/app"
cp packaging/linux/install.sh "$STAGE/install.sh"
cp packaging/linux/payout-desk.desktop "$STAGE/payout-desk.desktop"
cp resources/icons/payout-desk.png resources/icons/payout-desk.svg "$STAGE/"
cp packaging/linux/CAI-DAT.txt "$STAGE/CAI-DAT.txt"
chmod +x "$STAGE/install.sh" "$STAGE/app/payout-desk"

"$PY" packaging/smoke.py "$STAGE/app/payout-desk"

mkdir -p dist
tar -C build/stage -czf "dist/$NAME.tar.gz" "$NAME"
unpacked=$(du -sb "$STAGE" | cut -f1)
packed=$(stat -c %s "dist/$NAME.tar.gz")
echo "built dist/$NAME.tar.gz in $(( $(date +%s) - started )) s:" \
  "$(( packed / 1048576 )) MB packed, $(( unpacked / 1048576 )) MB unpacked"
