//! Deliveries reach only the destinations allowed: every address a subscriber's name resolves to
//! is checked before connecting, and an address literal in the URL is checked before sending.

use std::net::{IpAddr, SocketAddr};

use bitext_domain::Destinations;
use reqwest::dns::{Addrs, Name, Resolve, Resolving};

/// Resolves names with the system resolver and refuses a name any of whose addresses is
/// outside `destinations`.
pub(crate) struct Resolver {
    pub(crate) destinations: Destinations,
}

impl Resolve for Resolver {
    fn resolve(&self, name: Name) -> Resolving {
        let destinations = self.destinations;
        Box::pin(async move {
            let host = name.as_str().to_owned();
            let addrs: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            if let Some(bad) = addrs.iter().find(|a| !destinations.allows(a.ip())) {
                return Err(format!(
                    "{REFUSED}{host} resolves to {}, which webhooks are not delivered to",
                    bad.ip()
                )
                .into());
            }
            if addrs.is_empty() {
                return Err(format!("{host} has no address").into());
            }
            Ok(Box::new(addrs.into_iter()) as Addrs)
        })
    }
}

/// Whether an attempt's error chain says the destination was refused (by [`Resolver`]).
pub(crate) fn is_refusal(error: &str) -> bool {
    error.contains(REFUSED)
}

const REFUSED: &str = "refused: ";

/// Why a URL whose host is an address literal outside `destinations` is not sent to.
pub(crate) fn refuse_literal(url: &str, destinations: Destinations) -> Option<String> {
    let parsed = url::Url::parse(url).ok()?;
    let ip: IpAddr = match parsed.host()? {
        url::Host::Ipv4(ip) => ip.into(),
        url::Host::Ipv6(ip) => ip.into(),
        url::Host::Domain(_) => return None,
    };
    (!destinations.allows(ip))
        .then(|| format!("{REFUSED}{ip} is an address webhooks are not delivered to"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_addresses_are_checked_before_sending() {
        let public = Destinations::Public;
        assert!(refuse_literal("http://127.0.0.1:9/x", public).is_some());
        assert!(refuse_literal("http://[::ffff:10.0.0.1]/", public).is_some());
        assert!(refuse_literal("http://93.184.216.34/", public).is_none());
        assert!(refuse_literal("http://example.org/", public).is_none());
        assert!(refuse_literal("http://127.0.0.1:9/x", Destinations::AlsoPrivate).is_none());
    }

    #[tokio::test]
    async fn a_name_that_resolves_to_this_machine_is_refused() {
        let resolver = Resolver {
            destinations: Destinations::Public,
        };
        let name: Name = "localhost".parse().unwrap();
        let err = resolver.resolve(name).await.err().expect("refused");
        assert!(
            err.to_string()
                .starts_with("refused: localhost resolves to"),
            "{err}"
        );
        let allowing = Resolver {
            destinations: Destinations::AlsoPrivate,
        };
        let name: Name = "localhost".parse().unwrap();
        assert!(allowing.resolve(name).await.is_ok());
    }
}
