"""A point's payout list for a month: who is to be paid what (khoản chi), as the office issued it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from payout_desk.domain.oneoff import OneOffPayment

from payout_desk.domain.list_history import ListHistory


class ListStatus(StrEnum):
    """A stored revision of a list (payout_lists.status): the office's draft or issued one, a point's loaded one."""

    DRAFT = "draft"  # imported from the register, not yet issued
    ISSUED = "issued"
    LOADED = "loaded"


class FileKind(StrEnum):
    """The signed files a list travels in (their manifest's "kind"): the list, its amendments, a laptop's
    history of it."""

    LIST = "list"
    AMENDMENT = "amendment"
    SYNC = "sync"


class ChangeKind(StrEnum):
    """What an amendment does to a list."""

    STOP = "stop"  # báo giảm: the beneficiary is no longer paid
    ADD = "add"  # báo tăng: a beneficiary added to the list
    PAYMENT = "payment"  # a one-off payment to a deceased person's family (domain/oneoff.py)


@dataclass(frozen=True, slots=True)
class PayLine:
    """One line to pay: the allowance kind, its label as on the register, whole đồng."""

    kind: str
    label: str
    amount: int


@dataclass(frozen=True, slots=True)
class ListedBeneficiary:
    code: str
    name: str
    birth_year: int | None
    birth_date: str | None  # ISO date when the register gave one
    sex: str | None  # "M" / "F"
    cccd: str | None
    address: str
    village: str
    commune: str
    category: str
    home_visit: bool
    proxy_name: str | None
    proxy_relation: str | None
    notes: str
    lines: tuple[PayLine, ...]
    history: ListHistory | None = None  # the person's last months, as the office issued them (issue 15)

    @property
    def total(self) -> int:
        return sum(line.amount for line in self.lines)

    @property
    def has_proxy(self) -> bool:
        return bool(self.proxy_name)


@dataclass(frozen=True, slots=True)
class EnrolledDevice:
    """A device key the office enrolled for the point (devices of one point verify each other)."""

    name: str
    public_key: str  # base64 of the raw 32 bytes
    key_id: str


@dataclass(frozen=True, slots=True)
class ListRef:
    """Which list: one revision of one point's list for a month. Files, headers and the loaded list build
    on it (their first five fields, in this order), so a header and the list it names agree field by field."""

    list_id: str
    revision: int
    month: str
    point_code: str
    point_name: str

    @property
    def ref(self) -> ListRef:
        """Just the list's identity (a subclass's other fields left out)."""
        return ListRef(*self.ref_fields)

    @property
    def ref_fields(self) -> tuple[str, int, str, str, str]:
        """The identity's fields in order: the first arguments of any class built on ListRef."""
        return (self.list_id, self.revision, self.month, self.point_code, self.point_name)


@dataclass(frozen=True, slots=True)
class PayoutListDoc(ListRef):
    """The content of one revision of one point's list."""

    office_name: str
    issued_at: str
    beneficiaries: tuple[ListedBeneficiary, ...]
    devices: tuple[EnrolledDevice, ...] = ()
    office_import_key: str | None = None  # the office's opening key (sync files sealed to it too), base64

    @property
    def cash_total(self) -> int:
        return sum(line.amount for b in self.beneficiaries for line in b.lines)  # each one's total, summed

    @property
    def home_visits(self) -> int:
        return sum(1 for b in self.beneficiaries if b.home_visit)

    @property
    def proxies(self) -> int:
        return sum(1 for b in self.beneficiaries if b.has_proxy)


STOP_REASONS = ("deceased", "moved", "other")
STOP_REASON_VI = {"deceased": "đã mất", "moved": "chuyển đi", "other": "lý do khác"}
STOP_REASON_EN = {"deceased": "deceased", "moved": "moved away", "other": "other reason"}


@dataclass(frozen=True, slots=True)
class Change:
    """One amendment to an issued list: a stop (báo giảm) or an added beneficiary (báo tăng)."""

    seq: int  # 1, 2, 3 … per list, in the order the office made them
    kind: str  # a ChangeKind
    code: str
    issued_at: str
    reason: str | None = None  # stop: deceased | moved | other
    date: str | None = None  # stop: effective date YYYY-MM-DD
    beneficiary: ListedBeneficiary | None = None  # add; payment: its line (oneoff.payment_beneficiary)
    payment: OneOffPayment | None = None  # payment


@dataclass(frozen=True, slots=True)
class AmendmentDoc:
    """All amendments so far to one list (cumulative: the newest file carries every earlier change)."""

    list_id: str
    month: str
    point_code: str
    point_name: str
    office_name: str
    issued_at: str
    changes: tuple[Change, ...]

    @property
    def last_seq(self) -> int:
        return self.changes[-1].seq if self.changes else 0
