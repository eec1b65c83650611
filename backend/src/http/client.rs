//! Who is asking: the client's address (for the per-address sign-in limits) and whether the
//! request comes from a page of another site (for the cookie-bound operations).

use std::net::IpAddr;

use actix_web::HttpRequest;
use actix_web::http::header;
use ipnet::IpNet;

/// How the HTTP layer tells clients and sites apart.
#[derive(Clone, Debug, Default)]
pub struct ClientPolicy {
    /// The load balancers in front of the server (`CLUSTERKEEP_TRUSTED_PROXIES`).
    pub trusted_proxies: Vec<IpNet>,
    /// The origin of the public address (`https://clusterkeep.example`).
    pub public_origin: String,
    /// Development mode: pages on a loopback address (the Vite dev server) count as ours too.
    pub development: bool,
}

impl ClientPolicy {
    /// The client's address: the socket's peer, unless the peer is a trusted proxy, in which
    /// case the last address in `X-Forwarded-For` that is not itself a trusted proxy (each
    /// proxy appends the address it received from; what the client wrote comes first and is
    /// not believed).
    pub fn client_address(&self, req: &HttpRequest) -> IpAddr {
        let peer = req
            .peer_addr()
            .map(|a| a.ip())
            .unwrap_or(IpAddr::V6(std::net::Ipv6Addr::UNSPECIFIED));
        self.client_behind(peer, forwarded_for(req))
    }

    fn client_behind(&self, peer: IpAddr, forwarded: Vec<IpAddr>) -> IpAddr {
        if !self.is_trusted(peer) {
            return peer;
        }
        let mut client = peer;
        for hop in forwarded.into_iter().rev() {
            client = hop;
            if !self.is_trusted(hop) {
                break;
            }
        }
        client
    }

    fn is_trusted(&self, address: IpAddr) -> bool {
        let address = canonical(address);
        self.trusted_proxies
            .iter()
            .any(|net| net.contains(&address))
    }

    /// Whether the request was sent by a page of another site: it names an `Origin` that is
    /// not the public address's (in development, a loopback origin is accepted too). Requests
    /// without `Origin` (programs, same-origin GETs) are not cross-site.
    pub fn is_cross_site(&self, req: &HttpRequest) -> bool {
        let Some(origin) = req.headers().get(header::ORIGIN) else {
            return false;
        };
        let Ok(origin) = origin.to_str() else {
            return true;
        };
        let origin = origin.trim_end_matches('/');
        if origin.eq_ignore_ascii_case(&self.public_origin) {
            return false;
        }
        !(self.development && is_loopback_origin(origin))
    }
}

/// The addresses of every `X-Forwarded-For` header, in order; unparsable entries are skipped.
fn forwarded_for(req: &HttpRequest) -> Vec<IpAddr> {
    req.headers()
        .get_all("x-forwarded-for")
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .filter_map(|entry| parse_hop(entry.trim()))
        .collect()
}

/// An address as proxies write it: `203.0.113.7`, `2001:db8::1`, `[2001:db8::1]:4711` or
/// `203.0.113.7:4711`.
fn parse_hop(entry: &str) -> Option<IpAddr> {
    if let Ok(address) = entry.parse::<IpAddr>() {
        return Some(canonical(address));
    }
    entry
        .parse::<std::net::SocketAddr>()
        .ok()
        .map(|s| canonical(s.ip()))
}

/// An IPv4 address mapped into IPv6 (`::ffff:10.0.0.1`) as plain IPv4.
fn canonical(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(address, IpAddr::V4),
        v4 => v4,
    }
}

fn is_loopback_origin(origin: &str) -> bool {
    url::Url::parse(origin).is_ok_and(|url| match url.host() {
        Some(url::Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(v4)) => v4.is_loopback(),
        Some(url::Host::Ipv6(v6)) => v6.is_loopback(),
        None => false,
    })
}

/// The origin (`scheme://host[:port]`) of a public address.
pub fn origin_of(public_url: &str) -> String {
    url::Url::parse(public_url)
        .map(|url| url.origin().ascii_serialization())
        .unwrap_or_else(|_| public_url.trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(trusted: &[&str]) -> ClientPolicy {
        ClientPolicy {
            trusted_proxies: trusted.iter().map(|t| t.parse().unwrap()).collect(),
            public_origin: "https://clusterkeep.example".into(),
            development: false,
        }
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn the_forwarded_address_counts_only_behind_a_trusted_proxy() {
        let forwarded = vec![ip("198.51.100.9"), ip("203.0.113.7")];
        // Nobody trusted: the peer, whatever the header says.
        assert_eq!(
            policy(&[]).client_behind(ip("10.0.0.2"), forwarded.clone()),
            ip("10.0.0.2")
        );
        // A trusted load balancer: the address it received from (the last hop), not what the
        // client wrote in front of it.
        assert_eq!(
            policy(&["10.0.0.0/8"]).client_behind(ip("10.0.0.2"), forwarded.clone()),
            ip("203.0.113.7")
        );
        // Two trusted proxies in a row are skipped.
        assert_eq!(
            policy(&["10.0.0.0/8"])
                .client_behind(ip("10.0.0.2"), vec![ip("203.0.113.7"), ip("10.0.0.3")]),
            ip("203.0.113.7")
        );
        // A peer outside the list cannot choose its address.
        assert_eq!(
            policy(&["10.0.0.0/8"]).client_behind(ip("192.0.2.1"), forwarded),
            ip("192.0.2.1")
        );
        // A mapped IPv4 peer matches an IPv4 block.
        assert_eq!(
            policy(&["10.0.0.0/8"]).client_behind(ip("::ffff:10.0.0.2"), vec![ip("203.0.113.7")]),
            ip("203.0.113.7")
        );
        assert_eq!(parse_hop("[2001:db8::1]:4711"), Some(ip("2001:db8::1")));
        assert_eq!(parse_hop("203.0.113.7:80"), Some(ip("203.0.113.7")));
        assert_eq!(parse_hop("unknown"), None);
    }

    #[test]
    fn origins_are_compared_by_scheme_host_and_port() {
        assert_eq!(
            origin_of("https://clusterkeep.example/app/"),
            "https://clusterkeep.example"
        );
        assert_eq!(origin_of("http://127.0.0.1:8080"), "http://127.0.0.1:8080");
        assert!(is_loopback_origin("http://localhost:5173"));
        assert!(is_loopback_origin("http://[::1]:5173"));
        assert!(!is_loopback_origin("https://evil.example"));
        assert!(!is_loopback_origin("null"));
    }
}
