# Sourced by ./run and ./test: make .venv (Python ≥ 3.11) and install the project into it when
# pyproject.toml changed since the last install. Idempotent and quiet when nothing changed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
STAMP="$VENV/.install-stamp"

pick_python() {
  for candidate in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; raise SystemExit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "Payout Desk needs Python 3.11 or newer (set PYTHON=/path/to/python3.11)." >&2
  return 1
}

if [ ! -x "$VENV/bin/python" ]; then
  py="$(pick_python)"
  echo "Creating $VENV with $py ..." >&2
  "$py" -m venv "$VENV"
fi

# The stamp: pyproject.toml's hash, then " packaging" once the packaging extra (PyInstaller) is in too —
# installed when PAYOUT_DESK_TEST_PACKAGING=1 asks for the on-demand build test (tests/packaging), and kept.
want="$(cat "$ROOT/pyproject.toml" | sha256sum | cut -d' ' -f1)"
have="$(cat "$STAMP" 2>/dev/null || true)"
extras="dev,pg"
tag=""
if [ "${PAYOUT_DESK_TEST_PACKAGING:-}" = 1 ] || [ "${have##* }" = packaging ]; then
  extras="dev,pg,packaging"
  tag=" packaging"
fi
if [ "$have" != "$want$tag" ]; then
  echo "Installing Payout Desk and its dependencies ($extras) into .venv ..." >&2
  "$VENV/bin/python" -m pip install --quiet --upgrade pip >&2
  "$VENV/bin/python" -m pip install --quiet -e "$ROOT[$extras]" >&2
  echo "$want$tag" > "$STAMP"
fi
