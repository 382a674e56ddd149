//! The pages, one module per screen.

pub mod actions;
pub mod articles;
pub mod comments;
pub mod dashboard;
pub mod language;
pub mod people;
pub mod reading;
pub mod sign_in;
