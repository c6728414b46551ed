"""The signature sheet of a large point: 5,000 rows, every one paid with its own drawn signature (a PNG of
about 300×100 pixels, as the signature pad makes them).

Target (issue 6): ≤ 15 s for the whole sheet, from the point laptop's database to the written PDF. Also
measured: the PDF drawing alone on the same rows, and the same rows with one signature shared by all (how
much of the time is decoding and embedding the images)."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from bench_ledger import point_with_list
from common import ROOT, report, timed
from payout_desk.domain.month import Month
from payout_desk.reports.pdfkit import PointHeader, page_count
from payout_desk.reports.signature_sheet import SheetRow, signature_sheet_pdf
from payout_desk.services.point.pay import PayoutRequest

sys.path.insert(0, str(ROOT))
from tests.roundkit import stroke_png

HEADER = PointHeader("Bưu điện huyện Benchmark", "P01", "Điểm BĐVHX Benchmark", Month(2026, 12), "05/12/2026")


def sheet_rows(signatures: list[bytes]) -> list[SheetRow]:
    return [
        SheetRow(f"NCC{i:05d}", f"Nguyễn Thị Hằng {i}", 1940 + i % 30, "ấp Phước Hậu", 2_789_000 + i,
                 recipient="Nguyễn Thị Hằng", signature_png=image, paid_on="03/12/2026")
        for i, image in enumerate(signatures)
    ]  # fmt: skip


def bench_sheet(work: Path, rows: int) -> dict[str, float | int | str]:
    started = time.perf_counter()
    signatures = [stroke_png(i) for i in range(rows)]
    point = point_with_list(work, rows + rows // 20)  # the register has some bank-transfer rows: not listed
    with point.db.reading() as session:
        codes = [code for (code,) in session.execute(text("select code from list_entries order by id"))]
    assert len(codes) >= rows, "the list is shorter than the rows wanted"
    for code, image in zip(codes, signatures, strict=False):
        point.pay.record(PayoutRequest(code, signature_png=image, staff="Lan"))
    setup_s = time.perf_counter() - started

    desk_s, written = timed(lambda: point.papers.signature_sheet(work / "ky-nhan.pdf"))
    point.close()
    draw_s, pdf = timed(lambda: signature_sheet_pdf(HEADER, sheet_rows(signatures)))
    shared_s, _shared = timed(lambda: signature_sheet_pdf(HEADER, sheet_rows([signatures[0]] * rows)))
    return {
        "rows": written.rows,
        "signed_rows": rows,
        "distinct_signatures": len(set(signatures)),
        "signature_png_bytes_avg": sum(map(len, signatures)) // len(signatures),
        "pages": written.pages,
        "pdf_mb": written.path.stat().st_size / 1e6,
        "sheet_from_point_desk_s": desk_s,
        "draw_pdf_only_s": draw_s,
        "draw_pdf_one_shared_signature_s": shared_s,
        "draw_pdf_pages": page_count(pdf),
        "setup_s (list and payouts; not timed)": setup_s,
        "target": "sheet from the point desk ≤ 15 s",
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        report("reports_signature_sheet", bench_sheet(Path(tmp), args.rows))


if __name__ == "__main__":
    main()
