//! Strings of events: the list's tabs, the registration box, the organisers' form and the
//! attendee list and its exports.

use super::strings::strings;
use crate::domain::account::{FormError, Notice};
use crate::domain::events::RegStatus;

strings! { EventStrings {
    tab_upcoming: ("Sắp diễn ra", "Upcoming"),
    tab_past: ("Đã diễn ra", "Past"),
    tabs_label: ("Thời gian sự kiện", "When"),
    add_to_calendar: ("Thêm vào lịch", "Add to calendar"),
    add_to_calendar_hint: ("Tải tệp .ics để mở bằng Google Calendar, Outlook hoặc Lịch của điện thoại.", "Download an .ics file for Google Calendar, Outlook or your phone's calendar."),
    registration: ("Đăng ký tham dự", "Registration"),
    places_left: ("Còn chỗ", "Places left"),
    places_unlimited: ("Không giới hạn số người tham dự.", "No limit on the number of participants."),
    registered_count: ("Đã đăng ký", "Registered"),
    waitlist_count: ("Danh sách chờ", "Waiting list"),
    full: ("Sự kiện đã đủ chỗ. Bạn vẫn có thể đăng ký vào danh sách chờ; khi có người hủy, người đầu danh sách được chuyển lên và nhận thông báo.", "The event is full. You can still join the waiting list; when someone cancels, the first person on it moves up and is notified."),
    register_button: ("Đăng ký tham dự", "Register"),
    waitlist_button: ("Đăng ký vào danh sách chờ", "Join the waiting list"),
    register_as: ("Bạn sẽ đăng ký với tên và e-mail của tài khoản:", "You will register with your account's name and e-mail:"),
    field_org: ("Đơn vị (không bắt buộc)", "Organisation (optional)"),
    no_org: ("Đăng ký với tư cách cá nhân", "Registering as an individual"),
    sign_in_to_register: ("Đăng nhập để đăng ký tham dự", "Sign in to register"),
    verify_to_register: ("Hãy xác nhận địa chỉ e-mail của tài khoản trước khi đăng ký.", "Confirm your account's e-mail address before registering."),
    you_are_registered: ("Bạn đã đăng ký tham dự sự kiện này.", "You are registered for this event."),
    you_attended: ("Bạn đã tham dự sự kiện này.", "You attended this event."),
    you_are_waitlisted: ("Bạn đang ở danh sách chờ, vị trí số", "You are on the waiting list, position"),
    you_cancelled: ("Bạn đã hủy đăng ký trước đó; có thể đăng ký lại.", "You cancelled your registration; you may register again."),
    cancel_registration: ("Hủy đăng ký", "Cancel my registration"),
    started: ("Sự kiện đã bắt đầu hoặc đã kết thúc; không nhận đăng ký mới.", "The event has started or ended; registration is closed."),
    cancelled_banner: ("Sự kiện này đã bị hủy.", "This event has been cancelled."),
    cancelled_badge: ("Đã hủy", "Cancelled"),
    draft_badge: ("Bản nháp", "Draft"),
    published_badge: ("Đã công bố", "Published"),
    organiser_tools: ("Dành cho đơn vị tổ chức", "For the organiser"),
    edit_event: ("Sửa sự kiện", "Edit the event"),
    attendees: ("Danh sách đăng ký", "Registrations"),
    create_event: ("Tạo sự kiện", "Create an event"),
    create_event_lead: ("Techmart, demo day, diễn đàn, hội thảo hoặc tập huấn. Sự kiện được lưu dưới dạng bản nháp cho đến khi bạn công bố.", "A techmart, demo day, forum, workshop or training. The event stays a draft until you publish it."),
    create_for: ("Đơn vị tổ chức", "Organiser"),
    edit_title: ("Sửa sự kiện", "Edit event"),
    cannot_organise: ("Loại tổ chức này không tổ chức sự kiện trên nền tảng. Vườn ươm, không gian ĐMST, cơ quan nhà nước, viện, trường, trung tâm R&D và tổ chức trung gian có thể tạo sự kiện.", "This kind of organisation does not hold events on the platform. Incubators, innovation spaces, agencies, institutes, universities, R&D centres and intermediaries can create events."),
    not_organiser: ("Bạn không quản lý đơn vị tổ chức sự kiện này.", "You do not manage the organiser of this event."),
    choose_org: ("Chọn đơn vị tổ chức sự kiện:", "Choose the organisation holding the event:"),
    no_orgs: ("Bạn chưa quản lý tổ chức nào có thể tổ chức sự kiện.", "You do not manage any organisation that can hold events."),
    field_type: ("Loại sự kiện", "Type of event"),
    field_title_vi: ("Tên sự kiện (tiếng Việt)", "Title (Vietnamese)"),
    field_title_en: ("Tên sự kiện (tiếng Anh, không bắt buộc)", "Title (English, optional)"),
    field_description_vi: ("Giới thiệu (tiếng Việt)", "Description (Vietnamese)"),
    field_description_en: ("Giới thiệu (tiếng Anh, không bắt buộc)", "Description (English, optional)"),
    markdown_hint: ("Có thể dùng Markdown: **đậm**, - danh sách, [liên kết](https://...).", "Markdown works: **bold**, - lists, [links](https://...)."),
    field_starts: ("Bắt đầu", "Starts"),
    field_ends: ("Kết thúc", "Ends"),
    time_hint: ("Giờ Việt Nam, ví dụ 15/12/2026 08:00.", "Vietnam time, e.g. 15/12/2026 08:00."),
    field_venue: ("Địa điểm", "Venue"),
    venue_hint: ("Tên hội trường, số nhà, đường.", "Hall, street address."),
    field_location: ("Phường, xã", "Ward or commune"),
    field_capacity: ("Số chỗ", "Places"),
    capacity_hint: ("Để trống nếu không giới hạn. Khi đủ chỗ, người đăng ký sau vào danh sách chờ.", "Leave empty for no limit. Once full, new registrations join the waiting list."),
    field_sectors: ("Lĩnh vực", "Sectors"),
    save_draft: ("Lưu bản nháp", "Save as draft"),
    save_publish: ("Lưu và công bố", "Save and publish"),
    save: ("Lưu thay đổi", "Save changes"),
    status_section: ("Trạng thái", "Status"),
    publish: ("Công bố", "Publish"),
    unpublish: ("Chuyển về bản nháp", "Unpublish"),
    cancel_event: ("Hủy sự kiện", "Cancel the event"),
    cancel_event_hint: ("Người đã đăng ký và người trong danh sách chờ sẽ nhận thông báo. Không thể hoàn tác.", "Everyone registered or waiting is notified. This cannot be undone."),
    view_public: ("Xem trang công khai", "View the public page"),
    draft_hint: ("Bản nháp chỉ người quản lý đơn vị tổ chức nhìn thấy.", "A draft is seen only by the organiser's managers."),
    export_csv: ("Tải CSV", "Download CSV"),
    export_xlsx: ("Tải Excel (XLSX)", "Download Excel (XLSX)"),
    col_name: ("Họ và tên", "Name"),
    col_email: ("E-mail", "E-mail"),
    col_org: ("Đơn vị", "Organisation"),
    col_status: ("Trạng thái", "Status"),
    col_registered_at: ("Thời điểm đăng ký", "Registered at"),
    col_position: ("Thứ tự chờ", "Waiting position"),
    col_action: ("Điểm danh", "Attendance"),
    mark_attended: ("Đánh dấu đã tham dự", "Mark attended"),
    unmark_attended: ("Bỏ đánh dấu", "Undo"),
    no_registrations: ("Chưa có ai đăng ký.", "Nobody has registered yet."),
    sheet_name: ("Đăng ký", "Registrations"),
    my_events: ("Sự kiện của tổ chức", "The organisation's events"),
    manage_events: ("Sự kiện: tạo mới và quản lý", "Events: create and manage"),
} }

pub fn status(lang: super::Lang, s: RegStatus) -> &'static str {
    let (vi, en) = match s {
        RegStatus::Registered => ("Đã đăng ký", "Registered"),
        RegStatus::Waitlisted => ("Danh sách chờ", "Waiting list"),
        RegStatus::Cancelled => ("Đã hủy", "Cancelled"),
        RegStatus::Attended => ("Đã tham dự", "Attended"),
    };
    if lang == super::Lang::Vi { vi } else { en }
}

/// Messages of the events' form errors (the rest are in `account.rs`).
pub fn form_error(e: FormError) -> (&'static str, &'static str) {
    use FormError::*;
    match e {
        DateTimeInvalid => (
            "Nhập ngày giờ theo dạng dd/mm/yyyy HH:mm, ví dụ 15/12/2026 08:00.",
            "Enter a date and time as dd/mm/yyyy HH:mm, e.g. 15/12/2026 08:00.",
        ),
        EndsBeforeStart => {
            ("Thời điểm kết thúc phải sau hoặc trùng thời điểm bắt đầu.", "The end must not be before the start.")
        }
        StartsInPast => (
            "Thời điểm bắt đầu đã qua; hãy chọn một thời điểm trong tương lai.",
            "The start is in the past; choose a time in the future.",
        ),
        CapacityInvalid => (
            "Số chỗ là một số nguyên từ 1 đến 100.000, hoặc để trống.",
            "Places must be a whole number from 1 to 100,000, or empty.",
        ),
        CannotOrganise => {
            ("Loại tổ chức này không tạo được sự kiện.", "This kind of organisation cannot create events.")
        }
        AlreadyRegistered => (
            "Bạn đã đăng ký sự kiện này rồi; trạng thái hiện tại của bạn hiển thị bên dưới.",
            "You have already registered for this event; your current status is shown below.",
        ),
        EventStarted => (
            "Sự kiện đã bắt đầu nên không thể đăng ký hoặc hủy đăng ký nữa.",
            "The event has started, so registrations can no longer be made or cancelled.",
        ),
        EventCancelled => ("Sự kiện đã bị hủy.", "The event has been cancelled."),
        NotRegistered => (
            "Bạn chưa có đăng ký nào đang hiệu lực cho sự kiện này.",
            "You have no active registration for this event.",
        ),
        _ => ("", ""),
    }
}

pub fn notice(n: Notice) -> (&'static str, &'static str) {
    use Notice::*;
    match n {
        EventCreated => ("Đã tạo sự kiện.", "The event is created."),
        EventSaved => ("Đã lưu sự kiện.", "The event is saved."),
        EventPublished => ("Sự kiện đã được công bố.", "The event is published."),
        EventUnpublished => ("Sự kiện đã chuyển về bản nháp.", "The event is back to draft."),
        EventCancelled => {
            ("Đã hủy sự kiện và thông báo cho người đăng ký.", "The event is cancelled and registrants are notified.")
        }
        Registered => ("Đăng ký thành công. Hẹn gặp bạn tại sự kiện!", "You are registered. See you there!"),
        Waitlisted => {
            ("Sự kiện đã đủ chỗ: bạn được đưa vào danh sách chờ.", "The event is full: you are on the waiting list.")
        }
        RegistrationCancelled => ("Đã hủy đăng ký của bạn.", "Your registration is cancelled."),
        AttendanceSaved => ("Đã cập nhật điểm danh.", "Attendance updated."),
        _ => ("", ""),
    }
}

/// The notification of a place freed for someone on the waiting list: (vi, en).
pub fn promoted_note(title_vi: &str, title_en: Option<&str>) -> (String, String) {
    (
        format!("Đã có chỗ cho bạn: bạn được chuyển từ danh sách chờ sang danh sách tham dự “{title_vi}”."),
        format!(
            "A place is yours: you moved from the waiting list to the participants of “{}”.",
            title_en.unwrap_or(title_vi)
        ),
    )
}

/// The notification of a cancelled event: (vi, en).
pub fn cancelled_note(title_vi: &str, title_en: Option<&str>) -> (String, String) {
    (
        format!("Sự kiện “{title_vi}” mà bạn đăng ký đã bị hủy."),
        format!("The event “{}” you registered for has been cancelled.", title_en.unwrap_or(title_vi)),
    )
}
