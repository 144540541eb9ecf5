//! Helpers shared by the core's integration tests.

pub(crate) use genogram_testkit::examples;
