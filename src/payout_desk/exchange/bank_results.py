"""A bank's result file for a transfer batch (issue 17 item 3): which lines were paid, which failed and why.

Banks send the result back as an .xlsx or a CSV (UTF-8 with or without BOM, comma or semicolon), each in its
own layout: the header row is found by synonyms (as the register's is: folded, punctuation and parentheses
dropped), the columns mapped by meaning. Pure parsing: nothing here reads the database; matching the lines
to the month's transfers is the service's (services/office/bank_results.py).

Refused whole (`BankResultsError`, one sentence): no header row, an amount with decimals, an amount that is
no number, a bank the table does not know, the same reference twice, the same account and amount twice. A
line the parser cannot use (an account that is not one, a status it does not know) is kept and flagged.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from payout_desk.domain.accounts import AccountProblem, account_number
from payout_desk.domain.banks import BankTable
from payout_desk.domain.money import AmountError, parse_amount
from payout_desk.domain.month import Month
from payout_desk.domain.text import fold, nfc
from payout_desk.domain.transfer_results import Outcome
from payout_desk.exchange.register.headers import normalize
from payout_desk.exchange.register.model import RegisterFileError
from payout_desk.exchange.register.sheets import CSV_SUFFIXES, RawSheet, read_sheets
from payout_desk.lang import Explained, t, text_of

SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"} | CSV_SUFFIXES
MAX_FILE_BYTES = 64 * 1024 * 1024
HEADER_SEARCH_ROWS = 40
REQUIRED = ("account", "amount", "status")

SYNONYMS: tuple[tuple[str, str], ...] = (
    ("account", "Số tài khoản"),
    ("account", "Số TK"),
    ("account", "STK"),
    ("account", "Tài khoản"),
    ("account", "Tài khoản thụ hưởng"),
    ("account", "Số tài khoản thụ hưởng"),
    ("account", "TK thụ hưởng"),
    ("account", "Tài khoản nhận"),
    ("account", "Account"),
    ("account", "Account No"),
    ("account", "Account Number"),
    ("account", "Beneficiary Account"),
    ("amount", "Số tiền"),
    ("amount", "Số tiền chuyển"),
    ("amount", "Số tiền (VND)"),
    ("amount", "Số tiền giao dịch"),
    ("amount", "Amount"),
    ("amount", "Amount (VND)"),
    ("status", "Trạng thái"),
    ("status", "Kết quả"),
    ("status", "Kết quả xử lý"),
    ("status", "Trạng thái giao dịch"),
    ("status", "Status"),
    ("status", "Result"),
    ("reference", "Số tham chiếu"),
    ("reference", "Mã giao dịch"),
    ("reference", "Số bút toán"),
    ("reference", "Mã tham chiếu"),
    ("reference", "Số giao dịch"),
    ("reference", "Reference"),
    ("reference", "Ref"),
    ("reference", "Ref No"),
    ("reference", "Transaction ID"),
    ("reason", "Lý do"),
    ("reason", "Mô tả lỗi"),
    ("reason", "Ghi chú"),
    ("reason", "Lý do lỗi"),
    ("reason", "Mô tả"),
    ("reason", "Reason"),
    ("reason", "Error"),
    ("reason", "Remark"),
    ("content", "Nội dung"),
    ("content", "Nội dung chuyển khoản"),
    ("content", "Nội dung chuyển tiền"),
    ("content", "Diễn giải"),
    ("content", "Content"),
    ("content", "Description"),
    ("content", "Narrative"),
    ("bank", "Ngân hàng"),
    ("bank", "Ngân hàng thụ hưởng"),
    ("bank", "Mã ngân hàng"),
    ("bank", "NH thụ hưởng"),
    ("bank", "BIN"),
    ("bank", "Mã BIN"),
    ("bank", "Bank"),
    ("bank", "Bank Code"),
    ("holder", "Tên người thụ hưởng"),
    ("holder", "Người thụ hưởng"),
    ("holder", "Chủ tài khoản"),
    ("holder", "Tên tài khoản"),
    ("holder", "Beneficiary"),
    ("holder", "Beneficiary Name"),
    ("when", "Ngày giao dịch"),
    ("when", "Thời gian"),
    ("when", "Thời gian giao dịch"),
    ("when", "Ngày hạch toán"),
    ("when", "Date"),
    ("when", "Transaction Date"),
)
PAID_WORDS = ("Thành công", "Đã chuyển", "Success", "Successful", "OK", "Đã thanh toán", "Completed")
FAILED_WORDS = ("Thất bại", "Lỗi", "Từ chối", "Failed", "Fail", "Rejected", "Error", "Không thành công")

_FIELDS = {normalize(label): name for name, label in SYNONYMS}
_PAID = {normalize(word) for word in PAID_WORDS}
_FAILED = {normalize(word) for word in FAILED_WORDS}
_DIGIT = re.compile(r"[0-9]")
_SUMMARY = re.compile(r"^(tong|cong|total)\b")
# "Trợ cấp NCC tháng 12/2026 – NCC002": the code after the last dash set apart by spaces, the month after
# "tháng"/"T" (folded), written 12/2026, 12-2026 or 12.2026
_CODE_AFTER = re.compile(r"\s[-–—]\s*(\S+)\s*$")
_MONTH_IN = re.compile(r"(?:\bthang|\bt)\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\b")
_DECIMAL = re.compile(r"^\s*\d[\d.,  ]*[.,]\d{1,2}\s*(?:đ|d|vnd|vnđ|₫)?\s*$", re.IGNORECASE)
_DATE_FORMS = ("%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S")


class BankResultsError(Explained):
    """The result file as a whole cannot be taken in: one sentence naming the row and what to do."""


@dataclass(frozen=True, slots=True)
class ResultLine:
    """One line of the bank's result, as the file says it (account digits once normalised)."""

    row: int  # 1-based, as Excel shows it (CSV: the line)
    account: str  # digits, as banks take it ("" when the cell holds none)
    account_typed: str
    account_problem: AccountProblem | None
    amount: int
    outcome: Outcome
    status: str  # as written
    reference: str = ""
    reason: str = ""
    content: str = ""
    code: str | None = None  # the beneficiary's code the content carries ("… – NCC002")
    month: Month | None = None  # the month the content names ("tháng 12/2026")
    bin: str | None = None  # the bank's BIN when the file has a bank column
    holder: str = ""
    when: str | None = None  # the bank's time for the line, ISO ("2026-12-03T10:15:00"), when given

    @property
    def normalised(self) -> bool:
        """True when spaces, dots or dashes were taken out of the account."""
        return self.account_problem is None and self.account != nfc(self.account_typed)


@dataclass(slots=True)
class ResultFile:
    name: str
    sha256: str
    sheet: str
    header_row: int  # 1-based
    columns: dict[str, str]  # field → the header as written
    lines: list[ResultLine] = field(default_factory=list)

    @property
    def normalised(self) -> list[ResultLine]:
        return [line for line in self.lines if line.normalised]

    @property
    def bins(self) -> set[str]:
        return {line.bin for line in self.lines if line.bin}

    @property
    def months(self) -> set[Month]:
        return {line.month for line in self.lines if line.month is not None}


def read_results(path: Path, banks: BankTable) -> ResultFile:
    """The bank's result file, read and checked as a whole (`BankResultsError` names the first fault)."""
    if path.suffix.lower() not in SUFFIXES:
        raise BankResultsError(t("bankresults.wrong_type", name=path.name))
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BankResultsError(
            t("bankresults.cannot_read", name=path.name, reason=exc.strerror or exc)
        ) from exc
    if size > MAX_FILE_BYTES:
        raise BankResultsError(t("bankresults.too_large", name=path.name, size=size))
    data = path.read_bytes()
    if path.suffix.lower() in CSV_SUFFIXES:
        sheets = _csv_sheets(path.name, data)
    else:
        try:
            sheets = read_sheets(path)
        except RegisterFileError as exc:
            raise BankResultsError(text_of(exc)) from exc
    for sheet in sheets:
        found = _header(sheet)
        if found is not None:
            top, columns = found
            result = ResultFile(
                path.name,
                hashlib.sha256(data).hexdigest(),
                sheet.name,
                top + 1,
                {name: _text(sheet.rows[top], col) for name, col in columns.items()},
            )
            result.lines = _lines(path.name, sheet, top, columns, banks)
            _refuse_duplicates(path.name, result.lines)
            return result
    raise BankResultsError(t("bankresults.no_header", name=path.name))


def _csv_sheets(name: str, data: bytes) -> list[RawSheet]:
    """The CSV read once with each separator banks use (";" first, then ","): the header search takes the
    first reading that has a header row."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BankResultsError(t("bankresults.not_utf8", name=name)) from exc
    stem = Path(name).stem
    return [RawSheet(stem, [list(row) for row in csv.reader(io.StringIO(text), delimiter=d)]) for d in ";,"]


def _text(cells: list[Any], column: int | None) -> str:
    if column is None or column >= len(cells) or cells[column] is None:
        return ""
    value = cells[column]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return nfc(str(value))


def _header(sheet: RawSheet) -> tuple[int, dict[str, int]] | None:
    """The first row (of the first 40) naming an account, an amount and a status: (row, field → column)."""
    for top, cells in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        columns: dict[str, int] = {}
        for col, cell in enumerate(cells):
            name = _FIELDS.get(normalize(cell)) if cell not in (None, "") else None
            if name is not None and name not in columns:
                columns[name] = col
        if all(name in columns for name in REQUIRED):
            return top, columns
    return None


def _lines(
    name: str, sheet: RawSheet, top: int, columns: dict[str, int], banks: BankTable
) -> list[ResultLine]:
    found = []
    for index in range(top + 1, len(sheet.rows)):
        cells = sheet.rows[index]
        number = index + 1
        values = {key: _text(cells, col) for key, col in columns.items()}
        present = sum(bool(values[name]) for name in REQUIRED)
        digits = _DIGIT.search(values["account"] + values["amount"])
        if present < 2 or not digits or (not values["account"] and _is_summary(cells)):
            continue  # a blank row, a note, a signature line, the total at the foot
        raw = cells[columns["amount"]] if columns["amount"] < len(cells) else None
        found.append(_line(name, number, values, raw, banks))
    return found


def _is_summary(cells: list[Any]) -> bool:
    """A row without an account whose first words are "Tổng cộng", "Cộng" or "Total"."""
    return bool(_SUMMARY.match(fold(" ".join(_text(cells, c) for c in range(len(cells))))))


def _line(name: str, number: int, values: dict[str, str], raw_amount: Any, banks: BankTable) -> ResultLine:
    account = account_number(values["account"])
    content = values.get("content", "")
    folded = fold(content)
    code = match.group(1) if (match := _CODE_AFTER.search(content)) else None
    month = None
    if (found := _MONTH_IN.search(folded)) is not None and 1 <= int(found.group(1)) <= 12:
        month = (
            Month(int(found.group(2)), int(found.group(1))) if 2000 <= int(found.group(2)) <= 2200 else None
        )
    return ResultLine(
        row=number,
        account=account.digits if account.valid else "",
        account_typed=values["account"],
        account_problem=account.problem,
        amount=_amount(name, number, raw_amount, values["amount"]),
        outcome=_outcome(values["status"]),
        status=values["status"],
        reference=values.get("reference", ""),
        reason=values.get("reason", ""),
        content=content,
        code=code,
        month=month,
        bin=_bin(name, number, values.get("bank", ""), banks),
        holder=values.get("holder", ""),
        when=_when(values.get("when", "")),
    )


def _amount(name: str, number: int, raw: Any, text: str) -> int:
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    if isinstance(raw, float) or (isinstance(raw, str) and _DECIMAL.match(raw) and not _zero_fraction(raw)):
        raise BankResultsError(t("bankresults.decimal", name=name, row=number, value=text))
    if isinstance(raw, str):
        raw = (
            re.sub(r"[.,]0{1,2}(\s*(?:đ|d|vnd|vnđ|₫)?\s*)$", r"\1", raw.strip(), flags=re.IGNORECASE) or None
        )
    try:
        amount = parse_amount(raw)
    except AmountError as exc:
        raise BankResultsError(t("bankresults.bad_amount", name=name, row=number, value=text)) from exc
    if amount is None:
        raise BankResultsError(t("bankresults.no_amount", name=name, row=number))
    return amount


def _zero_fraction(text: str) -> bool:
    """'1.500.000,00' or '1500000.0': a fraction of zero is a whole amount written with decimals."""
    digits = re.sub(r"[^\d.,]", "", text)
    return bool(re.search(r"[.,]0{1,2}$", digits))


def _outcome(status: str) -> Outcome:
    key = normalize(status)
    if key in _PAID:
        return Outcome.PAID
    if key in _FAILED:
        return Outcome.FAILED
    return Outcome.UNKNOWN


def _bin(name: str, number: int, text: str, banks: BankTable) -> str | None:
    if not text:
        return None
    bank = banks.find(text)
    if bank is None:
        raise BankResultsError(t("bankresults.unknown_bank", name=name, row=number, value=text))
    return bank.bin


def _when(text: str) -> str | None:
    """The bank's time as ISO text, or None when the cell is empty or in a form this desk does not read."""
    if not text:
        return None
    for form in _DATE_FORMS:
        try:
            return datetime.strptime(text, form).isoformat()
        except ValueError:
            continue
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None


def _refuse_duplicates(name: str, lines: list[ResultLine]) -> None:
    """The same reference twice, or the same account and amount twice (for the same code, when the content
    names one: two people may share an account): the bank's file is not one result."""
    references: dict[str, int] = {}
    pairs: dict[tuple[str, int, str], int] = {}
    for line in lines:
        first = references.setdefault(line.reference, line.row) if line.reference else line.row
        if first != line.row:
            raise BankResultsError(
                t("bankresults.same_reference", name=name, row=line.row, first=first, value=line.reference)
            )
        first = (
            pairs.setdefault((line.account, line.amount, (line.code or "").casefold()), line.row)
            if line.account
            else line.row
        )
        if first != line.row:
            raise BankResultsError(
                t("bankresults.same_line", name=name, row=line.row, first=first, account=line.account)
            )
