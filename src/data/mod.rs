//! The dataset: its model ([`model`], read with serde_json), the inline markup of its texts
//! ([`markup`]), its validation ([`validate`]) and its loading ([`load`]); measures found by id
//! and a small sort ([`sorted`]).

pub mod citation;
pub mod load;
pub mod markup;
pub mod model;
pub mod sorted;
pub mod validate;
