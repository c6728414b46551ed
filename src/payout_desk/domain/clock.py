"""Time: stored in UTC, shown in Vietnam's time (UTC+7, no daylight saving)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

VN_TZ = timezone(timedelta(hours=7), "ICT")


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_local(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("a naive datetime has no known time zone")
    return moment.astimezone(VN_TZ)


def iso_utc(moment: datetime) -> str:
    """'2026-12-01T02:03:04.123456Z' — fixed width, sorts as text."""
    if moment.tzinfo is None:
        raise ValueError("a naive datetime has no known time zone")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_iso_utc(text: str) -> datetime:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError(f"{text!r} has no time zone")
    return moment.astimezone(UTC)


def vn_date(text: str) -> str:
    """'2026-12-03…' → '03/12/2026', the way dates are written on Vietnamese papers ('' stays '')."""
    if len(text) < 10:
        return text
    return f"{text[8:10]}/{text[5:7]}/{text[0:4]}"


def vn_datetime(text: str) -> str:
    """A local ISO time '2026-12-03T08:05:00+07:00' → '03/12/2026 08:05'."""
    if len(text) < 16:
        return vn_date(text)
    return f"{vn_date(text)} {text[11:16]}"


def vn_from_utc(text: str) -> str:
    """A stored UTC time '2026-12-03T01:05:00Z' as Vietnam reads it: '03/12/2026 08:05' ('' stays '')."""
    if not text:
        return ""
    return vn_datetime(to_local(parse_iso_utc(text)).isoformat())
