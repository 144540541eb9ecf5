//! `genogram schema`.

use std::io::Write;
use std::process::ExitCode;

use crate::args::SchemaArgs;

pub(crate) fn run(args: &SchemaArgs) -> anyhow::Result<ExitCode> {
    let schema = genogram_core::json_schema();
    match &args.output {
        Some(path) => crate::output::write_atomic(path, schema.as_bytes(), &[])?,
        None => std::io::stdout().lock().write_all(schema.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}
