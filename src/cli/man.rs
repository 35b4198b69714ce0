//! `newsdesk man`: one man page (roff), generated from the clap definitions
//! in [`super::args`]: the main command's sections, then every subcommand's
//! synopsis, description and options under SUBCOMMANDS, then the
//! environment, files and exit status, which clap does not know about.

use std::io::Write;

use anyhow::{Context as _, Result};
use clap::CommandFactory;
use clap_mangen::Man;

use super::args::Cli;

/// The ENVIRONMENT section (see DESIGN.md §9 and `core::paths`).
const ENVIRONMENT: &str = r#".SH ENVIRONMENT
.TP
\fBNEWSDESK_DATA_DIR\fR
Where annotations and corrections are stored, as \fB\-\-data\-dir\fR (which wins over it). Both win over \fBdata_dir\fR in the config file.
.TP
\fBNEWSDESK_CONFIG\fR
The config file to use, as \fB\-\-config\fR (which wins over it).
.TP
\fBNO_COLOR\fR
When set and not empty, no colour (highlights keep their bold, underline and reverse), unless \fB\-\-color\fR or \fBcolor\fR in the config file says otherwise.
.TP
\fBBROWSER\fR
The program that \fBo\fR in the reader opens an article's URL with; otherwise \fBxdg\-open\fR (\fBopen\fR on macOS).
.TP
\fBXDG_CONFIG_HOME\fR, \fBXDG_DATA_HOME\fR, \fBXDG_STATE_HOME\fR, \fBXDG_CACHE_HOME\fR
The base directories of the files below; when unset or not absolute, \fI~/.config\fR, \fI~/.local/share\fR, \fI~/.local/state\fR and \fI~/.cache\fR.
.TP
\fBHOME\fR
Your home directory: the base of the defaults above, and what a leading \fB~\fR in \fBdata_dir\fR stands for.
"#;

/// The FILES section.
const FILES: &str = r#".SH FILES
.TP
\fI$XDG_CONFIG_HOME/newsdesk/config.toml\fR
The config file (colour, data directory, key bindings, styles), unless \fB\-\-config\fR or \fBNEWSDESK_CONFIG\fR names another. It need not exist; \fBnewsdesk \-\-print\-default\-config\fR prints a documented one. A relative \fBdata_dir\fR in it is relative to its directory.
.TP
\fI$XDG_DATA_HOME/newsdesk/\fR
The data directory: annotations (\fIannotations/\fR) and who's-who corrections (\fIcorrections.json\fR), unless \fB\-\-data\-dir\fR, \fBNEWSDESK_DATA_DIR\fR or \fBdata_dir\fR in the config file names another.
.TP
\fI$XDG_STATE_HOME/newsdesk/\fR
State: reading positions (\fIpositions.json\fR).
.TP
\fI$XDG_CACHE_HOME/newsdesk/\fR
Cache: regenerable indexes only, safe to delete.
"#;

/// The EXIT STATUS section.
const EXIT_STATUS: &str = r#".SH "EXIT STATUS"
.TP
\fB0\fR
Success.
.TP
\fB1\fR
An error: one line on standard error naming the file (and the line, for config syntax errors).
.TP
\fB2\fR
A usage error (unknown option or subcommand, missing argument).
"#;

/// Writes the man page to `out`.
pub fn run(out: &mut dyn Write) -> Result<()> {
    let mut page = Vec::new();
    render(&mut page).context("rendering the man page")?;
    out.write_all(&without_repeated_preamble(&page))
        .context("writing the man page")
}

/// clap_mangen starts every section it renders with the same two lines
/// defining the quote string; the page needs them once.
fn without_repeated_preamble(page: &[u8]) -> Vec<u8> {
    let mut seen = Vec::new();
    let mut out = Vec::with_capacity(page.len());
    for line in page.split_inclusive(|&b| b == b'\n') {
        let preamble = line.starts_with(b".ie \\n(.g .ds Aq") || line.starts_with(b".el .ds Aq");
        if preamble {
            if seen.contains(&line) {
                continue;
            }
            seen.push(line);
        }
        out.extend_from_slice(line);
    }
    out
}

fn render(out: &mut Vec<u8>) -> std::io::Result<()> {
    // Built once, so every subcommand knows its full name ("newsdesk
    // annotations add") and carries the global options.
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let man = Man::new(cmd.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    out.write_all(b".SH SUBCOMMANDS\n")?;
    out.write_all(b"Each takes the global options above as well.\n")?;
    for sub in visible_subcommands(&cmd) {
        render_subcommand(out, sub)?;
    }
    out.write_all(ENVIRONMENT.as_bytes())?;
    out.write_all(FILES.as_bytes())?;
    out.write_all(EXIT_STATUS.as_bytes())?;
    man.render_version_section(out)
}

fn visible_subcommands(cmd: &clap::Command) -> impl Iterator<Item = &clap::Command> {
    cmd.get_subcommands().filter(|s| !s.is_hide_set())
}

/// One subcommand under its full name: what it does, its synopsis and its
/// own options (the global ones, documented once above, are left out);
/// then its own subcommands.
fn render_subcommand(out: &mut Vec<u8>, sub: &clap::Command) -> std::io::Result<()> {
    let name = sub.get_bin_name().unwrap_or_else(|| sub.get_name());
    writeln!(out, ".SS \"{name}\"")?;
    let own = sub
        .clone()
        .mut_args(|a| {
            if a.is_global_set() || a.get_id() == "help" {
                a.hide(true)
            } else {
                a
            }
        })
        .disable_help_flag(true);
    let man = Man::new(own.clone());
    write_body(out, |w| man.render_description_section(w))?;
    out.write_all(b".PP\n")?;
    write_body(out, |w| man.render_synopsis_section(w))?;
    if own.get_arguments().any(|a| !a.is_hide_set()) {
        write_body(out, |w| man.render_options_section(w))?;
    }
    for nested in visible_subcommands(sub) {
        render_subcommand(out, nested)?;
    }
    Ok(())
}

/// A section rendered by clap_mangen without its `.SH` heading, so it can
/// sit under a subcommand's `.SS`.
fn write_body(
    out: &mut Vec<u8>,
    render: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    render(&mut buf)?;
    for line in buf.split_inclusive(|&b| b == b'\n') {
        if !line.starts_with(b".SH ") {
            out.write_all(line)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page() -> String {
        let mut out = Vec::new();
        run(&mut out).expect("render");
        String::from_utf8(out).expect("utf8")
    }

    #[test]
    fn one_page_documents_every_subcommand_and_its_options() {
        let page = page();
        for sub in [
            "newsdesk entities",
            "newsdesk search",
            "newsdesk text",
            "newsdesk annotations",
            "newsdesk annotations list",
            "newsdesk annotations add",
            "newsdesk annotations export",
            "newsdesk completions",
            "newsdesk man",
        ] {
            assert!(page.contains(&format!(".SS \"{sub}\"")), "{sub} missing");
        }
        // No pointers to pages that are never generated.
        assert!(!page.contains("newsdesk-entities(1)"), "{page}");
        // Options of subcommands; the global ones only once, above.
        assert!(page.contains("\\fB\\-\\-occurrence\\fR \\fI<OCCURRENCE>\\fR [default: 1]"));
        assert!(page.contains("\\fB\\-\\-limit\\fR"));
        let subcommands = &page[page.find(".SH SUBCOMMANDS").expect("SUBCOMMANDS")
            ..page.find(".SH ENVIRONMENT").expect("ENVIRONMENT")];
        assert!(!subcommands.contains("data\\-dir"), "{subcommands}");
        assert!(!subcommands.contains("Print help"), "{subcommands}");
        // The quote-string preamble once.
        assert_eq!(page.matches(".el .ds Aq").count(), 1, "{page}");
    }

    #[test]
    fn sections_in_order_and_subcommand_bodies_have_no_headings() {
        let page = page();
        let headings: Vec<&str> = page.lines().filter(|l| l.starts_with(".SH ")).collect();
        assert_eq!(
            headings,
            [
                ".SH NAME",
                ".SH SYNOPSIS",
                ".SH DESCRIPTION",
                ".SH OPTIONS",
                ".SH SUBCOMMANDS",
                ".SH ENVIRONMENT",
                ".SH FILES",
                ".SH \"EXIT STATUS\"",
                ".SH VERSION",
            ]
        );
    }
}
