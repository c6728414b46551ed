"""The message catalogue: every sentence a clerk, an accountant or a script user can read, in Vietnamese and
English, under one key. Standard library only, so every layer may use it (domain included).

    from payout_desk.lang import t
    raise Refused(t("pay.already_paid", who=name, amount=format_vnd(n)))

`t(key, **params)` returns a `Text`: it renders in either language (`text.vi`, `text.en`, `str(text)` in
the process's language). Parameters are `str.format` fields (`{who}`); a parameter that is itself a
`Text` renders in the same language. The entries live in `lang/catalogue/*.py` (one module per area); the
window's own Qt strings are kept there too (`catalogue/window.py`) and compiled into the English `.qm`.
See docs/GLOSSARY.md for the words Vietnam Post staff use."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from payout_desk.lang.catalogue import ENTRIES

LANGUAGES = ("vi", "en")
_state = {"language": "vi"}


def set_language(code: str) -> None:
    """The language `str(text)` renders in for this process (the CLI's --lang, the window's choice)."""
    if code not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
    _state["language"] = code


def language() -> str:
    return _state["language"]


class MissingMessage(KeyError):
    """A key that is not in the catalogue (a programming error; a test walks every use)."""


@dataclass(frozen=True, slots=True)
class Text:
    """One catalogue sentence with its parameters, renderable in either language."""

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, code: str) -> str:
        try:
            pair = ENTRIES[self.key]
        except KeyError as exc:
            raise MissingMessage(self.key) from exc
        template = pair[0] if code == "vi" else pair[1]
        values = {k: _rendered(v, code) for k, v in self.params.items()}
        return template.format(**values) if values else template

    @property
    def vi(self) -> str:
        return self.render("vi")

    @property
    def en(self) -> str:
        return self.render("en")

    def __str__(self) -> str:
        return self.render(language())


def _rendered(value: Any, code: str) -> Any:
    """A parameter as it goes into a sentence: a Text in the same language, a list of Texts joined by
    semicolons, anything else as it is."""
    if isinstance(value, Text):
        return value.render(code)
    if isinstance(value, list | tuple) and value and all(isinstance(v, Text) for v in value):
        return "; ".join(v.render(code) for v in value)
    return value


class Explained(Exception):
    """An exception of a lower layer (domain, exchange, trust, store) whose message is a catalogue `Text`:
    `exc.text` renders in either language, `str(exc)` is the English (logs, tests, old callers). The
    services turn it into a DeskError with the same Text (`raise FileRefused(exc.text) from exc`)."""

    def __init__(self, text: Text) -> None:
        self.text = text
        super().__init__(text.en)


def text_of(exc: BaseException) -> Text:
    """What an exception says, as a catalogue Text: its own Text when it has one, else its words as they
    are (an operating-system or library message, which has no Vietnamese)."""
    own = getattr(exc, "text", None)
    if isinstance(own, Text):
        return own
    return t("common.detail", detail=str(exc))


def t(key: str, /, **params: Any) -> Text:
    """The catalogue's sentence `key` with its parameters (checked when rendered, and by the tests)."""
    if key not in ENTRIES:
        raise MissingMessage(key)
    return Text(key, params)
