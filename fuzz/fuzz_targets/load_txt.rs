//! Bytes loaded as a `.txt` file: decode + parse must never panic.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use newsdesk::core::article::load::Format;

fuzz_target!(|data: &[u8]| common::load(data, Format::Text, "fuzz.txt"));
