//! A QR code as a small black-and-white PNG, for the inline VietQR image of a reminder: the
//! `qrcode` crate draws the modules, the `png` crate writes a 1-bit greyscale image.

use anyhow::Context;

/// Pixels per QR module.
const SCALE: usize = 6;
/// Modules of white border on each side.
const QUIET: usize = 4;

/// The PNG image of `payload` as a QR code.
pub fn png(payload: &str) -> anyhow::Result<Vec<u8>> {
    let code = qrcode::QrCode::new(payload.as_bytes()).context("encoding the QR code")?;
    let modules = code.width();
    let colors = code.to_colors();
    let side = (modules + 2 * QUIET) * SCALE;
    let row_bytes = side.div_ceil(8);
    // 1-bit greyscale rows: a set bit is white.
    let mut pixels = vec![0xFFu8; row_bytes * side];
    for y in 0..side {
        let my = (y / SCALE).checked_sub(QUIET).filter(|m| *m < modules);
        for x in 0..side {
            let mx = (x / SCALE).checked_sub(QUIET).filter(|m| *m < modules);
            if let (Some(mx), Some(my)) = (mx, my)
                && colors[my * modules + mx] == qrcode::Color::Dark
            {
                pixels[y * row_bytes + x / 8] &= !(0x80 >> (x % 8));
            }
        }
    }
    let side = u32::try_from(side).context("QR image size")?;
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, side, side);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::One);
    let mut writer = encoder.write_header().context("writing the PNG header")?;
    writer
        .write_image_data(&pixels)
        .context("writing the PNG image")?;
    writer.finish().context("finishing the PNG")?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_qr_png_decodes_to_a_square_black_and_white_image() -> anyhow::Result<()> {
        let image = png("00020101021238570010A000000727")?;
        let decoder = ::png::Decoder::new(std::io::Cursor::new(image));
        let mut reader = decoder.read_info()?;
        let mut pixels = vec![0; reader.output_buffer_size().context("buffer size")?];
        let info = reader.next_frame(&mut pixels)?;
        assert_eq!(info.width, info.height);
        assert_eq!(info.bit_depth, ::png::BitDepth::One);
        // The quiet zone is white; the top-left finder pattern starts dark right after it.
        let row = (QUIET * SCALE) * info.line_size;
        assert_eq!(pixels[0], 0xFF);
        let first_dark = QUIET * SCALE;
        assert_eq!(pixels[row + first_dark / 8] & (0x80 >> (first_dark % 8)), 0);
        Ok(())
    }
}
