//! Pieces several parts of the page share: vocabulary terms and countries, status marks, links
//! that stay in the app, the dataset's rich text, and search matches marked.

mod marked_text;
mod nav_link;
mod rich_text;
mod status_mark;
mod term;

pub use marked_text::{marked_text, searched};
pub use nav_link::{space_follows, NavLink, TitleLink, YearLink};
pub use rich_text::{Blocks, Paragraph, PlainList, RichText};
pub use status_mark::StatusMark;
pub use term::{Country, Term, TermLine};
