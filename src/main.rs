//! The `genogram` command-line tool: a thin layer over `genogram-core`.
//!
//! It parses arguments, reads files, calls the library and prints. Exit codes: 0 success
//! (warnings allowed), 1 the input has errors, 2 a usage or I/O problem.

// This binary is the only crate that talks to the terminal.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod anonymize;
mod args;
mod check;
mod import;
mod input;
mod output;
mod pattern_config;
mod print;
mod render;
mod report;
mod schema;
mod view;

use std::io;
use std::process::ExitCode;

use clap::Parser;

use crate::args::{Args, Command};

fn main() -> ExitCode {
    let args = Args::parse();
    let result = match args.command {
        Command::Check(check) => check::run(&check),
        Command::Render(render) => render::run(&render),
        Command::Schema(schema) => schema::run(&schema),
        Command::Anonymize(anonymize) => anonymize::run(&anonymize),
        Command::Report(report) => report::run(&report),
        Command::Patterns(patterns) => report::list(&patterns),
        Command::Import(import) => import::run(&import),
        Command::Export(export) => import::export(&export),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            // A closed pipe (`genogram schema | head`) is not a failure worth reporting.
            if error.chain().any(|e| {
                e.downcast_ref::<io::Error>()
                    .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("genogram: {error:#}");
            ExitCode::from(2)
        }
    }
}
