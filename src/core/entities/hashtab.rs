//! Open-addressing tables keyed by precomputed 64-bit hashes (the keys are
//! already well mixed, so the top bits pick the slot). Keys and values sit
//! side by side in one array probed linearly: a lookup in the big word list
//! usually touches a single cache line, where a `HashMap` reads control
//! bytes and then a bucket elsewhere.

/// A map from 64-bit hashes to small `Copy` values.
#[derive(Debug, Clone)]
pub struct HashTab<V> {
    /// `(key, value)`; key 0 marks an empty slot.
    slots: Vec<(u64, V)>,
    /// Right shift that maps a key to its home slot.
    shift: u32,
    /// The value of key 0, which cannot live in `slots`.
    zero: Option<V>,
    /// Occupied slots.
    len: usize,
    /// Fill up to three quarters of the slots (else half).
    dense: bool,
}

impl<V: Copy + Default> Default for HashTab<V> {
    fn default() -> Self {
        Self::with_capacity(0)
    }
}

/// Slots for `n` keys: a power of two, at most half full.
fn slots_for(n: usize) -> usize {
    (n.saturating_mul(2)).next_power_of_two().max(8)
}

impl<V: Copy + Default> HashTab<V> {
    /// A table that holds `n` keys without growing.
    pub fn with_capacity(n: usize) -> Self {
        Self::with_slots(slots_for(n), false)
    }

    /// A table that holds `n` keys without growing, filled up to three
    /// quarters: longer probes, but half the memory, so that a large table
    /// stays in cache.
    pub fn dense(n: usize) -> Self {
        Self::with_slots((n.saturating_mul(4) / 3).next_power_of_two().max(8), true)
    }

    fn with_slots(size: usize, dense: bool) -> Self {
        HashTab {
            slots: vec![(0, V::default()); size],
            shift: 64 - size.trailing_zeros(),
            zero: None,
            len: 0,
            dense,
        }
    }

    /// Would one more key overfill the table?
    fn full(&self) -> bool {
        let n = self.len + 1;
        if self.dense {
            n * 4 > self.slots.len() * 3
        } else {
            n * 2 > self.slots.len()
        }
    }

    /// The home slot of `key`.
    #[inline(always)]
    fn home(&self, key: u64) -> usize {
        (key >> self.shift) as usize
    }

    /// The value of `key`, if present.
    #[cfg(test)]
    pub fn get(&self, key: u64) -> Option<V> {
        if key == 0 {
            return self.zero;
        }
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        loop {
            let (k, v) = self.slots[i & mask];
            if k == key {
                return Some(v);
            }
            if k == 0 {
                return None;
            }
            i = (i & mask) + 1;
        }
    }

    /// The value of `key`, inserted as `V::default()` when absent.
    pub fn entry(&mut self, key: u64) -> &mut V {
        if key == 0 {
            return self.zero.get_or_insert_with(V::default);
        }
        if self.full() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut i = self.home(key) & mask;
        while self.slots[i].0 != key && self.slots[i].0 != 0 {
            i = (i + 1) & mask;
        }
        if self.slots[i].0 == 0 {
            self.slots[i].0 = key;
            self.len += 1;
        }
        &mut self.slots[i].1
    }

    /// Doubles the slots and re-inserts every key.
    fn grow(&mut self) {
        let mut bigger = Self::with_slots(self.slots.len() * 2, self.dense);
        for &(k, v) in self.slots.iter().filter(|s| s.0 != 0) {
            *bigger.entry(k) = v;
        }
        bigger.zero = self.zero;
        *self = bigger;
    }

    /// Every `(key, value)`, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (u64, V)> + '_ {
        self.zero
            .map(|v| (0, v))
            .into_iter()
            .chain(self.slots.iter().copied().filter(|s| s.0 != 0))
    }
}

/// A set of 64-bit hashes, with the `HashSet` methods the rules use.
#[derive(Debug, Clone, Default)]
pub struct HashSet64 {
    /// Keys; 0 marks an empty slot. Empty until the first insert.
    slots: Vec<u64>,
    shift: u32,
    has_zero: bool,
    len: usize,
}

impl HashSet64 {
    /// A set that holds `n` keys without growing.
    pub fn with_capacity(n: usize) -> Self {
        let mut s = Self::default();
        if n > 0 {
            s.resize(slots_for(n));
        }
        s
    }

    /// Is `key` in the set?
    #[inline]
    pub fn contains(&self, key: &u64) -> bool {
        let key = *key;
        if key == 0 {
            return self.has_zero;
        }
        if self.slots.is_empty() {
            return false;
        }
        let mask = self.slots.len() - 1;
        let mut i = (key >> self.shift) as usize;
        loop {
            let k = self.slots[i & mask];
            if k == key {
                return true;
            }
            if k == 0 {
                return false;
            }
            i = (i & mask) + 1;
        }
    }

    /// Adds `key`; false when it was already there.
    #[inline]
    pub fn insert(&mut self, key: u64) -> bool {
        if key == 0 {
            return !std::mem::replace(&mut self.has_zero, true);
        }
        if (self.len + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut i = (key >> self.shift) as usize & mask;
        loop {
            let k = self.slots[i];
            if k == key {
                return false;
            }
            if k == 0 {
                self.slots[i] = key;
                self.len += 1;
                return true;
            }
            i = (i + 1) & mask;
        }
    }

    /// Doubles the slots (16 at first) and re-inserts every key.
    fn grow(&mut self) {
        self.resize((self.slots.len() * 2).max(16));
    }

    /// Moves the keys to `size` slots (a power of two, more than twice
    /// the keys).
    fn resize(&mut self, size: usize) {
        let old = std::mem::replace(&mut self.slots, vec![0; size]);
        self.shift = 64 - size.trailing_zeros();
        self.len = 0;
        for k in old.into_iter().filter(|&k| k != 0) {
            self.insert(k);
        }
    }

    /// Empties the set for about `n` keys: its slots are kept unless they
    /// are many more than `n` needs (clearing them would then cost more
    /// than the use of the set), else replaced by slots sized for `n`.
    pub fn clear_for(&mut self, n: usize) {
        // Up to this many slots are cleared rather than dropped whatever
        // `n`: clearing them costs less than growing a new set again.
        const SMALL: usize = 1 << 10;
        let want = slots_for(n);
        if self.slots.len() > (want * 4).max(SMALL) {
            *self = Self::with_capacity(n);
        } else {
            self.clear();
        }
    }

    /// Empties the set, keeping its slots when they are few.
    pub fn clear(&mut self) {
        const KEEP: usize = 1 << 12;
        if self.slots.len() > KEEP {
            *self = Self::default();
        } else if self.len > 0 {
            self.slots.fill(0);
        }
        self.len = 0;
        self.has_zero = false;
    }

    /// No keys at all?
    pub fn is_empty(&self) -> bool {
        self.len == 0 && !self.has_zero
    }

    /// Every key, in no particular order (walks every slot: the rules
    /// keep a list of the keys where they need them).
    #[cfg(test)]
    pub fn iter(&self) -> impl Iterator<Item = u64> + '_ {
        self.has_zero
            .then_some(0)
            .into_iter()
            .chain(self.slots.iter().copied().filter(|&k| k != 0))
    }
}

impl Extend<u64> for HashSet64 {
    fn extend<I: IntoIterator<Item = u64>>(&mut self, keys: I) {
        for k in keys {
            self.insert(k);
        }
    }
}

impl FromIterator<u64> for HashSet64 {
    fn from_iter<I: IntoIterator<Item = u64>>(keys: I) -> Self {
        let mut s = HashSet64::default();
        s.extend(keys);
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn table_matches_a_hash_map(keys in proptest::collection::vec(any::<u64>(), 0..300),
                                    probes in proptest::collection::vec(any::<u64>(), 0..50)) {
            let mut t: HashTab<u32> = if keys.len() % 2 == 0 {
                HashTab::with_capacity(4)
            } else {
                HashTab::dense(4)
            };
            let mut m = std::collections::HashMap::new();
            for (n, &k) in keys.iter().enumerate() {
                *t.entry(k) |= n as u32;
                *m.entry(k).or_insert(0u32) |= n as u32;
            }
            for k in keys.iter().chain(&probes) {
                prop_assert_eq!(t.get(*k), m.get(k).copied());
            }
            prop_assert_eq!(t.iter().count(), m.len());
        }

        #[test]
        fn set_matches_a_hash_set(keys in proptest::collection::vec(any::<u64>(), 0..300),
                                  probes in proptest::collection::vec(any::<u64>(), 0..50)) {
            let mut s = HashSet64::default();
            let mut h = std::collections::HashSet::new();
            for &k in &keys {
                prop_assert_eq!(s.insert(k), h.insert(k));
            }
            for k in keys.iter().chain(&probes) {
                prop_assert_eq!(s.contains(k), h.contains(k));
            }
            prop_assert_eq!(s.iter().count(), h.len());
            s.clear();
            prop_assert!(s.is_empty());
            prop_assert!(keys.iter().all(|k| !s.contains(k)));
        }
    }

    #[test]
    fn key_zero_and_small_keys_work() {
        let mut s = HashSet64::default();
        assert!(!s.contains(&0));
        assert!(s.insert(0));
        assert!(!s.insert(0));
        for k in 1..100u64 {
            assert!(s.insert(k));
        }
        assert!((0..100).all(|k| s.contains(&k)));
        let mut t: HashTab<u8> = HashTab::default();
        *t.entry(0) = 3;
        *t.entry(7) = 4;
        assert_eq!((t.get(0), t.get(7), t.get(8)), (Some(3), Some(4), None));
    }
}
