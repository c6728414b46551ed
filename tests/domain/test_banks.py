"""The shipped bank table (every BIN unique and six digits) and finding a bank by what a register writes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from payout_desk.domain.banks import BankTableError, parse_bank_table
from payout_desk.exchange.bank_table import bank_table, table_path


def test_every_bin_is_six_digits_and_unique() -> None:
    banks = list(bank_table())
    assert len(banks) >= 40
    bins = [bank.bin for bank in banks]
    assert all(len(b) == 6 and b.isdigit() for b in bins)
    assert len(set(bins)) == len(bins)
    codes = [bank.code.casefold() for bank in banks]
    assert len(set(codes)) == len(codes)


def test_the_table_says_where_it_comes_from_and_when() -> None:
    head = table_path().read_text(encoding="utf-8").splitlines()[:8]
    assert any("api.vietqr.io" in line for line in head)
    assert any("2026" in line for line in head)


@pytest.mark.parametrize(
    ("written", "bin_code"),
    [
        ("Vietcombank", "970436"),
        ("970436", "970436"),
        ("VCB", "970436"),
        ("VietinBank", "970415"),
        ("BIDV chi nhánh Nam Định", "970418"),
        ("Agribank", "970405"),
        ("NHNo&PTNT huyện Hải Hậu", "970405"),
        ("Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam", "970405"),
        ("LPBank", "970449"),
        ("LienVietPostBank", "970449"),
        ("NH Chính sách xã hội", "999888"),
        ("ngân hàng tmcp quân đội", "970422"),
        ("Vietcombank - CN Nam Định", "970436"),
        ("NH TMCP Công Thương", "970415"),  # bank17: the leading words stripped however many
        ("Ngân hàng TMCP Công thương - CN Vĩnh Long", "970415"),
    ],
)
def test_a_bank_is_found_by_any_of_its_names(written: str, bin_code: str) -> None:
    bank = bank_table().find(written)
    assert bank is not None and bank.bin == bin_code


@pytest.mark.parametrize("written", ["", "   ", "Ngân hàng", "Quỹ ABC", "970999", "12345"])
def test_an_unknown_bank_is_none(written: str) -> None:
    assert bank_table().find(written) is None


def test_by_bin_takes_only_a_bin() -> None:
    table = bank_table()
    assert table.by_bin("970405") is not None
    assert table.by_bin("VBA") is None
    assert table.by_bin("970999") is None


@pytest.mark.parametrize(
    "body",
    [
        "970405,A,A,Bank A,\n970405,B,B,Bank B,",  # the same BIN twice
        "97040,A,A,Bank A,",  # five digits
        "97040X,A,A,Bank A,",  # not digits
    ],
)
def test_a_malformed_table_is_refused(body: str) -> None:
    with pytest.raises(BankTableError):
        parse_bank_table("bin,code,short_name,name,aliases\n" + body)


@given(st.sampled_from(list(bank_table())))
def test_every_bank_is_found_by_each_of_its_names(bank) -> None:  # type: ignore[no-untyped-def]
    table = bank_table()
    for name in bank.names():
        found = table.find(name)
        assert found is not None
        # an alias may be another bank's name only if that bank came first in the table
        assert found.bin == bank.bin or list(table).index(found) < list(table).index(bank)
