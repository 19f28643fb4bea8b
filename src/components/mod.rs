//! The app's components, one per file. Each stays thin: the logic they show lives in plain
//! Rust modules at the crate root.

pub mod load_failure;
pub mod loading;
pub mod overview;
