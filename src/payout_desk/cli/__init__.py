"""`payout-desk`: the command line over the services. No subcommand opens the desk's window."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from payout_desk.cli.desks import database_url, refuse_shared_database
from payout_desk.cli.output import say
from payout_desk.cli.parser import build_parser
from payout_desk.domain.roles import Role
from payout_desk.lang import LANGUAGES, Text, set_language, t
from payout_desk.services.common.desk import DatabaseError, desk_language, desk_role
from payout_desk.services.common.errors import DeskError, UsageError
from payout_desk.services.common.paths import log_dir

NEWCOMER_TEXT = """\
Payout Desk — cash payout of monthly allowances through the post.

`payout-desk` opens the desk's window: the clerk's on a point laptop, the office's on an office desk
(`payout-desk --demo` and `payout-desk --demo --office` try them on invented data). Everything can also
be done from the command line:

  Office:
    payout-desk keys init --role office --name "Bưu điện huyện Mang Thít"
    payout-desk office import-register danh_sach.xlsx --month 2026-12
    payout-desk office enroll-device --point P01 --public-key "<from keys show on the laptop>" --name "máy 1"
    payout-desk office issue-lists --month 2026-12 --out lists/
    payout-desk office amend --month 2026-12 --point P01 --stop NCC001 --reason deceased --date 2026-12-01 --out amend/
    payout-desk office import sync/*.pdsync
    payout-desk office status --month 2026-12
    payout-desk office settlement --month 2026-12 --out thanh-quyet-toan.xlsx
    payout-desk report signature-sheet --month 2026-12 --out ky-nhan.pdf      (--point P01: one point)
    payout-desk report posting-list --month 2026-12 --out niem-yet.pdf
    payout-desk report settlement --month 2026-12 --out thanh-quyet-toan.pdf

  Point device (a laptop at a payout point or on home visits):
    payout-desk keys init --role point --name "Điểm BĐVHX An Phước – máy 1"
    payout-desk point load lists/P01_2026-12.pdlist --trust-office "<fingerprint read out by the office>"
    payout-desk point pay NCC001 --signature chu-ky.png       (or --thumbprint, --proxy-name …, --at-home)
    payout-desk point report NCC002 --kind absent             (deceased, moved, refused, hospital, wrong-data)
    payout-desk point cash receive 40.000.000 ; payout-desk point close-day
    payout-desk point export --out usb/
    payout-desk point status
    payout-desk report signature-sheet --out ky-nhan.pdf      the list's sheet, payouts and signatures filled in
    payout-desk report receipt NCC001 --out bien-nhan.pdf     a receipt for someone paid

  Any desk:
    payout-desk verify FILE        check a signed file and show what it holds
    payout-desk keys show          this desk's key fingerprint (read it aloud to compare)
    payout-desk audit verify       re-check every record's hash and chain in this desk's database

Every command takes --data-dir DIR (or $PAYOUT_DESK_DATA_DIR) and --json. Office and keys commands take
--db URL (or $PAYOUT_DESK_DB_URL) for a PostgreSQL database several clerks share. Run `payout-desk COMMAND --help`.
"""


def log_record(exc: BaseException) -> str:
    """What goes to the log about an unexpected error: its kind and where in the code, never its message
    or values (a message can carry a name, an ID number or an amount: no personal data in log files)."""
    frames = traceback.extract_tb(exc.__traceback__)
    lines = [
        f"{utc_stamp()} {type(exc).__module__}.{type(exc).__qualname__} (message left out: it may hold personal data)"
    ]
    lines += [f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames]
    return "\n".join(lines) + "\n"


def utc_stamp() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _log_unexpected(exc: BaseException) -> str:
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / "payout-desk.log"
        with open(
            os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600), "a", encoding="utf-8"
        ) as handle:
            handle.write(log_record(exc))
        return str(path)
    except OSError:
        return "(no log could be written)"


def _window(args: argparse.Namespace) -> int:
    """No command: the demo, or the point laptop's window; an office desk or a box without a display
    gets the guide to the commands."""
    if args.screenshot and not args.demo:
        raise UsageError(t("cli.screenshot_needs_demo"))
    if args.office and not args.demo:
        raise UsageError(t("cli.office_needs_demo"))
    url = database_url(args)
    role = None if args.demo else desk_role(args.data_dir, url)
    from payout_desk.ui import app  # Qt is loaded only when a window is wanted

    if args.screenshot:
        path = app.demo_screenshot(Path(args.screenshot), office=args.office)
        print(f"payout-desk: demo window saved to {path}")
        return 0
    problem = app.display_problem()
    if problem is not None:
        sys.stdout.write(NEWCOMER_TEXT)
        print(f"\n({problem}: use the commands above, or --demo --screenshot FILE.png)")
        return 0
    if args.demo:
        return app.run_demo(office=args.office)
    if role == Role.OFFICE:
        return app.run_office_desk(args.data_dir, url)
    if url:
        raise UsageError(t("cli.no_office_on_db"))
    return app.run_point_desk(args.data_dir)


LANG_ENV = "PAYOUT_DESK_LANG"
COMMON_WITH_VALUE = ("--data-dir", "--db", "--lang", "--clerk")


def hoist_common(argv: Sequence[str]) -> list[str]:
    """`payout-desk --data-dir D keys init …` as `payout-desk keys init … --data-dir D`: argparse gives a
    subcommand's own (unset) copy of a shared option the last word, so options written before the command
    would be lost; every command takes them, so they are moved behind it."""
    args, moved, rest = list(argv), list[str](), list[str]()
    i = 0
    while i < len(args):
        token = args[i]
        if token in COMMON_WITH_VALUE and i + 1 < len(args):
            moved += args[i : i + 2]
            i += 2
            continue
        if token == "--json" or token.split("=", 1)[0] in COMMON_WITH_VALUE:
            moved.append(token)
        elif not token.startswith("-"):  # the command: everything from here is its own
            return rest + args[i:] + moved
        else:
            rest.append(token)
        i += 1
    return list(argv)  # no command: the window's own options stay as they are


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(hoist_common(sys.argv[1:] if argv is None else argv))
    handler = getattr(args, "handler", None)
    if handler is None:
        handler = _window
    try:
        set_language(cli_language(args))
        refuse_shared_database(args)
        result: int = handler(args)
        return result
    except DeskError as exc:
        hints = "".join(f" — {hint}" for hint in option_hints(exc.text))
        say(f"payout-desk: {exc.in_language()}{hints}")  # a refusal may quote a name, a file's content
        return exc.exit_code
    except DatabaseError as exc:  # a shared database gone away in the middle of a command
        say(f"payout-desk: {t('cli.database_gone', detail=exc.text)}")
        return 1
    except KeyboardInterrupt:
        print(f"payout-desk: {t('cli.interrupted')}", file=sys.stderr)
        return 130
    except Exception as exc:  # the last line of defence: one line for the user, details in the log
        where = _log_unexpected(exc)
        say(
            f"payout-desk: {t('common.unexpected', kind=f'{type(exc).__name__}: {exc}')} "
            f"{t('cli.logged_in', where=where)}"
        )
        return 1


# A refusal the window shows too says nothing of options; on the command line the option that answers it
# follows on the same line (a refusal is one line).
OPTION_HINTS = {
    "point.office_not_trusted": t("cli.hint_trust_office"),
    "point.bad_fingerprint": t("cli.hint_trust_office"),
    "office.resolution_note_needed": t("cli.hint_resolution"),
    "office.stop_or_add": t("cli.hint_stop_or_add"),
    "office.stop_reason_unknown": t("cli.hint_stop"),
    "office.stop_date_needed": t("cli.hint_stop"),
    "office.stop_date_bad": t("cli.hint_stop"),
    "office.bad_public_key": t("cli.hint_public_key"),
    "office.out_is_folder": t("cli.hint_out"),
    "desk.wrong_role": t("cli.hint_data_dir"),
    "desk.no_key": t("cli.hint_keys_init"),
    "office.no_register": t("cli.hint_import_register"),
}


def option_hints(text: Text | None) -> list[Text]:
    """The command-line hints for a refusal: for its own key and for any sentence it carries."""
    if text is None:
        return []
    hints = [OPTION_HINTS[text.key]] if text.key in OPTION_HINTS else []
    for value in text.params.values():
        if isinstance(value, Text):
            hints += option_hints(value)
    return hints


def cli_language(args: argparse.Namespace) -> str:
    """--lang, else the desk's own setting (`settings language`), else $PAYOUT_DESK_LANG, else Vietnamese."""
    if args.lang:
        return str(args.lang)
    try:
        chosen = desk_language(args.data_dir, database_url(args))
    except (DeskError, DatabaseError):  # no readable desk here yet: the command says what is wrong
        chosen = None
    from_env = os.environ.get(LANG_ENV, "")
    return chosen or (from_env if from_env in LANGUAGES else "vi")
