"""The month-to-month settings at the office (`office.month_settings`, issue 15): the unclaimed watch's two
thresholds (office/unclaimed.py), how arrears go onward (office/arrears.py) and how much a person's monthly
amount may change from one register to the next before the import flags it (office/register_history.py) —
read together and saved together, all checked before any is written (the window's "Cài đặt")."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy.orm import Session

from payout_desk.domain.door_text import MAX_MONEY
from payout_desk.domain.money import AmountError, parse_amount
from payout_desk.lang import t
from payout_desk.services.common.desk import OFFICE_LOCK, Desk
from payout_desk.services.common.errors import InvalidInput
from payout_desk.services.office.arrears import arrears_mode, set_arrears_mode
from payout_desk.services.office.register_history import THRESHOLD_SETTING
from payout_desk.services.office.unclaimed import put_thresholds, thresholds_in
from payout_desk.store.settings import put_setting, setting


@dataclass(frozen=True, slots=True)
class MonthSettings:
    flag: int  # months not collected in a row before a person is flagged
    suspend: int  # … before the welfare office's rule says suspend
    arrears_mode: str  # "carry" (a line on the next month's list) or "list" (listed only)
    amount_threshold: (
        int  # đồng: a monthly amount changed by at most this much is not flagged (0: any change)
    )


def amount_threshold(value: object) -> int:
    """A threshold typed in đồng ("200.000", "200000 đ"; blank is 0): whole đồng, 0 or more."""
    try:
        found = parse_amount(value)
    except AmountError as exc:
        raise InvalidInput(exc.text) from exc
    if found is not None and found > MAX_MONEY:
        raise InvalidInput(t("settings.amount_too_large", value=value))
    return found or 0


def settings_in(session: Session) -> MonthSettings:
    limits = thresholds_in(session)
    return MonthSettings(
        limits.flag, limits.suspend, arrears_mode(session), int(setting(session, THRESHOLD_SETTING) or 0)
    )


class MonthSettingsPart:
    """`office.month_settings`: the month-to-month settings, read and saved in one step."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def current(self) -> MonthSettings:
        with self.desk.db.reading() as session:
            return settings_in(session)

    def save(
        self,
        *,
        flag: object = None,
        suspend: object = None,
        mode: str | None = None,
        threshold: object = None,
    ) -> MonthSettings:
        """Change any of the settings (None keeps one); a bad value is one sentence and changes nothing."""
        self.desk.require_identity("office")
        amount = amount_threshold(threshold) if threshold is not None else None
        with self.desk.db.transaction(OFFICE_LOCK) as session:
            put_thresholds(session, flag, suspend)
            if mode is not None:
                set_arrears_mode(session, mode)
            if amount is not None:
                put_setting(session, THRESHOLD_SETTING, str(amount))
            saved = settings_in(session)
        self.desk.attribute("month-settings", None, **asdict(saved))
        return saved
