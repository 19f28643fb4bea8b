//! What the app says to the browser, apart from rendering: the few calls Leptos does not make
//! ([`browser`]: history, clipboard, scrolling, focus), the geometry of scrolling
//! ([`scroll`]), the ids of the page's elements ([`ids`]), and the size messages to a host page
//! ([`embed`]). Depends on nothing else in the crate.

pub mod browser;
pub mod embed;
pub mod ids;
pub mod scroll;
