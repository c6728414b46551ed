"""Reading the papers back as an accountant would (issue 16 item 1): the settlement's summary lines and point
sections, the workbooks' summary rows, the totals of the posting list, the signature sheet and the receipt,
and every amount in words — from the PDF (pypdf) or the workbook (openpyxl) — with the checks every paper
must pass: figures = words, rows sum to totals, received − paid − returned = held, issued = paid + unpaid +
stopped (people and money), per point and in the summary."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from openpyxl import load_workbook
from pypdf import PdfReader

from payout_desk.domain.money import amount_in_words

AMOUNT = re.compile(r"(?<![\d.])-?\d{1,3}(?:\.\d{3})+(?![\d.])|(?<![\d.*])-?\d(?![\d.])")
WORDS = re.compile(r"bằng chữ:?\s*(.+?đồng)", re.IGNORECASE)
FIGURE_WORDS = re.compile(r"(-?[\d.]+) đ — bằng chữ: (.+?đồng)")
SUMMARY_KEYS = (  # the settlement summary's columns after code and name, in the order the papers print them
    "issued_people", "issued", "paid_people", "paid_entitled", "paid_out", "unpaid_people", "unpaid",
    "stopped_people", "stopped", "received", "returned", "held",
)  # fmt: skip
FIGURE_KEYS = SUMMARY_KEYS[:9]  # the report back's columns (no cash)


@dataclass(frozen=True)
class Paper:
    text: str  # everything the paper says
    total: dict[str, int]  # its TỔNG CỘNG line, by SUMMARY_KEYS
    points: dict[str, dict[str, int]]  # each point's line, by code


def number(text: str) -> int:
    return int(text.replace(".", "").strip() or 0)


@lru_cache(maxsize=8)
def pages_of(pdf: bytes) -> tuple[str, ...]:
    """A PDF's text page by page (read once: pypdf's extraction is the slow part of reading a paper back)."""
    return tuple(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def written_amounts(text: str) -> list[int]:
    """Every amount a paper writes in words, in order, read back by matching the words of the figures it
    prints; a words line of no printed figure fails."""
    printed = {number(m) for m in AMOUNT.findall(text)} | {0}
    found = []
    for words in (w.strip() for w in WORDS.findall(flat(text))):
        match = [n for n in printed if amount_in_words(n) == words]
        assert match, f"words of no printed figure: {words}"
        found.append(match[0])
    return found


def words_figures(text: str) -> set[int]:
    return set(written_amounts(text))


def check_figure_words(text: str) -> None:
    """Every 'FIGURE đ — bằng chữ: WORDS' line: the words are those of the figure before them."""
    for figure, words in FIGURE_WORDS.findall(flat(text)):
        assert amount_in_words(number(figure)) == words, (figure, words)


def _row(lines: Sequence[str], at: int, keys: Sequence[str]) -> dict[str, int]:
    return dict(zip(keys, (number(v) for v in lines[at : at + len(keys)]), strict=True))


def pdf_summary(pdf: bytes, codes: Iterable[str] = (), keys: Sequence[str] = SUMMARY_KEYS) -> Paper:
    """A summary table's lines (the settlement's first page, or the report back's): TỔNG CỘNG and each
    point's line (code, name, then one cell a text line)."""
    first = pages_of(pdf)[0]
    lines = [line.strip() for line in first.splitlines()]
    points = {code: _row(lines, lines.index(code) + 2, keys) for code in codes}
    return Paper(first, _row(lines, lines.index("TỔNG CỘNG") + 1, keys), points)


def xlsx_summary(data: bytes, codes: Iterable[str] = (), keys: Sequence[str] = SUMMARY_KEYS) -> Paper:
    """A workbook's summary sheet: its TỔNG CỘNG row, each point's row, and its words lines."""
    book = load_workbook(io.BytesIO(data), read_only=True)
    rows = [list(r) for r in book["Tổng hợp"].iter_rows(values_only=True)]
    book.close()
    wanted = set(codes)

    def figures(row: list[object]) -> dict[str, int]:
        values = row[2 : 2 + len(keys)]
        assert all(isinstance(v, int) for v in values), row
        return dict(zip(keys, values, strict=True))  # type: ignore[arg-type]

    (total,) = [r for r in rows if len(r) > 1 and r[1] == "TỔNG CỘNG"]
    points = {str(r[0]): figures(r) for r in rows if r and r[0] in wanted}
    text = "\n".join(" ".join(str(v) for v in r if v is not None) for r in rows)
    return Paper(text, figures(total), points)


def check_line(f: dict[str, int], where: str) -> None:
    """One line of a settlement: issued = paid + unpaid + stopped; received − cash out − returned = held."""
    assert f["issued_people"] == f["paid_people"] + f["unpaid_people"] + f["stopped_people"], where
    assert f["issued"] == f["paid_entitled"] + f["unpaid"] + f["stopped"], where
    if "held" in f:
        assert f["received"] - f["paid_out"] - f["returned"] == f["held"], where


def check_summary(paper: Paper, where: str) -> None:
    """Every line holds, the points' lines add up to TỔNG CỘNG, and the words are those of its figures."""
    for code, line in paper.points.items():
        check_line(line, f"{where} {code}")
    check_line(paper.total, f"{where} total")
    for key, value in paper.total.items():
        assert value == sum(line[key] for line in paper.points.values()), (where, key)
    written = words_figures(paper.text)
    assert {paper.total["paid_entitled"], paper.total["paid_out"]} <= written, where
    assert written <= set(paper.total.values()), (where, written)
    check_figure_words(paper.text)


def _after(lines: Sequence[str], label: str, n: int) -> list[int]:
    at = lines.index(label)
    return [number(v) for v in lines[at + 1 : at + 1 + n]]


def settlement_sections(pdf: bytes) -> dict[str, dict[str, int]]:
    """Each point's section of the settlement PDF: its figures, its unpaid reasons' sum and its cash."""
    found: dict[str, dict[str, int]] = {}
    for page in pages_of(pdf):
        if "THANH QUYẾT TOÁN ĐIỂM CHI TRẢ" not in page or "1. Danh sách cấp" not in page:
            continue
        lines = [line.strip() for line in page.splitlines()]
        code = re.search(r"Điểm chi trả: (\S+) —", page)
        assert code is not None
        issued = _after(lines, "1. Danh sách cấp", 2)
        paid = _after(lines, "2. Đã chi trả (theo số tiền trong danh sách)", 2)
        unpaid = _after(lines, "3. Chưa chi trả", 2)
        stopped = _after(lines, "4. Báo giảm (dừng chi)", 2)
        reasons = [lines.index(line) for line in lines if line.startswith("– ")]
        reason_people = sum(number(lines[i + 1]) for i in reasons)
        reason_money = sum(number(lines[i + 2]) for i in reasons)
        f = {
            "issued_people": issued[0], "issued": issued[1], "paid_people": paid[0], "paid_entitled": paid[1],
            "unpaid_people": unpaid[0], "unpaid": unpaid[1], "stopped_people": stopped[0], "stopped": stopped[1],
            "received": _after(lines, "Tiền mặt nhận từ bưu cục", 1)[0],
            "paid_out": _after(lines, "Tiền đã chi (thực chi)", 1)[0],
            "returned": _after(lines, "Tiền nộp lại", 1)[0],
            "held": _after(lines, "Tiền còn giữ tại điểm", 1)[0],
        }  # fmt: skip
        check_line(f, code.group(1))
        assert (reason_people, reason_money) == (f["unpaid_people"], f["unpaid"]), code.group(1)
        assert "KHÔNG KHỚP" not in page
        written = words_figures(page)
        assert {f["paid_entitled"], f["paid_out"], f["held"]} <= written, code.group(1)
        check_figure_words(page)
        found[code.group(1)] = f
    return found


def table_total(text: str, total_label: str) -> tuple[list[int], int]:
    """The amounts of a table's rows (every grouped amount after the head 'Số tiền (đ)' and before the line
    starting `total_label`) and the total printed after that label."""
    lines = [line.strip() for line in text.splitlines()]
    start = lines.index("Số tiền (đ)")
    end = next(i for i, line in enumerate(lines) if i > start and line.startswith(total_label))
    amounts = [
        number(m) for line in lines[start + 1 : end] for m in re.findall(r"^\d{1,3}(?:\.\d{3})+$", line)
    ]
    return amounts, number(lines[end + 1])


def check_totalled(pdf: bytes, total_label: str, total: int) -> dict[str, tuple[int, int]]:
    """A paper whose table ends in a total line (posting list, receipt): each section's rows add up to its
    printed total, the words under it are the words of that total, and the sections add up to `total`.
    Each section's point → (its rows, its total)."""
    sections: dict[str, tuple[int, int]] = {}
    for page in pages_of(pdf):
        if "Trang 1/" not in page:
            continue  # one page a section here: the rows, the total and its words on the section's first page
        amounts, printed = table_total(page, total_label)
        assert sum(amounts) == printed, page
        assert amount_in_words(printed) in flat(page)
        assert printed in words_figures(page)
        check_figure_words(page)
        code = re.search(r"Điểm chi trả:? (\S+)", page)
        assert code is not None
        sections[code.group(1)] = (len(amounts), printed)
    assert sum(printed for _n, printed in sections.values()) == total
    return sections


def stopped_tables(pdf: bytes) -> dict[str, tuple[int, int]]:
    """Each point section's table of the people stopped (listed and stopped, paid before or not): point →
    (people, money); (0, 0) for a section without one."""
    found: dict[str, tuple[int, int]] = {}
    text = "\n".join(pages_of(pdf))
    parts = re.split(r"Điểm chi trả: (\S+) —", text)  # each section's letterhead names its point
    for code, section in zip(parts[1::2], parts[2::2], strict=True):
        lines = [line.strip() for line in section.splitlines()]
        head = next((i for i, line in enumerate(lines) if line.startswith("Người báo giảm (")), None)
        if head is None:
            found[code] = (0, 0)
            continue
        end = next(i for i, line in enumerate(lines) if i > head and line.startswith("Xung đột ("))
        amounts = [number(line) for line in lines[head:end] if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", line)]
        people = int(lines[head].removeprefix("Người báo giảm (").removesuffix(")"))
        assert len(amounts) == people, lines[head:end]
        found[code] = (people, sum(amounts))
    return found


SHEET_LINE = re.compile(
    r"(Tổng số trong danh sách|Đã chi trả \(đã ký nhận\)|Chưa chi trả|Tiền mặt đã giao thực tế \(gồm chi trùng, "
    r"chi sau báo giảm, chi sai số tiền\)): (?:(\d+) người, )?số tiền ([\d.]+) đồng — bằng chữ: (.+?đồng)"
)


def check_sheet_summaries(pdf: bytes, total: int) -> int:
    """The signature sheets' closing summaries, section by section: on the list = paid + unpaid (people and
    money), every figure's words those of the figure, the sections' lists adding up to `total` (the service's).
    Returns the cash handed out over all sections (the paid, or the cash line when one is printed)."""
    sections: list[dict[str, tuple[int, int]]] = []
    for label, people, figure, words in SHEET_LINE.findall(flat("\n".join(pages_of(pdf)))):
        assert amount_in_words(number(figure)) == words, (label, figure, words)
        if label == "Tổng số trong danh sách":
            sections.append({})
        sections[-1][label.split(" (")[0].split(":")[0]] = (int(people or 0), number(figure))
    assert sections, "no summary on the signature sheet"
    handed = 0
    for s in sections:
        listed, paid, unpaid = s["Tổng số trong danh sách"], s["Đã chi trả"], s["Chưa chi trả"]
        assert listed == (paid[0] + unpaid[0], paid[1] + unpaid[1]), s
        handed += s.get("Tiền mặt đã giao thực tế", paid)[1]
    assert sum(s["Tổng số trong danh sách"][1] for s in sections) == total
    return handed
