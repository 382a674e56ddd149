//! The site a public page belongs to: its name, shown in every masthead and feed, and the
//! absolute address readers reach it at, which canonical links, alternates and feeds start with.

/// The reading room's settings for one response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    /// The name in the masthead and the feeds' titles (`BITEXT_SITE_NAME`).
    pub name: String,
    /// The absolute base URL without a trailing slash (`https://news.example`).
    pub origin: String,
}

impl Site {
    /// A site named `name` at `origin` (a trailing slash is dropped).
    pub fn new(name: impl Into<String>, origin: &str) -> Self {
        Self {
            name: name.into(),
            origin: origin.trim_end_matches('/').to_owned(),
        }
    }

    /// The absolute URL of `path`, which starts with `/`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.origin)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_join_the_origin_and_the_path_with_one_slash() {
        let site = Site::new("Desk", "https://news.example/");
        assert_eq!(site.url("/read"), "https://news.example/read");
    }
}
