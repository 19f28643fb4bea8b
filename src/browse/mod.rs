//! Finding developments among many: accent-insensitive search ([`search`]), the filters and
//! facets with their counts ([`facets`]), and their words ([`labels`]).

pub mod facets;
pub mod labels;
pub mod search;
