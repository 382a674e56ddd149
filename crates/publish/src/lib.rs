//! Published bilingual articles rendered for readers and other sites: HTML pages
//! in three layouts, the original's page, the reading room's front page and the editions page,
//! Markdown, Atom and JSON Feed, and the sitemap, with credit lines through Fluent. A paragraph
//! that begins with `## ` is a subhead in each of them ([`Block`]). Every article page's head
//! tells other sites what it is: its canonical address, the article in its other languages,
//! Open Graph and JSON-LD.
//!
//! Pure rendering, no I/O: the caller loads an [`Edition`] and serves the
//! strings. Every text the page shows carries its own `lang` and `dir`, and
//! every user-supplied string is escaped. The reading page links its style
//! sheet at `/assets/read.css`, which is [`READER_CSS`]; absolute links start with the
//! [`Site`]'s origin.

mod atom;
mod block;
mod credits;
mod feed;
mod front;
mod html;
mod json_feed;
mod labels;
mod markdown;
mod markup;
mod model;
mod site;
mod sitemap;
mod xml;

pub use atom::atom;
pub use block::Block;
pub use credits::{credit_line, credits};
pub use feed::{Feed, FeedEntry, entry_id};
pub use front::{FrontItem, FrontPage, front_page};
pub use html::{editions_html, html, original_html, withdrawn_html};
pub use json_feed::json_feed;
pub use markdown::markdown;
pub use model::{
    Alternate, Edition, EditionSummary, Layout, Original, Pair, Side, UnknownLayout, pairs,
};
pub use site::Site;
pub use sitemap::{SitemapArticle, SitemapPart, SitemapTranslation, sitemap, sitemap_index};

/// The reading page's style sheet: responsive, printable, system fonts only.
/// The server answers it at `/assets/read.css`.
pub const READER_CSS: &str = include_str!("read.css");
