//! The `Vary` header of a public response: what else than its address it varies by.

use axum::http::HeaderValue;

/// What a public response varies by besides its address, named in its `Vary` header so that
/// the caches on the way keep one copy per variant (the page cache keys on the same things).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Vary {
    /// The format negotiated from `Accept`.
    pub format: bool,
    /// The reader's language, negotiated from `Accept-Language` and the language cookie.
    pub language: bool,
    /// Absolute links built from the request's `Host` ([`crate::site::varies_by_host`]).
    pub host: bool,
}

impl Vary {
    /// An HTML page in the reader's language, with absolute links that follow a loopback
    /// `Host` while no public URL is configured.
    pub fn page(config: &crate::HttpConfig) -> Self {
        Self {
            language: true,
            host: crate::site::varies_by_host(config),
            ..Self::default()
        }
    }

    /// A document in no reader's language whose absolute links may follow the `Host`.
    pub fn links(config: &crate::HttpConfig) -> Self {
        Self {
            host: crate::site::varies_by_host(config),
            ..Self::default()
        }
    }

    /// The `Vary` header's value; `None` when the response varies by nothing.
    pub(super) fn header(self) -> Option<HeaderValue> {
        let names: Vec<&str> = [
            (self.format, "Accept"),
            (self.language, "Accept-Language, Cookie"),
            (self.host, "Host"),
        ]
        .into_iter()
        .filter_map(|(on, name)| on.then_some(name))
        .collect();
        (!names.is_empty()).then(|| HeaderValue::from_str(&names.join(", ")).ok())?
    }
}

#[cfg(test)]
mod tests {
    use super::Vary;

    #[test]
    fn vary_names_what_the_page_varies_by_and_a_page_varying_by_nothing_sends_none() {
        let vary = |vary: Vary| vary.header().map(|v| v.to_str().unwrap().to_owned());
        assert_eq!(vary(Vary::default()), None);
        let every = Vary {
            format: true,
            language: true,
            host: true,
        };
        assert_eq!(
            vary(every).as_deref(),
            Some("Accept, Accept-Language, Cookie, Host")
        );
        let html = Vary {
            language: true,
            ..Vary::default()
        };
        assert_eq!(vary(html).as_deref(), Some("Accept-Language, Cookie"));
    }
}
