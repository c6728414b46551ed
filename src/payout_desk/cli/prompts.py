"""Asking the person at the keyboard: passphrases and the office-fingerprint confirmation."""

from __future__ import annotations

import getpass
import os
import sys

from payout_desk.cli.output import say
from payout_desk.lang import t
from payout_desk.services.common.desk import PASSPHRASE_ENV
from payout_desk.services.common.errors import DeskError


def passphrase(new: bool) -> str:
    """From $PAYOUT_DESK_PASSPHRASE, else asked at the terminal (twice when choosing a new one)."""
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise DeskError(t("cli.passphrase_env", PASSPHRASE_ENV=PASSPHRASE_ENV))
    if not new:
        return getpass.getpass("Passphrase for the desk key: ")
    first = getpass.getpass("Choose a passphrase for the desk key (at least 8 characters): ")
    if getpass.getpass("Type it again: ") != first:
        raise DeskError(t("cli.passphrases_differ"))
    return first


NEW_PASSPHRASE_ENV = "PAYOUT_DESK_NEW_PASSPHRASE"
KEY_BACKUP_PASSPHRASE_ENV = "PAYOUT_DESK_KEY_BACKUP_PASSPHRASE"


def other_passphrase(env: str, what: str, *, twice: bool) -> str:
    """A second passphrase (the new one, or a key backup's): from `env`, else asked at the terminal."""
    from_env = os.environ.get(env)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise DeskError(t("cli.passphrase_env_other", env=env, what=what))
    first = getpass.getpass(f"{what[0].upper()}{what[1:]}: ")
    if twice and getpass.getpass("Type it again: ") != first:
        raise DeskError(t("cli.passphrases_differ"))
    return first


def confirm_office(office_name: str, fingerprint: str) -> bool:
    """Show the office key's fingerprint and ask whether it matches what the office read out."""
    if not sys.stdin.isatty():
        return False
    say(f"This list is signed by the office “{office_name}”.")  # the name is the list file's
    print(f"Its key fingerprint is:\n\n    {fingerprint}\n", file=sys.stderr)
    print("Call the office and have them read their fingerprint to you.", file=sys.stderr)
    answer = input("Does it match exactly? Type YES to trust this office from now on: ")
    return answer.strip().upper() in ("YES", "CÓ", "CO")


PIN_ENV = "PAYOUT_DESK_PIN"
BY_PIN_ENV = "PAYOUT_DESK_BY_PIN"


def pin(env: str, prompt: str, *, twice: bool = False) -> str:
    """A clerk's PIN: from `env`, else asked at a hidden prompt (twice when choosing one)."""
    from_env = os.environ.get(env)
    if from_env:
        return from_env.strip()
    if not sys.stdin.isatty():
        raise DeskError(t("staff.no_pin", env=env))
    first = getpass.getpass(prompt).strip()
    if twice and getpass.getpass("Nhập lại mã PIN / Type the PIN again: ").strip() != first:
        raise DeskError(t("staff.pins_differ"))
    return first
