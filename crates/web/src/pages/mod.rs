//! The pages, one module per screen.

pub mod actions;
pub mod article;
pub mod articles;
pub mod checks;
pub mod comments;
pub mod dashboard;
pub mod diff_view;
pub mod edit_form;
pub mod history;
pub mod language;
pub mod merge;
pub mod people;
pub mod publish;
pub mod refresh;
pub mod review;
pub mod search;
pub mod sign_in;
pub mod tabs;
pub mod workspace;
