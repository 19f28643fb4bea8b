//! What the reader sees, as Leptos components: a folder per part of the page, each component
//! in its own file (a folder's main one in its `mod.rs`), thin: the rules are in the plain
//! modules. From the top:
//! - [`app`]: the app, which waits for the dataset and the language, or says why it cannot;
//! - [`handover`]: the live page taking the place of the page written out at build time;
//! - [`page`]: the page of a loaded dataset, its header, notes and live region;
//! - [`browse`]: the search field, the facets, the empty state;
//! - [`timeline`]: the timeline, its lanes, bands, year controls, preview and key;
//! - [`card`]: the open card, its sections and tools;
//! - [`common`]: pieces the others share (terms, marks, in-app links, rich text);
//! - [`context`]: the page's state, which every component reads.

pub mod app;
pub mod browse;
pub mod card;
pub mod common;
pub mod context;
pub mod handover;
pub mod page;
pub mod timeline;
