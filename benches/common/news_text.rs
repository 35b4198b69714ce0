//! The 4 MB news-like text of the extraction benchmark (invented names and
//! templates) and an on-CPU clock, shared by `benches/extraction.rs` and the
//! profiling examples (`#[path]` includes, so there is one copy).
#![allow(dead_code)]

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

/// Builds about `bytes` of news-like text: headlines and paragraphs from
/// templates filled with invented names.
pub fn generate(bytes: usize) -> String {
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

/// On-CPU nanoseconds of this thread (Linux schedstat; 0 elsewhere). The
/// machine may be shared and overloaded: wall time then counts the time
/// spent waiting for a CPU, on-CPU time does not.
pub fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}
