//! Pseudonyms: pools of common given names (by gender), family names and pet names, drawn from
//! many languages so that a pseudonym does not hint at the family's origin.

use std::collections::BTreeSet;

use crate::key::Key;

pub(crate) const WOMEN: &[&str] = &[
    "Maria",
    "Elena",
    "Sofia",
    "Laura",
    "Clara",
    "Marta",
    "Julia",
    "Irene",
    "Nora",
    "Lucia",
    "Alice",
    "Helen",
    "Sarah",
    "Emma",
    "Grace",
    "Ruth",
    "Rachel",
    "Hannah",
    "Esther",
    "Miriam",
    "Leila",
    "Yasmin",
    "Amina",
    "Fatima",
    "Aisha",
    "Noor",
    "Zainab",
    "Priya",
    "Anjali",
    "Meera",
    "Kavya",
    "Mei",
    "Lin",
    "Yuki",
    "Hana",
    "Sakura",
    "Min-ji",
    "Seo-yeon",
    "Thao",
    "Linh",
    "Ama",
    "Abena",
    "Chiamaka",
    "Ngozi",
    "Wanjiru",
    "Zanele",
    "Thandiwe",
    "Lerato",
    "Camila",
    "Valentina",
    "Isabela",
    "Gabriela",
    "Daniela",
    "Paula",
    "Ines",
    "Beatriz",
    "Agata",
    "Magda",
    "Katrin",
    "Ingrid",
    "Astrid",
    "Freya",
    "Sigrid",
    "Elif",
    "Zeynep",
    "Defne",
    "Mariam",
    "Nadia",
    "Olga",
    "Tatiana",
    "Irina",
    "Vera",
    "Greta",
    "Martha",
    "Judith",
    "Rose",
    "Violet",
    "Iris",
    "Eleanor",
    "Margaret",
    "Dorothy",
];

pub(crate) const MEN: &[&str] = &[
    "Thomas", "Daniel", "David", "Michael", "Peter", "Paul", "Mark", "Samuel", "Joseph", "Andrew",
    "Martin", "Simon", "Henry", "Arthur", "Walter", "George", "Edward", "Oliver", "Felix", "Hugo",
    "Mateo", "Diego", "Pablo", "Javier", "Carlos", "Miguel", "Rafael", "Bruno", "Tiago", "Joao",
    "Marco", "Luca", "Matteo", "Stefan", "Lukas", "Jonas", "Erik", "Lars", "Anders", "Magnus",
    "Piotr", "Tomasz", "Pavel", "Ivan", "Dmitri", "Mehmet", "Emre", "Kerem", "Omar", "Yusuf",
    "Karim", "Tariq", "Hassan", "Idris", "Arjun", "Rohan", "Vikram", "Nikhil", "Wei", "Jun",
    "Hiroshi", "Kenji", "Takumi", "Min-jun", "Ji-ho", "Minh", "Kofi", "Kwame", "Chidi", "Emeka",
    "Tunde", "Juma", "Sipho", "Thabo", "Tendai", "Albert", "Frank", "Harold", "Leonard", "Victor",
];

pub(crate) const NEUTRAL: &[&str] = &[
    "Alex", "Sam", "Robin", "Charlie", "Jamie", "Jordan", "Taylor", "Morgan", "Riley", "Casey",
    "Avery", "Quinn", "Rowan", "Sasha", "Kai", "Noa", "Ari", "Eden", "Sage", "River", "Remy",
    "Dana", "Jesse", "Kim", "Lou", "Max", "Nico", "Rene", "Toni", "Yael", "Sky", "Ash", "Emery",
    "Finley", "Hayden", "Marlow", "Ocean", "Parker", "Reese", "Shiloh",
];

pub(crate) const FAMILY: &[&str] = &[
    "Abara",
    "Adeyemi",
    "Almeida",
    "Andersen",
    "Arslan",
    "Bauer",
    "Becker",
    "Bianchi",
    "Bondarenko",
    "Brandt",
    "Castillo",
    "Chaudhry",
    "Chen",
    "Costa",
    "Dahl",
    "Delgado",
    "Demir",
    "Dubois",
    "Eriksen",
    "Esposito",
    "Farah",
    "Fernandes",
    "Fischer",
    "Fontaine",
    "Garcia",
    "Gomez",
    "Haddad",
    "Hansen",
    "Hartmann",
    "Horvat",
    "Ibrahim",
    "Ito",
    "Ivanova",
    "Jansen",
    "Jovanovic",
    "Kaya",
    "Keller",
    "Khan",
    "Kim",
    "Kovacs",
    "Kowalski",
    "Kruger",
    "Laine",
    "Larsen",
    "Lemaire",
    "Lindgren",
    "Lopez",
    "Mahlangu",
    "Marino",
    "Mendes",
    "Meyer",
    "Molina",
    "Moreau",
    "Mwangi",
    "Nakamura",
    "Navarro",
    "Nguyen",
    "Nielsen",
    "Novak",
    "Nowak",
    "Obi",
    "Okonkwo",
    "Oliveira",
    "Ortiz",
    "Osei",
    "Pereira",
    "Petrov",
    "Popescu",
    "Rahman",
    "Ramos",
    "Reyes",
    "Ricci",
    "Rossi",
    "Russo",
    "Sato",
    "Schmidt",
    "Schulz",
    "Silva",
    "Singh",
    "Sokolov",
    "Suzuki",
    "Tanaka",
    "Torres",
    "Tran",
    "Vargas",
    "Vasquez",
    "Virtanen",
    "Vogel",
    "Wagner",
    "Walker",
    "Weber",
    "Wong",
    "Yamamoto",
    "Yilmaz",
    "Zhang",
    "Zielinski",
];

pub(crate) const PETS: &[&str] = &[
    "Biscuit", "Pepper", "Luna", "Milo", "Bella", "Oscar", "Daisy", "Teddy", "Coco", "Ziggy",
    "Poppy", "Rusty", "Nala", "Otto", "Pippin", "Maple",
];

/// Chooses names from pools without repeating one within a file and without using any word of
/// the original names (so that no real name survives, not even by coincidence).
pub(crate) struct Chooser<'a> {
    key: &'a Key,
    used: BTreeSet<String>,
    excluded: Vec<String>,
}

impl<'a> Chooser<'a> {
    /// `excluded`: every word (three characters or more) of the original names, lowercased.
    pub(crate) fn new(key: &'a Key, excluded: BTreeSet<String>) -> Self {
        Self { key, used: BTreeSet::new(), excluded: excluded.into_iter().collect() }
    }

    /// A name from `pool` for `purpose`/`input`: the key picks a starting point, and the first
    /// free, unexcluded name from there on is taken. Falls back to a numbered name when the pool
    /// is exhausted.
    pub(crate) fn choose(&mut self, pool: &[&str], purpose: &str, input: &str) -> String {
        let start = (self.key.number(purpose, input) % pool.len() as u64) as usize;
        for step in 0..pool.len() {
            let candidate = pool[(start + step) % pool.len()];
            let lower = candidate.to_lowercase();
            let clashes = self
                .excluded
                .iter()
                .any(|word| lower.contains(word.as_str()) || word.contains(&lower));
            if !clashes && self.used.insert(candidate.to_owned()) {
                return candidate.to_owned();
            }
        }
        let mut n = self.used.len();
        loop {
            let numbered = format!("{} {n}", pool[start]);
            if self.used.insert(numbered.clone()) {
                return numbered;
            }
            n += 1;
        }
    }
}

/// The words of a name, lowercased, that could identify it (three characters or more).
pub(crate) fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pools_have_no_duplicates_and_do_not_overlap_across_genders() {
        for pool in [WOMEN, MEN, NEUTRAL, FAMILY, PETS] {
            let set: BTreeSet<&str> = pool.iter().copied().collect();
            assert_eq!(set.len(), pool.len());
        }
        let women: BTreeSet<&str> = WOMEN.iter().copied().collect();
        assert!(MEN.iter().all(|m| !women.contains(m)));
    }

    #[test]
    fn chooser_skips_original_names_and_repeats() {
        let key = Key::from_secret("a test key of sufficient length").expect("key");
        let pool = ["Anna", "Berta", "Clara", "Clarabel"];
        // "clara" also rules out "Clarabel", which contains it.
        let excluded: BTreeSet<String> =
            ["berta", "clara"].into_iter().map(str::to_owned).collect();
        let mut chooser = Chooser::new(&key, excluded);
        assert_eq!(chooser.choose(&pool, "given", "a"), "Anna");
        // The only free name is taken; the next falls back to a numbered name.
        let second = chooser.choose(&pool, "given", "b");
        assert!(second.ends_with(|c: char| c.is_ascii_digit()) && second != "Anna", "{second}");
    }
}
