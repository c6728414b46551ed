"""Home visits: the people to pay at home, grouped by village, in the order a clerk walks them."""

from __future__ import annotations

from collections import defaultdict

from payout_desk.domain.fold import Status
from payout_desk.domain.money import format_vnd
from payout_desk.domain.text import vn_collation_key
from payout_desk.services.point.roster import RosterRow
from payout_desk.ui.qt import QDialog, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget
from payout_desk.ui.roster_model import status_text


def by_village(rows: list[RosterRow]) -> list[tuple[str, list[RosterRow]]]:
    """Home-visit beneficiaries by village (Vietnamese order), the unpaid first within each."""
    groups: dict[str, list[RosterRow]] = defaultdict(list)
    for row in rows:
        if row.home_visit:
            groups[row.village or "—"].append(row)
    return [
        (village, sorted(people, key=lambda r: (r.status == Status.PAID, r.sort_key)))
        for village, people in sorted(groups.items(), key=lambda item: vn_collation_key(item[0]))
    ]


class RouteDialog(QDialog):
    def __init__(self, rows: list[RosterRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chi tại nhà — theo thôn/ấp"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        groups = by_village(rows)
        left = sum(1 for _v, people in groups for r in people if r.status != Status.PAID)
        self.summary = QLabel(
            self.tr("%d người cần đến nhà, còn %d người chưa chi") % (sum(len(p) for _v, p in groups), left)
        )
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("Thôn/ấp — người nhận"), self.tr("Mã"), self.tr("Số tiền"), self.tr("Trạng thái")]
        )
        for village, people in groups:
            unpaid = sum(1 for r in people if r.status != Status.PAID)
            node = QTreeWidgetItem([f"{village} ({unpaid}/{len(people)})", "", "", ""])
            for r in people:
                node.addChild(QTreeWidgetItem([r.name, r.code, format_vnd(r.total), status_text(r)]))
            self.tree.addTopLevelItem(node)
            node.setExpanded(True)
        self.tree.setColumnWidth(0, 320)
        layout.addWidget(self.tree)
