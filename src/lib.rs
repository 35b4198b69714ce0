//! newsdesk — a terminal reader for news articles.
//!
//! The crate is split in two layers:
//! - [`core`]: articles, entities, annotations and search. Pure logic and
//!   file formats; it never touches the terminal and never prints.
//! - [`tui`]: the terminal interface (state, actions, views) on top of the
//!   core, and [`cli`]: the headless subcommands.
//!
//! `main.rs` only parses arguments and hands over to one of them.
#![forbid(unsafe_code)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod cli;
pub mod core;
pub mod tui;
