//! The app's components, one per file. Each stays thin: the logic they show lives in plain
//! Rust modules at the crate root.

pub mod copy_button;
pub mod load_failure;
pub mod loading;
pub mod measure_card;
pub mod not_found;
pub mod notices;
pub mod page;
pub mod rich_text;
pub mod status_mark;
pub mod timeline;
pub mod year_card;

use leptos::prelude::*;

use crate::i18n::{Strings, EN};

/// The interface strings of the reader's language, as provided by the [`crate::App`].
#[derive(Debug, Clone, Copy)]
pub struct UiStrings(pub Signal<&'static Strings>);

/// The interface strings in use (English where none were provided).
pub fn use_strings() -> Signal<&'static Strings> {
    use_context::<UiStrings>()
        .map(|s| s.0)
        .unwrap_or_else(|| Signal::stored(&EN))
}
