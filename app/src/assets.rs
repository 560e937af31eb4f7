//! The site's static files under content-hashed names. `scripts/build.sh` fingerprints the
//! bundle, the stylesheet (with the fonts it names) and the icon, precompresses them, and writes
//! `pkg/assets.json`; the server reads it once at start and the document's head links those
//! names, which never change content, so browsers and proxies may keep them for a year. Without
//! the manifest (a build by hand), the plain names.

use serde::Deserialize;

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Assets {
    /// Leptos' `output_name`: the bundle is `/pkg/{output_name}.js` and `…_bg.wasm`.
    pub output_name: String,
    /// The stylesheet's address.
    pub css: String,
    /// The icon's address.
    pub favicon: String,
}

impl Default for Assets {
    fn default() -> Self {
        Assets { output_name: "ketnoi".into(), css: "/pkg/ketnoi.css".into(), favicon: "/favicon.svg".into() }
    }
}

/// Whether a static file's name carries its content's hash (`ketnoi.3f9a…c2.css`,
/// `…-400-normal.5be1…09.woff2`): such a file is answered as immutable.
pub fn is_fingerprinted(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.split(['.', '_']).any(|part| part.len() == HASH_LEN && part.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Hex digits of the hash in a fingerprinted name (scripts/build.sh, `fingerprint`).
pub const HASH_LEN: usize = 16;

#[cfg(feature = "ssr")]
impl Assets {
    /// The manifest under `site_root`, or the plain names when there is none or it is unreadable
    /// (logged: the pages still work, only without long cache lifetimes).
    pub fn load(site_root: &std::path::Path) -> Assets {
        let path = site_root.join("pkg").join("assets.json");
        match std::fs::read_to_string(&path) {
            Ok(text) => serde_json::from_str(&text).unwrap_or_else(|e| {
                tracing::error!(path = %path.display(), error = %e, "unreadable asset manifest; using the plain names");
                Assets::default()
            }),
            Err(_) => Assets::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprinted_names_are_told_from_plain_ones() {
        assert!(is_fingerprinted("/pkg/ketnoi.0123456789abcdef.css"));
        assert!(is_fingerprinted("/pkg/ketnoi.0123456789abcdef_bg.wasm"));
        assert!(is_fingerprinted("/fonts/be-vietnam-pro-latin-400-normal.0123456789abcdef.woff2"));
        assert!(!is_fingerprinted("/pkg/ketnoi.css"));
        assert!(!is_fingerprinted("/pkg/ketnoi_bg.wasm"));
        assert!(!is_fingerprinted("/fonts/be-vietnam-pro-latin-400-normal.woff2"));
        assert!(!is_fingerprinted("/pkg/ketnoi.0123456789abcdeg.css"), "not hex");
    }
}
