//! GEDCOM dates (5.5.1 and 7.0 grammar) to the genogram's partial dates.

use genogram_core::{DateSpec, PartialDate};

/// A GEDCOM date read: the date, or why it could not be kept.
#[derive(Debug, PartialEq)]
pub(crate) enum Read {
    /// A date, and a note when it was approximated (a Julian date taken as Gregorian, say).
    Date(DateSpec, Option<&'static str>),
    /// Only a phrase, or nothing: no date.
    Empty,
    /// A date the genogram format cannot hold, with the reason.
    Unsupported(String),
}

const MONTHS: [&str; 12] =
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

/// Reads a GEDCOM date value.
pub(crate) fn read(value: &str) -> Read {
    // A trailing or whole phrase in parentheses carries no date.
    let text = match value.find('(') {
        Some(i) => &value[..i],
        None => value,
    };
    let upper = text.trim().to_uppercase();
    let mut words: Vec<&str> = upper.split_whitespace().collect();
    if words.is_empty() {
        return Read::Empty;
    }
    let mut note = None;
    // Calendars: 5.5.1 escapes (@#DJULIAN@) and 7.0 keywords (JULIAN).
    let mut calendar = |w: &str| -> Option<Result<(), String>> {
        let name = w.trim_start_matches("@#D").trim_end_matches('@');
        match name {
            "GREGORIAN" => Some(Ok(())),
            "JULIAN" => {
                note = Some("a Julian date, read as Gregorian (up to 13 days off)");
                Some(Ok(()))
            }
            "HEBREW" | "FRENCH" | "FRENCH R" | "FRENCH_R" | "ROMAN" | "UNKNOWN" => Some(Err(
                format!("the {} calendar is not supported", name.to_lowercase().replace('_', " ")),
            )),
            _ => None,
        }
    };
    // Remove calendar words wherever they appear (before each date of a range too).
    let mut kept = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        // "@#DFRENCH R@" is two words.
        if w == "@#DFRENCH" && words.get(i + 1) == Some(&"R@") {
            return Read::Unsupported("the French republican calendar is not supported".into());
        }
        match calendar(w) {
            Some(Ok(())) => {}
            Some(Err(why)) => return Read::Unsupported(why),
            None => kept.push(w),
        }
        i += 1;
    }
    words = kept;
    let spec = match words.as_slice() {
        [] => return Read::Empty,
        ["ABT" | "CAL" | "EST", rest @ ..] => point(rest).map(DateSpec::About),
        ["BEF", rest @ ..] => point(rest).map(DateSpec::Before),
        ["AFT", rest @ ..] => point(rest).map(DateSpec::After),
        ["INT", rest @ ..] => point(rest).map(DateSpec::On),
        ["BET", rest @ ..] | ["FROM", rest @ ..]
            if rest.contains(&"AND") || rest.contains(&"TO") =>
        {
            let split = rest.iter().position(|w| *w == "AND" || *w == "TO").unwrap_or(0);
            let (first, second) = (&rest[..split], &rest[split + 1..]);
            // "BET JUN AND DEC 1900": the first date borrows the second's year.
            let borrowed: Vec<&str> = first.iter().copied().chain(second.last().copied()).collect();
            let start =
                point(first).or_else(|e| if first.len() <= 2 { point(&borrowed) } else { Err(e) });
            match (start, point(second)) {
                (Ok(a), Ok(b)) if b.last_day() >= a.first_day() => Ok(DateSpec::Between(a, b)),
                (Ok(_), Ok(_)) => Err("the range ends before it starts".to_owned()),
                (Err(e), _) | (_, Err(e)) => Err(e),
            }
        }
        ["FROM", rest @ ..] | ["TO", rest @ ..] => point(rest).map(DateSpec::On),
        rest => point(rest).map(DateSpec::On),
    };
    match spec {
        Ok(d) => Read::Date(d, note),
        Err(why) => Read::Unsupported(why),
    }
}

/// `[day] [month] year [B.C.]`, with dual years (`1749/50`, the later year).
fn point(words: &[&str]) -> Result<PartialDate, String> {
    let (words, bc) = match words {
        [rest @ .., "B.C." | "BC" | "BCE" | "B.C"] => (rest, true),
        _ => (words, false),
    };
    if bc {
        return Err("dates before the common era are not supported".into());
    }
    let year_of = |w: &str| -> Result<i32, String> {
        let (main, dual) = match w.split_once('/') {
            Some((a, b)) => (a, Some(b)),
            None => (w, None),
        };
        let mut year: i32 = main.parse().map_err(|_| format!("`{w}` is not a year"))?;
        if let Some(d) = dual {
            // 1749/50: the Old Style year 1749 is 1750 in the New Style.
            if d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit()) {
                year += 1;
            }
        }
        if !(1..=9999).contains(&year) {
            return Err(format!("the year {year} is outside 1 to 9999"));
        }
        Ok(year)
    };
    let month_of = |w: &str| -> Result<u8, String> {
        MONTHS
            .iter()
            .position(|m| *m == w)
            .map(|i| i as u8 + 1)
            .ok_or_else(|| format!("`{w}` is not a month (JAN to DEC)"))
    };
    let date = match words {
        [y] => PartialDate::new(year_of(y)?, None, None),
        [m, y] => PartialDate::new(year_of(y)?, Some(month_of(m)?), None),
        [d, m, y] => {
            let day: u8 = d.parse().map_err(|_| format!("`{d}` is not a day"))?;
            let text = format!("{:04}-{:02}-{:02}", year_of(y)?, month_of(m)?, day);
            return text.parse::<PartialDate>().map_err(|e| e.to_string());
        }
        [] => return Err("the date has no year".into()),
        _ => return Err(format!("`{}` is not a date", words.join(" "))),
    };
    date.ok_or_else(|| "not a calendar date".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> String {
        match read(s) {
            Read::Date(d, _) => d.to_string(),
            Read::Empty => "empty".into(),
            Read::Unsupported(why) => format!("unsupported: {why}"),
        }
    }

    #[test]
    fn the_date_grammar_maps_to_partial_dates() {
        assert_eq!(d("12 MAR 1950"), "1950-03-12");
        assert_eq!(d("MAR 1950"), "1950-03");
        assert_eq!(d("1950"), "1950");
        assert_eq!(d("ABT 1950"), "~1950");
        assert_eq!(d("est 1950"), "~1950");
        assert_eq!(d("BEF 1 JAN 1900"), "<1900-01-01");
        assert_eq!(d("AFT 1900"), ">1900");
        assert_eq!(d("BET 1948 AND 1952"), "1948..1952");
        assert_eq!(d("FROM 1948 TO 1952"), "1948..1952");
        assert_eq!(d("BET JUN AND DEC 1900"), "1900-06..1900-12");
        assert_eq!(d("INT 1950 (about then)"), "1950");
        assert_eq!(d("(unknown)"), "empty");
        assert_eq!(d("11 FEB 1749/50"), "1750-02-11");
        assert_eq!(d("@#DJULIAN@ 1 MAR 1600"), "1600-03-01");
        assert_eq!(d("JULIAN 1600"), "1600");
        assert!(d("@#DHEBREW@ 5700").starts_with("unsupported"));
        assert!(d("44 BC").starts_with("unsupported"));
        assert!(d("30 FEB 1950").starts_with("unsupported"));
        assert!(d("BET 1952 AND 1948").starts_with("unsupported"));
        assert!(d("SPRING 1950").starts_with("unsupported"));
    }
}
