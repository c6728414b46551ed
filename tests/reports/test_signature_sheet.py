"""The signature sheet as the paper record, read back from the PDF: the register's columns, each page's
totals carried forward, the marks and their legend, the paid/unpaid summary whose words are its figures,
place and date, the signers, and the density (rows a page, the signature cell's size)."""

from __future__ import annotations

import io
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.units import mm

from payout_desk.domain.money import amount_in_words, format_vnd
from payout_desk.domain.month import Month
from payout_desk.domain.payout_list import PayLine
from payout_desk.reports.sheet_layout import LEGEND, layout_for, money_columns
from payout_desk.reports.signature_sheet import (
    ROW_HEIGHT,
    SheetHeader,
    SheetMark,
    SheetRow,
    paginate,
    place_and_date,
    rows_per_page,
    signature_sheet_pdf,
    summarise_sheet,
)
from tests.roundkit import png

HEADER = SheetHeader("Bưu điện huyện Mang Thít", "P01", "Điểm BĐVHX An Phước", Month(2026, 12), "05/12/2026")
CATEGORIES = ("Thân nhân liệt sĩ", "Thương binh", "Bà mẹ Việt Nam anh hùng")


def lines_of(i: int) -> tuple[PayLine, ...]:
    found = [PayLine("monthly", "Trợ cấp hàng tháng", 2_789_000 + i * 1000)]
    if i % 6 == 0:
        found.append(PayLine("arrears", "Truy lĩnh", 1_394_500))
    if i % 7 == 0:
        found.append(PayLine("care", "Người phục vụ", 2_055_000))
    return tuple(found)


def rows(n: int) -> list[SheetRow]:
    out = []
    for i in range(1, n + 1):
        paid, proxy = i % 3 != 0, i % 5 == 0
        lines = lines_of(i)
        out.append(
            SheetRow(
                f"NCC{i:05d}", f"Lê Thị Hằng {i}", 1940 + i % 20, "ấp Phước Hậu", sum(x.amount for x in lines),
                recipient=("Trần Văn Bảy" if proxy else "Lê Thị Hằng") if paid else "", proxy=proxy and paid,
                signature_png=png(120, 40, shade=i) if paid and i % 4 else None, thumbprint=paid and i % 4 == 0,
                paid_on="03/12/2026" if paid else "", cccd=f"0860401{i:05d}", category=CATEGORIES[i % 3],
                lines=lines, commune="Xã An Phước", proxy_id="086090000001" if proxy else "",
                authorisation="UQ 12/2026" if proxy else "", staff="Lan",
                marks=(SheetMark.PROXY,) if proxy and paid else (),
            )
        )  # fmt: skip
    return out


def text_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def money(text: str) -> set[int]:
    return {int(m.replace(".", "")) for m in re.findall(r"\d{1,3}(?:\.\d{3})+", text)}


def flat(pages: list[str]) -> str:
    return " ".join(pages).replace("\n", " ").replace("  ", " ")


def summary_figures(text: str) -> dict[str, tuple[int | None, int, str]]:
    """Label → (people, figure, words) of every summary line, read back from the flattened text."""
    found = {}
    pattern = (
        r"(Tổng số trong danh sách|Đã chi trả \(đã ký nhận\)|Chưa chi trả|Tiền mặt đã giao thực tế)[^:]*: "
    )
    pattern += r"(?:(\d+) người, )?số tiền ([\d.]+) đồng — bằng chữ: (.+?đồng)\."
    for label, people, figure, words in re.findall(pattern, text):
        found[label] = (int(people) if people else None, int(figure.replace(".", "")), words.strip())
    return found


@pytest.mark.parametrize("count", [1, 15, 16, 33, 34, 101])
def test_each_page_carries_its_totals_forward_and_the_summary_adds_up(count: int) -> None:
    people = rows(count)
    pdf = signature_sheet_pdf(HEADER, people)
    pages = text_of(pdf)
    chunks = paginate(people)
    assert len(pages) in (len(chunks), len(chunks) + 1)  # the closing block may need a page of its own
    carried = 0
    for number, (page, chunk) in enumerate(zip(pages, chunks, strict=False), start=1):
        page_total = sum(r.amount for r in chunk)
        carried += page_total
        assert f"Cộng trang {number}" in page and {page_total, carried} <= money(page)
        assert all(r.code in page and r.cccd in page for r in chunk)
        if number > 1:
            assert "(tiếp theo)" in page and "Ký nhận" in page  # the running head and the column titles
    text = flat(pages)
    total = sum(r.amount for r in people)
    assert f"TỔNG CỘNG ({count} người)" in text and format_vnd(total, unit="") in text
    summary = summary_figures(text)
    paid = [r for r in people if r.recipient]
    unpaid = [r for r in people if not r.recipient]
    assert summary["Tổng số trong danh sách"][:2] == (count, total)
    assert summary["Đã chi trả (đã ký nhận)"][:2] == (len(paid), sum(r.amount for r in paid))
    assert summary["Chưa chi trả"][:2] == (len(unpaid), sum(r.amount for r in unpaid))
    assert "Tiền mặt đã giao thực tế" not in summary  # every payout as listed
    for _people, figure, words in summary.values():
        assert words == amount_in_words(figure)
    assert "Xã An Phước, ngày 05 tháng 12 năm 2026" in text
    assert "NGƯỜI CHI TRẢ" in text and "TRƯỞNG ĐIỂM CHI TRẢ" in text and "Lan" in pages[-1]
    assert f"Trang {len(pages)}/{len(pages)}" in pages[-1]


def test_the_registers_columns_each_allowance_line_and_its_page_sum() -> None:
    people = rows(14)
    pages = text_of(signature_sheet_pdf(HEADER, people))
    page = pages[0]
    for title in ("STT", "Mã đối tượng", "Số CCCD", "Đối tượng", "Truy lĩnh", "Tổng số tiền", "Ghi chú"):
        assert title in page, title
    assert "hằng tháng" in page and "phục" in page and "Thương binh" in page and "1941 · ấp Phước Hậu" in page
    arrears = sum(x.amount for r in people for x in r.lines if x.kind == "arrears")
    care = sum(x.amount for r in people for x in r.lines if x.kind == "care")
    monthly = sum(x.amount for r in people for x in r.lines if x.kind == "monthly")
    assert {arrears, care, monthly} <= money(page.split("Cộng trang 1")[1])
    assert page.count("1.394.500") == 2  # rows 6 and 12; their column sums to 2.789.000


def test_proxies_show_name_id_and_authorisation_and_unpaid_rows_stay_blank() -> None:
    pages = "\n".join(text_of(signature_sheet_pdf(HEADER, rows(6))))
    assert "Nhận thay: Trần Văn Bảy" in pages and "Giấy tờ: 086090000001" in pages
    assert "Ủy quyền số: UQ 12/2026" in pages and "UQ" in pages
    assert "chính chủ" in pages and "điểm chỉ" in pages
    assert pages.count("03/12") == 4  # rows 3 and 6 unpaid: no day, an empty cell to sign on paper


def test_flagged_payouts_carry_their_marks_and_the_legend_explains_each() -> None:
    flagged = [
        SheetRow("NCC001", "An", 1950, "ấp 1", 1_000_000, recipient="An", signature_png=png(), paid_on="03/12/2026",
                 marks=(SheetMark.DOUBLE,), cash_paid=2_000_000),
        SheetRow("NCC002", "Bình", 1950, "ấp 1", 1_500_000, recipient="Bình", thumbprint=True,
                 paid_on="03/12/2026", marks=(SheetMark.AFTER_STOP, SheetMark.AT_HOME)),
        SheetRow("NCC003", "Cúc", 1950, "ấp 1", 2_000_000, marks=(SheetMark.DECEASED,)),
        SheetRow("NCC004", "Dũng", 1950, "ấp 1", 700_000, marks=(SheetMark.ABSENT, SheetMark.VOIDED)),
    ]  # fmt: skip
    pages = text_of(signature_sheet_pdf(HEADER, flagged))
    page = pages[0]
    for row in flagged:
        line = page.split(row.code, 1)[1]
        assert all(m.short in line for m in row.marks), row.code
    text = flat(pages)
    assert flat([LEGEND]) in text
    for mark in SheetMark:
        assert f"{mark.short} — {mark.label}" in text
    summary = summary_figures(text)
    assert summary["Đã chi trả (đã ký nhận)"][:2] == (2, 2_500_000)
    assert summary["Chưa chi trả"][:2] == (2, 2_700_000)
    assert summary["Tiền mặt đã giao thực tế"][1:] == (3_500_000, amount_in_words(3_500_000))
    assert "……………, ngày 05 tháng 12 năm 2026" in text  # no commune known: dots to write it in


def test_dense_rows_and_signature_cells_large_enough_to_sign() -> None:
    first, other = rows_per_page()
    assert (first, other) == (15, 18)
    assert round(ROW_HEIGHT / mm, 2) >= 9
    for kinds in (1, 2, 4, 8):
        people = [
            SheetRow(f"NCC{i}", "A", 1950, "", 8_000, lines=tuple(PayLine(k, "", 1000) for k in
                     ("monthly", "extra", "care", "one_off", "arrears", "gift", "funeral", "other")[:kinds]))
            for i in range(3)
        ]  # fmt: skip
        layout = layout_for(people)
        widths = [w for _t, w in layout.columns]
        assert abs(sum(widths) - 277) < 0.01 and widths[layout.sign] >= 47
        assert len(layout.money) == min(kinds, 4)
    for count, pages in ((460, 26), (501, 28), (15, 1), (33, 2), (34, 3)):
        chunks = paginate(list(range(count)))
        assert len(chunks) == pages and all(len(c) == other for c in chunks[1:-1]), count


def test_more_than_four_kinds_share_one_other_column_and_the_columns_add_up_to_the_total() -> None:
    lines = tuple(PayLine(k, k, 1000 * (n + 1)) for n, k in enumerate(("monthly", "care", "gift", "funeral",
                                                                        "weird-kind")))  # fmt: skip
    row = SheetRow("NCC1", "A", None, "", sum(x.amount for x in lines), lines=lines)
    columns = money_columns([row, SheetRow("NCC2", "B", None, "", 5)])
    assert [c.title for c in columns] == ["Trợ cấp hằng tháng", "Trợ cấp người phục vụ", "Quà tặng",
                                          "Khoản khác"]  # fmt: skip
    assert [c.amount(row) for c in columns] == [1000, 2000, 3000, 4000 + 5000]
    assert money_columns([SheetRow("NCC2", "B", None, "", 5)]) == ()  # no lines known: the total says it all


def test_place_and_date_from_the_rows_communes_and_the_day_made() -> None:
    people = [SheetRow("A", "A", None, "", 1, commune=c) for c in ("Xã Mỹ An", "Xã An Phước", "Xã An Phước")]
    assert place_and_date(people, "05/12/2026") == "Xã An Phước, ngày 05 tháng 12 năm 2026"
    assert place_and_date([], "?") == "……………, ngày …… tháng …… năm ……"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.integers(1, 9_999_999), st.integers(0, 3_000_000), st.booleans(), st.booleans()),
        min_size=0,
        max_size=40,
    )
)
def test_any_sheet_its_summary_is_its_rows_and_its_words_its_figures(
    spec: list[tuple[int, int, bool, bool]],
) -> None:
    people = [
        SheetRow(f"NCC{i}", f"Người {i}", None, "", monthly + arrears,
                 lines=(PayLine("monthly", "", monthly), PayLine("arrears", "", arrears)),
                 recipient="x" if paid else "", cash_paid=(monthly + arrears) * (2 if double else 1) if paid else 0)
        for i, (monthly, arrears, paid, double) in enumerate(spec)
    ]  # fmt: skip
    pages = text_of(signature_sheet_pdf(HEADER, people))
    summary = summary_figures(flat(pages))
    s = summarise_sheet(people)
    assert s.people == s.paid_people + s.unpaid_people and s.total == s.paid + s.unpaid
    assert summary["Tổng số trong danh sách"][:2] == (len(people), sum(r.amount for r in people))
    assert summary["Đã chi trả (đã ký nhận)"][:2] == (s.paid_people, sum(r.amount for r in people if r.paid))
    handed = sum(r.handed for r in people)
    assert summary.get("Tiền mặt đã giao thực tế", (None, s.paid, ""))[1] == handed
    for _people, figure, words in summary.values():
        assert words == amount_in_words(figure)
    assert len(pages) in (len(paginate(people)), len(paginate(people)) + 1)


def test_the_font_is_embedded() -> None:
    reader = PdfReader(io.BytesIO(signature_sheet_pdf(HEADER, rows(3))))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert len(fonts) == 2  # regular and bold, nothing else (no stray Helvetica)
    for key in fonts:
        font = fonts[key].get_object()
        assert "DejaVuSans" in str(font["/BaseFont"])
        assert "/FontFile2" in font["/FontDescriptor"].get_object()  # the TrueType program is inside the PDF
