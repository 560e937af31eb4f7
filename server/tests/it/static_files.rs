//! Static files as scripts/build.sh leaves them: every page's head names the fingerprinted
//! files of the build's manifest; they are sent precompressed to a browser that accepts it and
//! may be kept for a year; a plain name is revalidated; the page itself stays private.

use crate::support;
use reqwest::header::{ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING};
use server::static_files::{IMMUTABLE, REVALIDATE};

const MANIFEST: &str = r#"{"output_name": "ketnoi.fedcba9876543210", "css": "/pkg/ketnoi.0123456789abcdef.css",
  "favicon": "/pkg/favicon.00112233aabbccdd.svg"}"#;
const CSS: &str = "/pkg/ketnoi.0123456789abcdef.css";

#[tokio::test]
async fn pages_name_fingerprinted_files_sent_precompressed_and_kept_a_year() {
    let app = support::spawn_with_site(&[
        ("pkg/assets.json", MANIFEST.as_bytes()),
        ("pkg/ketnoi.0123456789abcdef.css", b"body{color:#1f2937}"),
        ("pkg/ketnoi.0123456789abcdef.css.br", b"(brotli bytes)"),
        ("pkg/ketnoi.0123456789abcdef.css.gz", b"(gzip bytes)"),
        ("pkg/ketnoi.css", b"body{}"),
    ])
    .await;

    let page = app.get("/").await;
    assert_eq!(page.status(), 200);
    let page_cache = page.headers()[CACHE_CONTROL].to_str().expect("ascii").to_string();
    assert!(page_cache.starts_with("private, no-"), "a page names who is signed in: {page_cache}");
    let html = page.text().await.expect("page");
    assert!(html.contains(&format!(r#"<link rel="stylesheet" href="{CSS}""#)), "the stylesheet by its hash");
    assert!(html.contains(r#"href="/pkg/favicon.00112233aabbccdd.svg""#), "the icon by its hash");
    assert!(html.contains("/pkg/ketnoi.fedcba9876543210.js"), "the bundle's script by its hash");
    assert!(html.contains("/pkg/ketnoi.fedcba9876543210_bg.wasm"), "the bundle by its hash");
    assert!(!html.contains("/pkg/ketnoi.css"), "no plain name left in the head");

    let get = async |path: &str, accept: Option<&str>| {
        let mut req = app.client.get(format!("{}{path}", app.base));
        if let Some(accept) = accept {
            req = req.header(ACCEPT_ENCODING, accept);
        }
        let res = req.send().await.expect("asset");
        let header =
            |h| res.headers().get(h).map(|v: &reqwest::header::HeaderValue| v.to_str().expect("ascii").to_string());
        let (status, encoding, cache) = (res.status().as_u16(), header(CONTENT_ENCODING), header(CACHE_CONTROL));
        (status, encoding, cache, res.text().await.expect("body"))
    };
    let br = get(CSS, Some("gzip, deflate, br")).await;
    assert_eq!(
        br,
        (200, Some("br".into()), Some(IMMUTABLE.into()), "(brotli bytes)".into()),
        "the brotli copy as it is"
    );
    let gz = get(CSS, Some("gzip")).await;
    assert_eq!(gz, (200, Some("gzip".into()), Some(IMMUTABLE.into()), "(gzip bytes)".into()));
    let plain = get(CSS, None).await;
    assert_eq!(plain, (200, None, Some(IMMUTABLE.into()), "body{color:#1f2937}".into()));
    let unhashed = get("/pkg/ketnoi.css", None).await;
    assert_eq!((unhashed.0, unhashed.2), (200, Some(REVALIDATE.into())), "a plain name is revalidated");
    assert_eq!(get("/pkg/ketnoi.1111111111111111.css", None).await.0, 404);
}

/// Without a manifest (a build by hand) the plain names, which work and are revalidated.
#[tokio::test]
async fn without_a_manifest_the_plain_names() {
    let app = support::spawn_with_site(&[("pkg/ketnoi.css", b"body{}")]).await;
    let (status, html) = app.html("/").await;
    assert_eq!(status, 200);
    assert!(html.contains(r#"<link rel="stylesheet" href="/pkg/ketnoi.css""#));
    assert!(html.contains("/pkg/ketnoi.js") && html.contains("/pkg/ketnoi_bg.wasm"));
}
