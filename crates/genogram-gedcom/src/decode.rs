//! Bytes to text: byte-order marks, UTF-16, and the character sets GEDCOM files declare
//! (`1 CHAR UTF-8 | UNICODE | ANSEL | ASCII | ANSI`), whatever they actually contain.

/// The character set a file was read as.
///
/// ```
/// assert_eq!(genogram_gedcom::Encoding::Ansel.as_str(), "ANSEL");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8, with or without a byte-order mark.
    Utf8,
    /// UTF-16, little- or big-endian (GEDCOM 5.5's `UNICODE`).
    Utf16,
    /// ANSEL (Z39.47), the GEDCOM 5.5 default: combining marks before their letter.
    Ansel,
    /// Windows-1252 (what genealogy programs call `ANSI`).
    Windows1252,
}

impl Encoding {
    /// The name as a GEDCOM header writes it.
    ///
    /// ```
    /// assert_eq!(genogram_gedcom::Encoding::Utf8.as_str(), "UTF-8");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16 => "UTF-16",
            Encoding::Ansel => "ANSEL",
            Encoding::Windows1252 => "ANSI (Windows-1252)",
        }
    }
}

/// Decodes a file. Returns the text, the encoding used, and the line numbers of bytes that were
/// not valid in it (replaced by U+FFFD), so the import can warn about them.
pub(crate) fn decode(bytes: &[u8]) -> (String, Encoding, Vec<usize>) {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return utf8(rest);
    }
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return (utf16(&bytes[2..], u16::from_le_bytes), Encoding::Utf16, Vec::new());
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return (utf16(&bytes[2..], u16::from_be_bytes), Encoding::Utf16, Vec::new());
    }
    // UTF-16 without a mark: "0" followed by a zero byte.
    if bytes.len() >= 2 && bytes[0] == b'0' && bytes[1] == 0 {
        return (utf16(bytes, u16::from_le_bytes), Encoding::Utf16, Vec::new());
    }
    if bytes.len() >= 2 && bytes[0] == 0 && bytes[1] == b'0' {
        return (utf16(bytes, u16::from_be_bytes), Encoding::Utf16, Vec::new());
    }
    let declared = declared_charset(bytes);
    let ascii = bytes.is_ascii();
    match declared.as_deref() {
        _ if ascii => (bytes.iter().map(|&b| b as char).collect(), Encoding::Utf8, Vec::new()),
        Some("ANSEL") => (ansel(bytes), Encoding::Ansel, Vec::new()),
        Some(
            "ANSI" | "WINDOWS-1252" | "CP1252" | "IBMPC" | "IBM WINDOWS" | "ISO-8859-1" | "LATIN1",
        ) => (bytes.iter().map(|&b| windows_1252(b)).collect(), Encoding::Windows1252, Vec::new()),
        _ => {
            // Declared UTF-8 (or nothing): trust the bytes if they are UTF-8, else fall back to
            // Windows-1252, the commonest mislabel.
            match std::str::from_utf8(bytes) {
                Ok(text) => (text.to_owned(), Encoding::Utf8, Vec::new()),
                Err(_) if declared.is_none() => (
                    bytes.iter().map(|&b| windows_1252(b)).collect(),
                    Encoding::Windows1252,
                    Vec::new(),
                ),
                Err(_) => utf8(bytes),
            }
        }
    }
}

fn utf8(bytes: &[u8]) -> (String, Encoding, Vec<usize>) {
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), Encoding::Utf8, Vec::new()),
        Err(_) => {
            let mut bad = Vec::new();
            let mut line = 1;
            let mut rest = bytes;
            let mut out = String::with_capacity(bytes.len());
            loop {
                match std::str::from_utf8(rest) {
                    Ok(text) => {
                        out.push_str(text);
                        break;
                    }
                    Err(e) => {
                        let (good, after) = rest.split_at(e.valid_up_to());
                        let good = std::str::from_utf8(good).unwrap_or_default();
                        line += good.matches('\n').count();
                        out.push_str(good);
                        out.push('\u{FFFD}');
                        if bad.last() != Some(&line) {
                            bad.push(line);
                        }
                        let skip = e.error_len().unwrap_or(after.len()).max(1);
                        rest = &after[skip.min(after.len())..];
                    }
                }
            }
            (out, Encoding::Utf8, bad)
        }
    }
}

fn utf16(bytes: &[u8], word: fn([u8; 2]) -> u16) -> String {
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| word([c[0], c[1]])).collect();
    String::from_utf16_lossy(&units)
}

/// The value of `1 CHAR` in the header, read from the raw bytes (the header is ASCII).
fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(4096)];
    let text: String = head.iter().map(|&b| if b.is_ascii() { b as char } else { ' ' }).collect();
    text.split(['\r', '\n']).find_map(|line| {
        let mut parts = line.split_whitespace();
        (parts.next() == Some("1") && parts.next() == Some("CHAR"))
            .then(|| parts.collect::<Vec<_>>().join(" ").to_uppercase())
    })
}

fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// ANSEL: ASCII below 0x80; special letters; combining marks (0xE0–0xFE) written before the
/// letter they modify, moved after it as Unicode combining characters.
fn ansel(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    let mut pending: Vec<char> = Vec::new();
    for &b in bytes {
        if let Some(mark) = ansel_combining(b) {
            pending.push(mark);
            continue;
        }
        let c = match b {
            0x00..=0x7F => char::from(b),
            0xA1 => 'Ł',
            0xA2 => 'Ø',
            0xA3 => 'Đ',
            0xA4 => 'Þ',
            0xA5 => 'Æ',
            0xA6 => 'Œ',
            0xA7 => 'ʹ',
            0xA8 => '·',
            0xA9 => '♭',
            0xAA => '®',
            0xAB => '±',
            0xAC => 'Ơ',
            0xAD => 'Ư',
            0xAE => 'ʼ',
            0xB0 => 'ʻ',
            0xB1 => 'ł',
            0xB2 => 'ø',
            0xB3 => 'đ',
            0xB4 => 'þ',
            0xB5 => 'æ',
            0xB6 => 'œ',
            0xB7 => 'ʺ',
            0xB8 => 'ı',
            0xB9 => '£',
            0xBA => 'ð',
            0xBC => 'ơ',
            0xBD => 'ư',
            0xC0 => '°',
            0xC1 => 'ℓ',
            0xC2 => '℗',
            0xC3 => '©',
            0xC4 => '♯',
            0xC5 => '¿',
            0xC6 => '¡',
            0xC7 => 'ß',
            0xC8 => '€',
            _ => '\u{FFFD}',
        };
        out.push(c);
        if !pending.is_empty() && !c.is_ascii_control() {
            out.extend(pending.drain(..));
        }
    }
    out.extend(pending);
    out
}

fn ansel_combining(b: u8) -> Option<char> {
    Some(match b {
        0xE0 => '\u{0309}',
        0xE1 => '\u{0300}',
        0xE2 => '\u{0301}',
        0xE3 => '\u{0302}',
        0xE4 => '\u{0303}',
        0xE5 => '\u{0304}',
        0xE6 => '\u{0306}',
        0xE7 => '\u{0307}',
        0xE8 => '\u{0308}',
        0xE9 => '\u{030C}',
        0xEA => '\u{030A}',
        0xEB => '\u{FE20}',
        0xEC => '\u{FE21}',
        0xED => '\u{0315}',
        0xEE => '\u{030B}',
        0xEF => '\u{0310}',
        0xF0 => '\u{0327}',
        0xF1 => '\u{0328}',
        0xF2 => '\u{0323}',
        0xF3 => '\u{0324}',
        0xF4 => '\u{0325}',
        0xF5 => '\u{0333}',
        0xF6 => '\u{0332}',
        0xF7 => '\u{0326}',
        0xF8 => '\u{031C}',
        0xF9 => '\u{032E}',
        0xFA => '\u{FE22}',
        0xFB => '\u{FE23}',
        0xFE => '\u{0313}',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_are_detected_and_decoded() {
        let (t, e, _) = decode(b"\xEF\xBB\xBF0 HEAD\n");
        assert_eq!((t.as_str(), e), ("0 HEAD\n", Encoding::Utf8));
        let (t, e, _) = decode(b"0 HEAD\n1 CHAR ANSEL\n1 NAME Ren\xE2e\n");
        assert_eq!(e, Encoding::Ansel);
        assert!(t.ends_with("Rene\u{301}\n"), "{t:?}");
        let (t, e, _) = decode(b"0 HEAD\n1 CHAR ANSI\n1 NAME Ren\xE9e\n");
        assert_eq!((e, t.ends_with("Renée\n")), (Encoding::Windows1252, true));
        let utf16: Vec<u8> = "0 HEAD\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&[&[0xFF, 0xFE][..], &utf16].concat()).0, "0 HEAD\n");
        let (_, _, bad) = decode(b"0 HEAD\n1 CHAR UTF-8\n1 NAME \xFF\n");
        assert_eq!(bad, [3]);
    }
}
