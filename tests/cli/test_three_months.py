"""Issue 15's acceptance round, scripted through the CLI as a district office would run it: the sample
register for December 2026 and two months derived from it (the same people; one moves point, one amount
changes). Two points have a laptop (An Phước P05, Cái Nhum P01), each offline, exchanging signed files; the
other three points have none this quarter, so their people stay unpaid and are carried like anyone else.

December: a point reports two deaths (one a mistake), leaves one person unpaid at each laptop point, syncs;
the office closes the month. January: both reported are HELD; only the office releases the mistaken one (a
point cannot), then carries December's unpaid as arrears (the released one's too) and issues, leaving the
other out ("held": 1) until it confirms the stop; an arrears line is paid once; one person is transferred
between points (paid once, at the new point); the family of the deceased gets a funeral payment at the
offline point, signed by the relative. February: a person unpaid two months in a row is flagged, and
December's arrears are not carried again."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from payout_desk.domain.money import amount_in_words, format_vnd
from tests.cli.test_report_back_cmd import SHEETS, rows
from tests.cli.three_months_kit import (
    AP,
    CN,
    DEC,
    FEB,
    JAN,
    LIST_CASH,
    POINT_NAMES,
    RAISE,
    RELATIVE,
    Cast,
    Office,
    cast,
    derive_register,
    isolated,
)  # fmt: skip
from tests.conftest import SAMPLE_REGISTER
from tests.roundkit import stroke_png


def report_back_checks(o: Office, month: str, expected: dict[str, Any]) -> None:
    """Issue 15 item 7, read back: `office report-back --month M --out FILE.xlsx` (its JSON and its workbook)
    and `report report-back --month M --out FILE.pdf` show what the round did — the deaths of the month they
    were recorded in, moves, arrears carried in and going on, holds, the family's payment, nothing to recover
    — and the settlement's own totals, per point and in words."""
    done = o.at_office("report-back", "--month", month, "--out", o.root / "report-back.xlsx")
    assert done["closed"] is True and done["recover_total"] == expected["to_recover"] == 0
    assert {(m["code"], m["from_point"], m["to_point"]) for m in done["moves"]} == set(expected["moves"])
    assert {a["code"]: a["amount"] for a in done["arrears_in"]} == expected["arrears_carried"]
    assert {a["code"]: a["amount"] for a in done["arrears_out"]} == expected["unpaid"]
    [family] = done["family"]
    assert (family["line_code"], family["amount"], family["recipient"], family["paid"]) == (
        *expected["family"],
        True,
    )
    holds = {h["code"]: h["state"] for h in done["holds"]}
    assert holds == {expected["deaths"][0][0]: "confirmed", expected["released"]: "released"}
    points = {p["code"]: p for p in done["points"]}
    for code, (people, cash, paid_count, paid_amount) in expected["settlement"].items():
        p = points[code]
        assert (p["beneficiaries"], p["cash_total"], p["paid_count"], p["paid_amount"]) == (
            people, cash, paid_count, paid_amount,
        )  # fmt: skip
    totals = done["totals"]
    assert totals["paid_amount"] == sum(p["paid_amount"] for p in done["points"])
    assert (
        totals["cash_total"] == totals["paid_entitled"] + totals["unpaid_amount"] + totals["stopped_amount"]
    )

    sheet_rows = {name: rows(Path(done["path"]), name) for name in SHEETS}
    for name, key in (
        ("Chuyển điểm", "moves"),
        ("Giữ lại", "holds"),
        ("Chi một lần cho thân nhân", "family"),
    ):
        assert len(sheet_rows[name]) == done["counts"][key], name
    summary = sheet_rows["Tổng hợp"]
    [total] = [r for r in summary if len(r) > 1 and r[1] == "TỔNG CỘNG"]
    assert (total[2], total[3], total[5]) == (
        totals["beneficiaries"],
        totals["cash_total"],
        totals["paid_amount"],
    )

    # the death was reported in December: December's report back names it, with date, source and reporter
    december = o.at_office("report-back", "--month", DEC, "--out", o.root / "report-back-12.xlsx")
    assert [(d["code"], d["date"], d["source"], d["reported_by"]) for d in december["deaths"]] == expected[
        "deaths"
    ]
    [death] = [r for r in rows(Path(december["path"]), "Báo tử")]
    assert death[0] == expected["deaths"][0][0] and death[3] == "01/12/2026" and "trưởng ấp Ba" in death

    pdf = o.ok(
        "report", "report-back", "--month", month, "--out", o.root / "report-back.pdf", "--data-dir", o.office
    )
    assert pdf["total"] == totals["paid_amount"] and pdf["pages"] >= 1
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(pdf["path"]).pages))
    assert "BÁO CÁO GỬI PHÒNG LĐ-TB&XH" in text and "TỔNG CỘNG" in text
    assert (
        format_vnd(totals["paid_amount"], unit="") in text and amount_in_words(totals["paid_amount"]) in text
    )
    assert family["recipient"] in text and next(m["name"] for m in done["moves"]) in text


def december(o: Office, c: Cast) -> None:
    o.ok("keys", "init", "--role", "office", "--name", "Bưu điện huyện Mang Thít", "--data-dir", o.office)
    imported = o.at_office("import-register", SAMPLE_REGISTER, "--month", DEC, "--skip-invalid")
    assert (imported["rows_read"], imported["non_cash"], imported["held"]) == (501, 39, 0)
    points = {p["code"]: p for p in imported["points"]}
    assert (points[AP]["beneficiaries"], points[CN]["beneficiaries"]) == (len(c.ap), len(c.cn)) == (65, 72)
    for point, name in ((AP, "An Phước máy 1"), (CN, "Cái Nhum máy 1")):
        key = o.ok("keys", "init", "--role", "point", "--name", name, "--data-dir", o.laptop[point])
        o.at_office("enroll-device", "--point", point, "--public-key", key["public_key"], "--name", name)
    issued = o.issue(DEC)
    assert issued["held"] == 0 and len(issued["files"]) == 5
    fingerprint = o.ok("keys", "show", "--data-dir", o.office)["fingerprint"]
    for point, people in ((AP, c.ap), (CN, c.cn)):
        loaded = o.at(point, "load", o.list_file(issued, point), "--trust-office", fingerprint)
        assert loaded["beneficiaries"] == len(people)
        o.at(point, "staff", "add", "Lan")
        o.at(point, "cash", "receive", str(LIST_CASH), "--staff", "Lan")

    for role, reporter, day in (
        ("dead", "trưởng ấp Ba", "2026-12-01"),
        ("mistaken", "hàng xóm", "2026-11-30"),
    ):
        o.at(AP, "report", c[role].code, "--kind", "deceased", "--reported-by", reporter, "--date", day)
    skip_ap = {c[r].code for r in ("dead", "mistaken", "unpaid")}
    paid_ap = o.pay_all_but(AP, c.ap, skip_ap)
    paid_cn = o.pay_all_but(CN, c.cn, {c["absent"].code})
    assert "reported deceased" in o.refused("point", "pay", c["dead"].code, "--data-dir", o.laptop[AP])
    o.sync(DEC)

    status = o.point_status(DEC)
    ap, cn = status[AP], status[CN]
    assert (ap["paid_count"], ap["paid_amount"], ap["unpaid_count"]) == (62, paid_ap, 3)
    assert ap["exceptions"] == {"deceased": 2} and ap["conflicts"] == 0
    assert (cn["paid_count"], cn["paid_amount"], cn["unpaid_count"]) == (71, paid_cn, 1)
    assert paid_ap == sum(p.total for p in c.ap) - sum(p.total for p in c.ap if p.code in skip_ap)
    assert o.settlement(DEC) == {
        AP: (65, sum(p.total for p in c.ap), 62, paid_ap),
        CN: (72, sum(p.total for p in c.cn), 71, paid_cn),
    }

    closed = o.at_office("close-month", DEC)
    unpaid = {u["code"]: u for u in closed["unpaid"]}
    assert len(unpaid) == 4 + c.others
    assert unpaid[c["dead"].code]["exception"] == "deceased" and unpaid[c["dead"].code]["point_code"] == AP
    assert unpaid[c["unpaid"].code]["amount"] == c["unpaid"].total
    assert sum(u["amount"] for u in unpaid.values()) == c.others_total + sum(
        c[r].total for r in ("dead", "mistaken", "unpaid", "absent")
    )


def january(o: Office, c: Cast) -> dict[str, Any]:
    """January's round; returns what its report back must show (see report_back_checks)."""
    register = derive_register(
        o.root / "jan.xlsx",
        "Tháng 01 năm 2027",
        {c["moved"].code: POINT_NAMES[CN]},
        {c["raised"].code: RAISE},
    )
    imported = o.at_office("import-register", register, "--month", JAN, "--skip-invalid")
    assert imported["held"] == 2
    warned = {(w["code"], w["person"]) for w in imported["warnings"] if "person" in w}
    assert {
        ("reported_deceased", c["dead"].code),
        ("reported_deceased", c["mistaken"].code),
        ("moved_point", c["moved"].code),
        ("amount_changed", c["raised"].code),
    } <= warned
    holds = o.at_office("holds", "--month", JAN)
    assert holds["held"] == 2 and {h["kind"] for h in holds["holds"]} == {"reported_deceased"}
    dead = next(h for h in holds["holds"] if h["code"] == c["dead"].code)
    assert dead["evidence"]["reported_by"] == "trưởng ấp Ba" and dead["evidence"]["source"] == "point"

    # a point cannot release a hold: only the office does, with a reason
    mistaken = c["mistaken"].code
    release = ("release", mistaken, "--month", JAN, "--reason", "báo nhầm: còn sống", "--by", "Kế toán Hoa")
    assert "this is a point desk" in o.refused("office", *release, "--data-dir", o.laptop[AP], code=2)
    released = o.at_office(*release, "--out", o.root / "release")
    assert released["listed"] == "draft" and released["hold"]["state"] == "released"

    carried = o.at_office("carry-arrears", "--from", DEC, "--to", JAN)
    lines = {line["code"]: line for line in carried["carried"]}
    assert len(lines) == 3 + c.others and carried["mode"] == "carry"
    assert lines[c["unpaid"].code] == {
        "code": c["unpaid"].code, "name": lines[c["unpaid"].code]["name"], "point_code": AP,
        "amount": c["unpaid"].total, "months": [DEC],
    }  # fmt: skip
    assert lines[mistaken]["amount"] == c["mistaken"].total  # the overruled death report stops nothing
    assert carried["skipped"] == [{"code": c["dead"].code, "reason": "deceased"}]
    issued = o.issue(JAN)
    assert issued["held"] == 1
    files = {f["point_code"]: f for f in issued["files"]}
    assert (files[AP]["beneficiaries"], files[CN]["beneficiaries"]) == (65 - 2, 72 + 1)
    for point in (AP, CN):
        o.load(point, files[point]["path"])
    assert "no beneficiary with code" in o.refused(
        "point", "pay", c["dead"].code, "--thumbprint", "--data-dir", o.laptop[AP]
    )
    stopped = o.at_office("confirm-stop", c["dead"].code, "--month", JAN, "--reason", "đã mất 01/12/2026")
    assert stopped["hold"]["state"] == "confirmed" and stopped["amendment"] is None

    # the family's funeral payment, paid at the offline point to the relative the office named, signed
    funeral = o.at_office(
        "amend", "--month", JAN, "--point", AP, "--add-payment", c["dead"].code, "--kind", "funeral",
        "--amount", "18.000.000", *RELATIVE, "--reason", "QĐ 15/QĐ-LĐTBXH", "--out", o.root / "funeral",
    )  # fmt: skip
    [change] = funeral["changes"]
    assert (change["code"], change["amount"]) == (f"{c['dead'].code}#1", 18_000_000)
    o.load(AP, funeral["path"])
    line = change["code"]
    assert "Lê Thị Hai" in o.refused("point", "pay", line, "--thumbprint", "--data-dir", o.laptop[AP])
    signature = o.root / "relative.png"
    signature.write_bytes(stroke_png(15))
    family = o.at(AP, "pay", line, "--standing-proxy", "--proxy-id", RELATIVE[3], "--proxy-id-checked",
                  "--signature", signature)  # fmt: skip
    assert (family["recipient"], family["amount"]) == ("Lê Thị Hai", 18_000_000)

    # a transfer: stopped at An Phước, added at Cái Nhum, in one step; paid once, at the new point
    moving = c["transfer"].code
    moved = o.at_office("transfer", moving, "--to", CN, "--month", JAN, "--date", "2026-12-02",
                        "--out", o.root / "transfer")  # fmt: skip
    assert (moved["from"]["point_code"], moved["to"]["point_code"]) == (AP, CN)
    o.load(AP, moved["from"]["path"])
    o.load(CN, moved["to"]["path"])
    assert "stopped" in o.refused("point", "pay", moving, "--thumbprint", "--data-dir", o.laptop[AP])
    assert o.pay(CN, moving) == c["transfer"].total
    assert "already paid" in o.refused("point", "pay", moving, "--thumbprint", "--data-dir", o.laptop[CN])

    # December's unpaid: January's allowance and the arrears line, paid once
    assert o.pay(AP, c["unpaid"].code) == 2 * c["unpaid"].total
    assert "already paid" in o.refused("point", "pay", c["unpaid"].code, "--data-dir", o.laptop[AP])
    assert o.pay(AP, mistaken) == 2 * c["mistaken"].total  # released: January and December's arrears
    done = {c[r].code for r in ("dead", "mistaken", "unpaid", "transfer", "moved")}
    paid_ap = o.pay_all_but(AP, c.ap, done) + 2 * c["unpaid"].total + 2 * c["mistaken"].total
    paid_cn = o.pay_all_but(CN, [*c.cn, c["moved"]], {c["absent"].code, c["lapsed"].code})
    paid_cn += c["transfer"].total  # the raised person was paid the new amount (in the sum)
    o.sync(JAN)

    status = o.point_status(JAN)
    ap, cn = status[AP], status[CN]
    paid_ap += 18_000_000  # the family's line is paid on An Phước's list, not as anyone's allowance
    assert (ap["paid_count"], ap["paid_amount"], ap["stopped_count"], ap["unpaid_count"]) == (
        63,
        paid_ap,
        1,
        0,
    )
    assert (ap["stopped_amount"], ap["exceptions"]) == (c["transfer"].total, {})
    assert (cn["paid_count"], cn["paid_amount"], cn["unpaid_count"], cn["stopped_count"]) == (
        72,
        paid_cn,
        2,
        0,
    )
    arrears_ap = c["unpaid"].total + c["mistaken"].total
    ap_total = sum(p.total for p in c.ap) - c["dead"].total - c["moved"].total + arrears_ap + 18_000_000
    cn_total = sum(p.total for p in c.cn) + c["moved"].total + c["transfer"].total + RAISE + c["absent"].total
    settlement = {AP: (64, ap_total, 63, paid_ap), CN: (74, cn_total, 72, paid_cn)}
    assert o.settlement(JAN) == settlement
    closed = o.at_office("close-month", JAN)
    unpaid = {u["code"]: u["amount"] for u in closed["unpaid"]}
    assert len(unpaid) == 2 + c.others
    assert unpaid[c["absent"].code] == 2 * c["absent"].total and unpaid[c["lapsed"].code] == c["lapsed"].total
    assert o.at_office("recover", "--month", JAN)["count"] == 0  # no payout after a death on record
    return {
        "deaths": [
            (c["dead"].code, "2026-12-01", "point", "trưởng ấp Ba")
        ],  # December's; the mistaken one released
        "released": c["mistaken"].code,
        "moves": [(c["moved"].code, AP, CN), (c["transfer"].code, AP, CN)],  # by the register; by transfer
        "arrears_carried": {code: line["amount"] for code, line in lines.items()},  # December's, into January
        "family": (change["code"], 18_000_000, "Lê Thị Hai"),
        "to_recover": 0,
        "settlement": settlement,  # (people, cash total, paid count, paid amount) per point
        "unpaid": unpaid,  # January's, at its closing
    }


def february(o: Office, c: Cast) -> None:
    moves = {c["moved"].code: POINT_NAMES[CN], c["transfer"].code: POINT_NAMES[CN]}
    register = derive_register(o.root / "feb.xlsx", "Tháng 02 năm 2027", moves, {c["raised"].code: RAISE})
    imported = o.at_office("import-register", register, "--month", FEB, "--skip-invalid")
    assert imported["held"] == 1  # the deceased, still on the register; not the released, not the moved
    carried = o.at_office("carry-arrears", "--from", JAN, "--to", FEB)
    lines = {line["code"]: line for line in carried["carried"]}
    assert len(lines) == 2 + c.others and c["unpaid"].code not in lines  # paid in January: nothing again
    absent = lines[c["absent"].code]  # January's unpaid amount held December's line: one line, two months
    assert (absent["amount"], absent["months"]) == (2 * c["absent"].total, [DEC, JAN])
    assert (lines[c["lapsed"].code]["amount"], lines[c["lapsed"].code]["months"]) == (
        c["lapsed"].total,
        [JAN],
    )
    again = o.at_office("carry-arrears", "--from", DEC, "--to", FEB)  # December's, a second time: nothing
    skipped = {(s["code"], s["reason"]) for s in again["skipped"]}
    once = {c["unpaid"].code, c["mistaken"].code, *(code for code in lines if code != c["lapsed"].code)}
    assert again["carried"] == [] and skipped == {(code, "already_carried") for code in once} | {
        (c["dead"].code, "deceased")
    }

    issued = o.issue(FEB)
    files = {f["point_code"]: f for f in issued["files"]}
    for point in (AP, CN):
        o.load(point, files[point]["path"])
    # February's round has only begun: the cast collect, nothing owed from January is paid twice
    assert [o.pay(AP, c[r].code) for r in ("unpaid", "mistaken")] == [c["unpaid"].total, c["mistaken"].total]
    paid_cn = [o.pay(CN, c[r].code) for r in ("moved", "transfer", "raised")]
    assert paid_cn == [c["moved"].total, c["transfer"].total, c["raised"].total + RAISE]
    o.sync(FEB)
    status = o.point_status(FEB)
    assert (status[AP]["paid_count"], status[AP]["paid_amount"]) == (
        2,
        c["unpaid"].total + c["mistaken"].total,
    )
    assert (status[CN]["paid_count"], status[CN]["paid_amount"]) == (3, sum(paid_cn))

    flagged = o.at_office("unclaimed", "--months", "2")
    people = {p["code"]: p for p in flagged["people"]}
    assert (flagged["month"], flagged["count"]) == (FEB, 2 + c.others)
    assert (people[c["lapsed"].code]["run"], people[c["lapsed"].code]["months"]) == (2, [JAN, FEB])
    assert people[c["absent"].code]["run"] == 3 and people[c["absent"].code]["point_code"] == CN
    assert o.at_office("unclaimed", "--months", "3")["count"] == 1 + c.others


@dataclass
class Played:
    """What the round left behind, for the report-back read-back."""

    office: Office
    cast: Cast
    seconds: float
    january: dict[str, Any]  # what January's report back must show


@pytest.fixture(scope="module")
def played(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Played]:
    if not SAMPLE_REGISTER.exists():
        pytest.skip(f"the shared sample register is not beside the repo ({SAMPLE_REGISTER})")
    root = tmp_path_factory.mktemp("three-months")
    started = time.perf_counter()
    with isolated(root) as cli:
        o, c = Office(cli, root), cast()
        december(o, c)
        facts = january(o, c)
        february(o, c)
        yield Played(o, c, time.perf_counter() - started, facts)


def test_three_months_at_the_office(played: Played) -> None:
    """The round ran (every step asserted in the fixture); one person's three months as `office person` shows
    them: December unpaid and carried, January paid once with December's arrears line, February paid."""
    o, c = played.office, played.cast
    person = o.at_office("person", c["unpaid"].code)
    months = [(m["month"], m["outcome"], m["paid_amount"], m["payouts"]) for m in person["months"]]
    total = c["unpaid"].total
    assert months == [(DEC, "unpaid", 0, 0), (JAN, "paid", 2 * total, 1), (FEB, "paid", total, 1)]
    assert [(a["from_month"], a["amount"], a["months"]) for a in person["arrears"]] == [(DEC, total, [DEC])]
    dead = o.at_office("person", c["dead"].code)
    assert dead["death"]["reported_by"] == "trưởng ấp Ba" and dead["death"]["date"] == "2026-12-01"
    [family] = dead["family_payments"]
    assert (family["recipient_name"], family["amount"], family["paid"]["recipient"]) == (
        "Lê Thị Hai",
        18_000_000,
        "Lê Thị Hai",
    )


def test_report_back_reads_back(played: Played) -> None:
    report_back_checks(played.office, JAN, played.january)
