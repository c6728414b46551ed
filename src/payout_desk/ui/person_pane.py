"""The pane beside the table: one person's allowance explained, what to pay, and what was recorded."""

from __future__ import annotations

from payout_desk.domain.clock import vn_date, vn_datetime
from payout_desk.domain.money import format_vnd
from payout_desk.lang import t
from payout_desk.services.point.roster import Detail
from payout_desk.services.point.signups import SignedUp
from payout_desk.ui.plain import data, rich
from payout_desk.ui.qt import QLabel, Qt, QWidget
from payout_desk.ui.roster_model import status_text
from payout_desk.ui.words import english, report_text, said, stop_reason_text


class PersonPane(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        rich(self)  # our markup; every piece of data in it goes through `data`
        self.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.show_nobody()

    def show_nobody(self) -> None:
        self.setText(self.tr("Chọn một người trong danh sách."))

    def show_detail(self, d: Detail, signup: SignedUp | None = None) -> None:
        r = d.row
        born, total, status, proxy = (
            self.tr("sinh năm"),
            self.tr("Tổng"),
            self.tr("Trạng thái"),
            self.tr("Người nhận thay theo danh sách"),
        )
        notes, stopped, since = self.tr("Ghi chú"), self.tr("KHÔNG CHI: bưu cục đã báo giảm"), self.tr("từ")
        paid, own = self.tr("Đã chi"), self.tr("chính chủ")
        lines = "".join(
            f"<tr><td>{data(label)}</td><td align='right'>&nbsp;{format_vnd(amount)}</td></tr>"
            for label, amount in d.lines
        )
        help_text = d.category_help_en if english() else d.category_help
        parts = [
            f"<div style='font-size:15pt;font-weight:700'>{data(r.name)}</div>",
            f"<div>{data(r.code)} · {born} {data(r.birth_year or '—')} · {data(r.village)}</div>",
            f"<div><b>{data(r.category)}</b><br><i>{data(help_text)}</i></div>",
            f"<table>{lines}</table>",
            f"<div style='font-size:14pt;font-weight:700'>{total}: {format_vnd(r.total)}</div>",
            f"<div><i>{data(d.amount_words)}</i></div>",
            f"<div><b>{status}:</b> {data(status_text(r))}</div>",
        ]
        if r.proxy_name:
            parts.append(f"<div>{proxy}: {data(r.proxy_name)} ({data(r.proxy_relation or '—')})</div>")
        parts += self._history(d)
        if d.notes:
            parts.append(f"<div>{notes}: {data(d.notes)}</div>")
        if r.stop_reason:
            parts.append(
                f"<div style='color:#b00020;font-weight:700'>{stopped} "
                f"({data(stop_reason_text(r.stop_reason))}) {since} {data(vn_date(r.stop_date or ''))}</div>"
            )
        for p in d.payouts:
            taker = p.data.get("proxy")
            recipient = str((taker.get("name") if isinstance(taker, dict) else None) or own)
            parts.append(
                f"<div style='color:#1b5e20'>{paid} {data(vn_datetime(p.at_local))} — {data(p.staff)} — "
                f"{data(recipient)}</div>"
            )
        retired = self.tr("báo cáo của máy đã ngừng sử dụng")
        for report in d.reports:
            kind = report_text(str(report.data.get("report")))
            date = vn_date(str(report.data.get("date") or ""))
            if report.event_id in d.retired:  # it blocks nothing: said in grey, with why
                parts.append(
                    f"<div style='color:#777'>{data(kind)} ({data(date)}) — {data(report.staff)} — {data(retired)}</div>"
                )
            else:
                parts.append(
                    f"<div style='color:#8a6d00'>{data(kind)} ({data(date)}) — {data(report.staff)}</div>"
                )
        if signup is not None:  # the account masked, as anywhere the point shows or prints it
            line = self.tr("Đã đăng ký nhận qua tài khoản: %s %s (%s)") % (
                signup.bank,
                signup.account_masked,
                vn_datetime(signup.at_local),
            )
            parts.append(f"<div style='color:#0d47a1'>{data(line)}</div>")
        self.setText("".join(parts))

    @staticmethod
    def _history(d: Detail) -> list[str]:
        """The last months as the office issued them, and the mark to ask the village head (issue 15)."""
        h = d.history
        if h is None:
            return []
        shown = [f"<div><b>{data(said(t('unclaimed.earlier')))}:</b> {data(said(h.line()))}</div>"]
        if h.flagged:
            mark = said(t("unclaimed.flag", months=h.unclaimed))
            shown.append(f"<div style='color:#b00020;font-weight:700'>⚠ {data(mark)}</div>")
        return shown
