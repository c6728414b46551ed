"""The demo rounds show issue 17 too: the office's month has people paid by bank transfer, its batches
written and one bank's results back (a failure on the cash list); the clerk's round has a sign-up."""

from __future__ import annotations

from pathlib import Path

from payout_desk.services.demo import DEMO_PASSPHRASE, make_demo_round, make_office_demo
from payout_desk.services.office.desk import OfficeDesk
from payout_desk.services.point.desk import PointDesk


def _passphrase(_new: bool) -> str:
    return DEMO_PASSPHRASE


def test_the_office_demo_pays_some_by_transfer_and_balances(tmp_path: Path) -> None:
    demo = make_office_demo(tmp_path)
    assert sorted(p.name for p in (tmp_path / "chuyen-khoan").glob("*.manifest.json"))  # a batch per bank
    with OfficeDesk(demo.office_dir, passphrase=_passphrase) as office:
        status = office.status.month(demo.month)
        settled = status.settlement
        total = settled.total
        assert settled.problems() == []
        assert total.all_issued == total.paid + total.transfer_paid + total.all_unpaid + total.stopped
        states = {(f.bank_bin, f.state) for f in status.transfers}
        assert ("970405", "paid") in states and (
            "970436",
            "sent",
        ) in states  # Agribank back, the rest waiting
        assert total.transfer_to_cash.people == 1 and total.transfer_paid.people >= 5
        assert 0.05 < total.transfer_issued.people / total.all_issued.people < 0.25
    assert len(list((tmp_path / "amend").glob("*_bao-giam-tang-*.pdamend"))) >= 2  # the stop and the failure


def test_the_clerks_demo_has_a_sign_up_for_payment_by_account(tmp_path: Path) -> None:
    demo = make_demo_round(tmp_path)
    with PointDesk(demo.point_dir, passphrase=_passphrase) as point:
        signed = point.signups.all()
    assert len(signed) == 1 and signed[0].bank_bin == "970405" and signed[0].account == "7100205123456"
