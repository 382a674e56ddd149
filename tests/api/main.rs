//! End-to-end tests over HTTP: the real router, the real migrations, a fresh database per test
//! (a temporary SQLite file, or a fresh PostgreSQL database when `BITEXT_TEST_DATABASE_URL` is
//! set). One binary; files by capability.

mod helpers;

mod approval;
mod articles;
mod audit;
mod checks;
mod cli;
mod comments;
mod concurrency;
mod control_characters;
mod credits;
mod diffs;
mod edge;
mod errors;
mod feeds;
mod front_page;
mod glossary;
mod health;
mod language;
mod layouts;
mod listings;
mod localized_errors;
mod metadata;
mod ownership;
mod page_cache;
mod publishing;
mod publishing_subheads;
mod reading_room;
mod refresh;
mod request_ids;
mod review_diffs;
mod revisions;
mod roles;
mod search;
mod snapshots;
mod statements;
mod translations;
mod web_article;
mod web_checks;
mod web_dashboard;
mod web_forms;
mod web_people;
mod web_refresh;
mod web_review;
mod web_search;
mod web_sign_in;
mod web_support;
mod web_workspace;
mod webhooks;
mod workflow;
mod workflow_props;
mod workflow_steps;
