//! Profiling aid for the entity extractor: `cargo run --release --example
//! extract_profile -- gen OUT` writes the 4 MB text of the extraction
//! benchmark to OUT; `… -- run ITERS FILE...` extracts every file ITERS
//! times and prints the on-CPU throughput (for perf / callgrind).

use std::time::Instant;

use newsdesk::core::article::text;
use newsdesk::core::entities::Extractor;

const GIVEN: [&str; 12] = [
    "Marta", "Oskar", "Lena", "Tobias", "Ines", "Rafael", "Greta", "Milan", "Sofia", "Anton",
    "Clara", "Jonas",
];
const FAMILY: [&str; 12] = [
    "Brennholt",
    "Vaskadi",
    "Quarrington",
    "Ellmore",
    "Drachenfeld",
    "Oyelaran",
    "Castellví",
    "Nordquist",
    "Halloran",
    "Petrakis",
    "Ashdown",
    "Kowalczyk",
];
const ORGS: [&str; 6] = [
    "Halvern Institute",
    "Council on Coastal Affairs",
    "Mercer Brightwater Corporation",
    "Northgate University",
    "Ministry of Rural Transport",
    "Pellworth Bank",
];
const PLACES: [&str; 6] = ["Lisbon", "Nairobi", "Ohio", "Brazil", "Kyoto", "Norway"];
const TITLES: [&str; 4] = ["President", "Senator", "Dr.", "Chancellor"];

/// The generator of `benches/extraction.rs` (kept in step by hand).
fn generate(bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 1024);
    let mut i = 0usize;
    while s.len() < bytes {
        let g = GIVEN[i % GIVEN.len()];
        let f = FAMILY[(i / 3) % FAMILY.len()];
        let o = ORGS[(i / 2) % ORGS.len()];
        let p = PLACES[(i / 5) % PLACES.len()];
        let t = TITLES[i % TITLES.len()];
        if i.is_multiple_of(7) {
            s.push_str(&format!("{f} Signals New Push on {p} Talks\n"));
        }
        s.push_str(&format!(
            "{t} {g} {f} said on Tuesday that the {o} would review its plans for {p}. \
             According to analysts at the {o}, {f}’s proposal could reshape the debate. \
             Speaking in {p}, {f} added that officials from the U.S. and NATO were consulted, \
             while critics warned the effort might stall before the summer. \
             The spokesman for {g} {f}, a former adviser, declined to comment further.\n"
        ));
        i += 1;
    }
    s
}

/// On-CPU nanoseconds of this thread (Linux schedstat; 0 elsewhere).
fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

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
