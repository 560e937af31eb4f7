//! The write mix: each actor is one person writing in a loop until told to stop, recording
//! every write and its answer. A write whose answer never came is not retried (a browser user
//! would have to look first); the next write is a new one.

use super::client::{Client, Outcome};
use super::ledger::{Kind, Write};
use super::plan::{Draft, Profile};
use app::backend::db::Db;
use app::backend::db::sql;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

pub struct Shared {
    pub base: String,
    pub password: String,
    /// In every text the soak writes, so its rows are told apart from the demo data's.
    pub marker: String,
    pub stop: AtomicBool,
    /// Actors signed in and writing: the kills start when all are.
    pub ready: AtomicUsize,
    pub pool: Db,
}

impl Shared {
    pub fn running(&self) -> bool {
        !self.stop.load(Ordering::Relaxed)
    }

    async fn signed_in(&self, email: &str) -> anyhow::Result<Client> {
        let c = Client::new(&self.base)?;
        c.sign_in(email, &self.password).await?;
        Ok(c)
    }

    fn set_ready(&self) {
        self.ready.fetch_add(1, Ordering::Relaxed);
    }
}

/// While the server is down, or says 503 because its database is away, every request fails
/// at once; wait a little instead of spinning, as a client honouring `Retry-After` would.
async fn pace(o: Outcome) {
    if matches!(o, Outcome::Unknown | Outcome::Refused) {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn write(kind: Kind, target: &str, value: &str, outcome: Outcome) -> Write {
    Write { kind, target: target.to_string(), value: value.to_string(), outcome }
}

/// New accounts, each from a fresh client (a new visitor).
pub async fn signups(s: Arc<Shared>, n: usize) -> anyhow::Result<Vec<Write>> {
    let mut out = Vec::new();
    let password = "Soak-mat-khau-2030";
    s.set_ready();
    for i in 1.. {
        if !s.running() {
            break;
        }
        let email = format!("{}-{n}-{i}@example.com", s.marker);
        let name = format!("Người thử {} {n}-{i}", s.marker);
        let form = [("name", name.as_str()), ("email", &email), ("password", password), ("confirm", password)];
        let o = Client::new(&s.base)?.post("/auth/signup", &form).await;
        out.push(write(Kind::Signup, &email, &email, o));
        pace(o).await;
    }
    Ok(out)
}

pub async fn messages(s: Arc<Shared>, n: usize, email: String, request: i64) -> anyhow::Result<Vec<Write>> {
    let c = s.signed_in(&email).await?;
    let mut out = Vec::new();
    let path = format!("/collab/{request}/messages");
    s.set_ready();
    for i in 1.. {
        if !s.running() {
            break;
        }
        let body = format!("Tin nhắn thử {} {n}-{i}", s.marker);
        let o = c.post(&path, &[("body", &body)]).await;
        out.push(write(Kind::Message, &body, &body, o));
        pace(o).await;
    }
    Ok(out)
}

/// A complete offer submitted for review, then approved by an administrator.
pub async fn offers(s: Arc<Shared>, n: usize, email: String, org: String, admin: String) -> anyhow::Result<Vec<Write>> {
    let editor = s.signed_in(&email).await?;
    let admin = s.signed_in(&admin).await?;
    s.set_ready();
    let mut out = Vec::new();
    let path = format!("/offers/new?org={org}");
    for i in 1.. {
        if !s.running() {
            break;
        }
        let title = format!("Công nghệ thử tải {} {n}-{i}", s.marker);
        let form = [
            ("title_vi", title.as_str()),
            ("summary_vi", "Máy sấy nông sản dùng **bơm nhiệt**, tiết kiệm điện."),
            ("problem_vi", "Nông sản ướt sau thu hoạch bị hỏng."),
            ("advantages_vi", "Giảm 40% điện năng."),
            ("applications_vi", "Hợp tác xã nông nghiệp."),
            ("trl", "7"),
            ("ip_status", "pending_patent"),
            ("ip_number", "1-2026-01234"),
            ("price_vnd", "1.500.000.000"),
            ("sector", "high-tech-agriculture"),
            ("coop", "licence"),
            ("coop", "pilot"),
            ("intent", "submit"),
        ];
        let o = editor.post(&path, &form).await;
        out.push(write(Kind::Offer, &title, &title, o));
        pace(o).await;
        if o == Outcome::Refused {
            continue;
        }
        // approve what is there, including an offer whose answer was lost
        if let Some(id) = offer_id(&s, &title).await? {
            let a = admin.post(&format!("/admin/moderation/offers/{id}"), &[("action", "approve")]).await;
            out.push(write(Kind::Approval, &title, "published", a));
            pace(a).await;
        }
    }
    Ok(out)
}

/// The offer's id, asking again while the database is away (the cluster soak stops it).
async fn offer_id(s: &Shared, title: &str) -> anyhow::Result<Option<i64>> {
    let mut tries = 0;
    loop {
        let asked = sql::query_scalar("SELECT id FROM technology_offers WHERE title_vi = $1")
            .bind(title)
            .fetch_optional(&s.pool)
            .await;
        match asked {
            Ok(id) => return Ok(id),
            Err(e) if tries < 600 && app::backend::db::is_transient(&e) => {
                tries += 1;
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            Err(e) => return Err(e.into()),
        }
    }
}

/// The whole profile form, as the page shows it, with a new Vietnamese description each time.
pub async fn profile(s: Arc<Shared>, n: usize, email: String, p: Profile) -> anyhow::Result<Vec<Write>> {
    let c = s.signed_in(&email).await?;
    let mut out = Vec::new();
    let path = format!("/org/{}/profile", p.slug);
    s.set_ready();
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let year = p.founded_year.map(|y| y.to_string()).unwrap_or_default();
    for i in 1.. {
        if !s.running() {
            break;
        }
        let description = format!("Mô tả thử tải {} {n}-{i}", s.marker);
        let (name_en, short_en, description_en) = (opt(&p.name_en), opt(&p.short_en), opt(&p.description_en));
        let (location, address, website) = (opt(&p.location_code), opt(&p.address), opt(&p.website));
        let (contact_name, contact_email, contact_phone) =
            (opt(&p.contact_name), opt(&p.contact_email), opt(&p.contact_phone));
        let mut form = vec![
            ("name_vi", p.name_vi.as_str()),
            ("name_en", &name_en),
            ("short_vi", &p.short_vi),
            ("short_en", &short_en),
            ("description_vi", &description),
            ("description_en", &description_en),
            ("location", &location),
            ("address", &address),
            ("founded_year", &year),
            ("website", &website),
            ("contact_name", &contact_name),
            ("contact_email", &contact_email),
            ("contact_phone", &contact_phone),
        ];
        form.extend(p.sectors.iter().map(|s| ("sector", s.as_str())));
        let o = c.post(&path, &form).await;
        out.push(write(Kind::Profile, &p.slug, &description, o));
        pace(o).await;
    }
    Ok(out)
}

/// Registering for an event and cancelling, in turn. Values: `in` (registered or on the
/// waiting list) and `out`.
pub async fn registration(s: Arc<Shared>, email: String, event: String) -> anyhow::Result<Vec<Write>> {
    let c = s.signed_in(&email).await?;
    let mut out = Vec::new();
    let target = format!("{email} {event}");
    s.set_ready();
    for i in 0.. {
        if !s.running() {
            break;
        }
        let (path, value) = if i % 2 == 0 { ("register", "in") } else { ("unregister", "out") };
        let o = c.post(&format!("/events/{event}/{path}"), &[("org", "")]).await;
        out.push(write(Kind::Registration, &target, value, o));
        pace(o).await;
    }
    Ok(out)
}

/// An application's draft saved over and over, every answer the same new text.
pub async fn draft(s: Arc<Shared>, n: usize, email: String, d: Draft) -> anyhow::Result<Vec<Write>> {
    let c = s.signed_in(&email).await?;
    let mut out = Vec::new();
    let path = format!("/programmes/{}/apply", d.programme);
    s.set_ready();
    let target = format!("{} {}", d.org, d.programme);
    let keys: Vec<String> = d.questions.iter().map(|q| format!("answer-{q}")).collect();
    for i in 1.. {
        if !s.running() {
            break;
        }
        let answer = format!("Trả lời thử {} {n}-{i}", s.marker);
        let mut form = vec![("org", d.org.as_str()), ("action", "draft")];
        form.extend(keys.iter().map(|k| (k.as_str(), answer.as_str())));
        let o = c.post(&path, &form).await;
        out.push(write(Kind::Draft, &target, &answer, o));
        pace(o).await;
    }
    Ok(out)
}
