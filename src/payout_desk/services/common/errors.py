"""Errors the services raise for a person to act on; each carries the CLI exit code of the contract."""

from __future__ import annotations

from payout_desk.lang import Text, language, t


class DeskError(Exception):
    """Something the user must act on: one clear sentence, never a traceback.

    Raise it with a catalogue `Text` (`DeskError(t("area.key", …))`): `exc.vi` and `exc.en` are the two
    languages (`str(exc)` is the English, for logs and old callers; `exc.in_language()` the chosen one). The older form
    `DeskError(english, vi=vietnamese)` is still taken while the sites move to the catalogue."""

    exit_code = 1

    def __init__(self, message: str | Text, vi: str | None = None) -> None:
        if isinstance(message, Text):
            self.text: Text | None = message
            self.en, self.vi = message.en, message.vi
        else:
            self.text = None
            self.en, self.vi = message, vi or message
        super().__init__(self.en)

    def in_language(self, code: str | None = None) -> str:
        """The sentence in `code`, or in the process's language (`payout_desk.lang.language()`)."""
        return self.vi if (code or language()) == "vi" else self.en


class UsageError(DeskError):
    """The command does not fit this desk or its arguments (exit 2)."""

    exit_code = 2


class InvalidInput(DeskError):
    """The input data cannot be used as it is (exit 3)."""

    exit_code = 3


class FileRefused(DeskError):
    """A signed file was refused: signature, hash, limits or trust (exit 4)."""

    exit_code = 4

    def __init__(self, message: str | Text, vi: str | None = None) -> None:
        if isinstance(message, Text):
            message = t("file.refused", detail=message)
        elif vi is None:
            vi = f"File bị từ chối, không dùng được: hãy hỏi lại nơi gửi file. Chi tiết: {message}"
        super().__init__(message, vi)


class Refused(DeskError):
    """A payout, report, void or cash step the rules do not allow; the message says why (exit 3)."""

    exit_code = 3
