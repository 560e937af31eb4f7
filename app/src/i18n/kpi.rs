//! Strings of the KPI dashboard (/kpi), the indicator pages, the annual report and the admins'
//! entry page (/admin/kpi).

use super::Lang;
use super::strings::strings;
use crate::domain::kpi::Status;

strings! { KpiStrings {
    title: ("Chỉ tiêu đến năm 2030", "Targets to 2030"),
    lead: ("Các chỉ tiêu của Kế hoạch tổng thể về khoa học, công nghệ và đổi mới sáng tạo tỉnh Ninh Bình giai đoạn 2026–2030: giá trị cơ sở, mục tiêu 2030 và kết quả từng năm.", "The targets of Ninh Bình's science, technology and innovation plan 2026–2030: baseline, 2030 target and each year's result."),
    summary_label: ("Tình hình thực hiện", "Progress overview"),
    indicator: ("Chỉ tiêu", "Indicator"),
    baseline: ("Giá trị cơ sở", "Baseline"),
    target: ("Mục tiêu 2030", "2030 target"),
    target_per_year: ("mỗi năm", "each year"),
    latest: ("Kết quả gần nhất", "Latest result"),
    year: ("Năm", "Year"),
    value: ("Giá trị", "Value"),
    source: ("Nguồn", "Source"),
    note: ("Ghi chú", "Note"),
    unit: ("Đơn vị", "Unit"),
    derived: ("Tính tự động từ dữ liệu nền tảng", "Counted from the platform's data"),
    manual: ("Do Sở KH&CN cập nhật", "Entered by the Department of S&T"),
    platform_source: ("Dữ liệu nền tảng Kết Nối (tính tự động)", "Kết Nối platform data (counted automatically)"),
    year_to_date: ("đến nay", "year to date"),
    yes: ("Đã vận hành", "In operation"),
    no: ("Chưa vận hành", "Not yet"),
    no_data: ("Chưa có số liệu", "No data yet"),
    details: ("Xem chi tiết", "Details"),
    back: ("Tất cả chỉ tiêu", "All targets"),
    chart_title: ("Kết quả theo năm", "Results by year"),
    chart_desc_target: ("Đường ngang là mục tiêu", "The horizontal line is the target"),
    chart_data: ("Số liệu của biểu đồ", "The chart's data"),
    yearly_title: ("Số liệu từng năm", "Yearly figures"),
    method_title: ("Cách tính", "How it is counted"),
    manual_method: ("Sở Khoa học và Công nghệ nhập số liệu hằng năm kèm nguồn (niên giám thống kê, báo cáo của cơ quan chuyên môn, quyết định…). Mọi lần sửa đều được lưu lại.", "The Department of Science and Technology enters each year's figure with its source (statistical yearbook, a specialist agency's report, a decision…). Every change is kept."),
    derived_before: ("Các năm trước năm 2026 là số liệu chính thức do Sở KH&CN nhập.", "Years before 2026 are official figures entered by the Department."),
    status_rule: ("Đánh giá: so kết quả năm gần nhất với lộ trình tuyến tính từ giá trị cơ sở đến mục tiêu 2030. Đạt mục tiêu → “Đã đạt”; bằng hoặc vượt lộ trình → “Đúng tiến độ”; thấp hơn lộ trình không quá 10% khoảng cách từ cơ sở đến mục tiêu → “Có nguy cơ chậm”; thấp hơn nữa → “Chậm tiến độ”. Chỉ tiêu hằng năm so trực tiếp kết quả năm đó với mục tiêu.", "Assessment: the latest year's result compared with the straight line from the baseline to the 2030 target. Target reached → “Achieved”; on or above the line → “On track”; short of the line by at most a tenth of the baseline-to-target distance → “At risk”; further short → “Behind”. Per-year targets compare that year's result with the target directly."),
    history_title: ("Lịch sử cập nhật", "Change history"),
    history_empty: ("Chưa có lần cập nhật nào qua trang quản trị.", "No entries made through the admin page yet."),
    entered_by: ("Người nhập", "Entered by"),
    entered_at: ("Thời điểm", "When"),
    not_found: ("Không có chỉ tiêu này.", "There is no such target."),
    report_link: ("Báo cáo năm", "Annual report"),
    report_title: ("Báo cáo kết quả thực hiện các chỉ tiêu của Kế hoạch tổng thể về khoa học, công nghệ và đổi mới sáng tạo tỉnh Ninh Bình giai đoạn 2026–2030", "Report on the targets of Ninh Bình's science, technology and innovation plan 2026–2030"),
    report_year: ("Năm", "Year"),
    report_issuer: ("Sở Khoa học và Công nghệ tỉnh Ninh Bình", "Department of Science and Technology, Ninh Bình province"),
    report_made_on: ("Lập ngày", "Prepared on"),
    report_no: ("STT", "No."),
    report_previous: ("Kết quả năm", "Result"),
    report_rate: ("Tỷ lệ so với mục tiêu", "Share of target"),
    report_assessment: ("Đánh giá", "Assessment"),
    report_print: ("Để in, dùng lệnh In của trình duyệt (Ctrl+P); trang đã được định dạng cho khổ A4 ngang.", "To print, use the browser's Print command (Ctrl+P); the page is laid out for landscape A4."),
    report_xlsx: ("Tải về (XLSX)", "Download (XLSX)"),
    report_choose_year: ("Năm báo cáo", "Report year"),
    report_show: ("Xem", "Show"),
    report_sheet: ("Chỉ tiêu", "Targets"),
    report_footnote: ("Nguồn “Dữ liệu nền tảng” là số liệu do nền tảng Kết Nối tự tính tại thời điểm lập báo cáo.", "“Platform data” figures are counted by the Kết Nối platform when the report is made."),
    admin_title: ("Số liệu chỉ tiêu", "Target figures"),
    admin_lead: ("Nhập kết quả từng năm cho các chỉ tiêu do Sở cập nhật, kèm nguồn số liệu. Sửa một năm đã có sẽ thay giá trị hiện hành; lần nhập trước vẫn được lưu trong lịch sử.", "Enter each year's result of the targets the Department maintains, with the figure's source. Changing a year replaces the current value; earlier entries stay in the history."),
    admin_form_title: ("Nhập số liệu", "Enter a figure"),
    admin_indicator_hint: ("Chỉ tiêu tính tự động chỉ nhận số liệu các năm trước 2026.", "Automatically counted targets accept figures for years before 2026 only."),
    admin_value_hint: ("Số thập phân dùng dấu phẩy, ví dụ 12,5. Chỉ tiêu có/không: 1 là có, 0 là chưa.", "Use a decimal comma or point, e.g. 12.5. Yes/no targets: 1 for yes, 0 for not yet."),
    admin_source_hint: ("Ví dụ: Niên giám thống kê tỉnh Ninh Bình 2026, tr. 214.", "E.g. Ninh Bình statistical yearbook 2026, p. 214."),
    admin_save: ("Lưu số liệu", "Save the figure"),
    admin_current: ("Hiện hành", "Current"),
    admin_edit: ("Sửa", "Edit"),
    admin_nav: ("Chỉ tiêu", "Targets"),
}}

/// A status in words (badges never rely on colour alone).
pub fn status_label(lang: Lang, s: Option<Status>) -> &'static str {
    let (vi, en) = match s {
        Some(Status::Achieved) => ("Đã đạt", "Achieved"),
        Some(Status::OnTrack) => ("Đúng tiến độ", "On track"),
        Some(Status::AtRisk) => ("Có nguy cơ chậm", "At risk"),
        Some(Status::Behind) => ("Chậm tiến độ", "Behind"),
        None => ("Chưa có số liệu", "No data yet"),
    };
    if lang == Lang::Vi { vi } else { en }
}

/// How a derived indicator is counted, in the reader's language (see `store/statements/kpi/derive.rs`).
pub fn method(lang: Lang, code: &str) -> Option<&'static str> {
    let (vi, en) = match code {
        "provincial_tasks" => (
            "Số nhiệm vụ KH&CN do Sở đặt hàng (bài toán đặt hàng có kinh phí) được công bố trong năm.",
            "S&T task orders (funded challenges ordered by the Department) published during the year.",
        ),
        "patent_applications" => (
            "Số kết quả nghiên cứu loại sáng chế hoặc giải pháp hữu ích được các tổ chức ghi nhận với năm đó.",
            "Research outputs of type patent or utility solution that organisations recorded for the year.",
        ),
        "incubators" => (
            "Số vườn ươm và không gian đổi mới sáng tạo đã được Sở xác minh tính đến cuối năm (không tính trang bị ẩn).",
            "Incubators and innovation spaces verified by the Department by the end of the year (hidden pages excluded).",
        ),
        "innovative_startups" => (
            "Số doanh nghiệp khởi nghiệp sáng tạo đã được Sở xác minh tính đến cuối năm (không tính trang bị ẩn).",
            "Startups verified by the Department by the end of the year (hidden pages excluded).",
        ),
        "products_commercialised" => (
            "Số thỏa thuận hợp tác (chuyển giao, hợp đồng, đầu tư, dự án chung) được ký trong năm qua nền tảng.",
            "Collaboration agreements (licence, contract, investment, joint project) signed through the platform during the year.",
        ),
        "province_funded_projects" => (
            "Số hồ sơ được chấp thuận trong năm vào các chương trình có kinh phí do cơ quan của tỉnh chủ trì.",
            "Applications accepted during the year into funded programmes run by a provincial agency.",
        ),
        _ => return None,
    };
    Some(if lang == Lang::Vi { vi } else { en })
}

/// The CSS modifier of a status badge.
pub fn status_class(s: Option<Status>) -> &'static str {
    match s {
        Some(Status::Achieved) => "kpi-status kpi-achieved",
        Some(Status::OnTrack) => "kpi-status kpi-on-track",
        Some(Status::AtRisk) => "kpi-status kpi-at-risk",
        Some(Status::Behind) => "kpi-status kpi-behind",
        None => "kpi-status kpi-none",
    }
}
