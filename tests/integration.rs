//! End-to-end tests of the `genogram` binary and the fixture corpus.

// Each module covers one concern; helpers live in `common`.
mod cli; // the binary's exit codes, formats, standard input, schema output
mod common; // running the binary, fixture naming
mod docs; // tidy checks: docs list every code and field
mod fixtures; // tests/fixtures: invalid, warnings and valid inputs
mod gedcom; // GEDCOM import on the real-file corpus
mod schema; // the JSON Schema against examples and fixtures
