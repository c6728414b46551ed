"""`payout-desk settings …`: the desk's own choices (for now its language)."""

from __future__ import annotations

import argparse
from typing import Any

from payout_desk.cli import bank_cmd, bank_results_cmd, closing_cmd, month_settings_cmd, unclaimed_cmd
from payout_desk.cli.desks import any_desk
from payout_desk.cli.output import emit
from payout_desk.lang import LANGUAGES, set_language, t


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    settings = commands.add_parser("settings", help="this desk's own choices")
    sub = settings.add_subparsers(
        title="settings commands", metavar="COMMAND", required=True, parser_class=type(settings)
    )
    language = sub.add_parser(
        "language", parents=[common], help="the language of this desk's messages (show it, or set vi or en)"
    )
    language.add_argument("code", nargs="?", choices=LANGUAGES, help="vi or en; none shows the current one")
    language.set_defaults(handler=run_language)
    closing_cmd.register_setting(sub, common)
    unclaimed_cmd.register_settings(sub, common)
    month_settings_cmd.register_settings(sub, common)
    bank_cmd.register_setting(sub, common)
    bank_results_cmd.register_setting(sub, common)


def run_language(args: argparse.Namespace) -> int:
    with any_desk(args) as desk:
        if args.code:
            desk.set_language(args.code)
            if not args.lang:
                set_language(args.code)
        chosen = desk.language()
    line = t("cli.language_set", code=chosen) if args.code else t("cli.language_is", code=chosen or "-")
    emit(args.json, {"language": chosen}, [str(line)])
    return 0
