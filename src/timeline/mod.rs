//! The horizontal timeline, as plain logic: a lane's [`bands`] on the year axis, the keyboard
//! model ([`keys`]), which [`lanes`] are shown and in what order, and the words of its controls
//! ([`labels`]).

pub mod bands;
pub mod keys;
pub mod labels;
pub mod lanes;
