//! The cards, as plain logic: which [`sections`] a measure's card has and in what order (the
//! entry-kind rule among them), and what a card copies ([`labels`]).

pub mod labels;
pub mod sections;
