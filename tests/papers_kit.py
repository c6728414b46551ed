"""Reading the papers back as an accountant would (issue 16 item 1): the settlement summary's total row and
every amount in words, from the PDF (pypdf) or the workbook (openpyxl), in whatever layout the paper has."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from openpyxl import load_workbook
from pypdf import PdfReader

from payout_desk.domain.money import amount_in_words

WORDS = re.compile(r"bằng chữ:?\s*([^\n]*?đồng)", re.IGNORECASE)
SUMMARY_KEYS = (  # the summary's columns after code and name, in the order the papers print them
    "issued_people", "issued", "paid_people", "paid_entitled", "paid_out", "unpaid_people", "unpaid",
    "stopped_people", "stopped", "received", "returned", "held",
)  # fmt: skip


@dataclass(frozen=True)
class Paper:
    text: str  # everything the paper says
    total: dict[str, int]  # its TỔNG CỘNG line, by SUMMARY_KEYS


def number(text: str) -> int:
    return int(text.replace(".", "").strip() or 0)


def words_figures(text: str) -> set[int]:
    """Every amount a paper writes in words, read back by matching the words of the figures it prints."""
    printed = {number(m) for m in re.findall(r"(?<![\d.])\d{1,3}(?:\.\d{3})*(?![\d.])", text)}
    written = {w.strip() for w in WORDS.findall(text)}
    found = set()
    for words in written:
        match = [n for n in printed if amount_in_words(n) == words]
        assert match, f"words of no printed figure: {words}"
        found.add(match[0])
    return found


def pdf_summary(pdf: bytes) -> Paper:
    """The settlement PDF's first page: the TỔNG CỘNG line's figures (one per text line after the label)."""
    first = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    lines = first.splitlines()
    at = lines.index("TỔNG CỘNG")
    values = [number(v) for v in lines[at + 1 : at + 1 + len(SUMMARY_KEYS)]]
    return Paper(first, dict(zip(SUMMARY_KEYS, values, strict=True)))


def xlsx_summary(data: bytes) -> Paper:
    """The settlement workbook's summary sheet: its TỔNG CỘNG row, and its words lines."""
    book = load_workbook(io.BytesIO(data), read_only=True)
    rows = [list(r) for r in book["Tổng hợp"].iter_rows(values_only=True)]
    book.close()
    (total,) = [r for r in rows if len(r) > 1 and r[1] == "TỔNG CỘNG"]
    numbers = [v for v in total[2:] if isinstance(v, int)]
    text = "\n".join(" ".join(str(v) for v in r if v is not None) for r in rows)
    return Paper(text, dict(zip(SUMMARY_KEYS, numbers[: len(SUMMARY_KEYS)], strict=True)))
