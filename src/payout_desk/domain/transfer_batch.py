"""Bank-transfer batches (issue 17), the pure rules: which of the month's transfer lines go into a bank's
batch and why the others stay out, the batch file's column layout (a template the office may change, per
bank), and the transfer content banks accept ("Tro cap NCC thang 12/2026 - NCC001": ASCII-safe by default,
at most 210 characters)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from payout_desk.domain.accounts import bank_name_form
from payout_desk.domain.text import fold
from payout_desk.lang import Explained, t

CONTENT_LIMIT = 210  # characters a NAPAS transfer's content may hold
DEFAULT_CONTENT = "Trợ cấp NCC tháng {month} – {code}"
# Characters every bank takes in a transfer's content: letters, digits, space and a few signs.
_NOT_SAFE = re.compile(r"[^A-Za-z0-9 ./,()+:-]+")
_DASHES: dict[int, str] = {ord("–"): "-", ord("—"): "-", ord("đ"): "d", ord("Đ"): "D"}
_PLACEHOLDER = re.compile(r"\{([a-z_]*)\}")

# The columns a batch file may have: key → the header written (Vietnamese, as banks' templates say).
COLUMNS: dict[str, str] = {
    "stt": "STT",
    "account": "Số tài khoản",
    "holder": "Tên người thụ hưởng",
    "amount": "Số tiền",
    "bank": "Ngân hàng",
    "bank_bin": "Mã ngân hàng (BIN)",
    "bank_name": "Tên ngân hàng",
    "content": "Nội dung",
    "code": "Mã đối tượng",
    "name": "Họ và tên",
    "point": "Điểm chi trả",
}
DEFAULT_COLUMNS = ("stt", "account", "holder", "amount", "bank", "content")
CONTENT_FIELDS = ("month", "code", "name", "point")
_FIELDS_SAID = ", ".join("{" + name + "}" for name in CONTENT_FIELDS)
_SHAPE = '{"columns": [...], "content": "...", "ascii_content": true}'

# Why a line is left out of every batch (the machine code; the words are the catalogue's "bank.out_…").
OUT_ACCOUNT, OUT_BANK, OUT_HELD, OUT_STOPPED = "account_invalid", "bank_unknown", "held", "stopped"


class TemplateError(Explained):
    """A batch template that cannot be used: the reason names the field."""


@dataclass(frozen=True, slots=True)
class TransferTemplate:
    """A bank's batch file: its columns in order, the content pattern, and whether the content is written
    without diacritics (ASCII-safe, the default: what every bank's system takes)."""

    columns: tuple[str, ...] = DEFAULT_COLUMNS
    content: str = DEFAULT_CONTENT
    ascii_content: bool = True

    def as_json(self) -> dict[str, object]:
        return {"columns": list(self.columns), "content": self.content, "ascii_content": self.ascii_content}


def template_from(value: object) -> TransferTemplate:
    """A template from its JSON value ({"columns": [...], "content": "...", "ascii_content": true}), checked;
    TemplateError names what is wrong."""
    if not isinstance(value, dict):
        raise TemplateError(t("bank.template_not_object", shape=_SHAPE))
    unknown = sorted(set(value) - {"columns", "content", "ascii_content"})
    if unknown:
        raise TemplateError(t("bank.template_unknown_key", key=unknown[0]))
    columns = value.get("columns", list(DEFAULT_COLUMNS))
    if not isinstance(columns, list) or not columns or not all(isinstance(c, str) for c in columns):
        raise TemplateError(t("bank.template_columns"))
    for column in columns:
        if column not in COLUMNS:
            raise TemplateError(t("bank.template_column_unknown", column=column, known=", ".join(COLUMNS)))
    if len(set(columns)) != len(columns):
        raise TemplateError(t("bank.template_column_twice"))
    for needed in ("account", "amount"):
        if needed not in columns:
            raise TemplateError(t("bank.template_column_missing", column=needed))
    content = value.get("content", DEFAULT_CONTENT)
    if not isinstance(content, str) or not content.strip():
        raise TemplateError(t("bank.template_content", fields=_FIELDS_SAID))
    for name in _PLACEHOLDER.findall(content):
        if name not in CONTENT_FIELDS:
            raise TemplateError(t("bank.template_placeholder", name=name, known=", ".join(CONTENT_FIELDS)))
    if content.count("{") != len(_PLACEHOLDER.findall(content)) or "}" in _PLACEHOLDER.sub("", content):
        raise TemplateError(t("bank.template_content", fields=_FIELDS_SAID))
    ascii_content = value.get("ascii_content", True)
    if not isinstance(ascii_content, bool):
        raise TemplateError(t("bank.template_ascii"))
    return TransferTemplate(tuple(columns), content, ascii_content)


def template_from_text(text: str) -> TransferTemplate:
    try:
        value = json.loads(text)
    except ValueError as exc:
        raise TemplateError(t("bank.template_not_json", detail=str(exc))) from exc
    return template_from(value)


def ascii_safe(text: str) -> str:
    """Without diacritics, in the characters every bank takes ("Trợ cấp … – NCC001" → "Tro cap … - NCC001")."""
    folded = text.translate(_DASHES)
    plain = "".join(
        fold(ch).upper() if ch.isupper() and not ch.isascii() else fold(ch) if not ch.isascii() else ch
        for ch in folded
    )
    return " ".join(_NOT_SAFE.sub(" ", plain).split())


def content_for(template: TransferTemplate, *, month: str, code: str, name: str, point: str) -> str:
    """The transfer's content for one line: the pattern filled, made ASCII-safe if the template says so,
    and cut to what banks hold (210 characters)."""
    values = {"month": f"{month[5:]}/{month[:4]}", "code": code, "name": name, "point": point}
    text = _PLACEHOLDER.sub(lambda m: values[m.group(1)], template.content)
    text = ascii_safe(text) if template.ascii_content else " ".join(text.split())
    return text[:CONTENT_LIMIT].rstrip()


@dataclass(frozen=True, slots=True)
class BatchLine:
    """One transfer in a batch, as the bank's file, the transfer list and the manifest print it."""

    number: int  # STT, from 1
    code: str
    name: str
    point: str
    account: str  # digits
    holder: str  # bank form: capitals, no diacritics
    amount: int  # đồng
    content: str


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A transfer line no batch takes, and why (OUT_*)."""

    code: str
    name: str
    row: int
    amount: int
    reason: str
    detail: str = ""  # the account as written, the bank's cell, the hold's kind


@dataclass(frozen=True, slots=True)
class BatchPaper:
    """What the transfer list for the director's signature prints (reports/transfer_list_pdf.py)."""

    office_name: str
    month: str
    bank_bin: str
    bank_short_name: str
    bank_name: str
    number: int  # the month's batch number for this bank
    made_at: str  # local time, as printed
    made_by: str
    lines: tuple[BatchLine, ...]
    left_out: tuple[LeftOut, ...] = field(default_factory=tuple)

    @property
    def total(self) -> int:
        return sum(line.amount for line in self.lines)


def holder_form(holder: str, name: str) -> str:
    """The beneficiary's name as the bank's file takes it: the register's holder if it names one, else the
    beneficiary, in capitals without diacritics."""
    return bank_name_form(holder or name)


def file_stem(month: str, bank_bin: str, short_name: str, number: int) -> str:
    """A batch's files' common name: "chuyen-khoan_2026-12_970405-Agribank_1" (ASCII, no spaces)."""
    bank = re.sub(r"[^A-Za-z0-9]+", "-", ascii_safe(short_name)).strip("-") or "bank"
    return f"chuyen-khoan_{month}_{bank_bin}-{bank}_{number}"
