//! Notifications. Every feature that tells someone something inserts rows here, in the same
//! transaction as the change itself, so a rolled-back change notifies no one. What a
//! notification says is fixed when it is written (both languages), so the list, the badge and
//! the e-mail worker never need to know the feature that wrote it.

pub mod mailer;

pub use crate::backend::store::statements::notifications::{Payload, org, user};
