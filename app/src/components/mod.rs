//! Reusable pieces of view.

pub mod badges;
pub mod download;
pub mod facet_list;
pub mod form;
pub mod icons;
pub mod item_card;
pub mod kpi_chart;
pub mod layout;
pub mod list_page;
pub mod org_card;
pub mod page_meta;
pub mod pager;
pub mod search_box;
pub mod search_hit;
pub mod sign_in_prompt;
pub mod status;
pub mod suggestions;
