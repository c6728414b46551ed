"""A register import's issue (a row's error or warning, as RegisterReport keeps it) in either language."""

from __future__ import annotations

from collections.abc import Mapping

from payout_desk.lang import language


def issue_message(issue: Mapping[str, object], code: str | None = None) -> str:
    """The issue's words in `code` ("vi"/"en"; default the process's language). Issues stored before
    both languages were kept have only the English "message"."""
    if (code or language()) == "vi" and issue.get("message_vi"):
        return str(issue["message_vi"])
    return str(issue["message"])


def issue_in_language(issue: Mapping[str, object], code: str | None = None) -> dict[str, object]:
    """The issue as the CLI's JSON gives it: its keys as ever, "message" in the chosen language."""
    shown = {key: value for key, value in issue.items() if key != "message_vi"}
    shown["message"] = issue_message(issue, code)
    return shown
