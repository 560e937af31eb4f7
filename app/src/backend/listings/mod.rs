//! Publishing listings: parsing the forms (`input`, reusable by the bulk import) and the expiry
//! sweep (`expiry`). Storage is in `store::statements::listings`, the lifecycle in
//! `domain::listing::next`, the handlers in `actions::listings`.
//!
//! Decisions (see the report of the publishing work):
//! - Offers, challenges and research outputs are all moderated: a research output claims a
//!   patent or a DOI in the province's name, which the Department checks as it checks offers.
//! - Editing a live listing: commercial details go live at once; a change to what the public
//!   reads (title, texts, TRL, IP, funding, authors…) sends it back to review.
//! - An expired offer stays `published` but leaves every public list, search and its page
//!   until renewed (no re-review: its content did not change); it is not archived, so renewing
//!   is one click.

pub mod expiry;
pub mod input;
