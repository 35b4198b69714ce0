//! A read-only map from 64-bit hashes to flags, built once, looked up
//! without branches: each key lives in one of two buckets of eight
//! (two-choice cuckoo hashing), and a lookup compares all sixteen keys.
//!
//! The word lists are asked about nearly every token, and whether a word
//! is there follows no pattern: the probe loop of an open-addressing table
//! mispredicts its exit on most lookups, which cost more than the memory
//! reads. Here a lookup always reads the same four cache lines (two of
//! keys, two of flags), independent of each other, and branches on nothing.
//! [`FirstTab`] does the same with one bucket of four for a small list.

/// Keys per bucket.
const WAYS: usize = 8;

/// One bucket of keys: a cache line. Key 0 marks an empty slot.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(64))]
struct Keys([u64; WAYS]);

/// The flags of one bucket's keys.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(32))]
struct Vals([u32; WAYS]);

/// Displacements tried before the buckets are doubled.
const MAX_KICKS: usize = 500;

/// See the module documentation.
#[derive(Debug, Clone)]
pub struct FlagTab {
    keys: Vec<Keys>,
    vals: Vec<Vals>,
    /// Right shift that maps a key to its first bucket.
    shift: u32,
    /// The flags of key 0, which cannot live in a bucket.
    zero: u32,
}

impl FlagTab {
    /// Builds the table from `(key, flags)` pairs with distinct keys.
    pub fn new(pairs: impl IntoIterator<Item = (u64, u32)>) -> Self {
        let pairs: Vec<(u64, u32)> = pairs.into_iter().collect();
        // The fewest buckets that may hold every key: two choices of eight
        // slots place keys up to about 95 % full, and a power of two
        // leaves room (from half full); a smaller table stays in cache.
        let mut buckets = (pairs.len() / WAYS + 1).next_power_of_two().max(2);
        loop {
            if let Some(t) = Self::build(&pairs, buckets) {
                return t;
            }
            buckets *= 2;
        }
    }

    /// Places every pair in `buckets` buckets; `None` if one cannot be.
    fn build(pairs: &[(u64, u32)], buckets: usize) -> Option<Self> {
        let mut t = FlagTab {
            keys: vec![Keys::default(); buckets],
            vals: vec![Vals::default(); buckets],
            shift: 64 - buckets.trailing_zeros(),
            zero: 0,
        };
        for &(k, v) in pairs {
            if k == 0 {
                t.zero = v;
            } else if !t.place(k, v) {
                return None;
            }
        }
        Some(t)
    }

    /// The two buckets of `key`.
    #[inline(always)]
    fn buckets(&self, key: u64) -> (usize, usize) {
        let b1 = (key >> self.shift) as usize;
        let b2 = (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize;
        (b1, b2)
    }

    /// Puts `key` in a free slot of one of its buckets, displacing keys to
    /// their other bucket when both are full.
    fn place(&mut self, mut key: u64, mut val: u32) -> bool {
        for victim in 0..MAX_KICKS {
            let (b1, b2) = self.buckets(key);
            for b in [b1, b2] {
                if let Some(j) = self.keys[b].0.iter().position(|&k| k == 0) {
                    self.keys[b].0[j] = key;
                    self.vals[b].0[j] = val;
                    return true;
                }
            }
            // Both full: evict a key of one of them (a different slot
            // each time) and place it in turn.
            let b = if victim % 2 == 0 { b1 } else { b2 };
            let j = victim % WAYS;
            std::mem::swap(&mut self.keys[b].0[j], &mut key);
            std::mem::swap(&mut self.vals[b].0[j], &mut val);
        }
        false
    }

    /// The flags of `key` (0 when absent).
    #[inline(always)]
    pub fn get(&self, key: u64) -> u32 {
        if key == 0 {
            return self.zero;
        }
        let (b1, b2) = self.buckets(key);
        let (k1, v1) = (&self.keys[b1].0, &self.vals[b1].0);
        let (k2, v2) = (&self.keys[b2].0, &self.vals[b2].0);
        let mut out = 0;
        // A key sits in at most one slot: OR-ing the masked flags of
        // every slot gives its flags, without a branch.
        for j in 0..WAYS {
            out |= v1[j] & 0u32.wrapping_sub(u32::from(k1[j] == key));
            out |= v2[j] & 0u32.wrapping_sub(u32::from(k2[j] == key));
        }
        out
    }
}

/// Keys per bucket of a [`FirstTab`].
const FIRST_WAYS: usize = 4;

/// One bucket of keys of a [`FirstTab`]: half a cache line.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(32))]
struct Keys4([u64; FIRST_WAYS]);

/// The flags of one [`Keys4`] bucket's keys.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(16))]
struct Vals4([u32; FIRST_WAYS]);

/// A read-only map like [`FlagTab`] for a few hundred keys asked about on
/// most tokens: the table is made sparse enough for every key to sit in
/// the one bucket of four that its hash picks, so that a lookup compares
/// four keys instead of sixteen.
#[derive(Debug, Clone)]
pub struct FirstTab {
    keys: Vec<Keys4>,
    vals: Vec<Vals4>,
    /// Right shift that maps a key to its bucket.
    shift: u32,
    /// The flags of key 0, which cannot live in a bucket.
    zero: u32,
}

impl FirstTab {
    /// Builds the table from `(key, flags)` pairs with distinct keys.
    pub fn new(pairs: impl IntoIterator<Item = (u64, u32)>) -> Self {
        let pairs: Vec<(u64, u32)> = pairs.into_iter().collect();
        let mut buckets = (pairs.len() / FIRST_WAYS).next_power_of_two().max(2);
        loop {
            if let Some(t) = Self::build(&pairs, buckets) {
                return t;
            }
            buckets *= 2;
        }
    }

    /// Places every pair in its bucket of `buckets`; `None` if one is full.
    fn build(pairs: &[(u64, u32)], buckets: usize) -> Option<Self> {
        let mut t = FirstTab {
            keys: vec![Keys4::default(); buckets],
            vals: vec![Vals4::default(); buckets],
            shift: 64 - buckets.trailing_zeros(),
            zero: 0,
        };
        for &(k, v) in pairs {
            if k == 0 {
                t.zero = v;
                continue;
            }
            let b = (k >> t.shift) as usize;
            let j = t.keys[b].0.iter().position(|&x| x == 0)?;
            t.keys[b].0[j] = k;
            t.vals[b].0[j] = v;
        }
        Some(t)
    }

    /// The flags of `key` (0 when absent).
    #[inline(always)]
    pub fn get(&self, key: u64) -> u32 {
        if key == 0 {
            return self.zero;
        }
        let b = (key >> self.shift) as usize;
        let (k, v) = (&self.keys[b].0, &self.vals[b].0);
        let mut out = 0;
        // Branch-free, as in [`FlagTab::get`].
        for j in 0..FIRST_WAYS {
            out |= v[j] & 0u32.wrapping_sub(u32::from(k[j] == key));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn table_matches_a_hash_map(keys in proptest::collection::vec(any::<u64>(), 0..2000),
                                    probes in proptest::collection::vec(any::<u64>(), 0..100)) {
            let mut m = std::collections::HashMap::new();
            for (n, &k) in keys.iter().enumerate() {
                m.insert(k, n as u32 + 1);
            }
            let t = FlagTab::new(m.iter().map(|(&k, &v)| (k, v)));
            let f = FirstTab::new(m.iter().map(|(&k, &v)| (k, v)));
            for k in keys.iter().chain(&probes) {
                prop_assert_eq!(t.get(*k), m.get(k).copied().unwrap_or(0));
                prop_assert_eq!(f.get(*k), m.get(k).copied().unwrap_or(0));
            }
        }
    }

    #[test]
    fn clustered_keys_and_key_zero() {
        // Keys sharing their top bits all want the same first bucket.
        let pairs: Vec<(u64, u32)> = (0..5000u64).map(|k| (k, (k as u32) | 1)).collect();
        let t = FlagTab::new(pairs.iter().copied());
        assert!(pairs.iter().all(|&(k, v)| t.get(k) == v));
        assert_eq!(t.get(5000), 0);
        let empty = FlagTab::new([]);
        assert_eq!(empty.get(0), 0);
        assert_eq!(empty.get(7), 0);
    }
}
