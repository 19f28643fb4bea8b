//! The cards, as plain logic: which [`sections`] a measure's card has and in what order (the
//! entry-kind rule among them), what a card copies ([`labels`]), and its citation for reference
//! managers ([`cite`]).

pub mod cite;
pub mod labels;
pub mod sections;
