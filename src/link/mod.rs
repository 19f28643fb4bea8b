//! The link: every view has an address, and the address is the state.
//! - [`address`]: where each view lives, a page of its own (a path), with the query on top;
//! - [`query`]: the query-string contract (a public one: keep it stable);
//! - [`selection`]: what a link selects in the dataset, and what to tell the reader about it;
//! - [`navigator`]: keeps the view and the address bar in step, with its [`history`] of who
//!   opened what, [`focus`] after a navigation, and what [`close`]-ing a card does;
//! - [`embed`]: the embed codes, links to the view in embed mode;
//! - [`labels`]: a view's titles, announcements and notes.

pub mod address;
pub mod close;
pub mod embed;
pub mod focus;
pub mod history;
pub mod labels;
pub mod navigator;
pub mod query;
pub mod selection;
