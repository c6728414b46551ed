"""The office's list of a month's sign-ups for payment by account (issue 17 item 5), as plain values: what
services/office/signups.py builds and exchange/signups_xlsx.py writes."""

from __future__ import annotations

from dataclasses import dataclass

from payout_desk.domain.signup import SignupFlag


@dataclass(frozen=True, slots=True)
class SignupLine:
    signup_id: str
    code: str
    name: str
    point_code: str
    point_name: str
    bank_bin: str
    bank: str  # the bank's short name ("" when the table does not know the BIN)
    account: str
    holder: str
    holder_mismatch: bool
    phone: str
    source: str  # typed | qr
    thumbprint: bool
    staff: str
    device_name: str
    device_id: str
    at_local: str
    replaces: str | None
    reason: str
    current: bool  # not replaced by a later sign-up on the same laptop
    flags: tuple[SignupFlag, ...]


@dataclass(frozen=True, slots=True)
class SignupSheet:
    month: str
    office_name: str
    made_at: str
    lines: tuple[SignupLine, ...]

    @property
    def flagged(self) -> int:
        return sum(1 for line in self.lines if line.flags)
