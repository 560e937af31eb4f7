//! Plain types shared by the server and the browser: enums of the domain, the sector
//! taxonomy, list queries and the DTOs the pages and the JSON API exchange.

pub mod account;
pub mod admin;
pub mod api_docs;
mod code_enum;
pub mod collab;
pub mod dto;
pub mod enums;
pub mod events;
pub mod import;
pub mod kind;
pub mod kpi;
pub mod listing;
pub mod manage;
pub mod matching;
pub mod programmes;
pub mod query;
pub mod search;
pub mod sector;

pub use enums::*;
pub use kind::{Directory, FacetKey, OrgKind, Party};
pub use query::ListQuery;
pub use sector::{SECTORS, Sector};
