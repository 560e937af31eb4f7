//! The client's address behind a load balancer (what the per-client rate limits key on).
//! `X-Forwarded-For` is believed only on a connection from a configured trusted proxy
//! (`trusted_proxies`), and read from the right, up to the first address that is not itself a
//! trusted proxy: a client can write anything into the header, but not what the proxies it
//! passed through appended after it. Without `trusted_proxies` the TCP peer is the client.

use http::HeaderMap;
use ipnet::IpNet;
use std::net::{IpAddr, SocketAddr};

#[derive(Clone, Debug, Default)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// A comma-separated list of addresses and networks: `127.0.0.1, 10.0.0.0/8, ::1`.
    pub fn parse(list: &str) -> anyhow::Result<TrustedProxies> {
        let mut nets = Vec::new();
        for item in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let net = match item.parse::<IpNet>() {
                Ok(net) => net,
                Err(_) => item
                    .parse::<IpAddr>()
                    .map(IpNet::from)
                    .map_err(|_| anyhow::anyhow!("trusted_proxies: {item:?} is not an address or a network"))?,
            };
            nets.push(net);
        }
        Ok(TrustedProxies(nets))
    }

    fn trusts(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        self.0.iter().any(|net| net.contains(&ip))
    }

    /// The client's address for a request from `peer` with these headers (the peer's port kept:
    /// the header carries none).
    pub fn client(&self, peer: SocketAddr, headers: &HeaderMap) -> SocketAddr {
        if !self.trusts(peer.ip()) {
            return peer;
        }
        let hops: Vec<&str> = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .collect();
        let mut client = peer.ip();
        for hop in hops.iter().rev() {
            // a malformed hop ends what can be believed
            let Ok(ip) = hop.parse::<IpAddr>() else { break };
            client = ip;
            if !self.trusts(ip) {
                break;
            }
        }
        SocketAddr::new(client, peer.port())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(values: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in values {
            h.append("x-forwarded-for", v.parse().expect("header"));
        }
        h
    }

    fn peer(ip: &str) -> SocketAddr {
        SocketAddr::new(ip.parse().expect("ip"), 40_000)
    }

    #[test]
    fn the_header_is_ignored_unless_the_peer_is_a_trusted_proxy() {
        let none = TrustedProxies::parse("").expect("empty");
        assert_eq!(none.client(peer("127.0.0.1"), &headers(&["203.0.113.9"])), peer("127.0.0.1"));
        let lb = TrustedProxies::parse("10.0.0.5").expect("one");
        assert_eq!(lb.client(peer("198.51.100.7"), &headers(&["203.0.113.9"])), peer("198.51.100.7"));
        assert_eq!(lb.client(peer("10.0.0.5"), &headers(&["203.0.113.9"])), peer("203.0.113.9"));
    }

    #[test]
    fn a_forged_hop_before_the_proxies_is_not_believed() {
        let proxies = TrustedProxies::parse("127.0.0.1, 10.0.0.0/8").expect("list");
        // the client wrote "1.2.3.4"; nginx appended the real peer, a CDN hop inside 10/8 after it
        let h = headers(&["1.2.3.4, 203.0.113.9", "10.1.2.3"]);
        assert_eq!(proxies.client(peer("127.0.0.1"), &h), peer("203.0.113.9"));
        // nothing but proxies: the leftmost one stands for the client
        assert_eq!(proxies.client(peer("127.0.0.1"), &headers(&["10.0.0.8"])), peer("10.0.0.8"));
        // no header: the proxy itself
        assert_eq!(proxies.client(peer("127.0.0.1"), &HeaderMap::new()), peer("127.0.0.1"));
        // a malformed hop stops the reading at the last good one
        assert_eq!(proxies.client(peer("127.0.0.1"), &headers(&["203.0.113.9, junk"])), peer("127.0.0.1"));
    }

    #[test]
    fn ipv6_and_mapped_addresses_and_bad_lists() {
        let proxies = TrustedProxies::parse("::1, 127.0.0.0/8").expect("list");
        assert_eq!(proxies.client(peer("::1"), &headers(&["2001:db8::7"])), peer("2001:db8::7"));
        assert_eq!(proxies.client(peer("::ffff:127.0.0.1"), &headers(&["203.0.113.9"])), peer("203.0.113.9"));
        assert!(TrustedProxies::parse("10.0.0.0/33").is_err());
        assert!(TrustedProxies::parse("nginx").is_err());
    }
}
