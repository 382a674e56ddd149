//! The pages, one module per screen.

pub mod articles;
pub mod dashboard;
pub mod language;
pub mod sign_in;
