//! Finding developments among many: accent-insensitive search ([`search`]), the filters and
//! facets with their counts ([`facets`]), their words ([`labels`]), and the data of a view out
//! ([`export`]).

pub mod export;
pub mod facets;
pub mod labels;
pub mod search;
