//! A thin wrapper over the `svg` crate that makes its two pitfalls impossible: every number is
//! rounded to two decimals (and never NaN), and every user string is cleaned of characters XML
//! forbids or that can spoof text direction. The `svg` crate escapes `& < > " '` itself.

use svg::node::element::{Group, Text as TextElement, Title};

/// Rounds a coordinate for output: two decimals, no `-0`, no NaN.
pub(crate) fn num(v: f64) -> f64 {
    if !v.is_finite() {
        return 0.0;
    }
    let r = (v * 100.0).round() / 100.0;
    if r == 0.0 { 0.0 } else { r }
}

/// A user string made safe for XML: C0 controls (but tab and newlines) and the bidirectional
/// overrides that can reverse what a reader sees are dropped.
pub(crate) fn clean(text: &str) -> String {
    text.chars()
        .filter(|&c| {
            let control = c.is_control() && !matches!(c, '\t' | '\n' | '\r');
            let bidi_override = matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
            !control && !bidi_override
        })
        .collect()
}

/// A label no longer than `max` characters, with an ellipsis when cut.
pub(crate) fn shorten(text: &str, max: usize) -> String {
    let text = clean(text);
    if text.chars().count() <= max {
        text
    } else {
        let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

/// Points as an SVG path: `M x y L x y ...`.
pub(crate) fn polyline_path(points: &[(f64, f64)]) -> String {
    let mut d = String::new();
    for (i, &(x, y)) in points.iter().enumerate() {
        d.push_str(if i == 0 { "M" } else { " L" });
        d.push_str(&format!("{} {}", num(x), num(y)));
    }
    d
}

pub(crate) fn text(x: f64, y: f64, content: &str, size: f64, anchor: &str) -> TextElement {
    TextElement::new(clean(content))
        .set("x", num(x))
        .set("y", num(y))
        .set("font-size", num(size))
        .set("text-anchor", anchor)
}

pub(crate) fn title(content: &str) -> Title {
    Title::new(clean(content))
}

pub(crate) fn group(class: &str) -> Group {
    Group::new().set("class", class)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_rounded_and_finite() {
        assert_eq!(num(0.300_000_000_000_000_04), 0.3);
        assert_eq!(num(-0.001), 0.0);
        assert_eq!(num(f64::NAN), 0.0);
    }

    #[test]
    fn user_text_is_cleaned_and_shortened() {
        assert_eq!(clean("Ann\u{0}\u{1b}[31m Lee\u{202E}"), "Ann[31m Lee");
        assert_eq!(shorten("Bartholomew", 6), "Barth…");
        assert_eq!(shorten("Ana", 6), "Ana");
    }
}
