//! The pages, one module per screen.

pub mod actions;
pub mod articles;
pub mod comments;
pub mod dashboard;
pub mod history;
pub mod language;
pub mod people;
pub mod publish;
pub mod reading;
pub mod review;
pub mod sign_in;
pub mod tabs;
