//! One file per route family.

pub mod account;
pub mod admin;
pub mod api_docs;
pub mod apply;
pub mod auth;
pub mod catalogue;
pub mod collab;
pub mod dashboard;
pub mod directory;
pub mod event_form;
pub mod events;
pub mod home;
pub mod kpi;
pub mod listings;
pub mod manage;
pub mod not_found;
pub mod notifications;
pub mod org;
pub mod org_listings;
mod org_profile;
pub mod pipeline;
pub mod programme_edit;
pub mod search;
