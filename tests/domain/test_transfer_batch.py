"""Issue 17: the bank batch's pure rules — the transfer content banks accept (ASCII-safe, ≤ 210 characters,
whatever the names), the template's checks, the batch files' names."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from payout_desk.domain.transfer_batch import (
    CONTENT_LIMIT,
    DEFAULT_COLUMNS,
    TemplateError,
    TransferTemplate,
    ascii_safe,
    content_for,
    file_stem,
    template_from,
    template_from_text,
)

SAFE = re.compile(r"[A-Za-z0-9 ./,()+:-]*")


def test_the_default_content_is_the_issues_line_without_diacritics() -> None:
    said = content_for(
        TransferTemplate(), month="2026-12", code="NCC001", name="Nguyễn Văn Dũng", point="P01"
    )
    assert said == "Tro cap NCC thang 12/2026 - NCC001"
    kept = content_for(
        TransferTemplate(ascii_content=False), month="2026-12", code="NCC001", name="", point=""
    )
    assert kept == "Trợ cấp NCC tháng 12/2026 – NCC001"
    assert ascii_safe("ĐỖ Thị Ánh – Đường 3/2") == "DO Thi Anh - Duong 3/2"


@given(name=st.text(max_size=400), code=st.text(min_size=1, max_size=64), ascii_only=st.booleans())
def test_any_content_stays_within_what_banks_take(name: str, code: str, ascii_only: bool) -> None:
    template = TransferTemplate(content="{name} {code} tháng {month} {point}", ascii_content=ascii_only)
    said = content_for(template, month="2026-12", code=code, name=name, point="Điểm BĐVHX An Phước")
    assert len(said) <= CONTENT_LIMIT and said == said.strip()
    if ascii_only:
        assert said.isascii() and SAFE.fullmatch(said) and "  " not in said


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ([], "JSON object"),
        ({"columns": ["stt", "iban"]}, "no column 'iban'"),
        ({"columns": ["account", "amount", "amount"]}, "named twice"),
        ({"columns": ["stt", "account"]}, "the amount column"),
        ({"content": "{nam}"}, "{nam}"),
        ({"content": "Tro cap {month"}, "only {month}"),
        ({"ascii_content": "yes"}, "true or false"),
        ({"colour": "red"}, "unknown entry 'colour'"),
    ],
)
def test_a_bad_template_names_what_is_wrong(value: object, says: str) -> None:
    with pytest.raises(TemplateError) as refused:
        template_from(value)
    assert says in refused.value.text.en and refused.value.text.vi


def test_a_template_round_trips_and_file_names_are_plain_ascii() -> None:
    template = template_from_text('{"columns": ["code", "account", "amount"], "content": "{code}"}')
    assert template_from(template.as_json()) == template
    assert template_from({}).columns == DEFAULT_COLUMNS
    with pytest.raises(TemplateError):
        template_from_text("{not json")
    assert file_stem("2026-12", "970405", "Agribank", 2) == "chuyen-khoan_2026-12_970405-Agribank_2"
    assert (
        file_stem("2026-12", "970422", "MB Bank / Quân đội", 1)
        == "chuyen-khoan_2026-12_970422-MB-Bank-Quan-doi_1"
    )
