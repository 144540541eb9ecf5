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
    /// Draw a genogram as SVG in the standard notation (see docs/notation.md).
    Render(RenderArgs),
    /// Print the JSON Schema of the genogram file format.
    Schema(SchemaArgs),
    /// Write a de-identified copy of a genogram, for supervision, teaching or research.
    ///
    /// Names become pseudonyms, ids become opaque, dates move by one hidden offset, and free
    /// text is removed; the family's structure, intervals and relationships are kept. The same
    /// --key gives the same pseudonyms and offset every time. See docs/privacy.md.
    Anonymize(AnonymizeArgs),
    /// Find the intergenerational and relational patterns in a genogram and write a report.
    ///
    /// Safety first, then data gaps, structure and life cycle, repetition across generations,
    /// loss and timing, triangles, balance, strengths, and the family chronology. Findings are
    /// hypotheses to explore with the family, each with its evidence and interview questions.
    /// See docs/patterns.md.
    Report(ReportArgs),
    /// List the pattern rules: id, section, what each looks for, and the settings it reads with
    /// their defaults (override them with `report --config FILE`).
    Patterns(PatternsArgs),
    /// Convert a GEDCOM file (5.5, 5.5.1 or 7.0, from any genealogy program) to a genogram.
    ///
    /// Prints what was imported and every tag that was not. `check`, `render` and `report`
    /// also read a .ged file directly. See docs/gedcom.md.
    Import(ImportArgs),
    /// Write a genogram as GEDCOM 7.0, for genealogy programs.
    ///
    /// Standard tags carry what GEDCOM can say; documented extension tags (`_GENO`) carry the
    /// rest, so importing the file gives back the same genogram. See docs/gedcom.md.
    Export(ExportArgs),
}

#[derive(Debug, clap::Args)]
pub(crate) struct ExportArgs {
    /// The genogram (JSON, or GEDCOM); `-` reads standard input. It is never modified.
    #[arg(value_name = "FILE")]
    pub(crate) input: PathBuf,
    /// The format to write.
    #[arg(long, value_enum, default_value_t = ExportFormat::Gedcom7)]
    pub(crate) to: ExportFormat,
    /// Write here instead of standard output.
    #[arg(short, long, value_name = "FILE.ged")]
    pub(crate) output: Option<PathBuf>,
    #[command(flatten)]
    pub(crate) view: ViewArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ExportFormat {
    /// GEDCOM 7.0 (UTF-8).
    Gedcom7,
}

#[derive(Debug, clap::Args)]
pub(crate) struct ImportArgs {
    /// The GEDCOM file; `-` reads standard input. It is never modified.
    #[arg(value_name = "FILE.ged")]
    pub(crate) input: PathBuf,
    /// Write the genogram here instead of standard output.
    #[arg(short, long, value_name = "FILE.json")]
    pub(crate) output: Option<PathBuf>,
    /// Refuse the file if any tag is not mapped.
    #[arg(long)]
    pub(crate) strict: bool,
    /// Keep people and families marked confidential or private (RESN); left out by default.
    #[arg(long)]
    pub(crate) include_restricted: bool,
    /// When someone is recorded as their own ancestor, drop the fewest parent-child links
    /// (with a warning each) instead of refusing the file.
    #[arg(long)]
    pub(crate) break_cycles: bool,
    /// The genogram's title (the file's name otherwise).
    #[arg(long)]
    pub(crate) title: Option<String>,
    #[command(flatten)]
    pub(crate) view: ViewArgs,
}

#[derive(Debug, clap::Args)]
pub(crate) struct ReportArgs {
    /// The genogram to analyse; `-` reads standard input.
    #[arg(value_name = "FILE")]
    pub(crate) input: PathBuf,
    /// Write the report here instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Report format: Markdown, a self-contained HTML page with the drawing, or JSON.
    #[arg(long, value_enum, default_value_t = ReportFormat::Md)]
    pub(crate) format: ReportFormat,
    /// Pattern settings (TOML or JSON): thresholds, rules to run, historical periods.
    #[arg(long, value_name = "FILE")]
    pub(crate) config: Option<PathBuf>,
    /// Markdown: every finding, section by section, and the family chronology, after the
    /// summary (by default only the summary's findings, at most 12, most salient first).
    #[arg(long)]
    pub(crate) all: bool,
    #[command(flatten)]
    pub(crate) view: ViewArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ReportFormat {
    /// Markdown.
    Md,
    /// One self-contained HTML page: the genogram with the findings; select one to highlight it.
    Html,
    /// JSON, for programs.
    Json,
}

#[derive(Debug, clap::Args)]
pub(crate) struct PatternsArgs {
    /// List every rule (the default and only action).
    #[arg(long)]
    pub(crate) list: bool,
    /// Print the rules as JSON.
    #[arg(long)]
    pub(crate) json: bool,
}

/// Which part of the family to use, and whether to anonymise it: shared by `render` and `report`.
#[derive(Debug, clap::Args)]
pub(crate) struct ViewArgs {
    /// Use only the family around this person (their id in the file): see --up, --down and
    /// --no-collateral. Every partner of someone kept is kept too.
    #[arg(long, value_name = "ID")]
    pub(crate) focus: Option<String>,
    /// With --focus: generations of ancestors to keep (parents are 1).
    #[arg(long, value_name = "N", default_value_t = 2, requires = "focus")]
    pub(crate) up: u32,
    /// With --focus: generations of descendants to keep (children are 1).
    #[arg(long, value_name = "N", default_value_t = 1, requires = "focus")]
    pub(crate) down: u32,
    /// With --focus: leave out siblings, aunts, uncles, cousins, nieces and nephews.
    #[arg(long, requires = "focus")]
    pub(crate) no_collateral: bool,
    /// Use an anonymised copy (as `genogram anonymize` with the same options would write).
    #[arg(long)]
    pub(crate) anonymize: bool,
    #[command(flatten)]
    pub(crate) privacy: PrivacyArgs,
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

#[derive(Debug, clap::Args)]
pub(crate) struct AnonymizeArgs {
    /// The genogram to anonymise; `-` reads standard input. It is never modified.
    #[arg(value_name = "FILE")]
    pub(crate) input: PathBuf,
    /// Write the anonymised genogram here instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    #[command(flatten)]
    pub(crate) privacy: PrivacyArgs,
    /// Write a manifest of what was changed, removed or kept, field by field (no identifying
    /// values in it).
    #[arg(long, value_name = "FILE")]
    pub(crate) manifest: Option<PathBuf>,
    /// Write the map back to the real names and ids. It identifies the family: keep it apart.
    #[arg(long, value_name = "FILE")]
    pub(crate) reveal_map: Option<PathBuf>,
}

fn parse<T: std::str::FromStr<Err = genogram_anonymize::UnknownWord>>(
    s: &str,
) -> Result<T, String> {
    s.parse().map_err(|e: genogram_anonymize::UnknownWord| e.to_string())
}

#[derive(Debug, clap::Args)]
pub(crate) struct RenderArgs {
    /// The genogram to draw; `-` reads standard input.
    #[arg(value_name = "FILE")]
    pub(crate) input: PathBuf,
    /// Write the SVG here instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// The notation: McGoldrick's therapy genogram or the NSGC pedigree (default: the file's
    /// `notation` hint, else McGoldrick).
    #[arg(long, value_enum)]
    pub(crate) profile: Option<ProfileArg>,
    /// The text written with each person, comma-separated: name, years, age, conditions,
    /// occupation.
    #[arg(long, value_delimiter = ',', value_enum, default_value = "name,years,age")]
    pub(crate) labels: Vec<LabelArg>,
    /// Leave out the emotional relationships.
    #[arg(long)]
    pub(crate) no_emotional: bool,
    /// Leave out the legend.
    #[arg(long)]
    pub(crate) no_legend: bool,
    /// Do not put the man on the left in a man–woman couple where nothing else decides the
    /// side (the McGoldrick and NSGC convention, on by default).
    #[arg(long)]
    pub(crate) no_male_left: bool,
    /// A title to print above the drawing (the file's own title otherwise).
    #[arg(long)]
    pub(crate) title: Option<String>,
    /// Also write the layout (positions and quality metrics) as JSON to this file.
    #[arg(long, value_name = "FILE")]
    pub(crate) layout_json: Option<PathBuf>,
    /// Draw the pattern findings over the genogram: all of them, or only the rules listed
    /// (`--highlight T2,R1`). Colours match the report's sections.
    #[arg(long, value_name = "RULE,...", value_delimiter = ',', num_args = 0..=1, require_equals = false, default_missing_value = "all")]
    pub(crate) highlight: Option<Vec<String>>,
    /// With --highlight: pattern settings (TOML or JSON), as for `report --config`.
    #[arg(long, value_name = "FILE", requires = "highlight")]
    pub(crate) config: Option<PathBuf>,
    #[command(flatten)]
    pub(crate) view: ViewArgs,
}

/// How to de-identify: shared by `anonymize` and `render --anonymize`.
#[derive(Debug, clap::Args)]
pub(crate) struct PrivacyArgs {
    /// A secret key file: the same key gives the same pseudonyms and date offset every time.
    /// Created, with a new random key, if it does not exist. Keep it private.
    #[arg(long, value_name = "FILE")]
    pub(crate) key: Option<PathBuf>,
    /// How to replace names.
    #[arg(long, default_value = "pseudonyms", value_parser = parse::<genogram_anonymize::NameStyle>)]
    pub(crate) names: genogram_anonymize::NameStyle,
    /// How to treat dates.
    #[arg(long, default_value = "shift", value_parser = parse::<genogram_anonymize::DateStyle>)]
    pub(crate) dates: genogram_anonymize::DateStyle,
    /// The largest date shift, in years (the shift is at least one year).
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=50))]
    pub(crate) max_shift_years: u32,
    /// Free-text fields to keep, comma-separated: occupations (generalised to their field),
    /// education, ethnicity, religion, origins, places, death-causes, labels, tags, notes, title.
    #[arg(long, value_delimiter = ',', value_parser = parse::<genogram_anonymize::KeptField>)]
    pub(crate) keep: Vec<genogram_anonymize::KeptField>,
    /// Remove more: `conditions` removes conditions too (they are kept by default).
    #[arg(long, value_parser = ["conditions"])]
    pub(crate) drop: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ProfileArg {
    /// McGoldrick, Gerson and Petry's therapy genogram.
    Mcgoldrick,
    /// The NSGC clinical pedigree nomenclature.
    Nsgc,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum LabelArg {
    /// The name.
    Name,
    /// Birth and death years.
    Years,
    /// The age.
    Age,
    /// The conditions.
    Conditions,
    /// The occupation.
    Occupation,
    /// The places of birth and death.
    Places,
}
