"""The cast, the derived registers and the commands of the three-month CLI round (test_three_months.py)."""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from payout_desk.cli import main
from payout_desk.services.common import staff
from tests.cli.conftest import Cli, Outcome
from tests.conftest import PASSPHRASE, SAMPLE_REGISTER
from tests.roundkit import CLERK_PIN

DEC, JAN, FEB = "2026-12", "2027-01", "2027-02"
AP, CN = "P05", "P01"  # Điểm BĐVHX An Phước, Bưu cục Cái Nhum: the two points with a laptop
POINT_NAMES = {AP: "Điểm BĐVHX An Phước", CN: "Bưu cục Cái Nhum"}
EXPECTED = SAMPLE_REGISTER.with_name("danh_sach_chi_tra_2026_12.expected.json")
RELATIVE = ("--recipient-name", "Lê Thị Hai", "--recipient-id", "086190000123", "--relation", "vợ")
RAISE = 150_000  # January's new monthly amount for one person at Cái Nhum


@dataclass
class Person:
    code: str
    total: int


@dataclass
class Cast:
    """Who plays which part, chosen from the sample's people (never a home visit: paid at the counter)."""

    ap: list[Person]  # every cash beneficiary of An Phước, the file's order
    cn: list[Person]  # every cash beneficiary of Cái Nhum
    others: int  # cash beneficiaries at the three points without a laptop
    others_total: int
    roles: dict[str, Person] = field(default_factory=dict)

    def __getitem__(self, role: str) -> Person:
        return self.roles[role]


def cast() -> Cast:
    expected = json.loads(EXPECTED.read_text("utf-8"))
    people = expected["people_by_point"]
    ap = [Person(p["code"], p["total"]) for p in people[POINT_NAMES[AP]]]
    cn = [Person(p["code"], p["total"]) for p in people[POINT_NAMES[CN]]]
    counter = [Person(p["code"], p["total"]) for p in people[POINT_NAMES[AP]] if not p["home"]]
    counter_cn = [Person(p["code"], p["total"]) for p in people[POINT_NAMES[CN]] if not p["home"]]
    others = [p for name, ps in people.items() if name not in POINT_NAMES.values() for p in ps]
    c = Cast(ap, cn, len(others), sum(p["total"] for p in others))
    c.roles = {
        "dead": counter[1],  # reported deceased at An Phước in December, truly
        "mistaken": counter[2],  # reported deceased by mistake: released by the office in January
        "unpaid": counter[3],  # not collected in December: carried, paid with the arrears line in January
        "moved": counter[4],  # the January register moves them to Cái Nhum
        "transfer": counter[5],  # `office transfer` to Cái Nhum in January
        "absent": counter_cn[1],  # Cái Nhum: unpaid December and January (carried twice, as one line)
        "lapsed": counter_cn[2],  # Cái Nhum: paid December, not since: flagged in February
        "raised": counter_cn[3],  # Cái Nhum: January's register raises the monthly amount
    }
    return c


def derive_register(path: Path, month_title: str, moves: dict[str, str], raises: dict[str, int]) -> Path:
    """The sample with another month in its title, some people at another point, some amounts changed."""
    book = load_workbook(SAMPLE_REGISTER)
    sheet = book.worksheets[0]
    for row in sheet.iter_rows():
        first = row[0].value
        if isinstance(first, str) and first.strip().startswith("Tháng 12 năm 2026"):
            row[0].value = month_title
        code = str(row[1].value or "").strip()
        if code in moves:
            row[8].value = moves[code]
        if code in raises:
            row[9].value = int(row[9].value) + raises[code]
            row[13].value = int(row[13].value) + raises[code]
    book.save(path)
    return path


LIST_CASH = 5_000_000_000
"""The cash a laptop receives with each month's list: more than the sample's point could pay."""


class Office:
    """The office's and the laptops' commands, each with --json, and the refusals' one-line contract."""

    def __init__(self, cli: Cli, root: Path) -> None:
        self.cli, self.root = cli, root
        self.office = root / "office"
        self.laptop = {AP: root / "ap-laptop", CN: root / "cn-laptop"}

    def ok(self, *args: str | Path) -> Any:
        outcome = self.cli(*args, "--json")
        assert outcome.code == 0, (args, outcome.err)
        return outcome.json

    def at_office(self, *args: str | Path) -> Any:
        return self.ok("office", *args, "--data-dir", self.office)

    def at(self, point: str, *args: str | Path) -> Any:
        return self.ok("point", *args, "--data-dir", self.laptop[point])

    def refused(self, *args: str | Path, code: int = 3) -> str:
        outcome = self.cli(*args)
        assert outcome.code == code, (args, outcome.code, outcome.out, outcome.err)
        assert outcome.err.count("\n") == 1 and "Traceback" not in outcome.err
        return outcome.err

    def pay(self, point: str, code: str) -> int:
        return int(self.at(point, "pay", code, "--thumbprint", "--staff", "Lan")["amount"])

    def pay_all_but(self, point: str, people: list[Person], skip: set[str]) -> int:
        return sum(self.pay(point, p.code) for p in people if p.code not in skip)

    def load(self, point: str, path: str | Path) -> Any:
        """Load a list or an amendment; with a month's list, the cash to pay it (issue 16)."""
        loaded = self.at(point, "load", path)
        if str(path).endswith(".pdlist"):
            self.at(point, "cash", "receive", str(LIST_CASH), "--staff", "Lan")
        return loaded

    def sync(self, month: str) -> dict[str, Any]:
        files = []
        for point in (AP, CN):
            path = self.root / f"{point}_{month}.pdsync"
            self.at(point, "export", "--out", path)
            files.append(path)
        imported: dict[str, Any] = self.at_office("import", *files)
        assert [f["status"] for f in imported["files"]] == ["imported", "imported"]
        return imported

    def point_status(self, month: str) -> dict[str, dict[str, Any]]:
        """Each point's figures. The only conflicts are payouts timed outside the month's round (the test
        pays January's and February's lists today): no double payout, no one on two lists, no payout to
        the deceased or after a stop."""
        status = self.at_office("status", "--month", month)
        assert {c["kind"] for c in status["conflicts"]} <= {"outside-month"}, status["conflicts"]
        return {p["code"]: p for p in status["points"]}

    def issue(self, month: str) -> dict[str, Any]:
        issued: dict[str, Any] = self.at_office("issue-lists", "--month", month, "--out", self.root / month)
        return issued

    def list_file(self, issued: dict[str, Any], point: str) -> str:
        return str(next(f["path"] for f in issued["files"] if f["point_code"] == point))

    def settlement(self, month: str) -> dict[str, tuple[Any, ...]]:
        out = self.root / f"settlement-{month}.xlsx"
        self.at_office("settlement", "--month", month, "--out", out)
        sheet = load_workbook(out, read_only=True)["Tổng hợp"]
        return {str(r[0]): tuple(r[2:6]) for r in sheet.iter_rows(values_only=True) if r and r[0] in (AP, CN)}


@contextlib.contextmanager
def isolated(root: Path) -> Iterator[Cli]:
    """`payout-desk ARGS…` in-process for a whole module: the suite's environment (tests/conftest.py, whose
    fixtures are per test) set once, output captured per command."""
    with pytest.MonkeyPatch.context() as patch:
        for name, value in {
            "PAYOUT_DESK_PASSPHRASE": PASSPHRASE,
            "PAYOUT_DESK_LANG": "en",
            "PAYOUT_DESK_PIN": CLERK_PIN,
            "PAYOUT_DESK_DATA_DIR": str(root / "default-data-dir"),
            "XDG_DATA_HOME": str(root / "xdg-data"),
            "XDG_STATE_HOME": str(root / "xdg-state"),
            "XDG_CONFIG_HOME": str(root / "xdg-config"),
        }.items():
            patch.setenv(name, value)
        patch.setattr(staff, "PIN_COST", staff.PinCost(n=2**10))

        def run(*args: str | Path) -> Outcome:
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    code = main([str(a) for a in args])
                except SystemExit as exc:
                    code = int(exc.code or 0)
            return Outcome(code, out.getvalue(), err.getvalue())

        yield run
