//! sea-orm entities, one per table. They mirror the migrations and stay inside this crate:
//! repositories turn them into domain records.

pub mod article;
pub mod article_revision;
pub mod comment;
pub mod delivery;
pub mod delivery_attempt;
pub mod edition;
pub mod event;
pub mod finding_dismissal;
pub mod glossary_term;
pub mod search_document;
pub mod search_pending;
pub mod session;
pub mod sign_in_failure;
pub mod tm_unit;
pub mod token;
pub mod translation;
pub mod translation_revision;
pub mod user;
pub mod webhook;
