//! The mails the platform sends, in the recipient's language.

use super::Mail;
use crate::i18n::Lang;

pub fn verify_email(lang: Lang, to: &str, name: &str, link: &str) -> Mail {
    let (subject, body) = match lang {
        Lang::Vi => (
            "Xác nhận địa chỉ e-mail của bạn trên Kết Nối".to_string(),
            format!(
                "Chào {name},\n\nVui lòng mở liên kết dưới đây để xác nhận địa chỉ e-mail (liên kết có hiệu lực 48 giờ):\n\n{link}\n\nNếu bạn không đăng ký tài khoản Kết Nối, hãy bỏ qua thư này.\n\nKết Nối — Hệ sinh thái đổi mới sáng tạo tỉnh Ninh Bình"
            ),
        ),
        Lang::En => (
            "Confirm your e-mail address on Kết Nối".to_string(),
            format!(
                "Hello {name},\n\nPlease open the link below to confirm your e-mail address (valid for 48 hours):\n\n{link}\n\nIf you did not sign up for Kết Nối, ignore this message.\n\nKết Nối — the Ninh Bình innovation ecosystem"
            ),
        ),
    };
    Mail { to: to.to_string(), subject, body }
}

pub fn reset_password(lang: Lang, to: &str, link: &str) -> Mail {
    let (subject, body) = match lang {
        Lang::Vi => (
            "Đặt lại mật khẩu Kết Nối".to_string(),
            format!(
                "Chúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản này. Mở liên kết dưới đây để chọn mật khẩu mới (liên kết dùng được một lần, trong 1 giờ):\n\n{link}\n\nNếu bạn không yêu cầu, hãy bỏ qua thư này; mật khẩu của bạn không thay đổi."
            ),
        ),
        Lang::En => (
            "Reset your Kết Nối password".to_string(),
            format!(
                "We received a request to reset the password of this account. Open the link below to choose a new one (single use, valid for 1 hour):\n\n{link}\n\nIf you did not ask for this, ignore this message; your password has not changed."
            ),
        ),
    };
    Mail { to: to.to_string(), subject, body }
}

pub fn invitation(lang: Lang, to: &str, org: &str, inviter: &str, link: &str) -> Mail {
    let (subject, body) = match lang {
        Lang::Vi => (
            format!("Lời mời tham gia quản lý {org} trên Kết Nối"),
            format!(
                "{inviter} mời bạn cùng quản lý trang của {org} trên Kết Nối.\n\nĐăng nhập (hoặc đăng ký) bằng địa chỉ e-mail này rồi mở liên kết để nhận lời mời (hiệu lực 7 ngày):\n\n{link}"
            ),
        ),
        Lang::En => (
            format!("Invitation to manage {org} on Kết Nối"),
            format!(
                "{inviter} invites you to manage {org}'s page on Kết Nối.\n\nSign in (or sign up) with this e-mail address, then open the link to accept (valid for 7 days):\n\n{link}"
            ),
        ),
    };
    Mail { to: to.to_string(), subject, body }
}
