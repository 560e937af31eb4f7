//! User markdown → HTML that is safe to inject: pulldown-cmark renders, ammonia sanitises.

use pulldown_cmark::{Options, Parser, html};

pub fn to_safe_html(markdown: &str) -> String {
    let parser = Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES);
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut raw, parser);
    // No images: profiles carry an uploaded logo; an image in text could only track readers or
    // break (the page's policy loads images from this site alone).
    ammonia::Builder::default().rm_tags(&["img"]).link_rel(Some("noopener noreferrer nofollow")).clean(&raw).to_string()
}

#[cfg(test)]
mod tests {
    use super::to_safe_html;

    #[test]
    fn renders_and_sanitises() {
        let html = to_safe_html("**Nông nghiệp** <script>alert(1)</script> [x](javascript:alert(1))");
        assert!(html.contains("<strong>Nông nghiệp</strong>"));
        assert!(!html.contains("<script"));
        assert!(!html.contains("javascript:"));
        let html = to_safe_html("![ảnh](https://tracker.example/p.gif) <img src=x onerror=alert(1)>");
        assert!(!html.contains("<img"), "{html}");
    }
}
