//! Writes a synthetic news-like corpus: `cargo run --release --example
//! gen_corpus -- DIR N [SEED]` writes N `.txt` articles into DIR (in
//! sub-directories of 1,000 files).

use std::path::PathBuf;

use newsdesk::core::search::corpus_gen::CorpusGen;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(n)) = (args.next(), args.next()) else {
        anyhow::bail!("usage: gen_corpus DIR N [SEED]");
    };
    let n: usize = n.parse()?;
    let seed: u64 = args.next().map(|s| s.parse()).transpose()?.unwrap_or(42);
    let dir = PathBuf::from(dir);
    let mut g = CorpusGen::new(seed);
    let mut bytes = 0usize;
    for i in 0..n {
        let sub = dir.join(format!("{:03}", i / 1000));
        if i % 1000 == 0 {
            std::fs::create_dir_all(&sub)?;
        }
        let text = g.article();
        bytes += text.len();
        std::fs::write(sub.join(format!("{i:06}.txt")), text)?;
    }
    println!("{n} articles, {bytes} bytes in {}", dir.display());
    Ok(())
}
