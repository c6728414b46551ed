#!/usr/bin/env bash
# The user guide's and README's screenshots of the clerk's flows, taken on a real X screen (1366x768, with a
# window manager) by the real-screen lane, then copied under their names into docs/screenshots/.
#
#   scripts/docs-screenshots.sh            # runs the lane at 1366x768, then copies
#   scripts/docs-screenshots.sh --copy     # copies from the last lane run (build/screen/1366x768)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
[ "${1:-}" = "--copy" ] || scripts/screen-tests.sh 1366x768 -- -q -p no:cacheprovider
SHOTS=build/screen/1366x768
copy() {  # test folder, step file (glob), docs name
  local found
  found=$(ls "$SHOTS/$1"/$2 2>/dev/null | head -1)
  [ -n "$found" ] || { echo "missing: $SHOTS/$1/$2" >&2; exit 1; }
  cp "$found" "docs/screenshots/$3"
  echo "docs/screenshots/$3 ← $found"
}
copy test_the_point_window_opens_maximised_with_its_status_line_on_screen "*point-window.png" point-main.png
copy test_an_ordinary_payout_is_enter_sign_enter "*-signed.png" point-pay.png
copy test_a_mismatched_cccd_is_paid_only_with_an_override "*-override-given.png" point-id-override.png
copy test_a_death_report_then_the_refusal_before_signing_then_the_void_from_it "*-refused-before-signing.png" point-refusal.png
copy test_a_death_report_then_the_refusal_before_signing_then_the_void_from_it "*-death-report.png" point-death.png
copy test_the_void_button_voids_a_payout_with_its_reason "*-void-with-reason.png" point-void.png
copy test_first_run_key_check_code_sealed_list_and_first_clerk "*-check-code.png" point-first-run.png
copy test_first_run_key_check_code_sealed_list_and_first_clerk "*-sealed-list-shown.png" point-first-run-list.png
copy test_a_second_clerk_is_added_by_the_first_and_signs_in "*-second-clerk.png" point-second-clerk.png
copy test_cash_received_then_the_day_closed_with_a_count_by_banknote "*-reason-given.png" point-day-close.png
copy test_the_clerk_writes_the_months_bank_batches_into_a_folder "*-bank-batches-written.png" office-bank-batches.png
