#!/bin/sh
# Install Payout Desk for this user (no root, no Python needed), or remove it:
#   ./install.sh              install, or upgrade an earlier install (your data is kept)
#   ./install.sh --uninstall  remove the app; your data (database, keys, backups, logs) stays
# The app goes to ~/.local/share/payout-desk/app, the command to ~/.local/bin/payout-desk, the menu entry
# to ~/.local/share/applications/payout-desk.desktop and the icon to ~/.local/share/icons.
set -eu

HERE="$(cd "$(dirname "$0")" && pwd)"
DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
HOME_DIR="$DATA_HOME/payout-desk"
APP="$HOME_DIR/app"
BIN="$HOME/.local/bin"
DESKTOP="$DATA_HOME/applications/payout-desk.desktop"
ICON_DIR="$DATA_HOME/icons/hicolor"

uninstall() {
  rm -rf "$APP" "$APP.new" "$APP.old"
  [ -L "$BIN/payout-desk" ] && rm -f "$BIN/payout-desk"
  rm -f "$DESKTOP" "$ICON_DIR/256x256/apps/payout-desk.png" "$ICON_DIR/scalable/apps/payout-desk.svg"
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$DATA_HOME/applications" 2>/dev/null || true
  echo "Đã gỡ Payout Desk. Dữ liệu vẫn còn trong $HOME_DIR (xóa thư mục đó nếu muốn xóa cả dữ liệu)."
  echo "Payout Desk removed. Your data is still in $HOME_DIR."
}

install() {
  [ -x "$HERE/app/payout-desk" ] || { echo "install.sh: run it from the unpacked folder (app/ is missing)" >&2; exit 1; }
  mkdir -p "$HOME_DIR" "$BIN" "$DATA_HOME/applications" "$ICON_DIR/256x256/apps" "$ICON_DIR/scalable/apps"
  # Copy the new version beside the old one, then swap: an interrupted install leaves the old app working.
  rm -rf "$APP.new" "$APP.old"
  cp -R "$HERE/app" "$APP.new"
  [ -d "$APP" ] && mv "$APP" "$APP.old"
  mv "$APP.new" "$APP"
  rm -rf "$APP.old"
  ln -sfn "$APP/payout-desk" "$BIN/payout-desk"
  cp "$HERE/payout-desk.png" "$ICON_DIR/256x256/apps/payout-desk.png"
  cp "$HERE/payout-desk.svg" "$ICON_DIR/scalable/apps/payout-desk.svg"
  sed "s|^Exec=.*|Exec=\"$APP/payout-desk\"|; s|^Icon=.*|Icon=$ICON_DIR/256x256/apps/payout-desk.png|" \
    "$HERE/payout-desk.desktop" > "$DESKTOP"
  chmod +x "$DESKTOP"
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$DATA_HOME/applications" 2>/dev/null || true
  version="$("$APP/payout-desk" --version 2>/dev/null || echo "payout-desk")"
  echo "Đã cài $version. Mở từ menu ứng dụng (Payout Desk) hoặc gõ: payout-desk"
  echo "Installed $version into $APP (command: $BIN/payout-desk)."
  case ":$PATH:" in *":$BIN:"*) ;; *) echo "Note: $BIN is not on PATH; the menu entry works anyway." ;; esac
}

case "${1:-}" in
  --uninstall|-u) uninstall ;;
  ""|--install) install ;;
  *) echo "usage: ./install.sh [--uninstall]" >&2; exit 2 ;;
esac
