//! Strings of accounts, organisation management and the admin area, and the messages of
//! `FormError` and `Notice`.

use super::Lang;
use super::strings::strings;
use crate::domain::account::{FormError, Notice};

strings! { AccountStrings {
    sign_in: ("Đăng nhập", "Sign in"),
    sign_up: ("Đăng ký", "Sign up"),
    sign_out: ("Đăng xuất", "Sign out"),
    account: ("Tài khoản", "Account"),
    account_menu: ("Tài khoản của bạn", "Your account"),
    login_title: ("Đăng nhập vào Kết Nối", "Sign in to Kết Nối"),
    login_lead: ("Đăng nhập để quản lý trang tổ chức, gửi yêu cầu hợp tác và nhận thông báo.", "Sign in to manage your organisation's page, send collaboration requests and get notifications."),
    signup_title: ("Tạo tài khoản", "Create an account"),
    signup_lead: ("Tài khoản cá nhân là miễn phí. Sau khi đăng ký, bạn có thể tạo hoặc nhận quản lý trang của tổ chức mình.", "Personal accounts are free. Once signed up, you can create your organisation's page or claim an existing one."),
    field_name: ("Họ và tên", "Full name"),
    field_email: ("Địa chỉ e-mail", "E-mail address"),
    field_password: ("Mật khẩu", "Password"),
    field_new_password: ("Mật khẩu mới", "New password"),
    field_current_password: ("Mật khẩu hiện tại", "Current password"),
    field_confirm: ("Nhập lại mật khẩu", "Confirm the password"),
    password_hint: ("Ít nhất 10 ký tự. Một câu dễ nhớ là mật khẩu tốt, ví dụ: “Tràng An mùa lúa chín”.", "At least 10 characters. A sentence you remember makes a good password, e.g. “rice fields of Tràng An”."),
    email_hint: ("Chúng tôi gửi liên kết xác nhận đến địa chỉ này.", "We send a confirmation link to this address."),
    remember_me: ("Ghi nhớ đăng nhập trên thiết bị này (30 ngày)", "Keep me signed in on this device (30 days)"),
    forgot_link: ("Quên mật khẩu?", "Forgotten your password?"),
    no_account: ("Chưa có tài khoản?", "No account yet?"),
    have_account: ("Đã có tài khoản?", "Already have an account?"),
    or_continue_with: ("Hoặc đăng nhập bằng", "Or sign in with"),
    continue_with: ("Tiếp tục với", "Continue with"),
    forgot_title: ("Quên mật khẩu", "Forgotten password"),
    forgot_lead: ("Nhập địa chỉ e-mail của tài khoản. Nếu có tài khoản, chúng tôi sẽ gửi liên kết đặt lại mật khẩu (hiệu lực 1 giờ).", "Enter your account's e-mail address. If there is an account, we will send a link to reset the password (valid for 1 hour)."),
    send_link: ("Gửi liên kết", "Send the link"),
    reset_title: ("Đặt mật khẩu mới", "Choose a new password"),
    reset_lead: ("Sau khi đặt mật khẩu mới, mọi phiên đăng nhập cũ sẽ kết thúc.", "Once you set a new password, every other signed-in session ends."),
    reset_invalid: ("Liên kết đặt lại mật khẩu không hợp lệ hoặc đã hết hạn.", "The reset link is invalid or has expired."),
    save_password: ("Lưu mật khẩu", "Save the password"),
    error_summary: ("Có vấn đề cần sửa", "There is a problem"),
    account_title: ("Tài khoản của bạn", "Your account"),
    signed_in_as: ("Đăng nhập với", "Signed in as"),
    role_label: ("Vai trò", "Role"),
    email_unverified: ("Địa chỉ e-mail chưa được xác nhận. Hãy mở liên kết trong thư chúng tôi đã gửi.", "Your e-mail address is not confirmed yet. Open the link in the mail we sent you."),
    resend_verification: ("Gửi lại thư xác nhận", "Send the confirmation again"),
    my_orgs: ("Tổ chức của bạn", "Your organisations"),
    no_orgs: ("Bạn chưa quản lý tổ chức nào. Hãy tạo trang mới cho tổ chức của bạn, hoặc mở trang tổ chức đã có và bấm “Nhận quản lý”.", "You do not manage an organisation yet. Create a page for yours, or open its existing page and choose “Claim this page”."),
    change_password: ("Đổi mật khẩu", "Change password"),
    set_password_hint: ("Tài khoản của bạn đăng nhập qua nhà cung cấp danh tính; bạn có thể đặt thêm mật khẩu.", "You sign in through an identity provider; you may also set a password."),
    member_owner: ("Chủ sở hữu", "Owner"),
    member_editor: ("Biên tập", "Editor"),
    platform_admin: ("Quản trị (Sở KH&CN)", "Administrator (Department of S&T)"),
    platform_moderator: ("Kiểm duyệt viên", "Moderator"),
    platform_member: ("Thành viên", "Member"),
    denied_signed_out_title: ("Cần đăng nhập", "Sign-in needed"),
    denied_signed_out: ("Bạn cần đăng nhập để thực hiện thao tác này.", "You need to sign in to do this."),
    denied_forbidden_title: ("Không có quyền", "Not allowed"),
    denied_forbidden: ("Tài khoản của bạn không có quyền thực hiện thao tác này.", "Your account is not allowed to do this."),
    storage_full_title: ("Chưa lưu được", "Not saved"),
    storage_full: (
        "Máy chủ tạm thời không ghi được dữ liệu (bộ nhớ lưu trữ đã đầy hoặc chỉ cho phép đọc), nên nội dung bạn vừa gửi chưa được lưu. Hãy bấm Quay lại trên trình duyệt — nội dung bạn nhập vẫn còn ở đó — và thử lại sau ít phút. Quản trị viên hệ thống đã được báo trong nhật ký. Bạn vẫn xem và tìm kiếm được như bình thường.",
        "The server cannot write data at the moment (its storage is full or read-only), so what you just sent was not saved. Press Back in your browser — what you typed is still there — and try again in a few minutes. The system's operator has been told in its log. Browsing and search work as usual."
    ),
    admin_area: ("Khu vực quản trị", "Admin area"),
    manage: ("Quản lý", "Manage"),
    create_org: ("Tạo trang tổ chức mới", "Create an organisation page"),
    create_org_lead: ("Trang mới hiển thị công khai với nhãn “chưa xác minh” cho đến khi Sở KH&CN xác minh. Bạn là chủ sở hữu của trang.", "The new page is public with a “not verified” label until the Department verifies it. You are its owner."),
    field_org_name: ("Tên tổ chức (tiếng Việt)", "Organisation name (Vietnamese)"),
    field_org_name_en: ("Tên tiếng Anh", "English name"),
    field_kind: ("Loại tổ chức", "Kind of organisation"),
    choose: ("— Chọn —", "— Choose —"),
    field_short: ("Giới thiệu ngắn (tiếng Việt)", "Short description (Vietnamese)"),
    field_short_en: ("Giới thiệu ngắn (tiếng Anh)", "Short description (English)"),
    field_description: ("Giới thiệu chi tiết (tiếng Việt)", "Full description (Vietnamese)"),
    field_description_en: ("Giới thiệu chi tiết (tiếng Anh)", "Full description (English)"),
    markdown_hint: ("Có thể dùng Markdown: **đậm**, *nghiêng*, danh sách, liên kết.", "Markdown is allowed: **bold**, *italic*, lists, links."),
    field_sectors: ("Lĩnh vực", "Sectors"),
    field_location: ("Phường, xã", "Ward or commune"),
    field_address: ("Địa chỉ", "Address"),
    field_founded: ("Năm thành lập", "Year founded"),
    field_website: ("Trang web", "Website"),
    field_contact_name: ("Người liên hệ", "Contact person"),
    field_contact_email: ("E-mail liên hệ", "Contact e-mail"),
    field_contact_phone: ("Điện thoại liên hệ", "Contact phone"),
    create_button: ("Tạo trang", "Create the page"),
    manage_title: ("Quản lý trang tổ chức", "Manage the organisation's page"),
    view_public: ("Xem trang công khai", "View the public page"),
    profile_section: ("Hồ sơ", "Profile"),
    save_profile: ("Lưu hồ sơ", "Save the profile"),
    logo_section: ("Logo", "Logo"),
    logo_hint: ("PNG, JPEG, WebP hoặc GIF, tối đa 2 MB. Ảnh được thu nhỏ về 256 × 256 điểm ảnh.", "PNG, JPEG, WebP or GIF, at most 2 MB. It is scaled to 256 × 256 pixels."),
    upload_logo: ("Tải logo lên", "Upload the logo"),
    members_section: ("Thành viên quản lý", "Members"),
    remove: ("Gỡ", "Remove"),
    invite_section: ("Mời thành viên", "Invite a member"),
    invite_hint: ("Người được mời nhận thư có liên kết (hiệu lực 7 ngày) và đăng nhập bằng đúng địa chỉ này.", "The person receives a link (valid for 7 days) and signs in with this address."),
    field_role: ("Vai trò", "Role"),
    send_invite: ("Gửi lời mời", "Send the invitation"),
    pending_invites: ("Lời mời đang chờ", "Open invitations"),
    expires: ("hết hạn", "expires"),
    not_manager: ("Bạn không quản lý tổ chức này.", "You do not manage this organisation."),
    claim_title: ("Bạn làm việc tại tổ chức này?", "Do you work here?"),
    claim_lead: ("Gửi yêu cầu nhận quản lý trang. Sở KH&CN kiểm tra và phê duyệt.", "Ask to manage this page. The Department checks and approves."),
    claim_message: ("Vị trí của bạn tại tổ chức, cách liên hệ để xác minh", "Your position there, and how we can check"),
    claim_button: ("Gửi yêu cầu nhận quản lý", "Claim this page"),
    claim_sign_in: ("Đăng nhập để nhận quản lý trang này", "Sign in to claim this page"),
    verified_short: ("đã xác minh", "verified"),
    unverified_short: ("chưa xác minh", "not verified"),
}}

pub fn form_error(lang: Lang, e: FormError) -> &'static str {
    use FormError::*;
    let (vi, en) = match e {
        Required => ("Vui lòng điền mục này.", "Please fill this in."),
        EmailInvalid => {
            ("Địa chỉ e-mail không hợp lệ, ví dụ đúng: ten@congty.vn.", "Enter an e-mail address like name@company.vn.")
        }
        EmailTaken => ("Địa chỉ e-mail này đã có tài khoản.", "This e-mail address already has an account."),
        PasswordTooShort => ("Mật khẩu cần ít nhất 10 ký tự.", "The password needs at least 10 characters."),
        PasswordTooLong => ("Mật khẩu dài tối đa 128 ký tự.", "The password can be at most 128 characters."),
        PasswordTooCommon => {
            ("Mật khẩu này quá phổ biến, hãy chọn mật khẩu khác.", "This password is too common; choose another.")
        }
        PasswordMismatch => ("Hai mật khẩu không giống nhau.", "The two passwords do not match."),
        PasswordWrong => ("Mật khẩu hiện tại không đúng.", "The current password is wrong."),
        TooLong => ("Nội dung quá dài.", "This is too long."),
        BadCredentials => ("E-mail hoặc mật khẩu không đúng.", "The e-mail address or password is wrong."),
        AccountLocked => (
            "Đăng nhập sai nhiều lần; vui lòng thử lại sau ít phút hoặc đặt lại mật khẩu.",
            "Too many failed sign-ins; try again in a few minutes or reset your password.",
        ),
        AccountDisabled => (
            "Tài khoản này đã bị khóa. Liên hệ Sở KH&CN để được hỗ trợ.",
            "This account is disabled. Contact the Department of S&T for help.",
        ),
        EmailNotVerified => {
            ("Hãy xác nhận địa chỉ e-mail trước khi làm việc này.", "Confirm your e-mail address before doing this.")
        }
        TokenInvalid => ("Liên kết không hợp lệ, đã dùng hoặc đã hết hạn.", "The link is invalid, used or expired."),
        UrlInvalid => (
            "Địa chỉ web cần bắt đầu bằng http:// hoặc https://.",
            "Enter a web address starting with http:// or https://.",
        ),
        PhoneInvalid => ("Số điện thoại không hợp lệ.", "Enter a valid phone number."),
        YearInvalid => ("Năm không hợp lệ.", "Enter a valid year."),
        DecimalInvalid => ("Hãy nhập một số, ví dụ 12,5.", "Enter a number, e.g. 12.5."),
        ChoiceInvalid => ("Lựa chọn không hợp lệ.", "Choose one of the options."),
        ImageInvalid => {
            ("Ảnh cần là tệp PNG, JPEG, WebP hoặc GIF.", "The image must be a PNG, JPEG, WebP or GIF file.")
        }
        ImageTooLarge => ("Ảnh lớn hơn 2 MB.", "The image is larger than 2 MB."),
        NameTaken => ("Đã có tổ chức mang tên này.", "An organisation with this name already exists."),
        AlreadyMember => ("Người này đã là thành viên.", "This person is already a member."),
        AlreadyClaimed => {
            ("Bạn đã gửi yêu cầu cho tổ chức này.", "You have already asked to manage this organisation.")
        }
        LastOwner => ("Tổ chức cần ít nhất một chủ sở hữu.", "An organisation needs at least one owner."),
        NotFound => ("Không tìm thấy.", "Not found."),
        ProviderFailed => (
            "Đăng nhập qua nhà cung cấp danh tính không thành công. Vui lòng thử lại.",
            "Signing in through the identity provider failed. Please try again.",
        ),
        ProviderEmailUnverified => (
            "Nhà cung cấp chưa xác nhận địa chỉ e-mail này, nên chúng tôi không thể dùng nó để đăng nhập.",
            "The provider has not verified this e-mail address, so it cannot be used to sign in.",
        ),
        NotYourself => (
            "Bạn không thể khóa tài khoản của chính mình hoặc tự hạ vai trò của mình.",
            "You cannot disable your own account or lower your own role.",
        ),
        ClaimDecided => ("Yêu cầu này đã được xử lý trước đó.", "This claim has already been decided."),
        MergeInvalid => (
            "Chỉ gộp được vào một tổ chức khác, cùng loại. Hãy kiểm tra đường dẫn (slug) của tổ chức giữ lại.",
            "You can only merge into another organisation of the same kind. Check the slug of the one to keep.",
        ),
        DateInvalid => ("Ngày không hợp lệ, hãy nhập theo dạng yyyy-mm-dd.", "Enter a valid date, as yyyy-mm-dd."),
        DatesOrder => ("Ngày kết thúc không được trước ngày bắt đầu.", "The end date cannot be before the start date."),
        NumberInvalid => ("Hãy nhập một số nguyên dương.", "Enter a whole number above zero."),
        ScoreInvalid => ("Hãy chấm điểm từ 1 đến 5.", "Give a score from 1 to 5."),
        NotOpenYet => (
            "Chương trình chưa mở nhận hồ sơ; bạn có thể lưu bản nháp và nộp khi đến ngày mở.",
            "The programme is not open yet; you can save a draft and submit once it opens.",
        ),
        DeadlinePassed => (
            "Đã hết hạn nộp hồ sơ của chương trình này; hồ sơ không thể nộp hay sửa nữa.",
            "The deadline of this programme has passed; applications can no longer be submitted or changed.",
        ),
        AlreadySubmitted => (
            "Hồ sơ đã được nộp nên không thể sửa nữa.",
            "The application has been submitted and can no longer be changed.",
        ),
        MoveInvalid => (
            "Không thể chuyển hồ sơ sang bước này (có thể người khác vừa chuyển hồ sơ). Hãy xem lại bảng.",
            "The application cannot move to that step (someone may have just moved it). Look at the board again.",
        ),
        DuplicateRequest | StepNotAllowed | DateInFuture | AmountInvalid | PdfInvalid | PdfTooLarge => {
            return super::collab::form_error(lang, e);
        }
        DateTimeInvalid | EndsBeforeStart | StartsInPast | CapacityInvalid | CannotOrganise | AlreadyRegistered
        | EventStarted | EventCancelled | NotRegistered => super::events::form_error(e),
        Internal => (
            "Đã có lỗi ở phía chúng tôi; nội dung bạn nhập vẫn còn. Vui lòng thử lại.",
            "Something went wrong on our side; what you typed is kept. Please try again.",
        ),
        TrlInvalid | PriceRequired | IpNumberRequired | PatentNumberRequired | FundingRequired | CriteriaRequired
        | BudgetOrder | DoiInvalid | KindNotAllowed => {
            return super::listing::form_error(lang, e);
        }
    };
    if lang == Lang::Vi { vi } else { en }
}

pub fn notice(lang: Lang, n: Notice) -> &'static str {
    use Notice::*;
    let (vi, en) = match n {
        SignedUp => (
            "Đã tạo tài khoản. Hãy mở thư chúng tôi vừa gửi để xác nhận e-mail.",
            "Account created. Open the mail we just sent to confirm your e-mail address.",
        ),
        SignedOut => ("Bạn đã đăng xuất.", "You are signed out."),
        Verified => ("Đã xác nhận địa chỉ e-mail.", "Your e-mail address is confirmed."),
        VerificationSent => (
            "Nếu địa chỉ hợp lệ, chúng tôi đã gửi thư hướng dẫn. Hãy kiểm tra hộp thư.",
            "If the address is valid, we have sent instructions. Check your inbox.",
        ),
        ResetSent => (
            "Nếu địa chỉ có tài khoản, chúng tôi đã gửi liên kết đặt lại mật khẩu.",
            "If the address has an account, we have sent a reset link.",
        ),
        PasswordChanged => (
            "Đã đổi mật khẩu. Các phiên đăng nhập khác đã kết thúc.",
            "Password changed. Other sessions have been signed out.",
        ),
        ProfileSaved => ("Đã lưu hồ sơ tổ chức.", "The organisation's profile is saved."),
        OrgCreated => (
            "Đã tạo trang tổ chức. Trang hiển thị “chưa xác minh” cho đến khi Sở KH&CN xác minh.",
            "The organisation's page is created. It shows as “not verified” until the Department verifies it.",
        ),
        ClaimSent => {
            ("Đã gửi yêu cầu nhận quản lý. Sở KH&CN sẽ xem xét.", "Your claim is sent. The Department will review it.")
        }
        InvitationSent => ("Đã gửi lời mời.", "Invitation sent."),
        MemberRemoved => ("Đã gỡ thành viên.", "Member removed."),
        InvitationAccepted => ("Bạn đã tham gia quản lý tổ chức.", "You now help manage the organisation."),
        Saved => ("Đã lưu.", "Saved."),
        RoleChanged => ("Đã đổi vai trò của người dùng.", "The user's role is changed."),
        UserDisabled => (
            "Đã khóa tài khoản; mọi phiên đăng nhập của người này đã kết thúc.",
            "The account is disabled and all of its sessions are ended.",
        ),
        UserEnabled => ("Đã mở khóa tài khoản.", "The account is enabled again."),
        ClaimApproved => (
            "Đã phê duyệt: người yêu cầu trở thành chủ sở hữu trang tổ chức.",
            "Approved: the claimant now owns the organisation's page.",
        ),
        ClaimRejected => ("Đã từ chối yêu cầu nhận quản lý.", "The claim is rejected."),
        OrgVerified => ("Đã xác minh tổ chức.", "The organisation is verified."),
        OrgUnverified => ("Đã bỏ xác minh tổ chức.", "The organisation is no longer verified."),
        OrgHidden => ("Đã ẩn tổ chức khỏi trang công khai.", "The organisation is hidden from the public pages."),
        OrgShown => ("Tổ chức đã hiển thị công khai trở lại.", "The organisation is public again."),
        OrgsMerged => (
            "Đã gộp tổ chức trùng lặp; đường dẫn cũ chuyển hướng sang tổ chức được giữ lại.",
            "The duplicate is merged; its old address now leads to the organisation kept.",
        ),
        ProgrammeSaved => ("Đã lưu chương trình.", "The programme is saved."),
        DraftSaved => (
            "Đã lưu bản nháp. Hồ sơ chỉ được xét sau khi bạn bấm “Nộp hồ sơ”.",
            "Draft saved. The application is only considered once you choose “Submit”.",
        ),
        ApplicationSubmitted => (
            "Đã nộp hồ sơ. Đơn vị tổ chức sẽ xét và bạn sẽ được thông báo khi trạng thái thay đổi.",
            "Application submitted. The organiser will review it, and you will be told when its status changes.",
        ),
        ApplicationMoved => (
            "Đã chuyển hồ sơ; đơn vị nộp hồ sơ đã được thông báo.",
            "The application is moved; the applicant has been told.",
        ),
        ReviewSaved => ("Đã lưu đánh giá của bạn.", "Your review is saved."),
        RequestSent | RequestUpdated | MessagePosted | AllRead => return super::collab::notice(lang, n),
        ListingDraftSaved | ListingSubmitted | ListingUpdated | ListingEditHeld | ListingStepDone | ListingDecided => {
            return super::listing::notice(lang, n);
        }
        EventCreated
        | EventSaved
        | EventPublished
        | EventUnpublished
        | EventCancelled
        | Registered
        | Waitlisted
        | RegistrationCancelled
        | AttendanceSaved => super::events::notice(n),
    };
    if lang == Lang::Vi { vi } else { en }
}
