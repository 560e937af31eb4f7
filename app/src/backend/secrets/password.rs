//! Password hashing: argon2id with OWASP's parameters (19 MiB, 2 passes, 1 lane), in a
//! blocking thread so a sign-in does not stall the async workers.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::LazyLock;

pub const MIN_LEN: usize = 10;
pub const MAX_LEN: usize = 128;

fn argon2() -> Argon2<'static> {
    // Parameters are fixed in code; `expect` cannot fire for these constants.
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// A hash of a password no one has, verified when the e-mail is unknown so that a sign-in
/// takes as long for a missing account as for a wrong password.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| hash_blocking("không có tài khoản này"));

fn hash_blocking(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    argon2().hash_password(password.as_bytes(), &salt).expect("argon2 hashing with valid parameters").to_string()
}

fn verify_blocking(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| argon2().verify_password(password.as_bytes(), &parsed).is_ok())
}

pub async fn hash(password: String) -> String {
    tokio::task::spawn_blocking(move || hash_blocking(&password)).await.expect("hashing task panicked")
}

/// Checks `password` against `hash`, or against a dummy hash when there is no account, so
/// both cases cost the same.
pub async fn verify(password: String, hash: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || match hash {
        Some(h) => verify_blocking(&password, &h),
        None => {
            verify_blocking(&password, &DUMMY_HASH);
            false
        }
    })
    .await
    .unwrap_or(false)
}

/// Passwords people pick first; refused whatever their length. Compared case-insensitively
/// and without diacritics.
const COMMON: &[&str] = &[
    "1234567890",
    "12345678910",
    "0123456789",
    "1111111111",
    "123456789a",
    "1234567890a",
    "a123456789",
    "password123",
    "password1234",
    "matkhau123",
    "matkhau1234",
    "qwertyuiop",
    "abc1234567",
    "iloveyou123",
    "vietnam1234",
    "ketnoi12345",
    "admin12345",
    "12341234",
    "0987654321",
    "anhyeuem123",
    "khongbiet123",
];

pub fn is_common(password: &str) -> bool {
    let folded = crate::backend::text::fold(password);
    // one character repeated ("aaaaaaaaaa") is as weak as the list
    let repeated = folded.chars().next().is_some_and(|first| folded.chars().all(|c| c == first));
    COMMON.contains(&folded.as_str()) || repeated
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_and_differ() {
        let a = hash("mật khẩu rất dài 1".into()).await;
        let b = hash("mật khẩu rất dài 1".into()).await;
        assert!(a.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert_ne!(a, b, "each hash has its own salt");
        assert!(verify("mật khẩu rất dài 1".into(), Some(a.clone())).await);
        assert!(!verify("mật khẩu rất dài 2".into(), Some(a)).await);
        assert!(!verify("anything".into(), None).await);
        assert!(!verify("anything".into(), Some("not a hash".into())).await);
    }

    #[test]
    fn common_passwords_are_refused() {
        assert!(is_common("Password123"));
        assert!(is_common("aaaaaaaaaaaa"));
        assert!(!is_common("cà phê sữa đá Ninh Bình"));
    }
}
