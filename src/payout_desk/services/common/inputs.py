"""Reading a file the user chose (a list, amendment, sync or peer file, a register, a backup, a key backup,
a signature image), bounded: the path is looked at before anything is read. Only a regular file is taken
(a symlink is followed, so one to /dev/zero, a FIFO or a device is refused without being opened for
reading, where a FIFO would block), its size must be within the kind's limit, and at most limit + 1 bytes
are read (the file may grow between the look and the read)."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from payout_desk.domain.door_text import SIGNATURE_BYTES
from payout_desk.lang import t
from payout_desk.services.common.errors import InvalidInput

MIB = 1024 * 1024
# A signed file (.pdlist, .pdamend, .pdsync, sealed or not): the container's own limit (256 MiB,
# exchange/container.py Limits.max_file_bytes) plus room for a seal's header (64 KiB, trust/seal.py).
SIGNED_FILE_LIMIT = 256 * MIB + 128 * 1024
REGISTER_LIMIT = 200 * MIB  # exchange/register/sheets.py MAX_FILE_BYTES
BACKUP_LIMIT = 16 * 1024 * MIB  # a desk's SQLite database: years of a point are a few hundred MiB
KEY_BACKUP_LIMIT = 64 * 1024  # an encrypted desk key is a few hundred bytes
SIGNATURE_LIMIT = SIGNATURE_BYTES  # a `--signature` file: a signature image's own bound


def check_input_file(path: Path, limit: int) -> int:
    """The size of `path` once it is known to be a regular file of at most `limit` bytes; refused with one
    sentence otherwise. Nothing is opened."""
    try:
        info = os.stat(path)
    except FileNotFoundError as exc:
        raise InvalidInput(t("desk.no_such_file", path=path)) from exc
    except OSError as exc:
        raise InvalidInput(t("desk.cannot_read", path=path, reason=exc.strerror)) from exc
    return _checked(path, info, limit)


def _checked(path: Path, info: os.stat_result, limit: int) -> int:
    if stat.S_ISDIR(info.st_mode):
        raise InvalidInput(t("desk.file_is_folder", path=path))
    if not stat.S_ISREG(info.st_mode):
        raise InvalidInput(t("desk.not_regular_file", path=path))
    if info.st_size > limit:
        raise InvalidInput(t("desk.file_too_large", path=path, size=info.st_size, limit=limit))
    return info.st_size


def read_input_file(path: Path, limit: int = SIGNED_FILE_LIMIT) -> bytes:
    """The bytes of `path`, a regular file of at most `limit` bytes (a signed file's limit by default)."""
    check_input_file(path, limit)
    try:
        # O_NONBLOCK: should the path have become a FIFO since the look, opening it does not wait
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except IsADirectoryError as exc:
        raise InvalidInput(t("desk.file_is_folder", path=path)) from exc
    except OSError as exc:
        raise InvalidInput(t("desk.cannot_read", path=path, reason=exc.strerror)) from exc
    with os.fdopen(fd, "rb") as handle:
        size = _checked(path, os.fstat(handle.fileno()), limit)  # what was opened is what was looked at
        try:
            data = _read_upto(handle, size, limit)
        except OSError as exc:
            raise InvalidInput(t("desk.cannot_read", path=path, reason=exc.strerror)) from exc
    if len(data) > limit:  # it grew after the look
        raise InvalidInput(t("desk.file_too_large", path=path, size=len(data), limit=limit))
    return data


def _read_upto(handle: BinaryIO, size: int, limit: int) -> bytes:
    """The file's `size` bytes and one more if it has them (read(n) sets n bytes aside first, so never
    ask for the limit itself); should it have grown, on in pieces up to limit + 1."""
    data = handle.read(size + 1)
    if len(data) <= size:
        return data
    parts, total = [data], len(data)
    while total <= limit:
        piece = handle.read(min(MIB, limit + 1 - total))
        if not piece:
            break
        parts.append(piece)
        total += len(piece)
    return b"".join(parts)
