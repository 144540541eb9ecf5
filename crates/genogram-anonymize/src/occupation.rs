//! Generalising an occupation to its field, so that "paediatric cardiologist at St Mary's"
//! becomes "health care".

/// Fields of work and words that point to them, checked in order (first match wins).
const FIELDS: &[(&str, &[&str])] = &[
    (
        "health care",
        &[
            "nurse",
            "doctor",
            "physician",
            "paediatric",
            "pediatric",
            "surgeon",
            "midwife",
            "paramedic",
            "pharmac",
            "dentist",
            "dental",
            "therap",
            "psychiatr",
            "psycholog",
            "care assistant",
            "carer",
            "medic",
            "clinic",
            "hospital",
        ],
    ),
    (
        "education",
        &[
            "teacher",
            "teaching",
            "lecturer",
            "professor",
            "school",
            "tutor",
            "librar",
            "headmaster",
            "principal",
        ],
    ),
    ("social services", &["social worker", "caseworker", "counsel", "youth worker"]),
    (
        "law and public service",
        &[
            "lawyer",
            "solicitor",
            "barrister",
            "judge",
            "notary",
            "police",
            "civil servant",
            "officer",
            "firefighter",
            "military",
            "soldier",
        ],
    ),
    (
        "engineering and technology",
        &[
            "engineer",
            "software",
            "developer",
            "programmer",
            "it support",
            "technician",
            "scientist",
            "architect",
            "designer",
            "illustrator",
        ],
    ),
    (
        "business and finance",
        &[
            "accountant",
            "bookkeeper",
            "bank",
            "manager",
            "sales",
            "business",
            "finance",
            "secretary",
            "clerk",
            "cashier",
            "administrat",
            "consultant",
            "owner",
        ],
    ),
    (
        "skilled trades",
        &[
            "carpenter",
            "plumber",
            "electrician",
            "mechanic",
            "builder",
            "welder",
            "painter",
            "steelworker",
            "foreman",
            "mason",
            "printer",
            "seamstress",
            "tailor",
            "hairdresser",
            "chef",
            "cook",
            "baker",
            "butcher",
        ],
    ),
    ("transport and logistics", &["driver", "pilot", "warehouse", "delivery", "courier", "sailor"]),
    ("agriculture", &["farmer", "farm", "fisher", "gardener"]),
    ("arts and media", &["artist", "musician", "writer", "journalist", "actor", "photograph"]),
    ("student", &["student", "apprentice"]),
    ("not in paid work", &["retired", "unemployed", "homemaker", "stay-at-home"]),
];

/// The field of work an occupation belongs to; "other occupation" when none matches.
pub(crate) fn generalise(occupation: &str) -> &'static str {
    let lower = occupation.to_lowercase();
    FIELDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| lower.contains(w)))
        .map_or("other occupation", |(field, _)| field)
}

#[cfg(test)]
mod tests {
    use super::generalise;

    #[test]
    fn occupations_map_to_their_field() {
        assert_eq!(generalise("Intensive-care nurse"), "health care");
        assert_eq!(generalise("retired teacher"), "education");
        assert_eq!(generalise("steelworker, later foreman"), "skilled trades");
        assert_eq!(generalise("juggler"), "other occupation");
    }
}
