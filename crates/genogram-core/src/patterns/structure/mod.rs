//! Family structure (spec §4.1, FS1–FS5).

pub(crate) mod fs1_household;
pub(crate) mod fs2_blended;
pub(crate) mod fs3_serial_unions;
pub(crate) mod fs4_unusual;
pub(crate) mod fs5_missing;
