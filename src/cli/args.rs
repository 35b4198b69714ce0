//! The command-line interface, defined once with clap (help, completions and
//! the man page all come from here).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// newsdesk — read news in the terminal with a who's-who sidebar, notes and search.
#[derive(Debug, Parser)]
#[command(name = "newsdesk", version, about, long_about = None)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalOpts,

    #[command(subcommand)]
    pub command: Option<Command>,

    /// Files or directories to open (`-` reads stdin). Default: the current directory.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// Options that apply to every subcommand.
#[derive(Debug, Args, Clone)]
pub struct GlobalOpts {
    /// Where annotations and corrections are stored.
    #[arg(long, global = true, env = "NEWSDESK_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// The config file to use.
    #[arg(long, global = true, env = "NEWSDESK_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// When to use colour.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Print the default config file and exit.
    #[arg(long)]
    pub print_default_config: bool,
}

/// When to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// The headless subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// People, organisations and places per article.
    Entities {
        /// Print JSON Lines, one object per article.
        #[arg(long)]
        json: bool,
        /// The articles: files or directories (`-` reads stdin).
        #[arg(value_name = "PATH", required = true)]
        paths: Vec<PathBuf>,
    },
    /// Search the articles (words, "phrases", prefix*, person:, org:, place:, tag:, note:).
    Search {
        /// Print JSON Lines, one object per hit.
        #[arg(long)]
        json: bool,
        /// At most this many hits.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// The query.
        query: String,
        /// The articles to search: files or directories (`-` reads stdin).
        #[arg(value_name = "PATH", required = true)]
        paths: Vec<PathBuf>,
    },
    /// Print an article's canonical text (what every offset refers to).
    Text {
        /// The article: a file holding one article, FILE.jsonl#LINE for one
        /// article of a JSON Lines file, or `-` for stdin.
        #[arg(value_name = "PATH")]
        path: PathBuf,
    },
    /// List, add and export annotations.
    #[command(subcommand)]
    Annotations(AnnotationsCommand),
    /// Print a shell completion script (e.g. `newsdesk completions bash > ~/.local/share/bash-completion/completions/newsdesk`).
    Completions {
        /// The shell to write the script for.
        #[arg(value_enum)]
        shell: Shell,
    },
    /// Print the man page (roff) to standard output (`newsdesk man | man -l -`).
    Man,
}

/// Shells that `newsdesk completions` can write scripts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
}

/// `newsdesk annotations …`
#[derive(Debug, Subcommand)]
pub enum AnnotationsCommand {
    /// List annotations (of the given articles, or all).
    List {
        /// Print JSON Lines, one object per annotation.
        #[arg(long)]
        json: bool,
        /// Only the annotations of these articles (files or directories).
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Annotate the text QUOTE in an article.
    Add {
        /// The article to annotate.
        #[arg(value_name = "PATH")]
        path: PathBuf,
        /// The exact text to annotate.
        #[arg(long)]
        quote: String,
        /// Which occurrence of the quote (1 = first).
        #[arg(long, default_value_t = 1)]
        occurrence: usize,
        /// The note (Markdown); empty makes a highlight.
        #[arg(long, default_value = "")]
        note: String,
        /// A tag (repeatable).
        #[arg(long = "tag")]
        tags: Vec<String>,
    },
    /// Export annotations.
    Export {
        /// The output format.
        #[arg(long, value_enum, default_value_t = ExportFormat::Markdown)]
        format: ExportFormat,
        /// Only the annotations of these articles (files or directories).
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
}

/// Annotation export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Markdown,
    Json,
    W3c,
    Csv,
}

/// The subcommand a lone, missing PATH was probably meant to be
/// (`newsdesk entites` → `entities`): a bare word within two edits of a
/// subcommand's name that is not a file.
pub fn subcommand_typo(paths: &[PathBuf]) -> Option<String> {
    let [path] = paths else {
        return None;
    };
    let word = path.to_str()?;
    if word.contains(['/', '.']) || path.exists() {
        return None;
    }
    let command = <Cli as clap::CommandFactory>::command();
    command
        .get_subcommands()
        .map(|c| c.get_name())
        .filter(|name| *name != "help")
        .map(|name| (strsim::levenshtein(word, name), name))
        .filter(|&(d, _)| d <= 2)
        .min()
        .map(|(_, name)| name.to_string())
}

#[cfg(test)]
mod typo_tests {
    use super::*;

    #[test]
    fn a_near_miss_of_a_subcommand_is_named() {
        let p = |s: &str| vec![PathBuf::from(s)];
        assert_eq!(subcommand_typo(&p("entites")).as_deref(), Some("entities"));
        assert_eq!(subcommand_typo(&p("serch")).as_deref(), Some("search"));
        assert_eq!(subcommand_typo(&p("frobnicate")), None);
        assert_eq!(subcommand_typo(&p("entites.txt")), None);
        assert_eq!(subcommand_typo(&[]), None);
    }
}
