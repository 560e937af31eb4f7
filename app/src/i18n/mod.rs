//! Every string the user sees, in Vietnamese (default) and English, and the formatting of
//! numbers, money and dates. A missing translation is a compile error: each entry of
//! `strings.rs` holds both languages.

pub mod account;
pub mod admin;
pub mod collab;
pub mod events;
pub mod format;
pub mod kpi;
pub mod kpi_values;
pub mod labels;
pub mod listing;
pub mod matching;
pub mod opendata;
pub mod programmes;
mod strings;
pub mod transfer;

pub use labels::Label;
pub use strings::Strings;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Vi => Lang::En,
            Lang::En => Lang::Vi,
        }
    }

    pub fn t(self) -> &'static Strings {
        match self {
            Lang::Vi => &Strings::VI,
            Lang::En => &Strings::EN,
        }
    }

    /// The strings of accounts, organisations' management and the admin area.
    pub fn account(self) -> &'static account::AccountStrings {
        match self {
            Lang::Vi => &account::AccountStrings::VI,
            Lang::En => &account::AccountStrings::EN,
        }
    }

    /// The strings of the admin area.
    pub fn admin(self) -> &'static admin::AdminStrings {
        match self {
            Lang::Vi => &admin::AdminStrings::VI,
            Lang::En => &admin::AdminStrings::EN,
        }
    }

    /// The strings of programmes, applications and their pipeline.
    pub fn prog(self) -> &'static programmes::ProgrammeStrings {
        match self {
            Lang::Vi => &programmes::ProgrammeStrings::VI,
            Lang::En => &programmes::ProgrammeStrings::EN,
        }
    }

    /// The strings of collaboration requests and notifications.
    pub fn collab(self) -> &'static collab::CollabStrings {
        match self {
            Lang::Vi => &collab::CollabStrings::VI,
            Lang::En => &collab::CollabStrings::EN,
        }
    }

    /// The strings of the KPI dashboard, report and entry page.
    pub fn kpi(self) -> &'static kpi::KpiStrings {
        match self {
            Lang::Vi => &kpi::KpiStrings::VI,
            Lang::En => &kpi::KpiStrings::EN,
        }
    }

    /// The strings of suggestions and the dashboard.
    pub fn matching(self) -> &'static matching::MatchingStrings {
        match self {
            Lang::Vi => &matching::MatchingStrings::VI,
            Lang::En => &matching::MatchingStrings::EN,
        }
    }

    /// The strings of publishing listings and the moderation queue.
    pub fn listing(self) -> &'static listing::ListingStrings {
        match self {
            Lang::Vi => &listing::ListingStrings::VI,
            Lang::En => &listing::ListingStrings::EN,
        }
    }

    /// The strings of events: registration, organisers' pages, attendee lists.
    pub fn events(self) -> &'static events::EventStrings {
        match self {
            Lang::Vi => &events::EventStrings::VI,
            Lang::En => &events::EventStrings::EN,
        }
    }

    /// Picks the English text when showing English and there is one.
    pub fn pick<'a>(self, vi: &'a str, en: Option<&'a str>) -> &'a str {
        match (self, en) {
            (Lang::En, Some(en)) if !en.trim().is_empty() => en,
            _ => vi,
        }
    }

    pub fn text(self, text: &crate::domain::dto::Text) -> String {
        self.pick(&text.vi, text.en.as_deref()).to_string()
    }
}

/// The request's language (server) or the page's (browser), provided once by `App`.
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// Detects the language: on the server from the request (set by the lang middleware),
/// in the browser from `<html lang>` that the server rendered.
pub fn detect_lang() -> Lang {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<Lang>().copied()).unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        document()
            .document_element()
            .and_then(|e| e.get_attribute("lang"))
            .as_deref()
            .and_then(Lang::parse)
            .unwrap_or_default()
    }
}
