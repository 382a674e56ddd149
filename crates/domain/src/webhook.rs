//! What a webhook subscriber is given as: the URL events are posted to and the secret they are
//! signed with.

use std::net::{IpAddr, Ipv4Addr};

use crate::ValidationError;

/// Where a subscriber's events are posted: an absolute `http` or `https` URL with a host and no
/// user name or password, at most [`WebhookUrl::MAX_LEN`] bytes, as the WHATWG URL standard
/// normalizes it (so `http://2130706433/`, `http://127.1/` and `http://0x7f.1/` all read as
/// `http://127.0.0.1/`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookUrl(url::Url);

/// Which destinations deliveries may reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Destinations {
    /// Public addresses only (the default).
    #[default]
    Public,
    /// Also this machine (loopback) and private networks, for tests and single-machine setups.
    /// Link-local (cloud metadata), unspecified, multicast and reserved addresses stay refused.
    AlsoPrivate,
}

impl Destinations {
    /// Whether a delivery may connect to `ip`.
    pub fn allows(self, ip: IpAddr) -> bool {
        match classify(ip) {
            Class::Public => true,
            Class::Private => self == Self::AlsoPrivate,
            Class::Never => false,
        }
    }
}

enum Class {
    Public,
    Private,
    Never,
}

fn classify(ip: IpAddr) -> Class {
    match ip {
        IpAddr::V4(v4) => classify_v4(v4),
        IpAddr::V6(v6) => {
            // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) carry an IPv4 address.
            let s = v6.segments();
            if s[..6] == [0, 0, 0, 0, 0, 0xffff] || s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
                let [a, b] = s[6].to_be_bytes();
                let [c, d] = s[7].to_be_bytes();
                return classify_v4(Ipv4Addr::new(a, b, c, d));
            }
            if v6.is_loopback() || (s[0] & 0xfe00) == 0xfc00 {
                Class::Private // ::1, unique local fc00::/7
            } else if v6.is_unspecified()
                || v6.is_multicast()
                || (s[0] & 0xffc0) == 0xfe80 // link-local
                || (s[0] & 0xffc0) == 0xfec0 // site-local (deprecated)
                || s[..6] == [0, 0, 0, 0, 0, 0]
            // IPv4-compatible (deprecated)
            {
                Class::Never
            } else {
                Class::Public
            }
        }
    }
}

fn classify_v4(ip: Ipv4Addr) -> Class {
    let [a, b, ..] = ip.octets();
    if ip.is_loopback() || ip.is_private() || (a == 100 && (64..128).contains(&b)) {
        Class::Private // 127/8, 10/8, 172.16/12, 192.168/16, shared 100.64/10
    } else if ip.is_unspecified()
        || a == 0
        || ip.is_link_local()
        || ip.is_multicast()
        || ip.is_broadcast()
        || a >= 240
    {
        Class::Never
    } else {
        Class::Public
    }
}

impl WebhookUrl {
    pub const MAX_LEN: usize = 2000;

    /// # Errors
    /// [`ValidationError::Url`]; [`ValidationError::ControlCharacter`].
    pub fn parse(url: &str) -> Result<Self, ValidationError> {
        let text = url.trim();
        crate::content::plain_text(text)?;
        let invalid = || ValidationError::Url {
            url: text.chars().take(200).collect(),
        };
        if text.len() > Self::MAX_LEN || text.chars().any(char::is_whitespace) {
            return Err(invalid());
        }
        let parsed = url::Url::parse(text).map_err(|_| invalid())?;
        let ok = matches!(parsed.scheme(), "http" | "https")
            && parsed.host().is_some()
            && parsed.username().is_empty()
            && parsed.password().is_none();
        if ok { Ok(Self(parsed)) } else { Err(invalid()) }
    }

    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// Refuses what registration can know: an address literal outside `destinations`, or a
    /// name that always means this machine (`localhost`). Other names are checked when a
    /// delivery resolves them.
    ///
    /// # Errors
    /// [`ValidationError::WebhookDestination`].
    pub fn check(&self, destinations: Destinations) -> Result<(), ValidationError> {
        let allowed = match self.0.host() {
            Some(url::Host::Ipv4(ip)) => destinations.allows(IpAddr::V4(ip)),
            Some(url::Host::Ipv6(ip)) => destinations.allows(IpAddr::V6(ip)),
            Some(url::Host::Domain(name)) => {
                let name = name.trim_end_matches('.').to_ascii_lowercase();
                let local = name == "localhost" || name.ends_with(".localhost");
                !local || destinations == Destinations::AlsoPrivate
            }
            None => false,
        };
        if allowed {
            Ok(())
        } else {
            Err(ValidationError::WebhookDestination {
                host: self.0.host_str().unwrap_or_default().to_owned(),
            })
        }
    }
}

/// A signing secret chosen by the admin: [`WebhookSecret::MIN_LEN`] to
/// [`WebhookSecret::MAX_LEN`] bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct WebhookSecret(String);

impl std::fmt::Debug for WebhookSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("WebhookSecret(…)")
    }
}

impl WebhookSecret {
    pub const MIN_LEN: usize = 16;
    pub const MAX_LEN: usize = 200;

    /// # Errors
    /// [`ValidationError::SecretLength`].
    pub fn parse(secret: &str) -> Result<Self, ValidationError> {
        crate::content::plain_text(secret)?;
        if (Self::MIN_LEN..=Self::MAX_LEN).contains(&secret.len()) {
            Ok(Self(secret.to_owned()))
        } else {
            Err(ValidationError::SecretLength {
                min: Self::MIN_LEN,
                max: Self::MAX_LEN,
            })
        }
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_absolute_http_urls_with_a_host_and_no_credentials_are_subscribers() {
        assert!(WebhookUrl::parse("https://example.org/hook").is_ok());
        assert!(WebhookUrl::parse(" http://example.org ").is_ok());
        // The URL standard reads extra slashes after an http scheme as nothing.
        assert_eq!(
            WebhookUrl::parse("http:///x").unwrap().as_str(),
            "http://x/"
        );
        for bad in [
            "ftp://x",
            "http://",
            "http://a b",
            "example.org",
            "file:///etc/passwd",
            "http://user:pass@example.org/",
            "http://user@example.org/",
        ] {
            assert!(WebhookUrl::parse(bad).is_err(), "{bad}");
        }
        assert!(WebhookUrl::parse(&format!("https://x/{}", "a".repeat(2000))).is_err());
    }

    #[test]
    fn secrets_are_16_to_200_bytes() {
        assert!(WebhookSecret::parse(&"s".repeat(15)).is_err());
        assert!(WebhookSecret::parse(&"s".repeat(16)).is_ok());
        assert!(WebhookSecret::parse(&"s".repeat(201)).is_err());
        assert_eq!(
            format!("{:?}", WebhookSecret::parse(&"s".repeat(16)).unwrap()),
            "WebhookSecret(…)"
        );
    }

    #[test]
    fn internal_addresses_in_any_notation_are_refused_at_registration() {
        let check = |url: &str, d| WebhookUrl::parse(url).unwrap().check(d);
        for url in [
            "http://169.254.169.254/latest/meta-data",
            "http://10.0.0.1/",
            "http://192.168.1.1/",
            "http://172.16.0.1/",
            "http://[fd00::1]/",
            "http://[fe80::1]/",
            "http://0.0.0.0/",
            "http://2130706433/",
            "http://0x7f.1/",
            "http://127.1/",
            "http://[::ffff:127.0.0.1]/",
            "http://[::ffff:169.254.169.254]/",
            "http://[::1]:8080/",
            "http://localhost:9/",
            "http://api.localhost/",
            "http://224.0.0.1/",
            "http://100.64.0.1/",
        ] {
            assert!(check(url, Destinations::Public).is_err(), "{url}");
        }
        assert!(check("https://example.org/", Destinations::Public).is_ok());
        assert!(check("http://93.184.216.34/", Destinations::Public).is_ok());
        assert!(check("http://[2606:4700::1111]/", Destinations::Public).is_ok());
        // Names are checked when delivered: registration cannot know what they resolve to.
        assert!(check("http://metadata.google.internal/", Destinations::Public).is_ok());
        // Allowing private destinations allows this machine and private networks, never
        // link-local metadata addresses.
        assert!(check("http://127.0.0.1:9/", Destinations::AlsoPrivate).is_ok());
        assert!(check("http://localhost:9/", Destinations::AlsoPrivate).is_ok());
        assert!(check("http://10.1.2.3/", Destinations::AlsoPrivate).is_ok());
        assert!(check("http://169.254.169.254/", Destinations::AlsoPrivate).is_err());
        assert!(check("http://0.0.0.0/", Destinations::AlsoPrivate).is_err());
    }
}
