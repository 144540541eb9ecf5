//! "Did you mean …?" suggestions for typos in field names, words and ids.

/// The candidate closest to `typed`, if one is close enough to be a likely typo.
pub(crate) fn did_you_mean<'a>(
    typed: &str,
    candidates: impl Iterator<Item = &'a str>,
) -> Option<&'a str> {
    let typed_lower = typed.to_lowercase();
    candidates
        .map(|c| (strsim::damerau_levenshtein(&typed_lower, &c.to_lowercase()), c))
        .filter(|&(distance, c)| {
            let longest = typed.chars().count().max(c.chars().count());
            distance <= 2.max(longest / 3) && distance < longest
        })
        .min_by_key(|&(distance, c)| (distance, c))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::did_you_mean;

    #[test]
    fn suggests_close_words_only() {
        let fields = ["id", "name", "sex", "birth", "death"];
        assert_eq!(did_you_mean("nmae", fields.into_iter()), Some("name"));
        assert_eq!(did_you_mean("born", fields.into_iter()), None);
        assert_eq!(did_you_mean("Birth", fields.into_iter()), Some("birth"));
        assert_eq!(did_you_mean("xyzzy", fields.into_iter()), None);
    }
}
