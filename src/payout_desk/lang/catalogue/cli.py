"""The command line's own sentences (only the CLI prints them, so they may name its options)."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "cli.screenshot_needs_demo": (
        "--screenshot chỉ dùng cùng --demo.",
        "--screenshot works with --demo",
    ),
    "cli.office_needs_demo": (
        "--office chỉ dùng cùng --demo (máy bưu cục tự mở cửa sổ của bưu cục).",
        "--office works with --demo (an office desk opens its window by itself)",
    ),
    "cli.no_office_on_db": (
        "Cơ sở dữ liệu đó chưa có máy bưu cục: chạy `payout-desk keys init --role office --db …` trước.",
        "that database holds no office desk: run `payout-desk keys init --role office --db …` first",
    ),
    "cli.point_no_db": (
        "Máy điểm chi trả giữ cơ sở dữ liệu SQLite riêng trong thư mục dữ liệu (làm việc không cần mạng); --db chỉ dành cho các lệnh của bưu cục.",
        "a point desk keeps its own SQLite database in its data folder (it works offline); --db is for the office's commands",
    ),
    "cli.no_key": (
        "Máy này chưa có khóa: chạy `payout-desk keys init --role office|point --name TÊN`.",
        "this desk has no key yet: run `payout-desk keys init --role office|point --name NAME`",
    ),
    "cli.amount_positive": (
        "Số tiền phải lớn hơn 0 đồng.",
        "the amount must be more than 0 đồng",
    ),
    "cli.denominations_empty": (
        "--denominations: ghi ít nhất một MỆNH_GIÁ=SỐ_TỜ.",
        "--denominations: give at least one NOTE=COUNT",
    ),
    "cli.proxy_needs_name": (
        "--proxy-id, --proxy-relation và --proxy-authorisation cần có --proxy-name.",
        "--proxy-id, --proxy-relation and --proxy-authorisation need --proxy-name",
    ),
    "cli.denominations_format": (
        "--denominations: {part!r} không có dạng MỆNH_GIÁ=SỐ_TỜ (ví dụ 500000=4).",
        "--denominations: {part!r} is not NOTE=COUNT (e.g. 500000=4)",
    ),
    "cli.denominations_twice": (
        "--denominations: mệnh giá {value:,} được ghi hai lần.",
        "--denominations: {value:,} is given twice",
    ),
    "cli.cannot_create_folder": (
        "Không tạo được thư mục {out}: {strerror}",
        "cannot create the folder {out}: {strerror}",
    ),
    "cli.passphrase_env": (
        "Khóa của máy nằm trong file có mật khẩu (máy này không có kho khóa của hệ điều hành): đặt {PASSPHRASE_ENV} hoặc chạy lệnh trong cửa sổ dòng lệnh.",
        "the desk key is kept in a passphrase-protected file (no OS keyring here): set {PASSPHRASE_ENV} or run the command in a terminal",
    ),
    "cli.passphrases_differ": (
        "Hai mật khẩu không giống nhau; chưa đổi gì.",
        "the two passphrases differ; nothing was changed",
    ),
    "cli.passphrase_env_other": (
        "Đặt {env} hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập {what}.",
        "set {env} or run the command in a terminal to give {what}",
    ),
    "cli.report_needs_month": (
        "`report {report}` trên máy bưu cục cần --month YYYY-MM.",
        "`report {report}` on the office desk needs --month YYYY-MM",
    ),
    "cli.report_office_only": (
        "`report {report}` được in trên máy bưu cục; đây là máy điểm chi trả.",
        "`report {report}` is printed on the office desk; this is a point desk",
    ),
    "cli.point_option_office_only": (
        "--point dành cho máy bưu cục: máy ở điểm in danh sách nó đang giữ.",
        "--point is for the office desk: a point laptop prints the list it holds",
    ),
    "cli.database_gone": (
        "{detail} Bước đang làm dở chưa thay đổi gì.",
        "{detail}; nothing was changed by the unfinished step",
    ),
    "cli.interrupted": (
        "Đã ngắt; bước đang làm dở chưa thay đổi gì.",
        "interrupted; nothing was changed by the unfinished step",
    ),
    "cli.logged_in": ("Nơi xảy ra lỗi được ghi trong {where}.", "Where it happened is logged in {where}."),
    "cli.language_set": ("Máy này từ nay báo bằng ngôn ngữ: {code}.", "this desk now speaks: {code}"),
    "cli.language_is": ("Ngôn ngữ của máy này: {code}.", "this desk's language: {code}"),
    # readable output lines (the JSON keeps its keys and codes)
    "cli.register_head": (
        "Danh sách chi trả {file} (trang “{sheet}”), tháng {month}:",
        "Register {file} (sheet “{sheet}”), month {month}:",
    ),
    "cli.register_rows": (
        "đọc {rows} dòng đối tượng, {non_cash} người nhận qua chuyển khoản (không vào danh sách tiền mặt)",
        "{rows} beneficiary rows read, {non_cash} paid by bank transfer (not on cash lists)",
    ),
    "cli.register_where": ("dòng {row}, {column}", "row {row}, {column}"),
    "cli.register_whole_row": ("cả dòng", "row"),
    "cli.register_error": ("LỖI     ", "ERROR  "),
    "cli.register_warning": ("cảnh báo", "warning"),
    "cli.register_nothing_imported": (
        "Chưa nhập gì: {count} dòng có lỗi. Sửa chúng trong danh sách chi trả, hoặc chạy lại với --skip-invalid "
        "để chỉ nhập các dòng đúng.",
        "Nothing imported: {count} rows have errors. Fix them in the register, or run again with --skip-invalid "
        "to import the valid rows only.",
    ),
    "cli.register_imported": ("Đã nhập {count} dòng:", "Imported {count} rows:"),
    "cli.register_point": (
        "{people} người, {amount} ({home} chi tại nhà, {proxies} có người nhận thay)",
        "{people} people, {amount} ({home} at home, {proxies} with a proxy)",
    ),
    "cli.sync_new_events": ("{count} lần ghi mới", "{count} new events"),
    "cli.sync_summary": (
        "Đã nhận {imported} file, {conflicts} sai lệch trong các tháng đó",
        "{imported} imported, {conflicts} conflicts in those months",
    ),
    # what to type, after a refusal the window shows too (which never names an option)
    "cli.hint_trust_office": (
        'Sau khi đã đối chiếu mã kiểm tra: payout-desk point load FILE --trust-office "<mã kiểm tra>"',
        'once the fingerprint is confirmed: payout-desk point load FILE --trust-office "<fingerprint>"',
    ),
    "cli.hint_resolution": (
        'Ghi chú và người quyết định: --note "…" --by "…"',
        'give the note and who decided: --note "…" --by "…"',
    ),
    "cli.hint_stop_or_add": (
        "Báo giảm: --stop MÃ --reason LÝ_DO --date YYYY-MM-DD; báo tăng: --add FILE",
        "a stop: --stop CODE --reason REASON --date YYYY-MM-DD; an addition: --add FILE",
    ),
    "cli.hint_stop": (
        "Báo giảm: --stop MÃ --reason deceased|moved|other --date YYYY-MM-DD",
        "a stop: --stop CODE --reason deceased|moved|other --date YYYY-MM-DD",
    ),
    "cli.hint_public_key": (
        "--public-key nhận mã máy do `payout-desk keys show` in ra trên máy ở điểm.",
        "--public-key takes the key `payout-desk keys show` prints on the point's laptop",
    ),
    "cli.hint_out": ("Đặt tên file: --out FILE.pdf", "give the file's name: --out FILE.pdf"),
    "cli.hint_data_dir": (
        "Chọn thư mục dữ liệu khác: --data-dir DIR",
        "use another data folder: --data-dir DIR",
    ),
    "cli.hint_keys_init": (
        "payout-desk keys init --role office|point --name TÊN",
        "payout-desk keys init --role office|point --name NAME",
    ),
    "cli.hint_import_register": (
        "payout-desk office import-register FILE --month YYYY-MM",
        "payout-desk office import-register FILE --month YYYY-MM",
    ),
    "cli.title_differs": (
        "Tiêu đề danh sách ghi {title} nhưng đang nhập cho {chosen}: chưa nhập gì. Kiểm tra lại file và "
        "--month; nếu đúng là nhập cho {chosen}, chạy lại với --confirm-month.",
        "The register's title says {title} but it is being imported for {chosen}: nothing was imported. "
        "Check the file and --month; to import it for {chosen} anyway, run again with --confirm-month.",
    ),
    # office clerks and roles (issue 16)
    "cli.clerk_needed": (
        "Bưu cục làm việc theo cán bộ: ghi tên cán bộ bằng --clerk TÊN (hoặc ${env}); mã PIN được hỏi "
        "(hoặc $PAYOUT_DESK_PIN).",
        "This office works by clerks: name the clerk with --clerk NAME (or ${env}); the PIN is asked (or "
        "$PAYOUT_DESK_PIN).",
    ),
    "cli.prepared": (
        "Đã lập việc số {id} ({kind}): chờ một người duyệt khác duyệt và ký (payout-desk office approve {id} "
        "--out THƯ_MỤC).",
        "Prepared item {id} ({kind}): it waits for another approver to approve and sign it (payout-desk "
        "office approve {id} --out DIR).",
    ),
    # point pay: what a payout lacks, with the option that gives it (domain/payout_rules.py)
    "cli.pay_needs": ("Chưa chi: còn thiếu {items}.", "Not paid: still missing {items}."),
    "cli.pay_needs_proxy_name": ("họ tên người nhận thay (--proxy-name)", "the proxy's name (--proxy-name)"),
    "cli.pay_needs_proxy_id": (
        "số CCCD của người nhận thay (--proxy-id)",
        "the proxy's ID number (--proxy-id)",
    ),
    "cli.pay_needs_proxy_id_shape": (
        "số CCCD (12 chữ số) hoặc CMND (9 chữ số) đúng của người nhận thay (--proxy-id; “{number}” không phải)",
        "the proxy's ID number as a 12-digit CCCD or a 9-digit CMND (--proxy-id; “{number}” is neither)",
    ),
    "cli.pay_needs_authorisation": (
        "số giấy ủy quyền của người nhận thay (--proxy-authorisation)",
        "the number of the proxy's written authorisation (--proxy-authorisation)",
    ),
    "cli.pay_needs_id_checked": (
        "xác nhận đã đối chiếu CCCD của người nhận thay với danh sách (--proxy-id-checked)",
        "your word that the proxy's ID card matches the proxy the list names (--proxy-id-checked)",
    ),
    "cli.pay_needs_acknowledgement": (
        "chữ ký hoặc điểm chỉ của người nhận (--signature FILE.png hoặc --thumbprint)",
        "the recipient's signature or thumbprint (--signature FILE.png or --thumbprint)",
    ),
    "cli.signup_again_with_qr": (
        "--account-again đi với --account, không đi với --qr.",
        "--account-again goes with --account, not with --qr.",
    ),
}
