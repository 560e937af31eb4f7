//! Builders for the data a test needs, written through the store's own write functions (so a
//! row is what the app itself would have written: audit entries, outbox rows, notifications),
//! with defaults for everything a test does not name and names unique within the process.
//!
//! ```ignore
//! let app = spawn_empty().await;
//! let db = app.pool().await;
//! let provider = org(OrgKind::Institute).verified().create(&db).await;
//! let offer = offer(&provider).confidential("Giá sỉ 40 triệu").create(&db).await;
//! let buyer = org(OrgKind::Enterprise).create(&db).await;
//! let id = request(&buyer, &provider).offer(&offer).state(CollabState::Accepted).create(&db).await;
//! let b = buyer.owner.browser(&app).await;
//! ```

// A toolbox: each option exists for some test, not every test uses every option.
#![allow(dead_code, unused_imports)]

mod activity;
mod listing;
mod org;
mod tests;
mod user;

pub use activity::{Event, Programme, application, event, move_start, programme, registration, request, reschedule};
pub use listing::{Listing, challenge, offer};
pub use org::{Org, org};
pub use user::{PASSWORD, User, staff, user};

use std::sync::atomic::{AtomicU64, Ordering};

/// A number no earlier call in this process returned: names, e-mails and slugs built from it
/// never collide (each test has its own database).
pub fn unique() -> u64 {
    static N: AtomicU64 = AtomicU64::new(1);
    N.fetch_add(1, Ordering::Relaxed)
}

/// `days` from today in Vietnam, ISO (`2026-12-15`).
pub fn day(days: i64) -> String {
    (app::backend::vn_time::now() + chrono::Duration::hours(7) + chrono::Duration::days(days))
        .format("%Y-%m-%d")
        .to_string()
}
