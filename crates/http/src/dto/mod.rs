//! Data transfer objects: what the JSON API reads and writes, as the OpenAPI document describes
//! it. Handlers map between these and the application layer's types; nothing else uses them.

pub mod checks;
pub mod documents;
pub mod glossary;
pub mod memory;
pub mod published;
pub mod workflow;
