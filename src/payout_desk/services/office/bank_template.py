"""`office.bank_templates`: the column layout of the bank batch files (issue 17) — one for every bank, and
one per bank where a bank's import wants another — kept in the office's settings (`transfer_templates`:
JSON {"default": {...}, "970405": {...}})."""

from __future__ import annotations

import json
from typing import Any

from payout_desk.domain.transfer_batch import TemplateError, TransferTemplate, template_from
from payout_desk.exchange.bank_table import bank_table
from payout_desk.lang import t
from payout_desk.services.common.desk import OFFICE_LOCK, Desk
from payout_desk.services.common.errors import InvalidInput
from payout_desk.store.settings import put_setting, setting

SETTING = "transfer_templates"
DEFAULT = "default"


class BankTemplates:
    """Reading and saving the batch templates."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def _stored(self) -> dict[str, Any]:
        with self.desk.db.reading() as session:
            text = setting(session, SETTING)
        return json.loads(text) if text else {}

    def bank_key(self, bank: str) -> str:
        """The BIN of the bank a --bank option names; refused (InvalidInput) when the table has none."""
        found = bank_table().by_bin(bank.strip()) or bank_table().find(bank)
        if found is None:
            raise InvalidInput(t("bank.unknown_bank_option", bank=bank))
        return found.bin

    def template(self, bank_bin: str | None = None) -> TransferTemplate:
        """The bank's own template if it has one, else the office's default, else the built-in one."""
        stored = self._stored()
        value = stored.get(bank_bin or DEFAULT) or stored.get(DEFAULT)
        return template_from(value) if value else TransferTemplate()

    def all(self) -> dict[str, dict[str, object]]:
        """Every template by key ("default", or a bank's BIN), the built-in default when none is saved."""
        stored = {key: template_from(value).as_json() for key, value in self._stored().items()}
        return {DEFAULT: TransferTemplate().as_json(), **stored}

    def save(self, value: object, *, bank: str | None = None) -> TransferTemplate:
        """A template saved for `bank` (a BIN or a name the table knows) or for every bank; InvalidInput
        names what is wrong with it, nothing saved."""
        key = self.bank_key(bank) if bank else DEFAULT
        try:
            template = template_from(value)
        except TemplateError as exc:
            raise InvalidInput(exc.text) from exc
        with self.desk.db.transaction(OFFICE_LOCK) as session:
            text = setting(session, SETTING)
            stored = json.loads(text) if text else {}
            stored[key] = template.as_json()
            put_setting(session, SETTING, json.dumps(stored, ensure_ascii=False, sort_keys=True))
        self.desk.attribute("transfer-template", None, bank=key, columns=list(template.columns))
        return template
