//! A read-only map from 64-bit hashes to flags, built once, looked up
//! without branches (hash and displace): each key has a slot of its own,
//! found in two steps: the key's group gives a seed, and key and seed give
//! the slot. A lookup reads two words and compares one key.
//!
//! The word lists are asked about nearly every token, and whether a word
//! is there follows no pattern: the probe loop of an open-addressing table
//! mispredicts its exit on most lookups, which cost more than the memory
//! reads. Here a lookup does the same work for every key and branches on
//! nothing.

/// One key and its flags; an empty slot is key 0 with no flags.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(16))]
struct Slot {
    key: u64,
    val: u32,
}

/// Multipliers that mix a key into its group, and a key and a seed into
/// a slot (the top bits of the products).
const GROUP_MUL: u64 = 0xbf58_476d_1ce4_e5b9;
const SLOT_MUL: u64 = 0x9e37_79b9_7f4a_7c15;

/// See the module documentation.
#[derive(Debug, Clone)]
pub struct FlagTab {
    /// Per group, the seed that places its keys.
    seeds: Vec<u16>,
    slots: Vec<Slot>,
    /// Right shifts that map a mixed key to its group and to its slot.
    group_shift: u32,
    slot_shift: u32,
}

impl FlagTab {
    /// Builds the table from `(key, flags)` pairs with distinct keys.
    pub fn new(pairs: impl IntoIterator<Item = (u64, u32)>) -> Self {
        let pairs: Vec<(u64, u32)> = pairs.into_iter().collect();
        // About four keys to a group, and a slot for each key and a
        // quarter more: few seeds need to be tried.
        let groups = (pairs.len() / 4).next_power_of_two().max(2);
        let mut slots = (pairs.len() + pairs.len() / 4).next_power_of_two().max(2);
        let group_shift = 64 - groups.trailing_zeros();
        let pairs = by_group(&pairs, groups, group_shift);
        loop {
            let mut t = FlagTab {
                seeds: vec![0; groups],
                slots: vec![Slot::default(); slots],
                group_shift,
                slot_shift: 64 - slots.trailing_zeros(),
            };
            if t.place(&pairs) {
                return t;
            }
            slots *= 2;
        }
    }

    /// Places the `pairs`, in runs by group, finding each group a seed that
    /// sends its keys to free slots; false if a group finds none.
    fn place(&mut self, pairs: &[(u64, u32)]) -> bool {
        let mut runs: Vec<&[(u64, u32)]> = pairs
            .chunk_by(|a, b| self.group(a.0) == self.group(b.0))
            .collect();
        // The largest groups first, while most slots are free.
        runs.sort_by_key(|r| std::cmp::Reverse(r.len()));
        let mut taken = vec![false; self.slots.len()];
        let mut at = Vec::new();
        for run in runs {
            let Some(seed) =
                (0..=u16::MAX).find(|&seed| self.try_seed(run, seed, &mut taken, &mut at))
            else {
                return false;
            };
            let g = self.group(run[0].0);
            self.seeds[g] = seed;
            for (&(key, val), &i) in run.iter().zip(&at) {
                self.slots[i] = Slot { key, val };
            }
        }
        true
    }

    /// Takes the slots (listed in `at`) that `seed` gives the keys of
    /// `run`, if all are free; false (nothing taken) if not.
    fn try_seed(
        &self,
        run: &[(u64, u32)],
        seed: u16,
        taken: &mut [bool],
        at: &mut Vec<usize>,
    ) -> bool {
        at.clear();
        for &(k, _) in run {
            let i = self.slot(k, seed);
            if taken[i] {
                for &j in at.iter() {
                    taken[j] = false;
                }
                return false;
            }
            taken[i] = true;
            at.push(i);
        }
        true
    }

    /// The group of `key`.
    #[inline(always)]
    fn group(&self, key: u64) -> usize {
        (key.wrapping_mul(GROUP_MUL) >> self.group_shift) as usize
    }

    /// The slot of `key` under `seed`.
    #[inline(always)]
    fn slot(&self, key: u64, seed: u16) -> usize {
        ((key ^ u64::from(seed)).wrapping_mul(SLOT_MUL) >> self.slot_shift) as usize
    }

    /// The flags of `key` (0 when absent).
    #[inline(always)]
    pub fn get(&self, key: u64) -> u32 {
        // Key 0 needs no case of its own: an empty slot (key 0, flags 0)
        // answers it as absent, and a listed key 0 has its slot like any.
        let s = self.slots[self.slot(key, self.seeds[self.group(key)])];
        // Whether the key is there follows no pattern: a branch on it
        // would be mispredicted on many lookups.
        std::hint::select_unpredictable(s.key == key, s.val, 0)
    }
}

/// The `pairs` in runs by group, the group being the top bits of a key
/// times [`GROUP_MUL`] (a counting sort).
fn by_group(pairs: &[(u64, u32)], groups: usize, shift: u32) -> Vec<(u64, u32)> {
    let group = |k: u64| (k.wrapping_mul(GROUP_MUL) >> shift) as usize;
    let mut ends = vec![0usize; groups];
    for p in pairs {
        ends[group(p.0)] += 1;
    }
    let mut total = 0;
    for e in &mut ends {
        total += *e;
        *e = total;
    }
    let mut out = vec![(0, 0); pairs.len()];
    for &p in pairs {
        let g = group(p.0);
        ends[g] -= 1;
        out[ends[g]] = p;
    }
    out
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
            for k in keys.iter().chain(&probes) {
                prop_assert_eq!(t.get(*k), m.get(k).copied().unwrap_or(0));
            }
        }
    }

    #[test]
    fn clustered_keys_and_key_zero() {
        // Keys sharing their top bits (and their low ones).
        let pairs: Vec<(u64, u32)> = (0..5000u64).map(|k| (k, (k as u32) | 1)).collect();
        let t = FlagTab::new(pairs.iter().copied());
        assert!(pairs.iter().all(|&(k, v)| t.get(k) == v));
        assert_eq!(t.get(5000), 0);
        let without_zero = FlagTab::new(pairs[1..].iter().copied());
        assert_eq!(without_zero.get(0), 0);
        assert_eq!(without_zero.get(4999), 4999 | 1);
        let empty = FlagTab::new([]);
        assert_eq!(empty.get(0), 0);
        assert_eq!(empty.get(7), 0);
    }
}
