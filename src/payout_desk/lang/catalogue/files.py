"""Signed files: why a list, sync, amendment or sealed file is refused (exchange/, trust/seal.py)."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "files.file_too_large_bytes": (
        "File quá lớn ({count:,} byte; tối đa {max_file_bytes:,}).",
        "the file is too large ({count:,} bytes; at most {max_file_bytes:,})",
    ),
    "files.signature_not_match_contents": (
        "Chữ ký số không khớp với nội dung (ký bởi mã máy {key_id}): file đã bị sửa sau khi ký.",
        "the signature does not match the contents (signed by key {key_id}): the file was changed after it was signed",
    ),
    "files.file_not_start_manifest": (
        "File không bắt đầu bằng phần kê khai và chữ ký số: không phải file đã ký của Payout Desk.",
        "the file does not start with a manifest and signature: it is not a signed Payout Desk file",
    ),
    "files.manifest_signature_part_stored": (
        "Phần kê khai hoặc chữ ký số được lưu theo cách không đúng.",
        "the manifest or signature part is stored in an unexpected way",
    ),
    "files.manifest_too_large": (
        "Phần kê khai quá lớn.",
        "the manifest is too large",
    ),
    "files.file_too_many_parts": (
        "File có quá nhiều phần ({count}; tối đa {max_members}).",
        "the file has too many parts ({count}; at most {max_members})",
    ),
    "files.file_expands_too_much": (
        "File giải nén ra quá nhiều dữ liệu ({total:,} byte).",
        "the file expands to too much data ({total:,} bytes)",
    ),
    "files.signature_part_malformed": (
        "Phần chữ ký số bị sai dạng.",
        "the signature part is malformed",
    ),
    "files.file_not_payout_desk": (
        "File không phải của Payout Desk.",
        "the file is not a Payout Desk file",
    ),
    "files.format_version": (
        "File có phiên bản định dạng {value!r}; chương trình này đọc phiên bản {VERSION}: hãy cập nhật chương trình.",
        "the file has format version {value!r}; this Payout Desk reads version {VERSION}: update the app",
    ),
    "files.file_unknown_kind": (
        "File thuộc loại không biết {kind!r}.",
        "the file is of an unknown kind {kind!r}",
    ),
    "files.wrong_kind": (
        "Đây là file {kind} ({value}), không phải file {expected_kind}.",
        "this is a {kind} file ({value}), not a {expected_kind} file",
    ),
    "files.manifest_names_different_signer": (
        "Phần kê khai ghi người ký khác với chữ ký số.",
        "the manifest names a different signer than the signature",
    ),
    "files.manifest_lists_no_parts": (
        "Phần kê khai không liệt kê phần nào.",
        "the manifest lists no parts",
    ),
    "files.parts_not_manifest": (
        "Các phần của file không khớp với phần kê khai (có phần bị thêm, bớt hoặc đổi tên).",
        "the file's parts do not match its manifest (a part was added, removed or renamed)",
    ),
    "files.file_damaged_not_payout": (
        "File bị hỏng hoặc không phải file của Payout Desk: {detail}",
        "the file is damaged or not a Payout Desk file: {detail}",
    ),
    "files.file_holds_part_forbidden": (
        "File chứa một phần có tên không được phép {name!r}.",
        "the file holds a part with a forbidden name {name!r}",
    ),
    "files.parts_out_of_order": (
        "Các phần của file sai thứ tự hoặc bị lặp.",
        "the file's parts are out of order or repeated",
    ),
    "files.part_too_large_bytes": (
        "Phần {name!r} quá lớn ({size:,} byte).",
        "the part {name!r} is too large ({size:,} bytes)",
    ),
    "files.part_expands_suspiciously_zip": (
        'Phần {name!r} giải nén ra bất thường ("bom zip"); bị từ chối.',
        "the part {name!r} expands suspiciously (a 'zip bomb'); refused",
    ),
    "files.part_was_changed_after": (
        "Phần {name!r} đã bị sửa sau khi ký (mã băm không khớp).",
        "the part {name!r} was changed after signing (its hash does not match)",
    ),
    "files.too_short_payout_desk": (
        "File quá ngắn để là file của Payout Desk (bị cắt cụt?).",
        "too short to be a Payout Desk file (cut short?)",
    ),
    "files.end_file_missing_damaged": (
        "Phần cuối file bị thiếu hoặc hỏng (bị cắt cụt?).",
        "the end of the file is missing or damaged (cut short?)",
    ),
    "files.directory_damaged": (
        "Mục lục của file nén bị hỏng.",
        "the archive's directory is damaged",
    ),
    "files.zip_too_many_parts": (
        "File có quá nhiều phần ({total}).",
        "the file has too many parts ({total})",
    ),
    "files.archive_holds_bytes_outside": (
        "File nén chứa dữ liệu nằm ngoài các phần của nó.",
        "the archive holds bytes outside its parts",
    ),
    "files.directory_cut_short": (
        "Mục lục của file nén bị cắt cụt.",
        "the archive's directory is cut short",
    ),
    "files.part_entry_damaged": (
        "Mục lục của một phần bị hỏng hoặc không phải file thường (không nhận liên kết và thư mục).",
        "a part's directory entry is damaged or not a plain file (links and folders are refused)",
    ),
    "files.part_forbidden_name": (
        "Một phần có tên không được phép {value!r}.",
        "a part has a forbidden name {value!r}",
    ),
    "files.parts_misplaced": (
        "Các phần của file nén không nằm ở chỗ mục lục ghi.",
        "the archive's parts are not where its directory says",
    ),
    "files.part_damaged_header_disagrees": (
        "Phần {value!r} bị hỏng (phần đầu không khớp với mục lục).",
        "the part {value!r} is damaged (its header disagrees with the directory)",
    ),
    "files.part_damaged_size": (
        "Phần {value!r} bị hỏng (kích thước).",
        "the part {value!r} is damaged (size)",
    ),
    "files.part_damaged_size_checksum": (
        "Phần {name!r} bị hỏng (kích thước hoặc mã kiểm tra tổng).",
        "the part {name!r} is damaged (size or checksum)",
    ),
    "files.two_parts_are_named": (
        "Có hai phần cùng tên {name!r}.",
        "two parts are named {name!r}",
    ),
    "files.part_damaged_compressed_data": (
        "Phần {name!r} bị hỏng (dữ liệu nén kết thúc không đúng).",
        "the part {name!r} is damaged (its compressed data does not end right)",
    ),
    "files.part_damaged": (
        "Phần {name!r} bị hỏng ({detail}).",
        "the part {name!r} is damaged ({detail})",
    ),
    "files.not_valid_json": (
        "Phần {what} không phải JSON hợp lệ ({detail}).",
        "the {what} is not valid JSON ({detail})",
    ),
    "files.nested_too_deeply": (
        "Phần {what} lồng nhau quá sâu.",
        "the {what} is nested too deeply",
    ),
    "files.not_utf_text": (
        "Phần {what} không phải văn bản UTF-8.",
        "the {what} is not UTF-8 text",
    ),
    "files.not_object": (
        "Mục {where} không phải một đối tượng.",
        "{where} is not an object",
    ),
    "files.wrong_type": (
        "Mục {where}: {key!r} sai kiểu.",
        "{where}: {key!r} has the wrong type",
    ),
    "files.missing_field": (
        "Mục {where} thiếu {key!r}.",
        "{where} has no {key!r}",
    ),
    "files.empty_too_long": (
        "Mục {where}: {key!r} trống hoặc quá dài.",
        "{where}: {key!r} is empty or too long",
    ),
    "files.out_range": (
        "Mục {where}: {key!r} ngoài khoảng cho phép ({value}).",
        "{where}: {key!r} is out of range ({value})",
    ),
    "files.too_many_items": (
        "Mục {where}: {key!r} có quá nhiều phần tử.",
        "{where}: {key!r} has too many items",
    ),
    "files.list_members": (
        "File danh sách chi trả chỉ chứa đúng {LIST_MEMBER}.",
        "a list file holds exactly {LIST_MEMBER}",
    ),
    "files.sex_must_m_f": (
        "Mục {where}: giới tính phải là M hoặc F.",
        "{where}: sex must be M or F",
    ),
    "files.total_not_sum_lines": (
        "Mục {where} ({code}): tổng tiền không bằng tổng các khoản.",
        "{where} ({code}): the total is not the sum of its lines",
    ),
    "files.list_month_bad": (
        "Tháng của danh sách {month!r} không phải một tháng (YYYY-MM).",
        "the list's month {month!r} is not a month (YYYY-MM)",
    ),
    "files.list_names_beneficiary_code": (
        "Danh sách ghi một mã đối tượng hai lần.",
        "the list names a beneficiary code twice",
    ),
    "files.list_manifest_disagrees": (
        "Phần kê khai của danh sách không khớp với nội dung (số người, tổng tiền hoặc mã).",
        "the list's manifest does not agree with its contents (counts, totals or ids)",
    ),
    "files.at_event": (
        "Mục {where}: {problem}",
        "{where}: {problem}",
    ),
    "files.events_part_cut_short": (
        "Phần các lần ghi bị cắt cụt (dòng cuối không đầy đủ).",
        "the events part is cut short (its last line is incomplete)",
    ),
    "files.sync_file_signed_by": (
        "File đồng bộ được ký bằng mã máy khác với máy mà nó ghi tên.",
        "the sync file is signed by another key than the device it names",
    ),
    "files.sync_members": (
        "File đồng bộ phải chứa {EVENTS_MEMBER}.",
        "a sync file holds {EVENTS_MEMBER}",
    ),
    "files.sync_manifest_events": (
        "Phần kê khai của file đồng bộ không khớp với các lần ghi (số lượng hoặc lần ghi cuối).",
        "the sync file's manifest does not agree with its events (count or head)",
    ),
    "files.sync_manifest_images": (
        "Phần kê khai của file đồng bộ không khớp với các ảnh chữ ký.",
        "the sync file's manifest does not agree with its signature images",
    ),
    "files.history_broken": (
        "Chuỗi lần ghi của máy bị đứt: {detail}",
        "the device's history is broken: {detail}",
    ),
    "files.sync_file_not_hold": (
        "File đồng bộ không được chứa {name!r}.",
        "a sync file does not hold {name!r}",
    ),
    "files.not_named_by_content": (
        "{name} không được đặt tên theo mã băm của nội dung.",
        "{name} is not named by its content's hash",
    ),
    "files.event_refers_signature_image": (
        "Lần ghi số {seq} dẫn tới một ảnh chữ ký mà file không có.",
        "event #{seq} refers to a signature image the file does not hold",
    ),
    "files.signature_not_png": (
        "ảnh chữ ký không phải ảnh PNG",
        "the signature is not a PNG image",
    ),
    "files.signature_too_large": (
        "ảnh chữ ký quá lớn ({size:,} byte; tối đa {limit:,})",
        "the signature image is too large ({size:,} bytes; at most {limit:,})",
    ),
    "files.signature_too_many_pixels": (
        "ảnh chữ ký có kích thước {width} × {height} điểm ảnh; tối đa {side} mỗi cạnh và {pixels:,} điểm ảnh",
        "the signature image is {width} × {height} pixels; at most {side} a side and {pixels:,} pixels",
    ),
    "files.signature_undecodable": (
        "ảnh chữ ký bị hỏng hoặc bị cắt cụt, không đọc được",
        "the signature image is damaged or cut short and cannot be decoded",
    ),
    "files.signature_of_event": (
        "Ảnh chữ ký của lần ghi số {seq} ({name}) bị từ chối: {detail}.",
        "the signature image of event #{seq} ({name}) is refused: {detail}",
    ),
    "files.in_part": (
        "{name}: {detail}",
        "{name}: {detail}",
    ),
    "files.change_unknown_kind": (
        "Mục {where} thuộc loại không biết {kind!r}.",
        "{where} is of an unknown kind {kind!r}",
    ),
    "files.numbered_changes_are_not": (
        "Mục {where} mang số {seq}: các thay đổi không được đánh số 1, 2, 3 …",
        "{where} is numbered {seq}: the changes are not numbered 1, 2, 3 …",
    ),
    "files.amend_members": (
        "File thông báo thay đổi chỉ chứa đúng {AMEND_MEMBER}.",
        "an amendment file holds exactly {AMEND_MEMBER}",
    ),
    "files.amend_manifest_disagrees": (
        "Phần kê khai của thông báo thay đổi không khớp với nội dung.",
        "the amendment's manifest does not agree with its contents",
    ),
    "files.stop_needs_reason_date": (
        "Mục {where}: báo giảm cần lý do ({value}) và ngày.",
        "{where}: a stop needs a reason ({value}) and a date",
    ),
    "files.addition_carries_no_beneficiary": (
        "Mục {where}: báo tăng không kèm đối tượng nào.",
        "{where}: an addition carries no beneficiary",
    ),
    "files.added_code_differs": (
        "Mục {where}: mã của đối tượng báo tăng không phải {code}.",
        "{where}: the added beneficiary's code is not {code}",
    ),
    "files.public_key_no_x": (
        "Mã máy này không có dạng X25519.",
        "that public key has no X25519 form",
    ),
    "files.sealed_file_needs_least": (
        "File niêm phong cần ít nhất một máy nhận.",
        "a sealed file needs at least one recipient",
    ),
    "files.sealed_header_damaged": (
        "Phần đầu của file niêm phong bị hỏng.",
        "the sealed file's header is damaged",
    ),
    "files.not_sealed_payout_desk": (
        "Không phải file niêm phong của Payout Desk.",
        "not a sealed Payout Desk file",
    ),
    "files.sealed_file_truncated_damaged": (
        "File niêm phong bị cắt cụt hoặc bị hỏng.",
        "the sealed file is truncated or damaged",
    ),
    "files.sealed_header_version": (
        "Phần đầu của file niêm phong bị hỏng hoặc thuộc phiên bản không biết.",
        "the sealed file's header is damaged or of an unknown version",
    ),
    "files.sealed_other_desks_not": (
        "File được niêm phong cho máy khác ({value}), không phải máy này.",
        "it is sealed for other desks ({value}), not this one",
    ),
    "files.sealed_file_was_changed": (
        "File niêm phong đã bị sửa hoặc hỏng trên đường chuyển.",
        "the sealed file was changed or damaged on the way",
    ),
    "files.named": ("{name}: {detail}", "{name}: {detail}"),
    "files.bad_text": (
        "Mục {where}: {key!r} có ký tự không được phép ({char}).",
        "{where}: {key!r} holds a character that is not allowed ({char})",
    ),
    "files.created_at_bad": (
        "Thời điểm tạo file ({value!r}) không phải thời gian hợp lệ.",
        "the file's creation time ({value!r}) is not a valid time",
    ),
    "files.chain_not_canonical": (
        "Chuỗi lần ghi {chain!r} không viết đúng dạng MÃMÁY hoặc MÃMÁY.N (N từ 2, không có số 0 đứng đầu).",
        "the history's chain id {chain!r} is not written KEYID or KEYID.N (N from 2, no leading zeros)",
    ),
    "files.file_totals": (
        "File có tổng số tiền quá lớn: {problem}.",
        "the file's amounts are too large: {problem}",
    ),
}
