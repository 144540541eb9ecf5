//! Reading pattern settings (`--config FILE`, TOML or JSON).

use std::path::Path;

use anyhow::{Context, bail};
use genogram_core::patterns::{PatternConfig, rules};

/// The settings in a file, or the defaults.
pub(crate) fn load(path: Option<&Path>) -> anyhow::Result<PatternConfig> {
    let Some(path) = path else { return Ok(PatternConfig::default()) };
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let hint = "see `genogram patterns --list` for every setting and its default";
    let is_json = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"))
        || text.trim_start().starts_with('{');
    let config: PatternConfig = if is_json {
        serde_json::from_str(&text)
            .map_err(|e| anyhow::anyhow!("{}: {e}; {hint}", path.display()))?
    } else {
        toml::from_str(&text).map_err(|e| {
            anyhow::anyhow!("{}: {}; {hint}", path.display(), e.to_string().trim_end())
        })?
    };
    check_rules(&config.rules).with_context(|| format!("in {}", path.display()))?;
    Ok(config)
}

/// Every rule id named exists.
pub(crate) fn check_rules(names: &[String]) -> anyhow::Result<()> {
    for name in names {
        if !rules().iter().any(|r| r.id.eq_ignore_ascii_case(name)) {
            let ids: Vec<&str> = rules().iter().map(|r| r.id).collect();
            bail!(
                "unknown pattern rule `{name}`; the rules are {} (`genogram patterns --list` describes them)",
                ids.join(", ")
            );
        }
    }
    Ok(())
}
