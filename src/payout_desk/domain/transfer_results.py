"""Matching a bank's result lines to the month's transfers (issue 17 item 3), the pure rule: never guess.

A line is matched by the beneficiary's code its content carries ("… – NCC002") and must then agree on the
account and the amount; a line without a code matches only when exactly one sent transfer has its account
and amount. Whatever does not match exactly one transfer that was sent — no transfer, two, another amount,
another account, a transfer never sent, a second line for one transfer, a result that contradicts the one
already recorded, a status or an account the desk cannot read — is flagged and changes nothing for anyone.
A line that says again what is already recorded (the same file imported twice) is `unchanged`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum


class Outcome(StrEnum):
    """What the bank's line says."""

    PAID = "paid"
    FAILED = "failed"
    UNKNOWN = "unknown"  # a status the desk does not know: flagged, never applied


class Verdict(StrEnum):
    PAID = "paid"  # recorded paid by transfer now
    FAILED = "failed"  # recorded failed now
    UNCHANGED = "unchanged"  # already recorded so (the same result taken in again)
    FLAGGED = "flagged"  # changes nothing: see Flag


class Flag(StrEnum):
    NO_MATCH = "no-match"  # no transfer of the month has this code, or this account and amount
    TWO_MATCHES = "two-matches"  # no code, and several transfers have this account and amount
    AMOUNT_DIFFERS = "amount-differs"  # the code's transfer is for another amount
    ACCOUNT_DIFFERS = "account-differs"  # the code's transfer goes to another account
    NOT_SENT = "not-sent"  # the transfer was never put in a batch
    TWICE = "twice"  # another line of the file already answered for this transfer
    CONTRADICTS = "contradicts"  # the transfer already has another result (paid / failed / another reference)
    STATUS_UNKNOWN = "status-unknown"
    ACCOUNT_INVALID = "account-invalid"  # the line's account is no account number


SENT_STATES = ("sent", "paid", "failed")


@dataclass(frozen=True, slots=True)
class Transfer:
    """One of the month's transfer lines as the office holds it."""

    code: str
    account: str
    amount: int
    state: str  # listed | sent | paid | failed
    bank_ref: str | None = None


@dataclass(frozen=True, slots=True)
class BankLine:
    """What matching needs of one line of the bank's result."""

    row: int
    account: str  # digits; "" when the line's account is none
    amount: int
    outcome: Outcome
    reference: str = ""
    code: str | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    row: int
    code: str | None  # the transfer matched (or the code the content named, when flagged)
    verdict: Verdict
    flag: Flag | None = None


def decide(lines: Sequence[BankLine], transfers: Sequence[Transfer]) -> list[Decision]:
    """One decision per line, in the file's order."""
    by_code = {t.code: t for t in transfers}
    folded = {t.code.casefold(): t for t in transfers}
    by_pair: dict[tuple[str, int], list[Transfer]] = defaultdict(list)
    for t in transfers:
        if t.state in SENT_STATES:
            by_pair[(t.account, t.amount)].append(t)
    answered: set[str] = set()
    found = []
    for line in lines:
        decision = _decide(line, by_code, folded, by_pair, answered)
        if decision.verdict != Verdict.FLAGGED and decision.code is not None:
            answered.add(decision.code)
        found.append(decision)
    return found


def _decide(
    line: BankLine,
    by_code: dict[str, Transfer],
    folded: dict[str, Transfer],
    by_pair: dict[tuple[str, int], list[Transfer]],
    answered: set[str],
) -> Decision:
    def flagged(flag: Flag, code: str | None = line.code) -> Decision:
        return Decision(line.row, code, Verdict.FLAGGED, flag)

    if not line.account:
        return flagged(Flag.ACCOUNT_INVALID)
    if line.outcome == Outcome.UNKNOWN:
        return flagged(Flag.STATUS_UNKNOWN)
    if line.code is not None:
        transfer = by_code.get(line.code) or folded.get(line.code.casefold())
        if transfer is None:
            return flagged(Flag.NO_MATCH)
        if transfer.state not in SENT_STATES:
            return flagged(Flag.NOT_SENT, transfer.code)
        if transfer.account != line.account:
            return flagged(Flag.ACCOUNT_DIFFERS, transfer.code)
        if transfer.amount != line.amount:
            return flagged(Flag.AMOUNT_DIFFERS, transfer.code)
    else:
        candidates = by_pair.get((line.account, line.amount), [])
        if len(candidates) != 1:
            return flagged(Flag.NO_MATCH if not candidates else Flag.TWO_MATCHES)
        transfer = candidates[0]
    if transfer.state not in SENT_STATES:
        return flagged(Flag.NOT_SENT, transfer.code)
    if transfer.code in answered:
        return flagged(Flag.TWICE, transfer.code)
    return _against_recorded(line, transfer)


def _against_recorded(line: BankLine, transfer: Transfer) -> Decision:
    """The line against what the office already recorded for the transfer."""
    said = Verdict.PAID if line.outcome == Outcome.PAID else Verdict.FAILED
    if transfer.state == "sent":
        return Decision(line.row, transfer.code, said)
    same_ref = (transfer.bank_ref or "") == line.reference
    if transfer.state == said.value and same_ref:
        return Decision(line.row, transfer.code, Verdict.UNCHANGED)
    return Decision(line.row, transfer.code, Verdict.FLAGGED, Flag.CONTRADICTS)
