//! Uploaded images. A logo is decoded (only PNG, JPEG, WebP, GIF; bounded size), scaled to fit
//! 256 × 256 and written anew as PNG: nothing of the uploaded file but its pixels is kept, so
//! no script, metadata or polyglot payload survives.

use crate::domain::account::FormError;
use image::{ImageFormat, ImageReader, Limits};
use std::io::Cursor;

const LOGO_SIDE: u32 = 256;

pub fn reencode_logo(bytes: &[u8]) -> Result<Vec<u8>, FormError> {
    let mut reader = ImageReader::new(Cursor::new(bytes)).with_guessed_format().map_err(|_| FormError::ImageInvalid)?;
    if !matches!(reader.format(), Some(ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP | ImageFormat::Gif)) {
        return Err(FormError::ImageInvalid);
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(6000);
    limits.max_image_height = Some(6000);
    limits.max_alloc = Some(128 * 1024 * 1024);
    reader.limits(limits);
    let image = reader.decode().map_err(|_| FormError::ImageInvalid)?;
    let logo = image.thumbnail(LOGO_SIDE, LOGO_SIDE);
    let mut out = Vec::new();
    logo.write_to(&mut Cursor::new(&mut out), ImageFormat::Png).map_err(|_| FormError::ImageInvalid)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbImage::from_pixel(w, h, image::Rgb([11, 83, 148]));
        let mut out = Vec::new();
        img.write_to(&mut Cursor::new(&mut out), ImageFormat::Png).expect("encode");
        out
    }

    #[test]
    fn logos_are_scaled_and_reencoded() {
        let out = reencode_logo(&png(800, 400)).expect("valid png");
        let back = image::load_from_memory(&out).expect("decodes");
        assert_eq!((back.width(), back.height()), (256, 128));
        assert!(out.starts_with(b"\x89PNG"));
    }

    #[test]
    fn other_files_are_refused() {
        assert_eq!(reencode_logo(b"<svg onload=alert(1)></svg>"), Err(FormError::ImageInvalid));
        assert_eq!(reencode_logo(b"GIF89a<script>alert(1)</script>"), Err(FormError::ImageInvalid));
        assert_eq!(reencode_logo(&[]), Err(FormError::ImageInvalid));
    }
}
