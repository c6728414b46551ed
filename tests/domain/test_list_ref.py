"""ListRef: the one declaration of a list's identity that headers, files and reports build on."""

from __future__ import annotations

from dataclasses import fields

import pytest

from payout_desk.domain.payout_list import ListRef, PayoutListDoc
from payout_desk.exchange.listfile import ListHeader
from payout_desk.exchange.syncfile import SyncHeader

IDENTITY = ("list_id", "revision", "month", "point_code", "point_name")


def test_classes_built_on_it_start_with_its_fields_in_order() -> None:
    for cls in (ListRef, PayoutListDoc, ListHeader, SyncHeader):
        assert tuple(f.name for f in fields(cls))[:5] == IDENTITY, cls


def test_ref_leaves_the_other_fields_out() -> None:
    header = SyncHeader("L-1", 2, "2026-12", "P01", "Điểm An Phước", "máy 1", "2026-12-01T01:00:00Z")
    assert header.ref == ListRef("L-1", 2, "2026-12", "P01", "Điểm An Phước")
    assert header.ref_fields == ("L-1", 2, "2026-12", "P01", "Điểm An Phước")
    assert header != header.ref  # a header is more than the list it names


def test_it_is_frozen() -> None:
    ref = ListRef("L-1", 1, "2026-12", "P01", "An Phước")
    with pytest.raises(AttributeError):
        ref.revision = 2  # type: ignore[misc]
