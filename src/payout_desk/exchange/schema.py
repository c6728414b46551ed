"""Strict, fast readers for JSON objects from signed files: a wrong shape → FileRejected naming the field.

A spec is a tuple of fields `(key, types, limit, presence)`: `types` a tuple of exact types (a bool is
never taken for an int), `limit` a maximum length for text or an inclusive (low, high) range for numbers,
`presence` one of REQUIRED, NONEMPTY (text with more than blanks) or OPTIONAL (missing or null → None).
Every text also passes the door's character rule (domain/door.py: no control, bidi-override, surrogate or
noncharacter). It runs on every beneficiary of every list, so it is a plain loop.
"""

from __future__ import annotations

from typing import Any

from payout_desk.domain.door_text import char_name, forbidden_char
from payout_desk.exchange.container import FileRejected
from payout_desk.lang import t

REQUIRED, NONEMPTY, OPTIONAL = "required", "nonempty", "optional"
Spec = tuple[tuple[str, tuple[type, ...], Any, str], ...]
TEXT, INT, BOOL, LIST, OBJECT = (str,), (int,), (bool,), (list,), (dict,)


def read_object(obj: Any, spec: Spec, where: str) -> list[Any]:
    """The values of `spec`'s fields in `obj`, in spec order, each checked."""
    if type(obj) is not dict:
        raise FileRejected(t("files.not_object", where=where))
    values: list[Any] = []
    for key, types, limit, presence in spec:
        value = obj.get(key)
        if value is None:
            if presence != OPTIONAL:
                raise FileRejected(t("files.missing_field", where=where, key=key))
            values.append(None)
            continue
        kind = type(value)
        if kind not in types:
            raise FileRejected(t("files.wrong_type", where=where, key=key))
        if kind is str:
            if len(value) > limit or (presence == NONEMPTY and not value.strip()):
                raise FileRejected(t("files.empty_too_long", where=where, key=key))
            if not value.isprintable() and (bad := forbidden_char(value)) is not None:
                raise FileRejected(t("files.bad_text", where=where, key=key, char=char_name(bad)))
        elif kind is int and not limit[0] <= value <= limit[1]:
            raise FileRejected(t("files.out_range", where=where, key=key, value=value))
        elif kind is list and len(value) > limit:
            raise FileRejected(t("files.too_many_items", where=where, key=key))
        values.append(value)
    return values
