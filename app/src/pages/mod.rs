//! One file per route family.

pub mod account;
pub mod admin;
pub mod api_docs;
pub mod auth;
pub mod catalogue;
pub mod directory;
pub mod home;
pub mod kpi;
pub mod manage;
pub mod not_found;
pub mod org;
mod org_profile;
pub mod search;
