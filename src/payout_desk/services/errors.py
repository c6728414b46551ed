"""Errors the services raise for a person to act on; each carries the CLI exit code of the contract."""

from __future__ import annotations


class DeskError(Exception):
    """Something the user must act on; `str(error)` is one clear sentence, never a traceback.
    `vi` is the same sentence in Vietnamese for the window, where the service has one (else the English)."""

    exit_code = 1

    def __init__(self, message: str, vi: str | None = None) -> None:
        super().__init__(message)
        self.vi = vi or message


class UsageError(DeskError):
    """The command does not fit this desk or its arguments (exit 2)."""

    exit_code = 2


class InvalidInput(DeskError):
    """The input data cannot be used as it is (exit 3)."""

    exit_code = 3


class FileRefused(DeskError):
    """A signed file was refused: signature, hash, limits or trust (exit 4)."""

    exit_code = 4

    def __init__(self, message: str, vi: str | None = None) -> None:
        super().__init__(
            message, vi or f"File bị từ chối, không dùng được: hãy hỏi lại nơi gửi file. Chi tiết: {message}"
        )


class Refused(DeskError):
    """A payout, report, void or cash step the rules do not allow; the message says why (exit 3)."""

    exit_code = 3
