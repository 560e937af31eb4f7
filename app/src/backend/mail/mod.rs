//! Outgoing mail: SMTP through lettre when `mail.smtp_url` is set, otherwise `.eml` files in
//! `mail.dir` (development). The log names the recipient and subject, never the body: it holds
//! one-time links.

pub mod templates;

use super::auth::settings::MailSettings;
use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Mailbox, Message, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("mail settings: {0}")]
    Settings(String),
    #[error("building the message: {0}")]
    Build(#[from] lettre::error::Error),
    #[error("SMTP: {0}")]
    Smtp(#[from] lettre::transport::smtp::Error),
    #[error("writing the message: {0}")]
    Io(#[from] std::io::Error),
}

enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Dir(PathBuf),
}

pub struct Mailer {
    transport: Transport,
    from: Mailbox,
}

/// One message to send: plain text, in the recipient's language.
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

impl Mailer {
    pub fn new(settings: &MailSettings) -> Result<Mailer, MailError> {
        let from: Mailbox = settings.from.parse().map_err(|e| MailError::Settings(format!("from: {e}")))?;
        let transport = match &settings.smtp_url {
            Some(url) => {
                let mut builder = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)?;
                if let (Some(password), Ok(parsed)) = (&settings.smtp_password, url::Url::parse(url))
                    && !parsed.username().is_empty()
                {
                    builder = builder
                        .credentials(Credentials::new(parsed.username().to_string(), password.expose().to_string()));
                }
                Transport::Smtp(builder.build())
            }
            None => Transport::Dir(PathBuf::from(&settings.dir)),
        };
        Ok(Mailer { transport, from })
    }

    #[tracing::instrument(skip_all, fields(to = %mail.to, subject = %mail.subject))]
    pub async fn send(&self, mail: Mail) -> Result<(), MailError> {
        let to: Mailbox = mail.to.parse().map_err(|e| MailError::Settings(format!("to: {e}")))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject)
            // Quoted-printable keeps the text (and its links) readable in the raw message.
            .singlepart(
                SinglePart::builder()
                    .header(ContentType::TEXT_PLAIN)
                    .header(ContentTransferEncoding::QuotedPrintable)
                    .body(mail.body),
            )?;
        match &self.transport {
            Transport::Smtp(smtp) => {
                smtp.send(message).await?;
                tracing::info!("mail sent");
            }
            Transport::Dir(dir) => {
                tokio::fs::create_dir_all(dir).await?;
                let name = format!("{}-{}.eml", chrono::Utc::now().format("%Y%m%dT%H%M%S%.6f"), rand::random::<u32>());
                let path = dir.join(name);
                tokio::fs::write(&path, message.formatted()).await?;
                tracing::info!(path = %path.display(), "mail written to a file (no SMTP configured)");
            }
        }
        Ok(())
    }

    /// Sends, logging a failure instead of failing the user's request: the account change
    /// stands and the user can ask for the mail again.
    pub async fn send_logged(&self, mail: Mail) {
        if let Err(e) = self.send(mail).await {
            tracing::error!(error = %e, "sending mail failed");
        }
    }
}
