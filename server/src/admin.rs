//! `ketnoi admin create --email …`: the first Department account, made from the shell. The
//! password is read from `KETNOI_ADMIN_PASSWORD` or asked for on the terminal, never taken as
//! an argument (it would land in the shell history and the process list).

use anyhow::{Context, bail};
use app::backend::db::Db;
use app::backend::forms::validate;
use app::backend::secrets::password;
use app::backend::store::statements::users;
use std::io::{BufRead, Write};

pub async fn create(pool: &Db, email: &str, name: Option<&str>) -> anyhow::Result<()> {
    let email = validate::email(email).map_err(|e| anyhow::anyhow!("invalid e-mail address ({e})"))?;
    let pw = match std::env::var("KETNOI_ADMIN_PASSWORD") {
        Ok(p) => p,
        Err(_) => {
            eprint!("Password for {email} (at least 10 characters): ");
            std::io::stderr().flush()?;
            let mut line = String::new();
            std::io::stdin().lock().read_line(&mut line).context("reading the password")?;
            line.trim_end_matches(['\r', '\n']).to_string()
        }
    };
    let pw = validate::new_password(&pw).map_err(|e| anyhow::anyhow!("password refused ({e})"))?;
    let hash = password::hash(pw).await;
    let name = name.unwrap_or("Quản trị Sở KH&CN");
    let id = match users::create(pool, &email, name, Some(&hash), true).await? {
        Some(id) => id,
        None => {
            let Some(existing) = users::find_by_email(pool, &email).await? else { bail!("could not create {email}") };
            users::set_password(pool, existing.id, &hash).await?;
            users::mark_verified(pool, existing.id).await?;
            existing.id
        }
    };
    users::set_role(pool, id, "admin").await?;
    println!("admin account ready: {email} (user {id})");
    Ok(())
}
