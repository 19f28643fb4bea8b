//! Words: the interface strings of each language ([`i18n`]), the dataset's controlled
//! vocabularies as interface words ([`vocab`]), and plain text helpers that never panic
//! ([`plain`]). Depends on nothing else in the crate.

pub mod i18n;
pub mod plain;
pub mod vocab;
