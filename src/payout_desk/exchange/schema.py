"""Small strict readers for JSON objects from signed files: wrong shape → FileRejected naming the field."""

from __future__ import annotations

from typing import Any, TypeVar

from payout_desk.exchange.container import FileRejected

T = TypeVar("T")


class Fields:
    """Read typed fields out of one JSON object, naming `where` in every complaint."""

    def __init__(self, obj: Any, where: str) -> None:
        if not isinstance(obj, dict):
            raise FileRejected(f"{where} is not an object")
        self.obj: dict[str, Any] = obj
        self.where = where

    def _get(self, key: str, kind: type[T] | tuple[type, ...], optional: bool) -> Any:
        if key not in self.obj or self.obj[key] is None:
            if optional:
                return None
            raise FileRejected(f"{self.where} has no {key!r}")
        value = self.obj[key]
        # bool is an int in Python; never accept it where a number is meant
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise FileRejected(f"{self.where}: {key!r} has the wrong type")
        return value

    def text(self, key: str, *, max_len: int = 1000, allow_empty: bool = True) -> str:
        value: str = self._get(key, str, False)
        if len(value) > max_len or (not allow_empty and not value.strip()):
            raise FileRejected(f"{self.where}: {key!r} is empty or too long")
        return value

    def opt_text(self, key: str, *, max_len: int = 1000) -> str | None:
        value: str | None = self._get(key, str, True)
        if value is not None and len(value) > max_len:
            raise FileRejected(f"{self.where}: {key!r} is too long")
        return value

    def integer(self, key: str, *, minimum: int = 0, maximum: int = 10**15) -> int:
        value: int = self._get(key, int, False)
        if not minimum <= value <= maximum:
            raise FileRejected(f"{self.where}: {key!r} is out of range ({value})")
        return value

    def opt_integer(self, key: str, *, minimum: int = 0, maximum: int = 10**15) -> int | None:
        if self.obj.get(key) is None:
            return None
        return self.integer(key, minimum=minimum, maximum=maximum)

    def flag(self, key: str) -> bool:
        value: bool = self._get(key, bool, False)
        return value

    def items(self, key: str, *, max_items: int = 1_000_000) -> list[Any]:
        value: list[Any] = self._get(key, list, False)
        if len(value) > max_items:
            raise FileRejected(f"{self.where}: {key!r} has too many items")
        return value

    def obj_field(self, key: str) -> Fields:
        return Fields(self._get(key, dict, False), f"{self.where}.{key}")
