//! Bounded approximate string matching on bytes of normalised text.

/// Edit distance between `a` and `b`.
pub fn levenshtein(a: &[u8], b: &[u8]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, &ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Similarity in 0..=1: one minus the edit distance over the longer length.
pub fn similarity(a: &str, b: &str) -> f64 {
    let longest = a.len().max(b.len());
    if longest == 0 {
        return 1.0;
    }
    1.0 - levenshtein(a.as_bytes(), b.as_bytes()) as f64 / longest as f64
}

/// The substring of `text` closest to `pat` (Sellers' algorithm: edit
/// distance with a free start and end): `(start, end, distance)`.
/// Cost is `pat.len() × text.len()`; callers bound both.
pub fn best_substring(pat: &[u8], text: &[u8]) -> Option<(usize, usize, usize)> {
    if pat.is_empty() || text.is_empty() {
        return None;
    }
    let n = text.len();
    let mut prev: Vec<u32> = vec![0; n + 1];
    let mut prev_start: Vec<u32> = (0..=n as u32).collect();
    let mut cur = vec![0u32; n + 1];
    let mut cur_start = vec![0u32; n + 1];
    for (i, &pc) in pat.iter().enumerate() {
        cur[0] = i as u32 + 1;
        cur_start[0] = 0;
        for j in 1..=n {
            let sub = prev[j - 1] + u32::from(pc != text[j - 1]);
            let del = prev[j] + 1;
            let ins = cur[j - 1] + 1;
            if sub <= del && sub <= ins {
                cur[j] = sub;
                cur_start[j] = prev_start[j - 1];
            } else if del <= ins {
                cur[j] = del;
                cur_start[j] = prev_start[j];
            } else {
                cur[j] = ins;
                cur_start[j] = cur_start[j - 1];
            }
        }
        std::mem::swap(&mut prev, &mut cur);
        std::mem::swap(&mut prev_start, &mut cur_start);
    }
    let (end, dist) = prev
        .iter()
        .enumerate()
        .min_by_key(|&(_, d)| *d)
        .map(|(j, d)| (j, *d as usize))?;
    Some((prev_start[end] as usize, end, dist))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(levenshtein(b"kitten", b"sitting"), 3);
        assert!((similarity("abcd", "abcd") - 1.0).abs() < 1e-9);
        let (s, e, d) = best_substring(b"goverment said", b"the government said it").expect("hit");
        assert_eq!((s, e, d), (4, 19, 1));
    }
}
