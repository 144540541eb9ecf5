//! Text widths, measured with the bundled DejaVu Sans (the font the SVG asks for first), so
//! labels are cut to the room they have rather than guessed by character count.

use std::sync::OnceLock;

use ab_glyph::{Font, FontRef, PxScale, ScaleFont};

/// The bundled font: DejaVu Sans 2.37 (see `fonts/LICENSE`).
pub(crate) const FONT: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");

fn font() -> Option<&'static FontRef<'static>> {
    static PARSED: OnceLock<Option<FontRef<'static>>> = OnceLock::new();
    PARSED.get_or_init(|| FontRef::try_from_slice(FONT).ok()).as_ref()
}

/// The width of `text` at `size` px, kerning included. Falls back to an estimate (0.6 em a
/// character) should the bundled font ever fail to load.
pub(crate) fn width(text: &str, size: f64) -> f64 {
    let Some(font) = font() else { return text.chars().count() as f64 * size * 0.6 };
    // SVG's font-size is the em; ab_glyph's PxScale is the line height (ascent to descent).
    let em = font.units_per_em().unwrap_or(2048.0);
    let scaled = font.as_scaled(PxScale::from(size as f32 * font.height_unscaled() / em));
    let mut total = 0.0;
    let mut previous = None;
    for c in text.chars() {
        let id = scaled.glyph_id(c);
        if let Some(p) = previous {
            total += scaled.kern(p, id);
        }
        total += scaled.h_advance(id);
        previous = Some(id);
    }
    f64::from(total)
}

/// `text` cut to at most `max` px wide at `size` px, with an ellipsis when cut.
pub(crate) fn fit(text: &str, size: f64, max: f64) -> String {
    let text = crate::canvas::clean(text);
    if width(&text, size) <= max {
        return text;
    }
    let mut cut: Vec<char> = text.chars().collect();
    while !cut.is_empty() {
        cut.pop();
        let candidate: String = cut.iter().collect::<String>().trim_end().to_owned() + "…";
        if width(&candidate, size) <= max {
            return candidate;
        }
    }
    String::new()
}

/// `text` on one line when it fits in `max` px at `size` px, else broken in two at the space or
/// after the hyphen that balances the lines best (each line cut with "…" only if it still does
/// not fit).
pub(crate) fn wrap(text: &str, size: f64, max: f64) -> Vec<String> {
    let text = crate::canvas::clean(text);
    if width(&text, size) <= max {
        return vec![text];
    }
    let breaks = text.char_indices().filter_map(|(i, c)| match c {
        ' ' => Some((text[..i].trim_end().to_owned(), text[i + 1..].trim_start().to_owned())),
        '-' | '\u{2010}' => {
            let end = i + c.len_utf8();
            Some((text[..end].to_owned(), text[end..].to_owned()))
        }
        _ => None,
    });
    let best = breaks
        .filter(|(a, b)| !a.is_empty() && !b.is_empty())
        .map(|(a, b)| {
            let widest = width(&a, size).max(width(&b, size));
            (widest, a, b)
        })
        .min_by(|x, y| x.0.total_cmp(&y.0));
    match best {
        Some((_, a, b)) => vec![fit(&a, size, max), fit(&b, size, max)],
        None => vec![fit(&text, size, max)],
    }
}

/// The most lines a name label takes.
pub(crate) const NAME_LINES: usize = 3;

/// A person's name label, line by line: the given name (or nickname) over the family name,
/// each wrapped to two lines where it is too long for one and the label stays within
/// [`NAME_LINES`], cut otherwise.
pub(crate) fn name_lines(person: &genogram_core::Person, size: f64, max: f64) -> Vec<String> {
    let first = person.name.nickname.as_ref().or(person.name.given.as_ref());
    let parts: Vec<&String> = first.into_iter().chain(&person.name.family).collect();
    let mut lines = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        let still_to_come = parts.len() - i - 1;
        let wrapped = wrap(part, size, max);
        if lines.len() + wrapped.len() + still_to_come <= NAME_LINES {
            lines.extend(wrapped);
        } else {
            lines.push(fit(part, size, max));
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_come_from_the_font() {
        assert!(font().is_some(), "the bundled font loads");
        // "i" is narrow and "W" wide in DejaVu Sans.
        assert!(width("iiii", 12.0) < width("WWWW", 12.0) / 2.0);
        // DejaVu Sans at 12 px: "M" advances 10.35 px (1767 of 2048 units per em).
        assert!((width("M", 12.0) - 10.35).abs() < 0.05, "{}", width("M", 12.0));
    }

    #[test]
    fn fitting_cuts_to_the_room() {
        assert_eq!(fit("Ana", 12.0, 100.0), "Ana");
        let long = fit("Bartholomew-Featherstonehaugh", 12.0, 100.0);
        assert!(long.ends_with('…') && width(&long, 12.0) <= 100.0, "{long}");
    }

    #[test]
    fn long_names_wrap_before_they_are_cut() {
        assert_eq!(wrap("Ana", 12.0, 104.0), ["Ana"]);
        assert_eq!(wrap("Eugene Gladstone", 12.0, 90.0), ["Eugene", "Gladstone"]);
        assert_eq!(wrap("Moreau-Kowalczyk", 12.0, 90.0), ["Moreau-", "Kowalczyk"]);
        let cut = wrap("Bartholomew-Featherstonehaughington", 12.0, 90.0);
        assert_eq!(cut.len(), 2);
        assert!(cut[1].ends_with('…') && width(&cut[1], 12.0) <= 90.0, "{cut:?}");
    }
}
