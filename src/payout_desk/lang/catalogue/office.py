"""The office's work: issuing lists, amendments, enrolling laptops, sync files' outcomes, settlement, reports, backups."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "office.report_overridden": (
        "Máy “{device}” (lần ghi #{seq}) hủy báo cáo “{report}” của máy “{target_device}” (lần ghi "
        "#{target_seq}) — lý do: {reason}. Bưu cục quyết định báo cáo nào đúng.",
        "{device} (entry #{seq}) voided the “{report}” report of {target_device} (entry #{target_seq}) — "
        "reason: {reason}. The office decides which is right.",
    ),
    "office.revision_lost": (
        "Danh sách {list_id} lần phát hành {revision} đã mất nội dung; hãy nhập lại danh sách chi trả.",
        "list {list_id} revision {revision} has lost its content; import the register again",
    ),
    "office.cannot_create_folder": (
        "Không tạo được thư mục {out_dir}: {strerror}",
        "cannot create the folder {out_dir}: {strerror}",
    ),
    "office.cannot_write_lists": (
        "Không ghi được các file danh sách vào {out_dir}: {value}",
        "cannot write the list files to {out_dir}: {value}",
    ),
    "office.no_register": (
        "Chưa nhập danh sách chi trả tháng {month}: hãy nhập danh sách chi trả (file Excel) trước.",
        "no register imported for {month}: import the register for {month} first",
    ),
    "office.no_such_point": (
        "Bưu cục không có điểm chi trả {code!r} (các điểm: {known}).",
        "no payout point {code!r} at this office (points: {known})",
    ),
    "office.point_not_issued": (
        "Chưa phát hành danh sách tháng {month} cho {code} {name}: phát hành trước đã.",
        "no list issued to {code} {name} for {month}: run `payout-desk office issue-lists` first",
    ),
    "office.bad_public_key": (
        "Mã máy không hợp lệ: {detail}",
        "the device's public key is not valid: {detail}",
    ),
    "office.device_name_needed": (
        "Đặt tên cho máy (ví dụ “An Phước – máy 1”).",
        "give the device a name (e.g. 'An Phước – laptop 1')",
    ),
    "office.own_key": (
        "Đây là mã máy của chính bưu cục, không phải của máy ở điểm chi trả.",
        "that is the office's own key, not a point device's",
    ),
    "office.stop_or_add": (
        "Chọn một việc: báo giảm một mã (kèm lý do và ngày) hoặc báo tăng từ một file.",
        "give either a stop (a code, with its reason and date) or a file of people to add",
    ),
    "office.stop_reason_unknown": (
        "Lý do báo giảm phải là một trong: {value}.",
        "the reason for a stop must be one of {value}",
    ),
    "office.stop_date_needed": (
        "Cần ngày báo giảm có hiệu lực (ví dụ ngày mất), dạng YYYY-MM-DD.",
        "a stop needs the date it takes effect (YYYY-MM-DD, e.g. the date of death)",
    ),
    "office.not_on_list": (
        "Mã {code} không có trong danh sách của {code2} tháng {month}.",
        "{code} is not on the list of {code2} for {month}",
    ),
    "office.already_stopped": (
        "Mã {code} đã báo giảm rồi (thông báo số {seq}, từ {date}).",
        "{code} is already stopped (amendment no. {seq}, from {date})",
    ),
    "office.addition_rows_errors": (
        "{name}: {count} dòng có lỗi, dòng đầu tiên là {row}: {message}; chưa báo tăng ai.",
        "{name}: {count} rows have errors, first row {row}: {message}; nothing was added",
    ),
    "office.addition_empty": (
        "File không có ai để báo tăng.",
        "the file names nobody to add",
    ),
    "office.device_other_point": (
        "Máy này đã đăng ký máy cho điểm {code} {name}; mỗi máy chỉ làm cho một điểm.",
        "this device is already enrolled for point {code} {name}; a device works for one point",
    ),
    "office.no_such_device": (
        "Không có máy đã đăng ký nào có mã {key_id!r} (xem danh sách máy).",
        "no enrolled device with key id {key_id!r} (see the devices list)",
    ),
    "office.stop_date_bad": (
        "Ngày báo giảm phải có dạng 2026-12-03, không phải {day!r}.",
        "the stop's date must be a date like 2026-12-03, not {day!r}",
    ),
    "office.addition_other_point": (
        "{code} thuộc điểm {value}, không phải {code2} {name}.",
        "{code} is for point {value}, not {code2} {name}",
    ),
    "office.addition_bank_transfer": (
        "{code} nhận qua chuyển khoản; danh sách của điểm chỉ có người nhận tiền mặt (người chuyển khoản chỉ "
        "được báo tăng khi kết quả ngân hàng báo chuyển khoản lỗi).",
        "{code} is paid by bank transfer; only cash payouts go on a point's list (a transfer person only once the "
        "bank's result says their transfer failed)",
    ),
    "office.already_on_list": (
        "{code} ({name}) đã có trong danh sách của {code2}.",
        "{code} ({name}) is already on the list of {code2}",
    ),
    "office.cannot_write_amendment": (
        "Không ghi được {path}: {value}; chưa thay đổi gì.",
        "cannot write {path}: {value}; nothing was amended",
    ),
    "office.sync_unknown_device": (
        "Được ký bởi một máy chưa đăng ký máy tại bưu cục này (mã máy {device_id}, mã kiểm tra {fingerprint}); hãy đối chiếu mã kiểm tra với điểm chi trả rồi đăng ký máy.",
        "signed by a device not enrolled at this office (key {device_id}, fingerprint {fingerprint}); enrol it with `payout-desk office enroll-device` after checking the fingerprint with the point",
    ),
    "office.sync_other_point": (
        "Máy “{name}” đã đăng ký máy cho điểm {point_code}, nhưng file là của điểm {point_code2}.",
        "device “{name}” is enrolled for point {point_code}, but the file is for point {point_code2}",
    ),
    "office.sync_unknown_list": (
        "File thuộc một danh sách bưu cục này chưa từng phát hành (danh sách {list_id}).",
        "it is for a list this office never issued (list {list_id})",
    ),
    "office.sync_list_mismatch": (
        "Danh sách {list_id} được phát hành cho {code} tháng {month}, không phải cho {point_code} tháng {month2}.",
        "the list {list_id} was issued to {code} for {month}, not to {point_code} for {month2}",
    ),
    "office.sync_unknown_revision": (
        "File ghi lần phát hành {revision} của danh sách, bưu cục chưa từng phát hành lần này.",
        "it names list revision {revision}, which this office never issued",
    ),
    "office.sync_revoked_device": (
        "Được ký bởi máy “{name}”, máy đã ngừng sử dụng từ {value}: bưu cục giữ các lần ghi đến số {kept} và không nhận số {value2}–{last_seq}.",
        "signed by device “{name}”, which was revoked on {value}: the office keeps its events up to #{kept} and refuses #{value2}–#{last_seq}",
    ),
    "office.resolution_note_needed": (
        "Xử lý sai lệch cần ghi chú (đã quyết định gì) và tên người quyết định.",
        "a resolution needs a note (what was decided) and who decided it",
    ),
    "office.no_such_conflict": (
        "Không có đúng một sai lệch {conflict_id!r} trong tháng {month_text}; xem bảng tình hình chi trả.",
        "no single conflict {conflict_id!r} in {month_text}; see `payout-desk office status`",
    ),
    "office.nothing_to_settle": (
        "Chưa phát hành danh sách nào cho tháng {month}: chưa có gì để thanh quyết toán.",
        "no lists issued for {month}: nothing to settle",
    ),
    "office.cannot_write": (
        "Không ghi được {out}: {value}",
        "cannot write {out}: {value}",
    ),
    "office.no_lists": (
        "Chưa phát hành danh sách nào cho tháng {month}: hãy phát hành danh sách trước.",
        "no lists issued for {month}: run `payout-desk office issue-lists` first",
    ),
    "office.laptop_other_list": (
        "Máy này giữ danh sách của {code} tháng {month}, không phải {value}.",
        "this laptop holds the list of {code} for {month}, not {value}",
    ),
    "office.no_list_for_point": (
        "Chưa phát hành danh sách cho {code} ({name}) tháng {month}.",
        "no list issued to {code} ({name}) for {month}",
    ),
    "office.no_receipt": (
        "{code} {name} chưa được chi trả trong danh sách tháng {month} (theo những gì máy này biết): không có biên nhận để in.",
        "{code} {name} has not been paid on {month}'s list (as far as this laptop knows): there is no receipt to print",
    ),
    "office.out_is_folder": (
        "{out} là một thư mục: hãy đặt tên cho file PDF.",
        "{out} is a folder: give the PDF's file name",
    ),
    "office.backup_damaged": (
        "Bản sao lưu {name} bị hỏng hoặc không phải của Payout Desk ({problem}); chọn bản cũ hơn.",
        "{name} is damaged or not a Payout Desk backup ({problem}); choose an older backup",
    ),
    "office.not_a_backup": (
        "{name} không phải bản sao lưu của Payout Desk.",
        "{name} is not a Payout Desk backup (not an SQLite database)",
    ),
    "office.backup_on_server": (
        "Cơ sở dữ liệu nằm trên máy chủ: sao lưu bằng công cụ của máy chủ (pg_dump).",
        "this desk's database is on a server: back it up with the server's tools (pg_dump)",
    ),
    "office.backup_other_desk": (
        "{name} là bản sao lưu của máy khác ({value}); mỗi máy chỉ khôi phục bản của chính nó.",
        "{name} is the backup of another desk ({value}); a desk restores only its own",
    ),
    "office.cannot_write_backup": (
        "Không ghi được bản sao lưu {target}: {value}; chưa thay đổi gì khác.",
        "cannot write the backup {target}: {value}; nothing else was changed",
    ),
    "office.untrusted_signer": (
        "{name}: {trust_note} (mã máy ký {key_id})",
        "{name}: {trust_note} (signer key {key_id})",
    ),
    "office.fork": (
        "Máy cho thấy chuỗi lần ghi khác với chuỗi đã ghi nhận, từ lần ghi số {seq} trở đi (khôi phục bản sao lưu "
        "hay sao chép máy?); chưa nhận gì từ file này.",
        "the device shows a different history from event #{seq} on than the one already recorded "
        "(a restored backup or a copied device?); nothing from this file was taken in",
    ),
    "office.sync_fork": ("Chuỗi lần ghi bị tách nhánh: {detail}", "fork: {detail}"),
    "office.sync_own_ids_repeated": (
        "File dùng lại một mã lần ghi của chính máy này (mỗi lần ghi phải có mã riêng).",
        "it uses one of the device's own event ids twice (each event must have its own id)",
    ),
    "office.sync_void_wrong_target": (
        "Lần ghi số {seq} hủy một lần ghi của chính máy này nhưng thuộc danh sách khác, người khác hoặc "
        "không hủy được.",
        "event #{seq} voids one of the device's own events of another list, of another person, or of a kind "
        "that cannot be voided",
    ),
    "office.sync_month_bound": (
        "File làm tổng tiền nhận, chi hoặc nộp lại của danh sách trong tháng vượt quá {bound} đồng.",
        "it would take the list's month total of cash received, paid or returned over {bound} ₫",
    ),
    "office.sync_repeats_ids": (
        "File lặp lại mã lần ghi đã nhận từ một máy khác.",
        "it repeats event ids already recorded from another device",
    ),
}
