//! Command-line arguments (clap derive).

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Genograms for family therapy: check, draw and analyse a family written as JSON.
#[derive(Debug, Parser)]
#[command(name = "genogram", version, about, long_about = None)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Check genogram files and print every problem like a compiler.
    ///
    /// Exit status: 0 when every file is valid (warnings allowed), 1 when a file has errors,
    /// 2 when a file cannot be read.
    Check(CheckArgs),
    /// Print the JSON Schema of the genogram file format.
    Schema(SchemaArgs),
}

#[derive(Debug, clap::Args)]
pub(crate) struct CheckArgs {
    /// Genogram JSON files; `-` reads standard input.
    #[arg(required = true, value_name = "FILE")]
    pub(crate) files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub(crate) format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// Compiler-style messages (file:line:column), coloured on a terminal.
    Human,
    /// One JSON document on standard output, for programs.
    Json,
}

#[derive(Debug, clap::Args)]
pub(crate) struct SchemaArgs {
    /// Write the schema to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
}
