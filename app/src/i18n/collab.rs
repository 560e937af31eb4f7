//! Strings of collaboration requests (form, request page, inbox) and notifications, and the
//! names of their states, intents and agreement types.

use super::Lang;
use super::strings::strings;
use crate::domain::account::{FormError, Notice};
use crate::domain::collab::{AgreementType, CollabAction, CollabState, Intent, TargetType};

strings! { CollabStrings {
    request_button: ("Đề nghị hợp tác", "Request collaboration"),
    sign_in_to_request: ("Đăng nhập để đề nghị hợp tác", "Sign in to request collaboration"),
    need_org: ("Để đề nghị hợp tác, bạn cần quản lý trang của một tổ chức khác với bên nhận.", "To request collaboration you need to manage the page of an organisation other than the recipient."),
    create_org: ("Tạo trang tổ chức", "Create an organisation's page"),
    new_title: ("Đề nghị hợp tác", "Request collaboration"),
    new_lead: ("Bên nhận sẽ được thông báo. Thông tin liên hệ của hai bên chỉ được chia sẻ khi bên nhận chấp nhận.", "The recipient is notified. Both sides' contact details are shared only once the recipient accepts."),
    target_unavailable: ("Không tìm thấy mục này hoặc mục không còn nhận đề nghị hợp tác.", "This item was not found or no longer takes collaboration requests."),
    to_label: ("Gửi tới", "To"),
    about_label: ("Về", "About"),
    field_from_org: ("Gửi với tư cách", "Send on behalf of"),
    field_intent: ("Mục đích hợp tác", "Intent"),
    field_message: ("Lời nhắn", "Message"),
    message_hint: ("Giới thiệu đơn vị của bạn và điều bạn mong muốn (tối đa 4.000 ký tự). Không cần ghi số điện thoại: liên hệ được chia sẻ khi được chấp nhận.", "Introduce your organisation and what you are looking for (at most 4,000 characters). No need for a phone number: contacts are shared on acceptance."),
    send: ("Gửi đề nghị", "Send the request"),
    cancel: ("Hủy", "Cancel"),
    request_word: ("Yêu cầu hợp tác", "Collaboration request"),
    sender: ("Bên đề nghị", "From"),
    receiver: ("Bên nhận", "To"),
    intent: ("Mục đích", "Intent"),
    state: ("Trạng thái", "State"),
    sent_on: ("Ngày gửi", "Sent on"),
    target: ("Đối tượng", "Subject"),
    contacts_h: ("Thông tin liên hệ", "Contacts"),
    contacts_hidden: ("Thông tin liên hệ của hai bên được chia sẻ khi bên nhận chấp nhận yêu cầu (xác nhận hai phía).", "Both sides' contact details are shared once the recipient accepts the request (double opt-in)."),
    contact_desk: ("Đầu mối của tổ chức", "Organisation's contact"),
    contact_person: ("Người phụ trách", "Person in charge"),
    email: ("E-mail", "E-mail"),
    phone: ("Điện thoại", "Phone"),
    none_given: ("Chưa cung cấp", "Not given"),
    confidential_h: ("Thông tin bảo mật của công nghệ", "Confidential details of the technology"),
    confidential_note: ("Chỉ các bên của yêu cầu hợp tác đã được chấp nhận mới xem được phần này.", "Only the parties of an accepted collaboration request can see this."),
    timeline_h: ("Diễn biến", "Timeline"),
    by: ("bởi", "by"),
    thread_h: ("Trao đổi", "Messages"),
    no_messages: ("Chưa có tin nhắn.", "No messages yet."),
    message_label: ("Tin nhắn mới", "New message"),
    post: ("Gửi tin nhắn", "Send message"),
    thread_closed: ("Yêu cầu đã kết thúc; không thể gửi thêm tin nhắn.", "This request has ended; no more messages can be sent."),
    actions_h: ("Việc tiếp theo", "Next steps"),
    no_actions: ("Hiện chưa có bước nào bạn cần thực hiện.", "There is nothing for you to do at the moment."),
    admin_view: ("Bạn đang xem với quyền quản trị; chỉ các bên mới thực hiện được các bước.", "You are viewing as an administrator; only the parties can take steps."),
    decline_reason: ("Lý do từ chối", "Reason for declining"),
    close_note: ("Ghi chú khi đóng", "Closing note"),
    agree_h: ("Ghi nhận thỏa thuận đã ký", "Record the signed agreement"),
    agreement_type: ("Loại thỏa thuận", "Type of agreement"),
    value: ("Giá trị (đồng)", "Value (VND)"),
    value_hint: ("Không bắt buộc. Chỉ nhập số, ví dụ 250000000.", "Optional. Digits only, e.g. 250000000."),
    signed_on: ("Ngày ký", "Signed on"),
    signed_on_hint: ("Không được sau ngày hôm nay.", "Not later than today."),
    document: ("Văn bản thỏa thuận (PDF, tối đa 10 MB, không bắt buộc)", "Agreement document (PDF, at most 10 MB, optional)"),
    record: ("Ghi nhận thỏa thuận", "Record the agreement"),
    agreement_h: ("Thỏa thuận", "Agreement"),
    download: ("Tải văn bản thỏa thuận (PDF)", "Download the agreement (PDF)"),
    box_title: ("Yêu cầu hợp tác", "Collaboration requests"),
    box_link: ("Yêu cầu hợp tác", "Collaboration requests"),
    inbox: ("Hộp đến", "Inbox"),
    sent_box: ("Đã gửi", "Sent"),
    all_states: ("Tất cả", "All"),
    box_empty: ("Không có yêu cầu nào.", "No requests."),
    col_other: ("Đối tác", "Partner"),
    col_updated: ("Cập nhật", "Updated"),
    filter_label: ("Lọc theo trạng thái", "Filter by state"),
    not_member: ("Chỉ thành viên của tổ chức mới xem được các yêu cầu hợp tác của tổ chức.", "Only members of the organisation can see its collaboration requests."),
    notif_title: ("Thông báo", "Notifications"),
    notif_lead: ("Thông báo mới nhất ở trên. Mở một thông báo sẽ đánh dấu đã đọc.", "Newest first. Opening a notification marks it read."),
    notif_empty: ("Bạn chưa có thông báo nào.", "You have no notifications."),
    mark_all: ("Đánh dấu tất cả đã đọc", "Mark all as read"),
    unread: ("Chưa đọc", "Unread"),
    unread_count: ("thông báo chưa đọc", "unread notifications"),
    prefs_h: ("Nhận thông báo qua e-mail", "Notification e-mail"),
    pref_immediate: ("Gửi ngay khi có thông báo", "At once, for each notification"),
    pref_daily: ("Gộp thành một thư mỗi ngày", "One digest a day"),
    pref_off: ("Không gửi e-mail (vẫn xem được trên trang)", "No e-mail (still shown on the site)"),
    save_prefs: ("Lưu lựa chọn", "Save"),
    my_requests: ("Yêu cầu hợp tác", "Collaboration requests"),
} }

pub fn state(lang: Lang, s: CollabState) -> &'static str {
    use CollabState::*;
    let (vi, en) = match s {
        Sent => ("Đã gửi", "Sent"),
        Viewed => ("Đã xem", "Viewed"),
        Accepted => ("Đã chấp nhận", "Accepted"),
        Declined => ("Bị từ chối", "Declined"),
        Withdrawn => ("Đã rút", "Withdrawn"),
        InProgress => ("Đang triển khai", "In progress"),
        Agreement => ("Đã ký thỏa thuận", "Agreement signed"),
        ClosedNoDeal => ("Đã đóng, không thỏa thuận", "Closed without a deal"),
    };
    if lang == Lang::Vi { vi } else { en }
}

pub fn intent(lang: Lang, i: Intent) -> &'static str {
    use Intent::*;
    let (vi, en) = match i {
        Licence => ("Nhận chuyển giao, li-xăng", "Licence"),
        JointRnd => ("Hợp tác nghiên cứu chung", "Joint R&D"),
        Pilot => ("Thử nghiệm, thí điểm", "Pilot"),
        Investment => ("Đầu tư", "Investment"),
        TechnicalService => ("Dịch vụ kỹ thuật", "Technical service"),
        Purchase => ("Mua sản phẩm, giải pháp", "Purchase"),
        Other => ("Khác", "Other"),
    };
    if lang == Lang::Vi { vi } else { en }
}

pub fn agreement_type(lang: Lang, t: AgreementType) -> &'static str {
    use AgreementType::*;
    let (vi, en) = match t {
        Licence => ("Li-xăng", "Licence"),
        Contract => ("Hợp đồng", "Contract"),
        Investment => ("Đầu tư", "Investment"),
        JointProject => ("Dự án chung", "Joint project"),
    };
    if lang == Lang::Vi { vi } else { en }
}

pub fn target_type(lang: Lang, t: TargetType) -> &'static str {
    let (vi, en) = match t {
        TargetType::Offer => ("Chào bán công nghệ", "Technology offer"),
        TargetType::Challenge => ("Bài toán công nghệ", "Technology challenge"),
        TargetType::Org => ("Tổ chức", "Organisation"),
    };
    if lang == Lang::Vi { vi } else { en }
}

/// The button of a step.
pub fn action(lang: Lang, a: CollabAction) -> &'static str {
    use CollabAction::*;
    let (vi, en) = match a {
        View => ("Xem", "View"),
        Accept => ("Chấp nhận", "Accept"),
        Decline => ("Từ chối", "Decline"),
        Withdraw => ("Rút yêu cầu", "Withdraw"),
        Start => ("Bắt đầu triển khai", "Start working together"),
        Agree => ("Ghi nhận thỏa thuận", "Record the agreement"),
        Close => ("Đóng, không đi đến thỏa thuận", "Close without a deal"),
    };
    if lang == Lang::Vi { vi } else { en }
}

pub fn preference(lang: Lang, code: &str) -> &'static str {
    let c = lang.collab();
    match code {
        "daily" => c.pref_daily,
        "off" => c.pref_off,
        _ => c.pref_immediate,
    }
}

pub fn form_error(lang: Lang, e: FormError) -> &'static str {
    use FormError::*;
    let (vi, en) = match e {
        DuplicateRequest => (
            "Tổ chức của bạn đã có một yêu cầu đang mở cho mục này. Hãy tiếp tục trao đổi trong yêu cầu đó.",
            "Your organisation already has an open request for this. Continue in that request.",
        ),
        StepNotAllowed => (
            "Không thể thực hiện bước này ở trạng thái hiện tại của yêu cầu (có thể bên kia vừa thao tác). Trang đã được cập nhật.",
            "This step is not possible in the request's current state (the other side may just have acted). The page is up to date.",
        ),
        DateInvalid => ("Ngày không hợp lệ, ví dụ đúng: 2026-05-20.", "Enter a valid date, e.g. 2026-05-20."),
        DateInFuture => ("Ngày ký không được sau ngày hôm nay.", "The signing date cannot be later than today."),
        AmountInvalid => {
            ("Giá trị phải là số đồng, không âm.", "The value must be a whole number of đồng, not negative.")
        }
        PdfInvalid => ("Văn bản cần là tệp PDF.", "The document must be a PDF file."),
        PdfTooLarge => ("Tệp PDF lớn hơn 10 MB.", "The PDF is larger than 10 MB."),
        _ => ("Nội dung không hợp lệ.", "This is not valid."),
    };
    if lang == Lang::Vi { vi } else { en }
}

pub fn notice(lang: Lang, n: Notice) -> &'static str {
    use Notice::*;
    let (vi, en) = match n {
        RequestSent => (
            "Đã gửi đề nghị hợp tác. Bạn sẽ nhận thông báo khi bên nhận trả lời.",
            "Collaboration request sent. You will be notified when the recipient answers.",
        ),
        RequestUpdated => ("Đã cập nhật yêu cầu hợp tác.", "The collaboration request is updated."),
        MessagePosted => ("Đã gửi tin nhắn.", "Message sent."),
        AllRead => ("Đã đánh dấu tất cả thông báo là đã đọc.", "All notifications are marked as read."),
        _ => ("Đã lưu.", "Saved."),
    };
    if lang == Lang::Vi { vi } else { en }
}
