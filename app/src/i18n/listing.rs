//! Strings of publishing listings (offer, challenge and research forms, an organisation's
//! listings, the moderation queue) and the messages of their `FormError`s and `Notice`s.

use super::Lang;
use super::strings::strings;
use crate::domain::account::{FormError, Notice};
use crate::domain::listing::{Action, ListingKind, Stage};

strings! { ListingStrings {
    new_offer: ("Đăng chào bán công nghệ", "New technology offer"),
    new_challenge: ("Đăng nhu cầu công nghệ, bài toán", "New technology request or challenge"),
    new_research: ("Thêm kết quả nghiên cứu", "New research output"),
    edit_offer: ("Sửa chào bán công nghệ", "Edit technology offer"),
    edit_challenge: ("Sửa nhu cầu công nghệ", "Edit challenge"),
    edit_research: ("Sửa kết quả nghiên cứu", "Edit research output"),
    form_lead: ("Bạn có thể lưu bản nháp bất cứ lúc nào (chỉ cần tiêu đề). Khi gửi duyệt, mọi mục bắt buộc cần được điền; Sở KH&CN sẽ kiểm duyệt trước khi tin được công bố.", "You can save a draft at any time (only the title is needed). To submit for review every required field must be filled in; the Department of S&T checks the listing before it is published."),
    live_lead: ("Tin này đang hiển thị công khai. Thay đổi về giá, hình thức hợp tác, lĩnh vực, hạn chót hay ngân sách có hiệu lực ngay; thay đổi tiêu đề, nội dung mô tả, TRL, sở hữu trí tuệ hoặc kinh phí được gửi duyệt, trong khi bản đã duyệt vẫn hiển thị cho đến khi bản mới được duyệt.", "This listing is public. Changes to the price, cooperation types, sectors, deadline or budget go live at once; changes to the title, descriptions, TRL, IP or funding go to review, and the approved version stays public until the new one is approved."),
    edit_waiting: ("Bản chỉnh sửa đang chờ duyệt", "Your edit is waiting for review"),
    edit_waiting_lead: ("Biểu mẫu dưới đây là bản chỉnh sửa của bạn. Công chúng vẫn thấy bản đã duyệt cho đến khi cán bộ kiểm duyệt chấp thuận; bạn có thể tiếp tục sửa.", "The form below holds your edit. The public sees the approved version until a moderator accepts it; you can go on editing."),
    edit_changes: ("Cán bộ kiểm duyệt đề nghị sửa lại bản chỉnh sửa", "The moderator asks for changes to your edit"),
    edit_changes_lead: ("Bản đã duyệt vẫn hiển thị công khai. Sửa theo góp ý rồi lưu để gửi duyệt lại.", "The approved version stays public. Make the changes and save to send the edit for review again."),
    edit_rejected: ("Bản chỉnh sửa gần nhất không được duyệt", "Your last edit was not approved"),
    edit_rejected_lead: ("Biểu mẫu hiển thị lại bản đang công bố.", "The form shows the public version again."),
    edit_waiting_badge: ("Bản sửa chờ duyệt", "Edit in review"),
    edit_changes_badge: ("Bản sửa cần chỉnh", "Edit: changes asked"),
    live_title: ("Tiêu đề đang công bố", "Title now public"),
    edit_of_live: ("Chỉnh sửa tin đang công bố — bản đã duyệt vẫn hiển thị", "Edit of a live listing — the approved version stays public"),
    for_org: ("Đơn vị đăng", "Published by"),
    save_draft: ("Lưu bản nháp", "Save draft"),
    submit_review: ("Gửi duyệt", "Submit for review"),
    save_changes: ("Lưu thay đổi", "Save changes"),
    not_editable: ("Tin ở trạng thái này không thể sửa.", "A listing in this state cannot be edited."),
    not_member: ("Bạn cần là thành viên (biên tập viên hoặc chủ sở hữu) của đơn vị này để đăng tin.", "You need to be a member (editor or owner) of this organisation to publish."),
    kind_not_allowed_page: ("Loại tổ chức này không đăng được loại tin này.", "This kind of organisation cannot publish this kind of listing."),
    moderator_said: ("Ý kiến của cán bộ kiểm duyệt", "The moderator's message"),
    rejected_note: ("Tin không được duyệt", "Not approved"),
    optional: ("không bắt buộc", "optional"),
    f_title_vi: ("Tiêu đề (tiếng Việt)", "Title (Vietnamese)"),
    f_title_en: ("Tiêu đề (tiếng Anh)", "Title (English)"),
    f_summary_vi: ("Tóm tắt công khai", "Public summary"),
    f_summary_en: ("Tóm tắt (tiếng Anh)", "Summary (English)"),
    f_problem_offer: ("Vấn đề công nghệ giải quyết", "Problem it solves"),
    f_advantages: ("Ưu điểm", "Advantages"),
    f_applications: ("Khả năng ứng dụng", "Applications"),
    f_trl: ("Mức độ sẵn sàng công nghệ (TRL 1–9)", "Technology readiness level (TRL 1–9)"),
    f_ip_status: ("Tình trạng sở hữu trí tuệ", "IP status"),
    f_ip_number: ("Số bằng / số đơn", "Patent or application number"),
    ip_number_hint: ("Bắt buộc với sáng chế đã cấp, đang nộp đơn và giải pháp hữu ích.", "Required for granted and pending patents and utility solutions."),
    f_price: ("Giá chào bán (đồng)", "Asking price (VND)"),
    price_hint: ("Ví dụ: 1.500.000.000. Bỏ trống nếu giá thỏa thuận.", "For example 1.500.000.000. Leave empty if negotiable."),
    f_negotiable: ("Giá thỏa thuận", "Price negotiable"),
    f_confidential: ("Thông tin bảo mật", "Confidential details"),
    confidential_hint: ("Chỉ hiển thị cho các bên của một yêu cầu hợp tác đã được chấp nhận.", "Shown only to the parties of an accepted collaboration request."),
    f_coop: ("Hình thức hợp tác mong muốn", "Cooperation types wanted"),
    f_problem_challenge: ("Bài toán cần giải quyết", "The problem to solve"),
    f_problem_en: ("Bài toán (tiếng Anh)", "Problem (English)"),
    f_desired: ("Kết quả mong muốn", "Desired result"),
    f_constraints: ("Ràng buộc, điều kiện", "Constraints"),
    f_budget_min: ("Ngân sách từ (đồng)", "Budget from (VND)"),
    f_budget_max: ("Ngân sách đến (đồng)", "Budget up to (VND)"),
    f_trl_min: ("TRL tối thiểu", "Minimum TRL"),
    f_deadline: ("Hạn chót", "Deadline"),
    f_task_order: ("Đây là nhiệm vụ KH&CN đặt hàng của tỉnh", "This is a provincial S&T task order"),
    task_order_hint: ("Chỉ Sở KH&CN (cơ quan quản lý) đặt hàng nhiệm vụ; cần nêu kinh phí và tiêu chí đánh giá theo kết quả đầu ra.", "Only the Department (an agency) orders S&T tasks; state the funding and the output-based evaluation criteria."),
    f_funding: ("Kinh phí đặt hàng (đồng)", "Funding (VND)"),
    f_criteria: ("Tiêu chí đánh giá theo kết quả đầu ra", "Output-based evaluation criteria"),
    f_output_type: ("Loại kết quả", "Type of output"),
    f_authors: ("Tác giả", "Authors"),
    f_year: ("Năm công bố", "Year"),
    f_doi: ("DOI", "DOI"),
    doi_hint: ("Ví dụ: 10.1000/xyz123", "For example 10.1000/xyz123"),
    f_patent_number: ("Số bằng sáng chế / giải pháp hữu ích", "Patent or utility solution number"),
    f_abstract_vi: ("Tóm tắt", "Abstract"),
    f_abstract_en: ("Tóm tắt (tiếng Anh)", "Abstract (English)"),
    f_international: ("Công bố quốc tế", "International publication"),
    f_offers: ("Liên kết với chào bán công nghệ của đơn vị", "Link to the organisation's offers"),
    no_offers: ("Đơn vị chưa có chào bán công nghệ nào.", "The organisation has no offers yet."),
    listings_title: ("Tin đăng của đơn vị", "The organisation's listings"),
    listings_lead: ("Mọi chào bán công nghệ, nhu cầu công nghệ và kết quả nghiên cứu của đơn vị, ở mọi trạng thái.", "Every offer, challenge and research output of the organisation, in every state."),
    listings_link: ("Tin đăng", "Listings"),
    no_listings: ("Đơn vị chưa có tin đăng nào.", "The organisation has no listings yet."),
    col_title: ("Tiêu đề", "Title"),
    col_kind: ("Loại", "Kind"),
    col_status: ("Trạng thái", "Status"),
    col_expires: ("Hết hạn", "Expires"),
    col_actions: ("Thao tác", "Actions"),
    expired: ("Đã hết hạn", "Expired"),
    edit: ("Sửa", "Edit"),
    view: ("Xem", "View"),
    task_order: ("Đặt hàng", "Task order"),
    moderation_title: ("Kiểm duyệt tin đăng", "Moderation queue"),
    moderation_lead: ("Tin đang chờ duyệt, cũ nhất ở trên. Phê duyệt để công bố; đề nghị chỉnh sửa hoặc từ chối cần kèm lời nhắn cho đơn vị.", "Listings waiting for review, oldest first. Approve to publish; asking for changes or rejecting needs a message to the organisation."),
    moderation_empty: ("Không có tin nào đang chờ duyệt.", "Nothing is waiting for review."),
    submitted: ("Gửi duyệt lúc", "Submitted"),
    verified_org: ("Đã xác minh", "Verified"),
    unverified_org: ("Chưa xác minh", "Not verified"),
    f_note: ("Lời nhắn cho đơn vị (bắt buộc khi đề nghị sửa hoặc từ chối)", "Message to the organisation (required to ask for changes or reject)"),
    approve: ("Phê duyệt", "Approve"),
    request_changes: ("Đề nghị chỉnh sửa", "Request changes"),
    reject: ("Từ chối", "Reject"),
    fact_price_negotiable: ("Thỏa thuận", "Negotiable"),
    not_allowed_title: ("Không có quyền truy cập", "Not allowed"),
    not_allowed: ("Trang này dành cho cán bộ kiểm duyệt của Sở KH&CN.", "This page is for the Department of S&T's moderators."),
}}

pub fn kind_label(lang: Lang, k: ListingKind) -> &'static str {
    let (vi, en) = match k {
        ListingKind::Offer => ("Chào bán công nghệ", "Technology offer"),
        ListingKind::Challenge => ("Nhu cầu công nghệ", "Challenge"),
        ListingKind::Research => ("Kết quả nghiên cứu", "Research output"),
    };
    if lang == Lang::Vi { vi } else { en }
}

pub fn stage_label(lang: Lang, s: Stage) -> &'static str {
    let (vi, en) = match s {
        Stage::Draft => ("Bản nháp", "Draft"),
        Stage::InReview => ("Chờ duyệt", "In review"),
        Stage::Rejected => ("Không được duyệt", "Rejected"),
        Stage::Published => ("Đang công bố", "Published"),
        Stage::Paused => ("Tạm dừng", "Paused"),
        Stage::Transferred => ("Đã chuyển giao", "Transferred"),
        Stage::Archived => ("Đã lưu trữ", "Archived"),
        Stage::Open => ("Đang mở", "Open"),
        Stage::InDiscussion => ("Đang trao đổi", "In discussion"),
        Stage::Matched => ("Đã kết nối", "Matched"),
        Stage::Closed => ("Đã đóng", "Closed"),
    };
    if lang == Lang::Vi { vi } else { en }
}

pub fn action_label(lang: Lang, a: Action) -> &'static str {
    let (vi, en) = match a {
        Action::Submit => ("Gửi duyệt", "Submit for review"),
        Action::Approve => ("Phê duyệt", "Approve"),
        Action::RequestChanges => ("Đề nghị chỉnh sửa", "Request changes"),
        Action::Reject => ("Từ chối", "Reject"),
        Action::Pause => ("Tạm dừng", "Pause"),
        Action::Resume => ("Hiển thị lại", "Resume"),
        Action::Transfer => ("Đánh dấu đã chuyển giao", "Mark as transferred"),
        Action::Archive => ("Lưu trữ", "Archive"),
        Action::Renew => ("Gia hạn 12 tháng", "Renew for 12 months"),
        Action::Discuss => ("Đang trao đổi", "Mark in discussion"),
        Action::Match => ("Đã tìm được đối tác", "Mark as matched"),
        Action::Close => ("Đóng", "Close"),
    };
    if lang == Lang::Vi { vi } else { en }
}

pub fn form_error(lang: Lang, e: FormError) -> &'static str {
    use FormError::*;
    let (vi, en) = match e {
        TrlInvalid => ("TRL là một số từ 1 đến 9.", "TRL is a number from 1 to 9."),
        AmountInvalid => ("Số tiền chỉ gồm chữ số, ví dụ 1.500.000.", "Enter an amount in digits, like 1.500.000."),
        PriceRequired => ("Nhập giá chào bán hoặc chọn “Giá thỏa thuận”.", "Enter a price or tick “Price negotiable”."),
        IpNumberRequired => (
            "Sáng chế, đơn sáng chế và giải pháp hữu ích cần có số bằng hoặc số đơn.",
            "Patents, patent applications and utility solutions need their number.",
        ),
        PatentNumberRequired => {
            ("Sáng chế và giải pháp hữu ích cần có số bằng.", "Patents and utility solutions need their number.")
        }
        FundingRequired => ("Nhiệm vụ đặt hàng cần nêu kinh phí.", "A task order must state its funding."),
        CriteriaRequired => (
            "Nhiệm vụ đặt hàng cần tiêu chí đánh giá theo kết quả đầu ra.",
            "A task order needs output-based evaluation criteria.",
        ),
        BudgetOrder => (
            "Ngân sách “đến” phải lớn hơn hoặc bằng “từ”.",
            "The budget's upper bound must not be below its lower bound.",
        ),
        DateInvalid => (
            "Ngày không hợp lệ; hạn chót cần sau hôm nay (dd/mm/yyyy).",
            "Enter a valid date after today (dd/mm/yyyy).",
        ),
        DoiInvalid => ("DOI có dạng 10.xxxx/…", "A DOI looks like 10.xxxx/…"),
        KindNotAllowed => (
            "Chỉ Sở KH&CN (cơ quan quản lý) được đặt hàng nhiệm vụ KH&CN.",
            "Only the Department (an agency) can order S&T tasks.",
        ),
        StepNotAllowed => (
            "Không thực hiện được ở trạng thái hiện tại của tin (có thể trang đã cũ; hãy tải lại).",
            "This cannot be done in the listing's current state (the page may be out of date; reload it).",
        ),
        // `account::form_error` sends only the variants above here
        _ => ("Nội dung không hợp lệ.", "This is not valid."),
    };
    if lang == Lang::Vi { vi } else { en }
}

pub fn notice(lang: Lang, n: Notice) -> &'static str {
    let (vi, en) = match n {
        Notice::ListingDraftSaved => ("Đã lưu bản nháp.", "Draft saved."),
        Notice::ListingSubmitted => (
            "Đã gửi duyệt. Sở KH&CN sẽ xem xét và thông báo kết quả cho đơn vị.",
            "Submitted for review. The Department will check it and notify the organisation.",
        ),
        Notice::ListingUpdated => ("Đã lưu thay đổi.", "Changes saved."),
        Notice::ListingEditHeld => (
            "Đã lưu. Phần nội dung công khai thay đổi được gửi duyệt; bản đã duyệt vẫn hiển thị cho đến khi bản mới được duyệt.",
            "Saved. The changed public text goes to review; the approved version stays public until the new one is approved.",
        ),
        Notice::ListingStepDone => ("Đã cập nhật trạng thái tin.", "The listing's status is updated."),
        Notice::ListingDecided => {
            ("Đã ghi nhận quyết định và thông báo cho đơn vị.", "Decision recorded; the organisation is notified.")
        }
        // `account::notice` sends only the variants above here
        _ => ("Đã lưu.", "Saved."),
    };
    if lang == Lang::Vi { vi } else { en }
}
