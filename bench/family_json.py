#!/usr/bin/env python3
"""Convert genfamily.py's pedigree CSV (id,father,mother,sex) to a genogram JSON file.

Usage: family_json.py FAMILY.csv OUT.json
Each distinct (father, mother) pair becomes a union; children keep the CSV's order, which
genfamily.py writes oldest first. Standard library only.
"""
import csv
import json
import sys


def main() -> None:
    source, target = sys.argv[1], sys.argv[2]
    people, unions, order = [], {}, []
    with open(source, newline="") as f:
        for row in csv.DictReader(f):
            sex = {"1": "male", "2": "female"}.get(row["sex"], "unknown")
            # The same ids as genfamily.py's DOT nodes and crossings.py: I1, I2, ...
            people.append({"id": "I" + row["id"], "sex": sex})
            parents = tuple("I" + p if p != "0" else "0" for p in (row["father"], row["mother"]))
            if parents != ("0", "0"):
                if parents not in unions:
                    unions[parents] = []
                    order.append(parents)
                unions[parents].append({"person": "I" + row["id"]})
    # Couples without children in the CSV are not recorded there; partners always have a child.
    doc = {
        "genogram": 1,
        "index_person": people[0]["id"],
        "people": people,
        "unions": [
            {"id": f"u{i}", "partners": [p for p in pair if p != "0"], "kind": "marriage", "children": unions[pair]}
            for i, pair in enumerate(order)
        ],
    }
    with open(target, "w") as f:
        json.dump(doc, f)


if __name__ == "__main__":
    main()
