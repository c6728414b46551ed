"""Issue 17: a register's account, bank and holder columns found by their many wordings, and each transfer
row's account read and checked — hypothesis over the wordings and over what a clerk types in the cell."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from payout_desk.exchange.register import read_register
from payout_desk.exchange.register.headers import SYNONYMS
from tests.exchange.registers import Layout, Person, write_xlsx

WORDINGS = {
    field: [label for name, label in SYNONYMS if name == field] for field in ("account", "bank", "holder")
}
SEPARATORS = st.sampled_from([" ", ".", "-", "  ", " - "])


def _read(people: list[Person], layout: Layout):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "register.xlsx"
        rows = write_xlsx(path, people, layout)
        return read_register(path), rows


def _transfer(account: object, **fields: object) -> Person:
    values: dict[str, object] = {"bank": "Agribank", "holder": "", **fields}
    return Person(code="NCC001", method="Chuyển khoản", account=account, **values)  # type: ignore[arg-type]


@settings(max_examples=40, deadline=None)
@given(
    account=st.sampled_from(WORDINGS["account"]),
    bank=st.sampled_from(WORDINGS["bank"]),
    holder=st.sampled_from(WORDINGS["holder"]),
    two_level=st.booleans(),
    method=st.sampled_from(["Hình thức chi trả", "Hình thức nhận", "Phương thức"]),
)
def test_every_wording_of_the_account_columns_is_found_beside_the_other_columns(
    account: str, bank: str, holder: str, two_level: bool, method: str
) -> None:
    layout = Layout(
        two_level=two_level,
        accounts=True,
        headers={"account": account, "bank": bank, "holder": holder, "method": method},
    )
    people = [
        _transfer("0071000123456", bank="Vietcombank", holder="NGUYEN VAN DUNG"),
        Person(code="NCC002", method="TK/CK", account="", bank=""),
        Person(code="NCC003"),
    ]
    people[1].method = "TK"
    result, rows = _read(people, layout)
    assert not result.errors
    by_code = {e.code: e for e in result.entries}
    assert [by_code[c].cash for c in ("NCC001", "NCC002", "NCC003")] == [False, False, True]
    first = by_code["NCC001"].account
    assert first is not None and first.number.digits == "0071000123456" and first.bank is not None
    assert (first.bank.bin, first.holder) == ("970436", "NGUYEN VAN DUNG")
    assert by_code["NCC003"].account is None  # a cash row's account cells are not read
    # the row with no account names the account and bank columns by their wording, nothing else
    second = sorted((w.code, w.column) for w in result.warnings if w.row == rows["NCC002"])
    assert second == sorted([("account_invalid", account), ("bank_unknown", bank)])
    assert by_code["NCC003"].total == 2_866_000 and by_code["NCC001"].person.name == "Nguyễn Văn Dũng"


@settings(max_examples=60, deadline=None)
@given(
    digits=st.text(alphabet="0123456789", min_size=1, max_size=22),
    cuts=st.lists(st.integers(min_value=1, max_value=21), max_size=3, unique=True),
    separator=SEPARATORS,
)
def test_a_typed_account_is_normalised_and_said_so_or_refused_with_its_reason(
    digits: str, cuts: list[int], separator: str
) -> None:
    typed = digits
    for cut in sorted((c for c in cuts if c < len(digits)), reverse=True):
        typed = typed[:cut] + separator + typed[cut:]
    result, rows = _read([_transfer(typed)], Layout(accounts=True))
    [entry] = result.entries
    assert entry.account is not None
    codes = [w.code for w in result.warnings if w.row == rows["NCC001"]]
    if 6 <= len(digits) <= 19:
        assert entry.account.usable and entry.account.number.digits == digits
        assert codes == (["account_normalised"] if typed != digits else [])
    else:
        assert not entry.account.usable and codes == ["account_invalid"]


@settings(max_examples=30, deadline=None)
@given(number=st.integers(min_value=1, max_value=10**18))
def test_an_account_typed_as_a_number_cell_is_flagged_and_one_too_long_for_excel_is_refused(
    number: int,
) -> None:
    result, rows = _read([_transfer(number)], Layout(accounts=True))
    [entry] = result.entries
    assert entry.account is not None
    [warning] = [w for w in result.warnings if w.row == rows["NCC001"]]
    if 6 <= len(str(number)) <= 15:
        assert warning.code == "account_number_cell" and entry.account.number.digits == str(number)
        assert "0" in warning.text.vi and str(number) in warning.message
    else:
        assert warning.code == "account_invalid" and not entry.account.usable


def test_a_register_without_account_columns_says_nothing_about_accounts() -> None:
    result, _rows = _read([_transfer("0071000123456"), Person(code="NCC002")], Layout())
    assert not result.warnings and all(e.account is None for e in result.entries)
    assert [e.cash for e in result.entries] == [False, True]


def test_hostile_account_cells_are_warned_about_and_never_kept() -> None:
    hostile = _transfer(
        "1234\u202e5678" + "9" * 80, bank="Agribank" + " chi nhánh" * 40, holder="NGUYEN\u2066 VAN DUNG"
    )
    result, rows = _read([hostile], Layout(accounts=True))
    [entry] = result.entries
    assert entry.account is not None
    assert (
        entry.account.number.typed,
        entry.account.bank_text,
        entry.account.bank,
        entry.account.holder,
    ) == (
        "",
        "",
        None,
        "",
    )
    codes = sorted(w.code for w in result.warnings if w.row == rows["NCC001"])
    assert codes == ["account_invalid", "account_text_bad", "bank_unknown"]
    said = next(w for w in result.warnings if w.code == "account_invalid")
    assert "hidden character" in said.message and "\u202e" not in said.message
    assert "Số tài khoản" in said.text.vi and "ký tự ẩn" in said.text.vi
