"""Office clerks and roles (issue 16): signing in, preparing and approving (maker–checker), the audit
export for inspectors."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "roles.role_unknown": (
        "Không có vai trò “{role}”; chọn một trong: {choices}.",
        "There is no role “{role}”; choose one of: {choices}.",
    ),
    "roles.unknown": (
        "“{name}” không phải cán bộ của bưu cục. Cán bộ: {names}.",
        "“{name}” is not a clerk of this office. Its clerks: {names}.",
    ),
    "roles.by_needed": (
        "Bưu cục đã có cán bộ: cán bộ mới phải do một người duyệt (giữ khóa) thêm, với họ tên và mã PIN "
        "của người đó.",
        "This office already has clerks: a new clerk is added by an approver (the key holder), with that "
        "approver's name and PIN.",
    ),
    "roles.only_approver_adds": (
        "“{name}” không phải người duyệt: chỉ người duyệt (giữ khóa) mới thêm được cán bộ. Chưa thêm ai.",
        "“{name}” is not an approver: only an approver (the key holder) adds clerks. Nobody was added.",
    ),
    "roles.exists": (
        "Bưu cục đã có cán bộ “{name}”; chọn tên khác. Chưa thêm ai.",
        "This office already has a clerk “{name}”; choose another name. Nobody was added.",
    ),
    "roles.first_is_approver": (
        "Cán bộ đầu tiên của bưu cục là người duyệt (giữ khóa ký): thêm người đó trước.",
        "The office's first clerk is an approver (who holds the signing key): add them first.",
    ),
    "roles.sign_in_needed": (
        "Bưu cục làm việc theo cán bộ: hãy đăng nhập bằng họ tên và mã PIN trước.",
        "This office works by clerks: sign in with your name and PIN first.",
    ),
    "roles.sign_by_approval": (
        "Bưu cục làm việc theo cán bộ: việc ký bằng khóa của bưu cục chỉ làm khi người duyệt duyệt việc "
        "một cán bộ khác đã lập. Chưa ký gì.",
        "This office works by clerks: the office key signs only when an approver approves what another "
        "clerk prepared. Nothing was signed.",
    ),
    "roles.reason_needed": ("Cần ghi lý do.", "Give the reason."),
    "roles.no_clerks": (
        "Bưu cục chưa có cán bộ nào, nên không có việc chờ duyệt.",
        "This office has no clerks yet, so nothing waits for approval.",
    ),
    "roles.not_approver": (
        "“{name}” là cán bộ lập, không phải người duyệt: chỉ người duyệt (giữ khóa) mới duyệt hoặc trả lại. "
        "Chưa thay đổi gì.",
        "“{name}” is a clerk, not an approver: only an approver (the key holder) approves or rejects. "
        "Nothing was changed.",
    ),
    "roles.no_item": ("Không có việc chờ duyệt số {id}.", "There is no pending item {id}."),
    "roles.decided": (
        "Việc số {id} đã được xử lý ({state}, {name}). Chưa thay đổi gì.",
        "Item {id} was already decided ({state}, {name}). Nothing was changed.",
    ),
    "roles.same_person": (
        "“{name}” đã lập việc số {id}, nên không tự duyệt được: một người duyệt khác phải duyệt. "
        "Chưa thay đổi gì.",
        "“{name}” prepared item {id}, so cannot approve it: another approver must. Nothing was changed.",
    ),
    "roles.audit_head": (
        "Hồ sơ kiểm tra tháng {month} — {office}",
        "Audit export for {month} — {office}",
    ),
    "roles.audit_counts": (
        "{events} bản ghi chi trả của các điểm, {actions} việc của cán bộ bưu cục, {items} việc lập/duyệt.",
        "{events} records from the points, {actions} office actions, {items} items prepared/approved.",
    ),
    "roles.audit_verify_ok": (
        "Kiểm tra toàn vẹn (audit verify): không có chỗ hỏng ({counts}).",
        "Integrity check (audit verify): no break ({counts}).",
    ),
    "roles.audit_verify_broken": (
        "Kiểm tra toàn vẹn (audit verify): CÓ CHỖ HỎNG — xem audit.json, mục audit_verify.",
        "Integrity check (audit verify): BREAKS FOUND — see audit.json, audit_verify.",
    ),
    "roles.audit_chain_ok": (
        "Chuỗi việc của cán bộ bưu cục: mỗi dòng khớp mã băm của nó và dòng trước.",
        "The office actions' chain: every row agrees with its hash and the one before.",
    ),
    "roles.audit_chain_broken": (
        "Chuỗi việc của cán bộ bưu cục: CÓ DÒNG KHÔNG KHỚP mã băm (cột hash_ok).",
        "The office actions' chain: SOME ROWS DO NOT AGREE with their hash (column hash_ok).",
    ),
    "roles.audit_files": ("Các tệp (mã SHA-256):", "The files (SHA-256):"),
    "roles.cli_added": ("Đã thêm cán bộ {name} ({role}).", "Added clerk {name} ({role})."),
    "roles.cli_nothing_pending": ("Không có việc nào chờ duyệt.", "Nothing waits for approval."),
    "roles.cli_approved": ("{name} đã duyệt và ký việc số {id}:", "{name} approved and signed item {id}:"),
    "roles.cli_rejected": ("{name} đã trả lại việc số {id}.", "{name} rejected item {id}."),
    "roles.prepared": (
        "Đã lập việc số {id}: chờ một người duyệt khác duyệt và ký (Bưu cục → Việc chờ duyệt). Chưa ký gì.",
        "Prepared item {id}: it waits for another approver to approve and sign it (Bưu cục → Việc chờ duyệt). "
        "Nothing was signed yet.",
    ),
}
