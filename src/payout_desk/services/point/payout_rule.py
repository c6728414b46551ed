"""The rule every payout obeys (domain/payout_rules.py), as the point's services apply it: the proxy's
details as they are stored, and the refusal that names what is missing."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from payout_desk.domain.payout_rules import Missing, id_number_text, payout_missing
from payout_desk.lang import Text, t
from payout_desk.services.common.errors import Refused
from payout_desk.services.common.typed import typed

if TYPE_CHECKING:
    from payout_desk.services.point.pay import Proxy

ITEM_KEYS = {
    Missing.PROXY_NAME: "payrules.proxy_name",
    Missing.PROXY_ID: "payrules.proxy_id",
    Missing.PROXY_ID_SHAPE: "payrules.proxy_id_shape",
    Missing.AUTHORISATION: "payrules.authorisation",
    Missing.ID_CHECKED: "payrules.id_checked",
    Missing.ACKNOWLEDGEMENT: "payrules.acknowledgement",
}
"""What is missing, in words the window may show (no option of the command line)."""


class PayoutIncomplete(Refused):
    """A payout refused for what it lacks (exit 3), nothing recorded: `missing` in the pay window's order,
    `id_number` the proxy's ID as given (for a sentence that says why it is not one)."""

    def __init__(self, missing: tuple[Missing, ...], id_number: str) -> None:
        self.missing, self.id_number = missing, id_number
        super().__init__(t("payrules.incomplete", items=self.items(ITEM_KEYS)))

    def items(self, keys: Mapping[Missing, str]) -> list[Text]:
        """Each missing thing in words, from `keys` (the window's, or the command line's naming options)."""
        return [Text(keys[m], {"number": self.id_number}) for m in self.missing]


def proxy_data(proxy: Proxy, *, standing: bool) -> dict[str, Any]:
    """The proxy as the payout's data stores it: typed text through the door, the ID without spaces; the
    list's proxy (`standing`) with whether the clerk checked their ID card against the list."""
    data: dict[str, Any] = {
        "name": typed(proxy.name, "proxy_name"),
        "id_number": id_number_text(typed(proxy.id_number, "proxy_id_number")),
        "relation": typed(proxy.relation, "proxy_relation"),
        "authorisation": typed(proxy.authorisation, "authorisation"),
    }
    if standing:
        data.update(standing=True, id_checked=proxy.id_checked)
    return data


def require_complete(data: Mapping[str, Any]) -> None:
    """Refuse (PayoutIncomplete) a payout whose `data` lacks what every payout must carry."""
    missing = payout_missing(data)
    if missing:
        proxy = data.get("proxy")
        number = str(proxy.get("id_number") or "") if isinstance(proxy, Mapping) else ""
        raise PayoutIncomplete(missing, number)
