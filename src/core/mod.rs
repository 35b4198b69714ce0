//! The pure core: no terminal, no printing. Everything the TUI and the CLI
//! show comes from here.

pub mod annotations;
pub mod article;
pub mod config;
pub mod durable;
pub mod entities;
pub mod error;
pub mod library;
pub mod loader;
pub mod paths;
pub mod reading_state;
pub mod search;

pub use error::{Error, Result};
