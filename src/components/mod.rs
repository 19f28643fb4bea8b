//! What the reader sees, as Leptos components: one per piece a reader can name. They read the
//! page's state from [`context::PageContext`] and keep the logic in the plain modules.

pub mod announcer;
pub mod app;
pub mod browse;
pub mod card;
pub mod card_tools;
pub mod context;
pub mod facets;
pub mod header;
pub mod key;
pub mod lane;
pub mod language_switch;
pub mod load_failure;
pub mod marked_text;
pub mod measure_card;
pub mod nav_link;
pub mod no_results;
pub mod not_found;
pub mod notices;
pub mod page;
pub mod rich_text;
pub mod status_mark;
pub mod term;
pub mod timeline;
pub mod year_card;
pub mod year_control;
pub mod year_preview;
