//! Profiling aid for the entity extractor: `cargo run --release --example
//! extract_profile -- gen OUT` writes the 4 MB text of the extraction
//! benchmark to OUT; `… -- run ITERS FILE...` extracts every file ITERS
//! times and prints the on-CPU throughput (for perf / callgrind).

use std::time::Instant;

use newsdesk::core::article::text;
use newsdesk::core::entities::Extractor;

#[path = "../benches/common/news_text.rs"]
mod news_text;

use news_text::{cpu_ns, generate};

/// The newsdesk binary's allocator (see `src/main.rs`), so that the
/// figures are the app's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("gen") => {
            let out = args.get(1).ok_or_else(|| anyhow::anyhow!("gen OUT"))?;
            std::fs::write(out, generate(4 << 20))?;
        }
        Some("run") => {
            let iters: u32 = args.get(1).map_or(Ok(10), |s| s.parse())?;
            let docs = args[2..]
                .iter()
                .map(|p| Ok(text::parse(std::fs::read_to_string(p)?)))
                .collect::<anyhow::Result<Vec<_>>>()?;
            let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
            let ex = Extractor::new();
            let (wall, cpu) = (Instant::now(), cpu_ns());
            let mut n = 0;
            for _ in 0..iters {
                for d in &docs {
                    n += ex.extract(&d.text, &d.blocks).len();
                }
            }
            let cpu = cpu_ns().saturating_sub(cpu) as f64 / 1e9;
            let mb = bytes as f64 * f64::from(iters) / 1e6;
            println!(
                "{n} entities; {:.1} MB/s on-CPU, {:.1} MB/s wall",
                mb / cpu,
                mb / wall.elapsed().as_secs_f64()
            );
        }
        _ => anyhow::bail!("usage: extract_profile gen OUT | run ITERS FILE..."),
    }
    Ok(())
}
