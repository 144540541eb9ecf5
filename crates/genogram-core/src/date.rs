//! Partial, approximate dates: `1950`, `1950-03`, `1950-03-14`, `~1950`, `<1950`, `>1950`,
//! `1948..1952`.
//!
//! Family members rarely know exact dates, so every date in a genogram is a [`DateSpec`]: a
//! calendar date of year, month or day precision, optionally marked as approximate, as an upper or
//! lower bound, or as a range. Each spec covers an interval of days; comparisons that must be
//! *certain* (a warning that a death precedes a birth, say) use the interval's ends, so vague data
//! never raises a false alarm.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How far an approximate date (`~1950`) may be from the stated one, in years, each way.
///
/// ```
/// use genogram_core::DateSpec;
/// let about: DateSpec = "~1950".parse()?;
/// assert!(about.earliest() < "1949".parse::<DateSpec>()?.earliest());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub const APPROXIMATE_YEARS: i32 = 2;

/// A calendar date known to year, month or day precision.
///
/// ```
/// use genogram_core::PartialDate;
/// let d: PartialDate = "1950-03".parse()?;
/// assert_eq!((d.year(), d.month(), d.day()), (1950, Some(3), None));
/// assert_eq!(d.to_string(), "1950-03");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
}

/// A date as family members report it: exact to some precision, approximate, bounded or a range.
///
/// ```
/// use genogram_core::DateSpec;
/// let about: DateSpec = "~1950".parse()?;
/// let after: DateSpec = ">1952".parse()?;
/// assert!(about.is_certainly_before(&after));
/// assert_eq!(about.to_string(), "~1950");
/// assert!("1950-02-30".parse::<DateSpec>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateSpec {
    /// A date known to its precision: `1950`, `1950-03`, `1950-03-14`.
    On(PartialDate),
    /// An approximate date: `~1950` (within [`APPROXIMATE_YEARS`] either way).
    About(PartialDate),
    /// Before a date: `<1950` (strictly before the first day it covers).
    Before(PartialDate),
    /// After a date: `>1950` (strictly after the last day it covers).
    After(PartialDate),
    /// Some time in a range, both ends included: `1948..1952`.
    Between(PartialDate, PartialDate),
}

/// Why a date string could not be read. Its message always starts with `malformed date`.
///
/// ```
/// let err = "1950-13".parse::<genogram_core::DateSpec>().unwrap_err();
/// assert_eq!(err.to_string(), "malformed date `1950-13`: month 13 is not between 1 and 12");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("malformed date `{text}`: {reason}")]
pub struct DateError {
    text: String,
    reason: String,
}

impl DateError {
    fn new(text: &str, reason: impl Into<String>) -> Self {
        let text: String = text.chars().take(40).collect();
        Self { text, reason: reason.into() }
    }
}

/// The day number used for date arithmetic: days since 1970-01-01 (negative before).
///
/// ```
/// use genogram_core::DateSpec;
/// assert_eq!("1970-01-02".parse::<DateSpec>()?.earliest(), Some(1));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub type DayNumber = i64;

impl PartialDate {
    /// Builds a date, checking the month and the day against the calendar.
    ///
    /// ```
    /// use genogram_core::PartialDate;
    /// assert!(PartialDate::new(2000, Some(2), Some(29)).is_some());
    /// assert!(PartialDate::new(1900, Some(2), Some(29)).is_none());
    /// ```
    pub fn new(year: i32, month: Option<u8>, day: Option<u8>) -> Option<Self> {
        if !(1..=9999).contains(&year) {
            return None;
        }
        match (month, day) {
            (None, Some(_)) => return None,
            (Some(m), _) if !(1..=12).contains(&m) => return None,
            (Some(m), Some(d)) if d == 0 || d > days_in_month(year, m) => return None,
            _ => {}
        }
        Some(Self { year, month, day })
    }

    /// The day-precision date of a day number (days since 1970-01-01), if it falls in the years
    /// 1–9999.
    ///
    /// ```
    /// use genogram_core::PartialDate;
    /// let d = PartialDate::from_day_number(0).ok_or("out of range")?;
    /// assert_eq!(d.to_string(), "1970-01-01");
    /// let d = "1999-12-31".parse::<PartialDate>()?;
    /// assert_eq!(PartialDate::from_day_number(d.first_day() + 1).map(|d| d.to_string()).as_deref(), Some("2000-01-01"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_day_number(day: DayNumber) -> Option<Self> {
        if !(days_from_civil(1, 1, 1)..=days_from_civil(9999, 12, 31)).contains(&day) {
            return None;
        }
        let (year, month, day) = civil_from_days(day);
        Self::new(year, Some(month), Some(day))
    }

    /// The year.
    ///
    /// ```
    /// let d: genogram_core::PartialDate = "1950-03".parse()?;
    /// assert_eq!(d.year(), 1950);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month (1–12), when known.
    ///
    /// ```
    /// let d: genogram_core::PartialDate = "1950-03".parse()?;
    /// assert_eq!(d.month(), Some(3));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn month(&self) -> Option<u8> {
        self.month
    }

    /// The day of the month, when known.
    ///
    /// ```
    /// let d: genogram_core::PartialDate = "1950-03".parse()?;
    /// assert_eq!(d.day(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn day(&self) -> Option<u8> {
        self.day
    }

    /// The first day this date may denote.
    ///
    /// ```
    /// let d: genogram_core::PartialDate = "1970-02".parse()?;
    /// assert_eq!(d.first_day(), 31);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn first_day(&self) -> DayNumber {
        days_from_civil(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day this date may denote.
    ///
    /// ```
    /// let d: genogram_core::PartialDate = "1970-01".parse()?;
    /// assert_eq!(d.last_day(), 30);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn last_day(&self) -> DayNumber {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        days_from_civil(self.year, month, day)
    }

    fn shifted_years(&self, years: i32) -> Self {
        let year = (self.year + years).clamp(1, 9999);
        let day = match (self.month, self.day) {
            (Some(m), Some(d)) => Some(d.min(days_in_month(year, m))),
            _ => None,
        };
        Self { year, month: self.month, day }
    }
}

impl DateSpec {
    /// The earliest day the date may denote, or `None` if it is open towards the past.
    ///
    /// ```
    /// use genogram_core::DateSpec;
    /// assert_eq!("<1970".parse::<DateSpec>()?.earliest(), None);
    /// assert_eq!("1970".parse::<DateSpec>()?.earliest(), Some(0));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn earliest(&self) -> Option<DayNumber> {
        match self {
            DateSpec::On(d) => Some(d.first_day()),
            DateSpec::About(d) => Some(d.shifted_years(-APPROXIMATE_YEARS).first_day()),
            DateSpec::Before(_) => None,
            DateSpec::After(d) => Some(d.last_day() + 1),
            DateSpec::Between(a, _) => Some(a.first_day()),
        }
    }

    /// The latest day the date may denote, or `None` if it is open towards the future.
    ///
    /// ```
    /// use genogram_core::DateSpec;
    /// assert_eq!(">1970".parse::<DateSpec>()?.latest(), None);
    /// assert_eq!("1970".parse::<DateSpec>()?.latest(), Some(364));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn latest(&self) -> Option<DayNumber> {
        match self {
            DateSpec::On(d) => Some(d.last_day()),
            DateSpec::About(d) => Some(d.shifted_years(APPROXIMATE_YEARS).last_day()),
            DateSpec::Before(d) => Some(d.first_day() - 1),
            DateSpec::After(_) => None,
            DateSpec::Between(_, b) => Some(b.last_day()),
        }
    }

    /// One day that stands for the date when dates must be put in order: the middle of its
    /// interval, or its known end when it is open.
    ///
    /// ```
    /// use genogram_core::DateSpec;
    /// let a: DateSpec = "1950".parse()?;
    /// let b: DateSpec = "1950-01-02".parse()?;
    /// assert!(a.sort_key() > b.sort_key()); // mid-1950 sorts after 2 January 1950
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn sort_key(&self) -> DayNumber {
        match (self.earliest(), self.latest()) {
            (Some(a), Some(b)) => a + (b - a) / 2,
            (Some(a), None) => a,
            (None, Some(b)) => b,
            (None, None) => 0,
        }
    }

    /// The year shown for the date (the stated year; the first year of a range).
    ///
    /// ```
    /// let d: genogram_core::DateSpec = "1948..1952".parse()?;
    /// assert_eq!(d.year(), 1948);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn year(&self) -> i32 {
        match self {
            DateSpec::On(d)
            | DateSpec::About(d)
            | DateSpec::Before(d)
            | DateSpec::After(d)
            | DateSpec::Between(d, _) => d.year,
        }
    }

    /// True when every day this date may denote is before every day `other` may denote.
    ///
    /// ```
    /// use genogram_core::DateSpec;
    /// let d = |s: &str| s.parse::<DateSpec>().unwrap_or_else(|e| panic!("{e}"));
    /// assert!(d("1950").is_certainly_before(&d("1951")));
    /// assert!(!d("~1950").is_certainly_before(&d("1951")));
    /// ```
    pub fn is_certainly_before(&self, other: &DateSpec) -> bool {
        matches!((self.latest(), other.earliest()), (Some(a), Some(b)) if a < b)
    }

    /// The number of days from `self` to `other` that is certain: the smallest gap between the
    /// two intervals (`None` when either end is open or the intervals overlap).
    ///
    /// ```
    /// use genogram_core::DateSpec;
    /// let d = |s: &str| s.parse::<DateSpec>().unwrap_or_else(|e| panic!("{e}"));
    /// assert_eq!(d("2000-01-01").certain_days_until(&d("2000-01-31")), Some(30));
    /// assert_eq!(d("2000").certain_days_until(&d("2000-06")), None);
    /// ```
    pub fn certain_days_until(&self, other: &DateSpec) -> Option<DayNumber> {
        match (self.latest(), other.earliest()) {
            (Some(a), Some(b)) if b > a => Some(b - a),
            _ => None,
        }
    }
}

/// The range of whole years someone born on `birth` may have been aged on `on`, as
/// `(youngest, oldest)`; `None` when either date is open-ended. The youngest may be negative
/// when `on` may fall before `birth`.
///
/// ```
/// use genogram_core::{DateSpec, age_range};
/// let birth: DateSpec = "1950-06-01".parse()?;
/// let on: DateSpec = "2000".parse()?;
/// assert_eq!(age_range(&birth, &on), Some((49, 50)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn age_range(birth: &DateSpec, on: &DateSpec) -> Option<(i64, i64)> {
    let youngest = whole_years_between(birth.latest()?, on.earliest()?);
    let oldest = whole_years_between(birth.earliest()?, on.latest()?);
    Some((youngest, oldest))
}

fn whole_years_between(from: DayNumber, to: DayNumber) -> i64 {
    let (y1, m1, d1) = civil_from_days(from);
    let (y2, m2, d2) = civil_from_days(to);
    let mut years = i64::from(y2 - y1);
    if (m2, d2) < (m1, d1) {
        years -= 1;
    }
    years
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian calendar).
fn days_from_civil(year: i32, month: u8, day: u8) -> DayNumber {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: DayNumber) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    // The casts cannot truncate: every day number comes from a year in 1..=9999 (± a few years).
    (year as i32, month as u8, day as u8)
}

impl FromStr for PartialDate {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let mut parts = text.split('-');
        let year_part = parts.next().unwrap_or_default();
        if year_part.len() != 4 || !year_part.bytes().all(|b| b.is_ascii_digit()) {
            return Err(DateError::new(text, "the year must have four digits, as in 1950"));
        }
        let year: i32 = year_part.parse().map_err(|_| DateError::new(text, "bad year"))?;
        if year == 0 {
            return Err(DateError::new(text, "there is no year 0000"));
        }
        let mut number = |what: &str| -> Result<Option<u8>, DateError> {
            match parts.next() {
                None => Ok(None),
                Some(p) if p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()) => {
                    Ok(p.parse().ok())
                }
                Some(_) => Err(DateError::new(text, format!("the {what} must have two digits"))),
            }
        };
        let month = number("month")?;
        let day = number("day")?;
        if parts.next().is_some() {
            return Err(DateError::new(text, "too many parts; write YYYY-MM-DD at most"));
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(DateError::new(text, format!("month {m} is not between 1 and 12")));
            }
            if let Some(d) = day
                && (d == 0 || d > days_in_month(year, m))
            {
                return Err(DateError::new(
                    text,
                    format!("day {d} does not exist in {year}-{m:02}"),
                ));
            }
        }
        PartialDate::new(year, month, day)
            .ok_or_else(|| DateError::new(text, "not a calendar date"))
    }
}

impl FromStr for DateSpec {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(DateError::new(text, "the date is empty; leave the field out instead"));
        }
        let point = |s: &str| -> Result<PartialDate, DateError> {
            s.trim().parse::<PartialDate>().map_err(|e| DateError { text: text.to_owned(), ..e })
        };
        if let Some(rest) = trimmed.strip_prefix('~') {
            return Ok(DateSpec::About(point(rest)?));
        }
        if let Some(rest) = trimmed.strip_prefix('<') {
            return Ok(DateSpec::Before(point(rest)?));
        }
        if let Some(rest) = trimmed.strip_prefix('>') {
            return Ok(DateSpec::After(point(rest)?));
        }
        if let Some((a, b)) = trimmed.split_once("..") {
            let (a, b) = (point(a)?, point(b)?);
            if b.last_day() < a.first_day() {
                return Err(DateError::new(text, "the range ends before it starts"));
            }
            return Ok(DateSpec::Between(a, b));
        }
        point(trimmed).map(DateSpec::On)
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl fmt::Display for DateSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateSpec::On(d) => write!(f, "{d}"),
            DateSpec::About(d) => write!(f, "~{d}"),
            DateSpec::Before(d) => write!(f, "<{d}"),
            DateSpec::After(d) => write!(f, ">{d}"),
            DateSpec::Between(a, b) => write!(f, "{a}..{b}"),
        }
    }
}

impl Serialize for DateSpec {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for DateSpec {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateVisitor;
        impl Visitor<'_> for DateVisitor {
            type Value = DateSpec;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date string such as \"1950\", \"1950-03-14\" or \"~1950\"")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<DateSpec, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(DateVisitor)
    }
}

/// The pattern of a valid date string, used in the JSON Schema (the calendar check is not
/// expressible there; the loader does it).
pub(crate) const DATE_PATTERN: &str = r"^\s*(?:[~<>]?\s*\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}(?:-\d{2}(?:-\d{2})?)?\s*\.\.\s*\d{4}(?:-\d{2}(?:-\d{2})?)?)\s*$";

impl JsonSchema for DateSpec {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": DATE_PATTERN,
            "description": "A partial, possibly approximate date: 1950, 1950-03, 1950-03-14, \
                ~1950 (about), <1950 (before), >1950 (after), 1948..1952 (between)",
            "examples": ["1950", "1950-03-14", "~1950", "<1950", "1948..1952"]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(s: &str) -> DateSpec {
        s.parse().unwrap()
    }

    #[test]
    fn every_form_round_trips_through_its_canonical_text() {
        for s in ["1950", "1950-03", "1950-03-14", "~1950", "<1950-02", ">1950", "1948..1952-06"] {
            assert_eq!(spec(s).to_string(), s);
        }
        assert_eq!(spec(" ~ 1950 ").to_string(), "~1950");
        assert_eq!(spec("1948 .. 1952").to_string(), "1948..1952");
    }

    #[test]
    fn malformed_dates_say_why() {
        let cases = [
            ("50", "four digits"),
            ("1950-13", "month 13"),
            ("1950-02-30", "day 30 does not exist"),
            ("1900-02-29", "day 29 does not exist"),
            ("1950-3", "two digits"),
            ("1950-03-14-01", "too many parts"),
            ("1955..1950", "ends before it starts"),
            ("", "empty"),
            ("0000", "no year 0000"),
            ("~", "four digits"),
            ("١٩٥٠", "four digits"),
        ];
        for (text, why) in cases {
            let err = text.parse::<DateSpec>().unwrap_err().to_string();
            assert!(err.starts_with("malformed date"), "{err}");
            assert!(err.contains(why), "{text}: {err}");
        }
        assert!("2000-02-29".parse::<DateSpec>().is_ok());
    }

    #[test]
    fn intervals_follow_precision_and_markers() {
        let day = |s: &str| spec(s).earliest().unwrap();
        assert_eq!(spec("1970-01-01").earliest(), Some(0));
        assert_eq!(spec("1970").latest(), Some(364));
        assert_eq!(spec("1972-02").latest(), Some(day("1972-02-29")));
        assert_eq!(spec("<1970").latest(), Some(-1));
        assert_eq!(spec("<1970").earliest(), None);
        assert_eq!(spec(">1970").earliest(), Some(365));
        assert_eq!(spec("~1970").earliest(), Some(day("1968-01-01")));
        assert_eq!(spec("~1970").latest(), Some(spec("1972").latest().unwrap()));
    }

    #[test]
    fn certain_comparisons_ignore_overlapping_vagueness() {
        assert!(spec("1950").is_certainly_before(&spec("1951-01-01")));
        assert!(!spec("~1950").is_certainly_before(&spec("1951")));
        assert!(!spec(">1950").is_certainly_before(&spec("2100")));
        assert_eq!(spec("1950-01-01").certain_days_until(&spec("1950-01-03")), Some(2));
    }

    #[test]
    fn ages_widen_with_imprecision() {
        assert_eq!(age_range(&spec("1950-06-15"), &spec("2000-06-14")), Some((49, 49)));
        assert_eq!(age_range(&spec("1950-06-15"), &spec("2000-06-15")), Some((50, 50)));
        assert_eq!(age_range(&spec("1950"), &spec("2000")), Some((49, 50)));
        assert_eq!(age_range(&spec("<1950"), &spec("2000")), None);
    }

    #[test]
    fn civil_conversion_is_inverse() {
        for days in (-800_000..800_000).step_by(997) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }
}
