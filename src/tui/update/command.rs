//! The `:` command line: `export FORMAT [FILE]`, `quit`, `help`.

use std::path::PathBuf;

use crate::core::annotations::export::Format;
use crate::core::library::Library;

use super::super::state::{Screen, State};

/// What `:help` and an unknown command point to.
const USAGE: &str =
    "commands: export markdown|json|w3c|csv [FILE] (export! replaces a file), quit, help";

/// A parsed command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Export notes; `file` defaults to `newsdesk-notes.<ext>`.
    Export {
        format: Format,
        file: Option<PathBuf>,
        overwrite: bool,
    },
    Quit,
    Help,
}

/// Parses a command line (without the `:`); the error is a message.
pub fn parse(line: &str) -> Result<Command, String> {
    let mut words = line.split_whitespace();
    let Some(verb) = words.next() else {
        return Err(USAGE.into());
    };
    let (verb, bang) = match verb.strip_suffix('!') {
        Some(v) => (v, true),
        None => (verb, false),
    };
    match verb {
        "export" | "exp" => {
            let Some(format) = words.next() else {
                return Err("export needs a format: markdown, json, w3c or csv".into());
            };
            let format = Format::parse(format)
                .ok_or_else(|| format!("unknown format “{format}”: markdown, json, w3c or csv"))?;
            // The rest is the file name, spaces included.
            let rest = line
                .trim_start()
                .split_once(char::is_whitespace)
                .and_then(|(_, r)| r.trim_start().split_once(char::is_whitespace))
                .map(|(_, file)| file.trim())
                .filter(|f| !f.is_empty());
            Ok(Command::Export {
                format,
                file: rest.map(PathBuf::from),
                overwrite: bang,
            })
        }
        "q" | "quit" | "qa" => Ok(Command::Quit),
        "h" | "help" => Ok(Command::Help),
        other => Err(format!("unknown command “{other}”: {USAGE}")),
    }
}

/// Runs the command typed after `:`.
pub fn run(state: &mut State, library: &mut Library, line: &str) {
    match parse(line) {
        Err(message) => state.error(message),
        Ok(Command::Quit) => super::quit(state, library),
        Ok(Command::Help) => {
            if state.screen() != Screen::Help {
                state.screens.push(Screen::Help);
                state.help_scroll = 0;
            }
            state.info(USAGE);
        }
        Ok(Command::Export {
            format,
            file,
            overwrite,
        }) => export(state, library, format, file, overwrite),
    }
}

/// Exports the open article's notes (in the reader and its notes list), or
/// those of every loaded article (elsewhere).
fn export(
    state: &mut State,
    library: &mut Library,
    format: Format,
    file: Option<PathBuf>,
    overwrite: bool,
) {
    let file =
        file.unwrap_or_else(|| PathBuf::from(format!("newsdesk-notes.{}", format.extension())));
    let (indices, scope): (Vec<usize>, &str) = match state.reader.as_ref() {
        Some(r) if matches!(state.screen(), Screen::Reader | Screen::Notes) => {
            (vec![r.article], "this article's")
        }
        _ => ((0..library.len()).collect(), "all"),
    };
    match library.export_notes(&indices, format, &file, overwrite) {
        Ok(0) => state.info(format!(
            "no notes to export ({} not written)",
            file.display()
        )),
        Ok(n) => state.info(format!(
            "exported {scope} notes ({n}) as {} to {}",
            format.name(),
            file.display()
        )),
        Err(e) => state.error(format!("not exported: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_export_with_and_without_a_file() {
        assert_eq!(
            parse("export md"),
            Ok(Command::Export {
                format: Format::Markdown,
                file: None,
                overwrite: false
            })
        );
        assert_eq!(
            parse("  export!  csv  my notes/week 1.csv "),
            Ok(Command::Export {
                format: Format::Csv,
                file: Some(PathBuf::from("my notes/week 1.csv")),
                overwrite: true
            })
        );
        assert_eq!(parse("q"), Ok(Command::Quit));
        assert_eq!(parse("help"), Ok(Command::Help));
    }

    #[test]
    fn bad_lines_say_what_is_possible() {
        assert!(parse("").unwrap_err().contains("export markdown"));
        assert!(parse("export").unwrap_err().contains("needs a format"));
        assert!(parse("export pdf").unwrap_err().contains("unknown format"));
        assert!(parse("frobnicate").unwrap_err().contains("unknown command"));
    }
}
