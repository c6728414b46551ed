"""The argument parser: every command takes --data-dir and --json, wherever they are written."""

from __future__ import annotations

import argparse
import sys
from typing import Any, NoReturn

from payout_desk import __version__
from payout_desk.cli import audit_cmd, backup_cmd, keys_cmd, office_cmd, point_cmd, report_cmd, settings_cmd
from payout_desk.lang import LANGUAGES


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr (exit 2), not a usage dump."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: {message} (see --help)\n")
        raise SystemExit(2)


def common_options() -> argparse.ArgumentParser:
    common: argparse.ArgumentParser = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="the desk's data folder (default: $PAYOUT_DESK_DATA_DIR or the user data folder)",
    )
    common.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="office and keys commands: a shared database, e.g. postgresql+psycopg://user:pw@host/payout "
        "(default: $PAYOUT_DESK_DB_URL, else the SQLite file in the data folder)",
    )
    common.add_argument(
        "--clerk",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help="office with clerks: who is working (default: $PAYOUT_DESK_CLERK); the PIN is asked, or "
        "$PAYOUT_DESK_PIN",
    )
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON object on stdout"
    )
    common.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help="the language of messages (default: the desk's setting, else $PAYOUT_DESK_LANG, else vi)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = Parser(
        prog="payout-desk",
        description="Cash payout of monthly allowances through the post.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"payout-desk {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the window on a throwaway demo round (nothing real is touched)",
    )
    parser.add_argument(
        "--office", action="store_true", help="with --demo: the office's window instead of the point's"
    )
    parser.add_argument("--screenshot", metavar="PATH", help="with --demo: save the window as a PNG and exit")
    parser.set_defaults(data_dir=None, db=None, json=False, lang=None, clerk=None)
    commands: Any = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=Parser)
    keys_cmd.register(commands, common)
    office_cmd.register(commands, common)
    point_cmd.register(commands, common)
    backup_cmd.register(commands, common)
    report_cmd.register(commands, common)
    audit_cmd.register(commands, common)
    settings_cmd.register(commands, common)
    verify = commands.add_parser(
        "verify", parents=[common], help="check any Payout Desk file; changes nothing"
    )
    verify.add_argument("file", metavar="FILE")
    verify.set_defaults(handler=point_cmd.run_verify)
    return parser
