//! Design: DESIGN.md#dict
//!
//! An insertion-ordered hash table with per-bucket locks for writers and
//! lock-free readers.
//!
//! ```text
//!  DictCore { table: AtomicPtr<Table>, gid, shared }
//!                       │
//!                       ▼
//!  Table { mask, lock_low, lock_low_bits, lock_region_shift, lock_shift, usable,
//!          counts { nentries, inserts << 32 | used }, removed stripes (padded tables),
//!          locks[nlocks << lock_shift], indices[nslots]: AtomicU32, entries,
//!          ord: order[usable] (position → entry), stripe lines (lock, block
//!               cursor, buffered order records), block stripes }
//!          lock i (at locks[i << lock_shift]) guards every key whose
//!          (hash & lock_low) | (hash & mask) >> lock_region_shift << lock_low_bits == i
//!          index slot: EMPTY ──CAS──▶ entry index ──CAS (entry deleted)──▶ entry index
//!          entry: hash, key word, value word (0 = deleted / absent)
//! ```
//!
//! Rules (numbered; DESIGN.md#dict argues each):
//! 1. A writer of key K holds K's bucket lock (chosen by hash) for the whole
//!    lookup-and-modify, so writers of one key are serialised and writers of
//!    different buckets run in parallel. They share only the table's
//!    counters: the entry cursor (`nentries`) and `used` (`len`).
//!    1b. In tables of `PAD_MIN_SLOTS` slots or more, every bucket lock has a
//!    cache line of its own and the counters another, so writers of
//!    different buckets write no common line but the counters', and never
//!    the header line that readers load.
//!    1d. A key's lock is chosen by the low bits of its hash (up to 4) and
//!    the region of the table its home slot lies in (the rest), so threads
//!    writing disjoint ranges of int keys (or disjoint residues) take
//!    different locks.
//!    1e. A padded table counts removals on per-thread stripes (one line
//!    each); `len` is `used` minus their sum, read so that it is a length
//!    the table had.
//!    1c. Tables of `ORDER_MIN_SLOTS` slots or more keep insertion order in
//!    an order array (position → entry index) and take each entry from a
//!    line-aligned block of the inserting thread's stripe, so entries
//!    inserted by different threads never share a cache line; a resize
//!    keeps every entry in its stripe's blocks.
//!    1f. An insertion into such a table leaves its order record in its
//!    stripe's line (under the stripe's leaf lock), which copies six at a
//!    time into the order array; a reader that finds a position EMPTY has
//!    every non-empty buffer copied (under its lock), then looks again.
//! 2. Index slots go EMPTY → entry once (CAS, Release). An entry's hash, key
//!    and value are written before its slot is published, so a reader that
//!    loads the slot (Acquire) sees them. Deletion clears key then value in
//!    the entry; the slot stays, so probe chains never get holes.
//!    2b. An insertion reuses (CAS) the first slot on its chain whose entry
//!    is deleted; slots never go back to EMPTY.
//! 3. Resize, clear and other whole-table operations take every bucket lock
//!    in index order, build a new table, publish it, unlock, and retire the
//!    old table through QSBR. A writer that waited on an old table's lock
//!    sees `table != t` and retries.
//! 4. Readers take no lock: load the table, probe, `try_incref` the key (if
//!    they must compare payloads) and the value, re-check the entry still
//!    holds them, else retry; if `try_incref` fails (owner-local object not
//!    yet marked MAYBE_WEAKREF) they fall back to the bucket lock once.
//! 5. No lock is held while Python code may run: comparisons that could run
//!    `__eq__` (keys whose types are not builtin immutables) release the
//!    lock, compare holding counted references, remember the result by
//!    identity and restart the probe. Decrefs of replaced or removed
//!    objects happen after unlocking.
//! 7. (DESIGN.md#dict) Slot hints: readers may go straight to an index slot
//!    remembered by the caller if it is published and holds the same key object.
//! 8. Absent-key stamps: every insertion of a new key bumps `inserts` (the
//!    high half of the table's `used` word, in the same RMW as `used`,
//!    Release) after publishing the entry; a stamp read (Acquire) before a
//!    lookup that misses stays equal only while no key was inserted since.
//!    Replacing the table (resize, clear) carries the count over.

use core::ptr;

use crate::error::PyResult;
use crate::object::handle::Value;
use crate::sync::{AtomicBool, AtomicI64, AtomicPtr, AtomicU16, AtomicU32, AtomicU64, AtomicUsize, ByteLock, Ordering::*};

const EMPTY: u32 = u32::MAX;
const MIN_SLOTS: usize = 8;
const MAX_LOCKS: usize = 128;
/// Tables with at least this many slots keep each bucket lock, and the
/// writers' counters, on a cache line of their own (rule 1b). Smaller
/// tables pack their locks into a few bytes: the padding (8 KiB of lock
/// lines) would cost more memory than the table itself. Under loom the
/// threshold is low so the resize model runs on a padded table.
#[cfg(not(weft_loom))]
const PAD_MIN_SLOTS: usize = 2048;
#[cfg(weft_loom)]
const PAD_MIN_SLOTS: usize = 16;
/// Rule 1c: tables with at least this many slots keep insertion order in
/// a separate order array and place each entry in a block of `BLOCK`
/// entries (whole cache lines) claimed by the inserting thread's stripe,
/// so entries inserted by different threads never share a cache line.
/// Smaller tables keep entries in insertion order (the order array, the
/// partly filled blocks and the stripe cursors would outweigh the table).
#[cfg(not(weft_loom))]
const ORDER_MIN_SLOTS: usize = 8192;
#[cfg(weft_loom)]
const ORDER_MIN_SLOTS: usize = 16;
/// Entries per block: 8 entries of 24 bytes are exactly 3 cache lines, so
/// line-aligned blocks share no line.
#[cfg(not(weft_loom))]
const BLOCK: usize = 8;
#[cfg(weft_loom)]
const BLOCK: usize = 2;
/// Inserting threads are spread over this many stripes (by thread id);
/// stripe `NSTRIPES` is the *cold* stripe: entries whose inserting thread
/// is unknown (copied from a table without blocks). Under loom every
/// thread shares stripe 0, so the model races two threads on one block.
#[cfg(not(weft_loom))]
const NSTRIPES: usize = 8;
#[cfg(weft_loom)]
const NSTRIPES: usize = 1;
const COLD: usize = NSTRIPES;

/// Rule 1c can be turned off (`WEFT_DICT_BLOCKS=0`: every table keeps its
/// entries in insertion order, the layout before session 8) for
/// side-by-side measurements. Read once.
fn order_min_slots() -> usize {
    #[cfg(not(weft_loom))]
    {
        static W: crate::sync::OnceLock<usize> = crate::sync::OnceLock::new();
        *W.get_or_init(|| match std::env::var("WEFT_DICT_BLOCKS") {
            Ok(v) if v == "0" => usize::MAX,
            _ => ORDER_MIN_SLOTS,
        })
    }
    #[cfg(weft_loom)]
    {
        ORDER_MIN_SLOTS
    }
}

/// Rule 1d: how many low bits of the hash choose a key's bucket lock; the
/// other bits of the lock index come from the top of the key's home slot.
const LOCK_LOW_BITS: u32 = 4;

/// `LOCK_LOW_BITS` for padded tables; `WEFT_DICT_LOCK_LOW=7` gives every
/// lock bit to the low bits of the hash (the layout before session 7, for
/// side-by-side measurements). Read once.
fn lock_low_bits() -> u32 {
    #[cfg(not(weft_loom))]
    {
        static W: crate::sync::OnceLock<u32> = crate::sync::OnceLock::new();
        *W.get_or_init(|| std::env::var("WEFT_DICT_LOCK_LOW").ok().and_then(|v| v.parse().ok()).unwrap_or(LOCK_LOW_BITS))
    }
    #[cfg(weft_loom)]
    {
        LOCK_LOW_BITS
    }
}

/// log2 of the distance in bytes between two padded bucket locks (under
/// loom a smaller gap keeps the model's atomics few; the indexing is the
/// same).
#[cfg(not(weft_loom))]
const PAD_SHIFT: u32 = 6;
#[cfg(weft_loom)]
const PAD_SHIFT: u32 = 1;

struct Entry {
    hash: AtomicI64,
    /// Raw key word (owned reference), 0 when deleted or not yet written.
    key: AtomicUsize,
    /// Raw value word (owned reference), 0 when deleted.
    value: AtomicUsize,
}

/// The counters every insertion writes (and `used`, every deletion).
struct Counts {
    /// Entries reserved so far (append cursor).
    nentries: AtomicUsize,
    /// `inserts << 32 | used`, changed under the key's bucket lock after
    /// the entry is published or cleared: `used` is the live items
    /// (`len`); `inserts` counts insertions of new keys for absent-key
    /// stamps (rule 8), carried over (capped at `STAMP_CAP`) when the
    /// table is replaced. An insertion adds `INSERT_ONE` (both halves in
    /// one read-modify-write), a deletion subtracts 1.
    used: AtomicU64,
}

/// Added to `Counts::used` by an insertion of a new key.
const INSERT_ONE: u64 = 1 << 32 | 1;
const USED_MASK: u64 = (1 << 32) - 1;

impl Counts {
    fn new(n: usize) -> Counts {
        Counts { nentries: AtomicUsize::new(n), used: AtomicU64::new(n as u64) }
    }

    /// Live items.
    #[inline]
    fn used(&self, o: crate::sync::Ordering) -> usize {
        (self.used.load(o) & USED_MASK) as usize
    }

    /// The `inserts` half for a replacement table: capped at `STAMP_CAP`,
    /// so it never wraps (a table holds far fewer than 2^32 - 2^16
    /// entries, so it cannot count past 2^32 before it is replaced).
    fn inserts_carried(&self) -> u64 {
        (self.used.load(Relaxed) >> 32).min(STAMP_CAP as u64) << 32
    }
}

/// `Counts` alone on a cache line (large tables, rule 1b), with the block
/// cursor of rule 1c.
#[repr(align(64))]
struct PaddedCounts {
    counts: Counts,
    /// Rule 1c: entry blocks claimed so far (tables with an order array).
    /// Claimed once per `BLOCK` insertions of a stripe, on the line the
    /// insertion's reservation just wrote.
    nblocks: AtomicUsize,
    /// Rule 1e: removals by key (`remove_hashed`), counted on the removing
    /// thread's stripe instead of `counts.used`, so two threads deleting
    /// from one table write different lines. `len` is `used` minus their
    /// sum.
    removed: [RemovedStripe; REMOVED_STRIPES],
}

/// One stripe of a padded table's removal count, alone on its line.
#[repr(align(64))]
struct RemovedStripe(AtomicU64);

/// Rule 1e: stripes of a padded table's removal count (chosen by thread id).
#[cfg(not(weft_loom))]
const REMOVED_STRIPES: usize = 4;
#[cfg(weft_loom)]
const REMOVED_STRIPES: usize = 2;

/// Rule 1c: one stripe's insertion state, alone on its line: only the
/// stripe's threads write it, under `lock` (a leaf lock, taken only under
/// a bucket lock; usually uncontended: one thread per stripe).
#[repr(align(64))]
struct Stripe {
    lock: ByteLock,
    /// Records in `buf`: changed under `lock` (Release); a reader that
    /// finds a position EMPTY takes the lock only where this is not 0.
    nbuf: AtomicU32,
    /// The stripe's current entry block: `next << 32 | end` (entry indices).
    cursor: AtomicU64,
    /// Rule 1f (session 9): order records `pos << 32 | ix` not yet copied
    /// into `order` (the first `nbuf`). Read and written under `lock`;
    /// when full, copied into `order`.
    buf: [AtomicU64; ORDER_BUF],
}

/// Order records a stripe buffers before copying them into `order`: with
/// the lock byte, count and cursor they fill the stripe's line.
#[cfg(not(weft_loom))]
const ORDER_BUF: usize = 6;
#[cfg(weft_loom)]
const ORDER_BUF: usize = 2;

/// Rule 1c: insertion order apart from where entries live (large tables).
struct Ordered {
    /// `order[p]` = the index of the `p`-th entry appended: EMPTY until the
    /// stripe that inserted it copies its record out of its buffer
    /// (Release; the entry was written before). A reader that finds EMPTY
    /// has the stripes copy their buffers (`Table::buffered`).
    order: Box<[AtomicU32]>,
    /// Each stripe's line (`NSTRIPES + 1`: the last is `COLD`).
    stripes: Box<[Stripe]>,
    /// The stripe that claimed each block (read by resize, under every
    /// lock, to keep an entry in its inserter's stripe).
    block_stripe: Box<[AtomicU32]>,
    /// Block `b` is `entries[ebase + b * BLOCK ..][..BLOCK]`; `ebase` makes
    /// block 0 start a cache line.
    ebase: usize,
}

struct Table {
    mask: usize,
    /// A key's bucket lock is `(hash & lock_low) | ((hash & mask) >>
    /// lock_region_shift) << lock_low_bits` (rule 1d): the low bits of the
    /// hash and the region of the table its home slot lies in.
    lock_low: u32,
    lock_low_bits: u32,
    lock_region_shift: u32,
    /// Bucket lock `i` is `locks[i << lock_shift]`: 0 (packed) or
    /// `PAD_SHIFT` (one cache line per lock, large tables).
    lock_shift: u32,
    /// Entry capacity (2/3 of the slots): the most entries (live or
    /// deleted) the table takes before it is replaced.
    usable: usize,
    /// The counters of small tables (in this header's cache line).
    near: Counts,
    /// The counters of large tables, on their own line so that writers do
    /// not invalidate the header that every reader loads.
    far: Option<Box<PaddedCounts>>,
    locks: Box<[ByteLock]>,
    indices: Box<[AtomicU32]>,
    /// Small tables: entry `p` is the `p`-th appended. Large tables (rule
    /// 1c): entries live in blocks, `ord` keeps the order.
    entries: Box<[Entry]>,
    ord: Option<Box<Ordered>>,
}

impl Table {
    fn new(min_usable: usize) -> Box<Table> {
        let mut nslots = MIN_SLOTS;
        while nslots * 2 / 3 < min_usable.max(1) {
            nslots *= 2;
        }
        let usable = nslots * 2 / 3;
        let nlocks = (nslots / 4).clamp(1, MAX_LOCKS);
        let padded = nslots >= PAD_MIN_SLOTS;
        let ordered = padded && nslots >= order_min_slots();
        let lock_shift = if padded { PAD_SHIFT } else { 0 };
        // Rule 1d: up to LOCK_LOW_BITS low hash bits, the rest of the lock
        // index from the top of the home slot.
        let lock_bits = nlocks.trailing_zeros();
        let low_bits = lock_bits.min(if padded { lock_low_bits() } else { LOCK_LOW_BITS });
        let region_bits = lock_bits - low_bits;
        let slot_bits = nslots.trailing_zeros();
        // Rule 1c: room for `usable` entries in whole blocks, plus one
        // partly filled block per stripe (and one lost to a race between
        // two threads of a stripe now and then), plus the alignment slack.
        let nblocks = usable.div_ceil(BLOCK) + 2 * (NSTRIPES + 1) + 2;
        let nentries = if ordered { BLOCK + nblocks * BLOCK } else { usable };
        let entries: Box<[Entry]> = (0..nentries)
            .map(|_| Entry { hash: AtomicI64::new(0), key: AtomicUsize::new(0), value: AtomicUsize::new(0) })
            .collect();
        let ord = ordered.then(|| {
            let base = entries.as_ptr() as usize;
            let size = core::mem::size_of::<Entry>();
            let ebase = (0..BLOCK).find(|k| (base + k * size) % 64 == 0).unwrap_or(0);
            Box::new(Ordered {
                order: (0..usable).map(|_| AtomicU32::new(EMPTY)).collect(),
                // An exhausted cursor: the first insertion claims a block.
                stripes: (0..=NSTRIPES)
                    .map(|_| Stripe {
                        lock: ByteLock::new(),
                        nbuf: AtomicU32::new(0),
                        cursor: AtomicU64::new(0),
                        buf: core::array::from_fn(|_| AtomicU64::new(0)),
                    })
                    .collect(),
                block_stripe: (0..nblocks).map(|_| AtomicU32::new(0)).collect(),
                ebase,
            })
        });
        Box::new(Table {
            mask: nslots - 1,
            lock_low: (1u32 << low_bits) - 1,
            lock_low_bits: low_bits,
            lock_region_shift: slot_bits - region_bits,
            lock_shift,
            usable,
            near: Counts::new(0),
            far: padded.then(|| {
                Box::new(PaddedCounts {
                    counts: Counts::new(0),
                    nblocks: AtomicUsize::new(0),
                    removed: core::array::from_fn(|_| RemovedStripe(AtomicU64::new(0))),
                })
            }),
            // Padded: lock i's byte starts its own 64-byte window, so no
            // two locks share a cache line whatever the allocation's
            // alignment.
            locks: (0..nlocks << lock_shift).map(|_| ByteLock::new()).collect(),
            indices: (0..nslots).map(|_| AtomicU32::new(EMPTY)).collect(),
            entries,
            ord,
        })
    }

    #[inline]
    fn entry(&self, ix: usize) -> &Entry {
        &self.entries[ix]
    }

    /// The index of the entry appended `pos`-th (`None`: reserved, not
    /// yet written). Acquire: the entry's words are written before.
    #[inline]
    fn ix_at(&self, pos: usize) -> Option<usize> {
        match &self.ord {
            None => Some(pos),
            Some(o) => {
                let ix = o.order[pos].load(Acquire);
                if ix != EMPTY {
                    return Some(ix as usize);
                }
                Self::buffered(o, pos)
            }
        }
    }

    /// `ix_at`'s slow path: position `pos` is not in `order` yet. Copies
    /// every stripe's buffered records into `order` (under the stripe's
    /// lock, a leaf: this takes no other lock under it), then loads
    /// `order[pos]` again. If the insertion at `pos` finished before this
    /// call, its record was buffered under its stripe's lock before it
    /// returned, so taking that lock makes it visible (a buffer seen empty,
    /// Acquire, was emptied by a copy that stored `order` first). `None`:
    /// the insertion is still in progress (concurrent with this read, which
    /// may order it after). Only the last ≤ 9 × `ORDER_BUF` positions of a
    /// table are ever buffered, so a lock-free iteration pays this once per
    /// table tail.
    #[cold]
    #[inline(never)]
    fn buffered(o: &Ordered, pos: usize) -> Option<usize> {
        for s in o.stripes.iter() {
            if s.nbuf.load(Acquire) != 0 {
                let g = lock_bucket(&s.lock);
                Self::flush_order(o, s);
                drop(g);
            }
        }
        let ix = o.order[pos].load(Acquire);
        (ix != EMPTY).then_some(ix as usize)
    }

    /// The indices of the first `n` entries appended, in order.
    #[inline]
    fn live_ixs(&self, n: usize) -> impl DoubleEndedIterator<Item = usize> + '_ {
        (0..n).filter_map(move |p| self.ix_at(p))
    }

    /// The first `n` entries appended, in order.
    #[inline]
    fn live_entries(&self, n: usize) -> impl DoubleEndedIterator<Item = &Entry> {
        self.live_ixs(n).map(move |ix| &self.entries[ix])
    }

    /// Rule 1c: the stripe whose block holds entry `ix` (`COLD` in tables
    /// without blocks). Under every bucket lock (resize).
    fn stripe_of(&self, ix: usize) -> usize {
        match &self.ord {
            None => COLD,
            Some(o) => o.block_stripe[(ix - o.ebase) / BLOCK].load(Relaxed) as usize,
        }
    }

    /// Takes an entry from `stripe`'s block (rule 1c), claiming a new
    /// block when the current one is used up. The caller holds the stripe's
    /// lock, or has the table to itself (a resize filling a new table).
    /// `None`: no block left (the caller grows the table).
    #[inline]
    fn alloc_entry(&self, o: &Ordered, stripe: usize) -> Option<usize> {
        let c = &o.stripes[stripe].cursor;
        let cur = c.load(Relaxed);
        if (cur >> 32) < (cur & 0xffff_ffff) {
            c.store(cur + (1 << 32), Relaxed);
            return Some((cur >> 32) as usize);
        }
        self.claim_block(o, c, stripe)
    }

    /// `alloc_entry`'s slow path: claims a new block for `stripe` and
    /// takes its first entry; the rest become the stripe's cursor.
    #[cold]
    #[inline(never)]
    fn claim_block(&self, o: &Ordered, c: &AtomicU64, stripe: usize) -> Option<usize> {
        let far = self.far.as_ref()?;
        let b = far.nblocks.fetch_add(1, Relaxed);
        if b >= o.block_stripe.len() {
            return None;
        }
        o.block_stripe[b].store(stripe as u32, Relaxed);
        let start = o.ebase + b * BLOCK;
        c.store(((start as u64 + 1) << 32) | (start + BLOCK) as u64, Relaxed);
        Some(start)
    }

    /// Records entry `ix` as the `pos`-th appended, in a table the caller
    /// has to itself (resize): straight into `order`.
    #[inline]
    fn set_order(&self, pos: usize, ix: usize) {
        if let Some(o) = &self.ord {
            o.order[pos].store(ix as u32, Release);
        }
    }

    /// Rule 1f: records entry `ix` (written) as the `pos`-th appended in
    /// the stripe's buffer, under the stripe's lock; a full buffer is
    /// copied into `order`. The stripe's line is the only line this
    /// writes but once per `ORDER_BUF` insertions.
    #[inline]
    fn record_order(o: &Ordered, s: &Stripe, pos: usize, ix: usize) {
        let n = s.nbuf.load(Relaxed) as usize;
        s.buf[n].store((pos as u64) << 32 | ix as u64, Relaxed);
        if n + 1 < ORDER_BUF {
            // Release: a reader that sees the count sees the record.
            s.nbuf.store(n as u32 + 1, Release);
        } else {
            s.nbuf.store(ORDER_BUF as u32, Relaxed);
            Self::flush_order(o, s);
        }
    }

    /// Copies the stripe's buffered records into `order` (Release: the
    /// entries were written before) and empties the buffer (Release, after
    /// the copies: a reader that sees the count 0 sees them). Under the
    /// stripe's lock.
    fn flush_order(o: &Ordered, s: &Stripe) {
        let n = s.nbuf.load(Relaxed) as usize;
        for slot in &s.buf[..n] {
            let w = slot.load(Relaxed);
            o.order[(w >> 32) as usize].store((w & 0xffff_ffff) as u32, Release);
        }
        s.nbuf.store(0, Release);
    }

    #[inline]
    fn counts(&self) -> &Counts {
        match &self.far {
            Some(p) => &p.counts,
            None => &self.near,
        }
    }

    #[inline]
    fn lock_for(&self, hash: i64) -> &ByteLock {
        let h = hash as u64 as usize;
        let i = (h & self.lock_low as usize) | ((h & self.mask) >> self.lock_region_shift) << self.lock_low_bits;
        &self.locks[i << self.lock_shift]
    }

    /// Every bucket lock, in index order.
    fn all_locks(&self) -> impl DoubleEndedIterator<Item = &ByteLock> {
        self.locks.iter().step_by(1 << self.lock_shift)
    }

    /// Reserves an entry slot; `None` when the table is full.
    fn reserve(&self) -> Option<usize> {
        let c = &self.counts().nentries;
        let mut n = c.load(Relaxed);
        loop {
            if n >= self.usable {
                return None;
            }
            match c.compare_exchange_weak(n, n + 1, Relaxed, Relaxed) {
                Ok(_) => return Some(n),
                Err(m) => n = m,
            }
        }
    }

    /// Live items (`len`). Small tables: `used`. Padded tables (rule 1e):
    /// `used` minus the removal stripes, read stripes first and `used`
    /// around them: when `used` (which only insertions and `popitem`
    /// change between resizes) is the same before and after, the stripes'
    /// sum is the removal count at some instant of the read (it moves by
    /// one per removal), so the result is a length the table had.
    #[inline]
    fn len(&self) -> usize {
        let Some(p) = &self.far else { return self.near.used(Acquire) };
        let mut tries = 0;
        loop {
            let a = p.counts.used.load(Acquire);
            let mut removed = 0u64;
            for s in &p.removed {
                removed = removed.wrapping_add(s.0.load(Acquire));
            }
            let b = p.counts.used.load(Acquire);
            tries += 1;
            if a == b || tries > 64 {
                return ((b & USED_MASK).wrapping_sub(removed) & USED_MASK) as usize;
            }
        }
    }

    /// Counts the removal of one key by `remove_hashed` (under its bucket
    /// lock, after the entry is cleared).
    #[inline]
    fn count_removal(&self) {
        match &self.far {
            Some(p) => {
                let s = crate::vm::thread::current_tid() % REMOVED_STRIPES;
                p.removed[s].0.fetch_add(1, Release);
            }
            None => {
                self.near.used.fetch_sub(1, Release);
            }
        }
    }

    /// Entries reserved so far (some may not be written yet).
    #[inline]
    fn nentries(&self, o: crate::sync::Ordering) -> usize {
        self.counts().nentries.load(o)
    }
}

/// CPython's open-addressing probe sequence (perturbation by the hash).
#[derive(Clone, Copy)]
struct Probe {
    slot: usize,
    perturb: u64,
    mask: usize,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        Probe { slot: (hash as u64 as usize) & mask, perturb: hash as u64, mask }
    }
    fn advance(&mut self) {
        self.perturb >>= 5;
        self.slot = (self.slot.wrapping_mul(5).wrapping_add(self.perturb as usize).wrapping_add(1)) & self.mask;
    }
}

/// Results of comparisons that needed `__eq__`, remembered by key identity
/// across probe restarts (the counted reference keeps the identity valid).
#[derive(Default)]
struct Known(Vec<(Value, bool)>);

impl Known {
    fn get(&self, raw: usize) -> Option<bool> {
        self.0.iter().find(|(k, _)| k.raw() == raw).map(|(_, r)| *r)
    }
}

enum Found {
    /// Live entry index holding the key.
    Hit(usize),
    /// Key absent; probe positioned at the first empty slot, and (probes
    /// under the lock only) the first slot on the way whose entry was
    /// deleted, with that entry's index (rule 2b).
    Miss(Probe, Option<(usize, u32)>),
    /// A comparison that may run Python code is needed with this key.
    NeedEq(Value),
    /// The table changed under a lock-free probe; start again.
    Retry,
}

enum Upsert {
    /// The key was present: the old value (replace) or the stored one.
    Replaced(Value),
    /// The key was inserted: the stored value (setdefault only).
    Inserted(Option<Value>),
}

/// Releases a bucket lock on drop.
struct BucketGuard<'a>(&'a ByteLock);

impl Drop for BucketGuard<'_> {
    fn drop(&mut self) {
        // SAFETY: a BucketGuard exists only while its lock is held (created
        // right after `lock()` in `lock_bucket`).
        unsafe { self.0.unlock() }
    }
}

fn lock_bucket(lock: &ByteLock) -> BucketGuard<'_> {
    lock.lock();
    BucketGuard(lock)
}

/// All bucket locks of one table, taken in index order.
struct AllGuard<'a>(&'a Table);

impl Drop for AllGuard<'_> {
    fn drop(&mut self) {
        for l in self.0.all_locks().rev() {
            // SAFETY: `lock_all` took every lock of this table.
            unsafe { l.unlock() }
        }
    }
}

fn lock_all(t: &Table) -> AllGuard<'_> {
    for l in t.all_locks() {
        l.lock();
    }
    AllGuard(t)
}

/// The hash of a key. Small ints hash inline; everything else through the
/// type's hash slot.
#[inline]
pub fn key_hash(key: &Value) -> PyResult<i64> {
    if let Some(i) = key.as_small_int() {
        return Ok(hash_small(i));
    }
    #[cfg(not(weft_loom))]
    if let Some(s) = key.downcast::<crate::object::str::PyStr>() {
        // Exact str: its cached hash, no slot call.
        return Ok(s.hash_value());
    }
    hash_heap(key)
}

#[inline]
fn hash_small(i: i64) -> i64 {
    const M: u64 = (1 << 61) - 1;
    let a = (i.unsigned_abs() % M) as i64;
    let h = if i < 0 { -a } else { a };
    if h == -1 {
        -2
    } else {
        h
    }
}

#[cfg(not(weft_loom))]
fn hash_heap(key: &Value) -> PyResult<i64> {
    crate::object::ops::hash(key)
}

#[cfg(weft_loom)]
fn hash_heap(key: &Value) -> PyResult<i64> {
    Ok((key.raw() >> 4) as i64)
}

/// Does comparing `a == b` run no Python code? (builtin immutable key
/// types; one definition shared with set.)
#[cfg(not(weft_loom))]
pub fn eq_is_native(a: &Value, b: &Value) -> bool {
    crate::object::set::eq_runs_no_python(a, b)
}

#[cfg(weft_loom)]
pub fn eq_is_native(_a: &Value, _b: &Value) -> bool {
    true
}

#[cfg(not(weft_loom))]
fn native_eq(a: &Value, b: &Value) -> PyResult<bool> {
    crate::object::ops::eq(a, b)
}

#[cfg(weft_loom)]
fn native_eq(a: &Value, b: &Value) -> PyResult<bool> {
    Ok(a.is(b))
}

/// Retire a table's memory (entries were moved or released already).
fn retire_table(t: *mut Table) {
    /// # Safety
    /// `p` came from `Box::<Table>::into_raw` and its grace period is over.
    unsafe fn release(p: *mut u8) {
        // SAFETY: by contract, p is a Box<Table> nobody reads any more.
        drop(unsafe { Box::from_raw(p as *mut Table) });
    }
    crate::gc::qsbr::free_later(t as *mut u8, release);
}

/// The dict's data: shared by the `dict` type and by runtime tables
/// (module globals, instance dicts) that need no Python object around them.
pub struct DictCore {
    table: AtomicPtr<Table>,
    /// This dict's id for absent-key stamps (rule 8): 0 until first asked
    /// for, then unique among dicts (none once `GID_MAX` ids are used).
    gid: AtomicU16,
    /// Set once a thread other than the owner has read the dict; from then
    /// on stored objects are marked MAYBE_WEAKREF so lock-free readers can
    /// `try_incref` them.
    shared: AtomicBool,
}

/// Absent-key stamps (rule 8) count insertions up to here (16 bits).
const STAMP_CAP: u32 = 1 << 16;
/// Dict ids for stamps: 15 bits (a stamp is `gid << 16 | inserts` below
/// bit 31, which callers keep for their own tag).
const GID_MAX: u16 = 0x7fff;

crate::lazy_global! {
    static NEXT_GID: AtomicU16 = AtomicU16::new(1);
}

impl Default for DictCore {
    fn default() -> Self {
        DictCore::new()
    }
}

impl DictCore {
    pub fn new() -> DictCore {
        DictCore::with_capacity(0)
    }

    pub fn with_capacity(n: usize) -> DictCore {
        DictCore {
            table: AtomicPtr::new(Box::into_raw(Table::new(n))),
            gid: AtomicU16::new(0),
            shared: AtomicBool::new(false),
        }
    }

    /// An *absent-key stamp* (rule 8): a value that changes whenever a key
    /// is inserted into this dict after it was read, and differs between
    /// dicts. A caller takes it before a lookup that found key K absent and
    /// keeps it; while `absent_stamp()` still returns the same value, K is
    /// still absent (no key at all was inserted since). `None`: this dict
    /// had too many insertions (or no id is left): look up instead.
    #[inline]
    pub fn absent_stamp(&self) -> Option<u32> {
        // Acquire: a stamp taken after an insertion's bump sees the
        // inserted entry in the lookup that follows (the bump comes after
        // the entry is published).
        let n = (self.load_table().counts().used.load(Acquire) >> 32) as u32;
        if n >= STAMP_CAP {
            return None;
        }
        let g = self.gid.load(Relaxed);
        if g == 0 || g > GID_MAX {
            return None;
        }
        Some((g as u32) << 16 | n)
    }

    /// Like `absent_stamp`, first giving the dict its id if it has none.
    pub fn absent_stamp_init(&self) -> Option<u32> {
        if self.gid.load(Relaxed) == 0 {
            // Ids are never reused: the counter stops past GID_MAX, and
            // later dicts get GID_MAX + 1 (no stamps).
            let g = NEXT_GID
                .fetch_update(Relaxed, Relaxed, |g| if g <= GID_MAX { Some(g + 1) } else { None })
                .unwrap_or(GID_MAX + 1);
            let _ = self.gid.compare_exchange(0, g, Relaxed, Relaxed);
        }
        self.absent_stamp()
    }

    #[inline]
    fn load_table(&self) -> &Table {
        // A thread that reads a table must be known to QSBR (registration
        // is lazy; this is one thread-local load once registered).
        crate::vm::thread::current_tid();
        let p = self.table.load(Acquire);
        debug_assert!(!p.is_null());
        // SAFETY: the table pointer is never null and a table stays readable
        // until a grace period after it is replaced (rule 3); the caller is
        // between quiescent points for the whole borrow.
        unsafe { &*p }
    }

    #[inline]
    fn is_current(&self, t: &Table) -> bool {
        ptr::eq(self.table.load(Acquire), t)
    }

    /// Number of items (the current table's `used`).
    #[inline]
    pub fn len(&self) -> usize {
        self.load_table().len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Marks the dict as read by a non-owner (see `shared`).
    pub fn mark_shared(&self) {
        if !self.shared.load(Relaxed) {
            self.shared.store(true, Relaxed);
        }
    }

    pub fn is_shared(&self) -> bool {
        self.shared.load(Relaxed)
    }

    /// Probes `t` for `key`. `locked`: the caller holds the key's bucket
    /// lock, so entries with the same hash cannot be removed meanwhile.
    fn find(&self, t: &Table, key: &Value, hash: i64, locked: bool, known: &Known) -> Found {
        let mut p = Probe::new(hash, t.mask);
        let mut dead = None;
        loop {
            let ix = t.indices[p.slot].load(Acquire);
            if ix == EMPTY {
                return Found::Miss(p, dead);
            }
            let e = t.entry(ix as usize);
            if e.hash.load(Relaxed) == hash {
                let k = e.key.load(Acquire);
                if k == key.raw() {
                    return Found::Hit(ix as usize);
                }
                if k != 0 && !(key.is_small_int() && k & 1 == 1) {
                    match self.compare(e, k, key, locked, known) {
                        Some(Ok(true)) => return Found::Hit(ix as usize),
                        Some(Ok(false)) => {}
                        Some(Err(f)) => return f,
                        None => {}
                    }
                }
            }
            // Rule 2b: a writer notes the first deleted entry's slot.
            if locked && dead.is_none() && e.key.load(Relaxed) == 0 {
                dead = Some((p.slot, ix));
            }
            p.advance();
        }
    }

    /// Compares the entry's key word `k` with `key`. `None`/`Ok(false)`:
    /// not equal; `Err(found)`: the caller must act on `found`.
    fn compare(&self, e: &Entry, k: usize, key: &Value, locked: bool, known: &Known) -> Option<Result<bool, Found>> {
        if let Some(r) = known.get(k) {
            return Some(Ok(r));
        }
        // Take a counted reference to the entry's key.
        let kv = if locked {
            // SAFETY: under the bucket lock the entry's key cannot be
            // removed (rule 1), so the word denotes a live object.
            unsafe { Value::from_raw_new_ref(k) }
        } else {
            let h = if k & 1 == 1 {
                None
            } else {
                // SAFETY: the word was loaded from a published entry of a
                // table we may read (rule 3); the header stays readable for a
                // grace period even if the key is freed meanwhile (QSBR).
                Some(unsafe { &*(k as *const crate::object::header::ObjHeader) })
            };
            if let Some(h) = h {
                if !h.try_incref() {
                    return Some(Err(Found::Retry));
                }
            }
            // SAFETY: we now own the reference taken by try_incref (or k is
            // a tagged int, which needs none).
            let v = unsafe { Value::from_raw_steal(k) };
            if e.key.load(Acquire) != k {
                return Some(Err(Found::Retry));
            }
            v
        };
        // Two exact strs (the common key): compare the data directly, not
        // through the generic `==` (slot call, bool object, truth test).
        #[cfg(not(weft_loom))]
        if kv.is_type(&crate::object::str::STR_TYPE) && key.is_type(&crate::object::str::STR_TYPE) {
            return Some(Ok(crate::object::str::str_eq(&kv, key)));
        }
        if eq_is_native(&kv, key) {
            match native_eq(&kv, key) {
                Ok(r) => Some(Ok(r)),
                // Native comparisons do not fail in practice; let the
                // caller redo it outside the lock to report the error.
                Err(_) => Some(Err(Found::NeedEq(kv))),
            }
        } else {
            Some(Err(Found::NeedEq(kv)))
        }
    }

    /// `d.get(key)`: a new reference to the value, or `None`.
    pub fn get(&self, key: &Value) -> PyResult<Option<Value>> {
        let hash = key_hash(key)?;
        self.get_hashed(key, hash)
    }

    pub fn get_hashed(&self, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        let mut known = Known::default();
        let mut retries = 0u32;
        loop {
            let t = self.load_table();
            match self.find(t, key, hash, false, &known) {
                Found::Miss(..) => return Ok(None),
                Found::Hit(ix) => {
                    let e = t.entry(ix);
                    let v = e.value.load(Acquire);
                    if v != 0 {
                        match try_incref_word(v) {
                            Some(val) => {
                                if e.value.load(Acquire) == v {
                                    return Ok(Some(val));
                                }
                                drop(val);
                            }
                            None => return self.get_locked(key, hash, &mut known),
                        }
                    }
                }
                Found::NeedEq(k) => {
                    let r = eq_outside_lock(&k, key)?;
                    known.0.push((k, r));
                }
                Found::Retry => {}
            }
            retries += 1;
            if retries > 16 {
                return self.get_locked(key, hash, &mut known);
            }
        }
    }

    /// Lock-free read through a *slot hint* (rule 7): `hint` is 0 or
    /// 1 + an index slot of this dict's current table that held `key`
    /// (compared by identity) when the hint was stored. The hint is only a
    /// guess, shared by every thread running the same instruction: it is
    /// used only if that slot is published and its entry's key word is
    /// `key`'s, so a stale or foreign hint just misses. `None`: no usable
    /// hint (the caller does a full lookup).
    #[inline]
    pub fn get_by_hint(&self, key: &Value, hint: u32) -> Option<Value> {
        if hint == 0 {
            return None;
        }
        let t = self.load_table();
        let ix = t.indices.get(hint as usize - 1)?.load(Acquire);
        if ix == EMPTY {
            return None;
        }
        let e = t.entry(ix as usize);
        if e.key.load(Acquire) != key.raw() {
            return None;
        }
        let v = e.value.load(Acquire);
        if v == 0 {
            return None;
        }
        let val = try_incref_word(v)?;
        if e.value.load(Acquire) == v {
            return Some(val);
        }
        None
    }

    /// `get_by_hint` for the eval loop's LOAD_GLOBAL hit, always inlined:
    /// `tid` is the caller's `current_tid()` (so the thread is registered
    /// with QSBR before the table is read, as `load_table` ensures). The
    /// reference is taken inline when the value is a tagged int, immortal
    /// or owned by this thread (`ObjHeader::try_incref_owner`); any other
    /// value goes out of line to `get_by_hint_slow` (`try_incref`, and the
    /// deferral of another thread's global, `note_global_read`). The value
    /// word is checked again after the count as in `get_by_hint` (an object
    /// freed and reused meanwhile is not in the slot any more).
    #[inline(always)]
    pub fn get_by_hint_fast(&self, key: &Value, hint: u32, tid: usize) -> Option<Value> {
        if hint == 0 {
            return None;
        }
        let p = self.table.load(Acquire);
        // SAFETY: as `load_table`: never null, readable until a grace
        // period after replacement; the caller (registered: `tid`) is
        // between quiescent points for the whole borrow.
        let t = unsafe { &*p };
        let ix = t.indices.get(hint as usize - 1)?.load(Acquire);
        if ix == EMPTY {
            return None;
        }
        let e = t.entries.get(ix as usize)?;
        if e.key.load(Acquire) != key.raw() {
            return None;
        }
        let v = e.value.load(Acquire);
        if v == 0 {
            return None;
        }
        if v & 1 == 0 {
            // SAFETY: loaded from a published entry of a table we may read;
            // the header stays readable for a grace period (QSBR, rule 3).
            let h = unsafe { &*(v as *const crate::object::header::ObjHeader) };
            if !h.try_incref_owner(tid) {
                return get_by_hint_slow(e, v);
            }
        }
        // SAFETY: we own the reference just taken (or it is a tagged int or
        // an immortal object, which need none).
        let val = unsafe { Value::from_raw_steal(v) };
        if e.value.load(Acquire) == v {
            return Some(val);
        }
        None
    }

    /// True when no published entry of the current table has hash `hash`
    /// along its probe chain, so no key with that hash is in the dict
    /// (lock-free; a concurrent insertion is treated as happening after
    /// the probe, as for `get`). A false answer only means "maybe": the
    /// caller then does a full lookup. Used for the negative checks of the
    /// attribute and global caches (the instance dict does not shadow a
    /// method; a builtin name is not in the globals).
    #[inline]
    pub fn absent_by_hash(&self, hash: i64) -> bool {
        let t = self.load_table();
        let mut p = Probe::new(hash, t.mask);
        loop {
            let ix = t.indices[p.slot].load(Acquire);
            if ix == EMPTY {
                return true;
            }
            if t.entry(ix as usize).hash.load(Relaxed) == hash {
                return false;
            }
            p.advance();
        }
    }

    /// `d[key] = value` through a slot hint (rule 7) when `key` (by
    /// identity) is already in the dict, without the bucket lock (rule 9):
    /// the hinted entry's key word is checked, then its value word is
    /// swapped by compare-and-swap from a live (non-zero) value, and the old
    /// value is handed back after the lock handshake (`release_swapped`).
    /// `Ok(old)`: stored, the old value is the caller's to drop. `Err(value)`:
    /// no usable hint, or the entry was deleted or its table replaced (its
    /// value word is 0); nothing changed.
    #[inline]
    pub fn replace_by_hint(&self, key: &Value, hint: u32, value: Value) -> Result<Value, Value> {
        self.replace_by_hint_fast(key, hint, value, crate::vm::thread::current_tid())
    }

    /// `replace_by_hint` for the eval loop's STORE_NAME / STORE_GLOBAL,
    /// always inlined: `tid` is the caller's `current_tid()` (so the thread
    /// is registered with QSBR before the table is read, as `load_table`
    /// ensures). The handshake for an old value that needs a count stays
    /// out of line.
    #[inline(always)]
    pub fn replace_by_hint_fast(&self, key: &Value, hint: u32, value: Value, tid: usize) -> Result<Value, Value> {
        let _ = tid;
        if hint == 0 {
            return Err(value);
        }
        let p = self.table.load(Acquire);
        // SAFETY: as `load_table`: never null, readable until a grace
        // period after replacement; the caller (registered: `tid`) is
        // between quiescent points for the whole borrow.
        let t = unsafe { &*p };
        let Some(slot) = t.indices.get(hint as usize - 1) else { return Err(value) };
        let ix = slot.load(Acquire);
        if ix == EMPTY {
            return Err(value);
        }
        let Some(e) = t.entries.get(ix as usize) else { return Err(value) };
        if e.key.load(Acquire) != key.raw() {
            return Err(value);
        }
        self.prepare_store(&value);
        let new = value.into_raw();
        let mut old = e.value.load(Acquire);
        loop {
            if old == 0 {
                // Deleted, or moved by a resize/clear (rule 9): the caller
                // stores in full.
                // SAFETY: `new` was not stored; its reference is still ours.
                return Err(unsafe { Value::from_raw_steal(new) });
            }
            // Release: the new value's contents before its publication;
            // Acquire: the old value's reference passes to us.
            match e.value.compare_exchange_weak(old, new, AcqRel, Acquire) {
                Ok(_) => break,
                Err(w) => old = w,
            }
        }
        if old & 1 == 0 {
            release_swapped(t, e, old);
        }
        // SAFETY: the CAS moved the entry's reference to `old` to us.
        Ok(unsafe { Value::from_raw_steal(old) })
    }

    /// `get` through the hint in `hint` (see `get_by_hint`); on a full
    /// lookup that finds `key` by identity, stores the new hint.
    #[inline]
    pub fn get_hinted(&self, key: &Value, hint: &crate::sync::AtomicU32) -> PyResult<Option<Value>> {
        if let Some(v) = self.get_by_hint(key, hint.load(Relaxed)) {
            return Ok(Some(v));
        }
        // A miss (LOAD_GLOBAL of a builtin looks in the globals first):
        // one probe for the hash, no full lookup.
        if self.absent_by_hash(key_hash(key)?) {
            return Ok(None);
        }
        self.get_and_hint(key, hint)
    }

    #[inline(never)]
    fn get_and_hint(&self, key: &Value, hint: &crate::sync::AtomicU32) -> PyResult<Option<Value>> {
        let hash = key_hash(key)?;
        let r = self.get_hashed(key, hash)?;
        if r.is_some() {
            if let Some(s) = self.hint_for(key, hash) {
                hint.store(s, Relaxed);
            }
        }
        Ok(r)
    }

    /// The hint (1 + index slot) under which `key` (by identity) is
    /// published in the current table, if it is.
    pub fn hint_for(&self, key: &Value, hash: i64) -> Option<u32> {
        let t = self.load_table();
        let mut p = Probe::new(hash, t.mask);
        loop {
            let ix = t.indices[p.slot].load(Acquire);
            if ix == EMPTY {
                return None;
            }
            if t.entry(ix as usize).key.load(Acquire) == key.raw() {
                return u32::try_from(p.slot + 1).ok();
            }
            p.advance();
        }
    }

    /// Locked read: the fallback of rule 4.
    #[cold]
    fn get_locked(&self, key: &Value, hash: i64, known: &mut Known) -> PyResult<Option<Value>> {
        loop {
            let t = self.load_table();
            let g = lock_bucket(t.lock_for(hash));
            if !self.is_current(t) {
                continue;
            }
            match self.find(t, key, hash, true, known) {
                Found::Miss(..) => return Ok(None),
                Found::Hit(ix) => {
                    locked_read_fence();
                    let w = t.entry(ix).value.load(Acquire);
                    // SAFETY: under the bucket lock the value cannot be
                    // removed (rule 1), and a lock-free swap of it waits
                    // for our unlock before releasing it (rule 9, after
                    // the fence above): the word is live.
                    let v = unsafe { Value::from_raw_new_ref(w) };
                    if let Some(h) = v.header() {
                        // Let the next lock-free read succeed.
                        h.set_maybe_weakref();
                    }
                    drop(g);
                    return Ok(Some(v));
                }
                Found::NeedEq(k) => {
                    drop(g);
                    let r = eq_outside_lock(&k, key)?;
                    known.0.push((k, r));
                }
                Found::Retry => {}
            }
        }
    }

    pub fn contains(&self, key: &Value) -> PyResult<bool> {
        Ok(self.get(key)?.is_some())
    }

    /// `d[key] = value`.
    pub fn set(&self, key: Value, value: Value) -> PyResult<()> {
        let hash = key_hash(&key)?;
        self.set_hashed(key, hash, value).map(drop)
    }

    fn prepare_store(&self, v: &Value) {
        if self.shared.load(Relaxed) {
            if let Some(h) = v.header() {
                h.set_maybe_weakref();
            }
        }
    }

    /// Inserts or replaces; returns the previous value.
    pub fn set_hashed(&self, key: Value, hash: i64, value: Value) -> PyResult<Option<Value>> {
        match self.upsert(key, hash, value, true)? {
            Upsert::Replaced(old) => Ok(Some(old)),
            Upsert::Inserted(_) => Ok(None),
        }
    }

    /// `d.setdefault(key, default)`: atomic get-or-insert; returns the value
    /// now stored.
    pub fn setdefault(&self, key: Value, default: Value) -> PyResult<Value> {
        let hash = key_hash(&key)?;
        match self.upsert(key, hash, default, false)? {
            Upsert::Replaced(v) | Upsert::Inserted(Some(v)) => Ok(v),
            Upsert::Inserted(None) => unreachable!("setdefault keeps the stored value"),
        }
    }

    /// The one writer path (rule 1): under the key's bucket lock, insert
    /// `value` if the key is absent; if present, swap it in (`replace`) and
    /// return the old value, or leave it and return the stored one.
    fn upsert(&self, key: Value, hash: i64, value: Value, replace: bool) -> PyResult<Upsert> {
        self.prepare_store(&key);
        self.prepare_store(&value);
        let mut known = Known::default();
        loop {
            let t = self.load_table();
            let g = lock_bucket(t.lock_for(hash));
            if !self.is_current(t) {
                continue;
            }
            match self.find(t, &key, hash, true, &known) {
                Found::Hit(ix) => {
                    let slot = &t.entry(ix).value;
                    let r = if replace {
                        let old = slot.swap(value.into_raw(), AcqRel);
                        debug_assert!(old != 0);
                        // SAFETY: the entry owned the old value's reference;
                        // the swap transferred it to us.
                        Upsert::Replaced(unsafe { Value::from_raw_steal(old) })
                    } else {
                        locked_read_fence();
                        // SAFETY: live under the bucket lock (rules 1 and 9,
                        // after the fence).
                        Upsert::Replaced(unsafe { Value::from_raw_new_ref(slot.load(Acquire)) })
                    };
                    drop(g);
                    return Ok(r);
                }
                Found::Miss(probe, dead) => {
                    // The order position, then (rule 1c) the entry in this
                    // thread's stripe's block in large tables.
                    let Some(pos) = t.reserve() else {
                        drop(g);
                        self.grow(t);
                        continue;
                    };
                    let stored = if replace { None } else { Some(value.clone()) };
                    let ix = match &t.ord {
                        None => {
                            let e = t.entry(pos);
                            e.hash.store(hash, Relaxed);
                            e.key.store(key.into_raw(), Relaxed);
                            e.value.store(value.into_raw(), Relaxed);
                            pos
                        }
                        Some(o) => {
                            let si = crate::vm::thread::current_tid() % NSTRIPES;
                            let s = &o.stripes[si];
                            // Leaf lock (DESIGN.md#lock-order): under the
                            // bucket lock, nothing taken inside it.
                            let sg = lock_bucket(&s.lock);
                            let Some(ix) = t.alloc_entry(o, si) else {
                                // The reserved position stays EMPTY.
                                drop(sg);
                                drop(g);
                                self.grow(t);
                                continue;
                            };
                            let e = t.entry(ix);
                            e.hash.store(hash, Relaxed);
                            e.key.store(key.into_raw(), Relaxed);
                            e.value.store(value.into_raw(), Relaxed);
                            Table::record_order(o, s, pos, ix);
                            drop(sg);
                            ix
                        }
                    };
                    // Rule 2b: into the first deleted entry's slot on the
                    // chain if no other writer took it, else the first
                    // empty one.
                    match dead {
                        Some((slot, old)) if t.indices[slot].compare_exchange(old, ix as u32, Release, Relaxed).is_ok() => {}
                        _ => publish(t, probe, ix as u32),
                    }
                    // `len` and, rule 8, the stamp move after the entry
                    // is published (one RMW on the counters' line).
                    t.counts().used.fetch_add(INSERT_ONE, Release);
                    drop(g);
                    return Ok(Upsert::Inserted(stored));
                }
                Found::NeedEq(k) => {
                    drop(g);
                    let r = eq_outside_lock(&k, &key)?;
                    known.0.push((k, r));
                }
                Found::Retry => {}
            }
        }
    }

    /// Removes `key`; returns its value, or `None` if absent.
    pub fn remove(&self, key: &Value) -> PyResult<Option<Value>> {
        let hash = key_hash(key)?;
        self.remove_hashed(key, hash)
    }

    pub fn remove_hashed(&self, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        let mut known = Known::default();
        loop {
            let t = self.load_table();
            let g = lock_bucket(t.lock_for(hash));
            if !self.is_current(t) {
                continue;
            }
            match self.find(t, key, hash, true, &known) {
                Found::Miss(..) => return Ok(None),
                Found::Hit(ix) => {
                    let e = t.entry(ix);
                    let k = e.key.swap(0, AcqRel);
                    let v = e.value.swap(0, AcqRel);
                    t.count_removal();
                    drop(g);
                    // SAFETY: the entry owned both references; the swaps
                    // transferred them to us (decref after unlocking, rule 5).
                    drop(unsafe { Value::from_raw_steal(k) });
                    // SAFETY: as above.
                    return Ok(Some(unsafe { Value::from_raw_steal(v) }));
                }
                Found::NeedEq(k) => {
                    drop(g);
                    let r = eq_outside_lock(&k, key)?;
                    known.0.push((k, r));
                }
                Found::Retry => {}
            }
        }
    }

    /// Replaces the table by one sized for the live items (rule 3).
    fn grow(&self, old: &Table) {
        let all = lock_all(old);
        if !self.is_current(old) {
            return;
        }
        let used = old.len();
        let new = Table::new((used * 3).max(used + 1));
        let n = old.nentries(Relaxed);
        let mut j = 0usize;
        for oix in old.live_ixs(n) {
            let e = old.entry(oix);
            let k = e.key.load(Relaxed);
            if k == 0 {
                continue;
            }
            // Rule 9: the value is moved out (a swap, not a load), so a
            // lock-free value swap on this old table either lands before
            // (and is moved) or finds 0 and stores in the new table.
            let v = e.value.swap(0, AcqRel);
            if v == 0 {
                continue;
            }
            let hash = e.hash.load(Relaxed);
            // Rule 1c: an entry stays in its inserting stripe's blocks.
            let ix = match &new.ord {
                None => j,
                // The new table is not published yet: no stripe lock needed.
                Some(o) => new.alloc_entry(o, old.stripe_of(oix)).expect("a new table has room for the live entries"),
            };
            new.set_order(j, ix);
            let ne = new.entry(ix);
            ne.hash.store(hash, Relaxed);
            ne.key.store(k, Relaxed);
            ne.value.store(v, Relaxed);
            let mut p = Probe::new(hash, new.mask);
            while new.indices[p.slot].load(Relaxed) != EMPTY {
                p.advance();
            }
            new.indices[p.slot].store(ix as u32, Relaxed);
            j += 1;
        }
        debug_assert_eq!(j, used, "live entries vs used");
        new.counts().nentries.store(j, Relaxed);
        new.counts().used.store(old.counts().inserts_carried() | j as u64, Relaxed);
        let old_ptr = old as *const Table as *mut Table;
        self.table.store(Box::into_raw(new), Release);
        drop(all);
        retire_table(old_ptr);
    }

    /// Removes every item.
    pub fn clear(&self) {
        let old_items;
        let old_ptr;
        loop {
            let t = self.load_table();
            let all = lock_all(t);
            if !self.is_current(t) {
                continue;
            }
            let n = t.nentries(Relaxed);
            old_items = take_entries(t, n);
            old_ptr = t as *const Table as *mut Table;
            let new = Table::new(0);
            // Rule 8: a cleared dict keeps its insertion count (a stamp
            // taken before must not match again after new insertions).
            new.counts().used.store(t.counts().inserts_carried(), Relaxed);
            self.table.store(Box::into_raw(new), Release);
            drop(all);
            break;
        }
        retire_table(old_ptr);
        drop(old_items);
    }

    /// Removes and returns the last inserted item (LIFO), or `None`.
    pub fn popitem(&self) -> Option<(Value, Value)> {
        loop {
            let t = self.load_table();
            let all = lock_all(t);
            if !self.is_current(t) {
                continue;
            }
            let n = t.nentries(Relaxed);
            for e in t.live_entries(n).rev() {
                if e.key.load(Relaxed) != 0 && e.value.load(Relaxed) != 0 {
                    let k = e.key.swap(0, AcqRel);
                    let v = e.value.swap(0, AcqRel);
                    t.counts().used.fetch_sub(1, Release);
                    drop(all);
                    // SAFETY: the swaps moved the entry's references to us.
                    return Some(unsafe { (Value::from_raw_steal(k), Value::from_raw_steal(v)) });
                }
            }
            return None;
        }
    }

    /// A consistent snapshot of all items, in insertion order (taken under
    /// every bucket lock, like CPython's critical section for `copy`).
    pub fn items(&self) -> Vec<(Value, Value)> {
        loop {
            let t = self.load_table();
            let all = lock_all(t);
            if !self.is_current(t) {
                continue;
            }
            let n = t.nentries(Relaxed);
            let mut out = Vec::with_capacity(t.len());
            locked_read_fence();
            for e in t.live_entries(n) {
                let k = e.key.load(Relaxed);
                let v = e.value.load(Relaxed);
                if k != 0 && v != 0 {
                    // SAFETY: under all bucket locks entries cannot be
                    // removed, and a lock-free value swap waits for our
                    // unlock before releasing the old value (rule 9, after
                    // the fence above): both words are live references.
                    out.push(unsafe { (Value::from_raw_new_ref(k), Value::from_raw_new_ref(v)) });
                }
            }
            drop(all);
            return out;
        }
    }

    pub fn keys(&self) -> Vec<Value> {
        self.items().into_iter().map(|(k, _)| k).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.items().into_iter().map(|(_, v)| v).collect()
    }

    /// A shallow copy.
    pub fn copy(&self) -> DictCore {
        let items = self.items();
        let d = DictCore::with_capacity(items.len());
        for (k, v) in items {
            let h = key_hash(&k).expect("keys already in a dict are hashable");
            let _ = d.set_hashed(k, h, v);
        }
        d
    }

    /// Iteration step: the first live item at entry position `>= pos`, with
    /// the position after it. Loads the current table each call, so it
    /// never holds a table across Python code.
    pub fn next_item(&self, mut pos: usize) -> Option<(usize, Value, Value)> {
        'restart: loop {
            let t = self.load_table();
            let n = t.nentries(Acquire).min(t.usable);
            while pos < n {
                let Some(ix) = t.ix_at(pos) else {
                    pos += 1;
                    continue;
                };
                let e = t.entry(ix);
                pos += 1;
                let k = e.key.load(Acquire);
                let v = e.value.load(Acquire);
                if k == 0 || v == 0 {
                    continue;
                }
                match (try_incref_word(k), try_incref_word(v)) {
                    (Some(kv), Some(vv)) => {
                        if e.key.load(Acquire) == k && e.value.load(Acquire) == v {
                            return Some((pos, kv, vv));
                        }
                        pos -= 1;
                        continue 'restart;
                    }
                    _ => {
                        // Owner-local objects: read under the key's lock.
                        let hash = e.hash.load(Relaxed);
                        let g = lock_bucket(t.lock_for(hash));
                        if !self.is_current(t) {
                            drop(g);
                            pos -= 1;
                            continue 'restart;
                        }
                        locked_read_fence();
                        let k = e.key.load(Acquire);
                        let v = e.value.load(Acquire);
                        if k == 0 || v == 0 {
                            continue;
                        }
                        // SAFETY: live under the bucket lock (rules 1 and 9,
                        // after the fence).
                        let item = unsafe { (Value::from_raw_new_ref(k), Value::from_raw_new_ref(v)) };
                        drop(g);
                        return Some((pos, item.0, item.1));
                    }
                }
            }
            return None;
        }
    }

    /// One step of an iterator that several threads may share: the item at
    /// or after `*pos`, advancing `pos` past it by compare-and-swap, so
    /// each item goes to exactly one caller. `pos == usize::MAX` means
    /// exhausted (or failed); `Err(())` means the dict's size is no longer
    /// `used` ("dictionary changed size during iteration").
    #[allow(clippy::result_unit_err)]
    pub fn next_shared(&self, pos: &AtomicUsize, used: usize) -> Result<Option<(Value, Value)>, ()> {
        let mut p = pos.load(Acquire);
        loop {
            if p == usize::MAX {
                return Ok(None);
            }
            if self.len() != used {
                pos.store(usize::MAX, Release);
                return Err(());
            }
            match self.next_item(p) {
                None => {
                    pos.store(usize::MAX, Release);
                    return Ok(None);
                }
                Some((next, k, v)) => match pos.compare_exchange(p, next, AcqRel, Acquire) {
                    Ok(_) => return Ok(Some((k, v))),
                    // Another thread took this item: go on from where it
                    // left the position (our references are dropped).
                    Err(now) => p = now,
                },
            }
        }
    }

    /// Calls `visit` on every key and value (for the cycle collector, which
    /// runs with the world stopped).
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        let t = self.load_table();
        let n = t.nentries(Acquire).min(t.usable);
        for e in t.live_entries(n) {
            for w in [e.key.load(Acquire), e.value.load(Acquire)] {
                if w != 0 {
                    // SAFETY: with the world stopped (the collector's
                    // contract) entries cannot change; the table owns `w`.
                    visit(unsafe { Value::borrow_raw(&w) });
                }
            }
        }
    }
}

/// Rule 9's handshake, run by a lock-free value swap (`replace_by_hint`)
/// before the old value (`old`, a heap object whose reference the swap
/// gave us) may be released: a thread that loaded the old value word under
/// the key's bucket lock (the locked readers: they count a live value
/// without `try_incref`) must be done with it. An immortal needs no count,
/// so no handshake. Else: the swap, this fence and the lock-word load
/// against the locked reader's lock RMW, fence and value load
/// (store-buffering with SeqCst fences on both sides): either that
/// reader's load saw the new value, or this load sees its lock (or a later
/// state of the lock word), and then taking the lock once waits for its
/// unlock. The entry's hash is the key's (the lock it chose).
#[inline(never)]
fn release_swapped(t: &Table, e: &Entry, old: usize) {
    // SAFETY: `old` is a heap object's address whose reference we own
    // (moved to us by the swap): its header is live.
    let h = unsafe { &*(old as *const crate::object::header::ObjHeader) };
    if h.is_immortal() {
        return;
    }
    crate::sync::fence(SeqCst);
    let l = t.lock_for(e.hash.load(Relaxed));
    if l.is_locked() {
        drop(lock_bucket(l));
    }
}

/// The locked readers' side of rule 9: after taking a bucket lock (or all
/// of them), before loading a value word to count it with a plain incref.
#[inline]
fn locked_read_fence() {
    crate::sync::fence(SeqCst);
}

/// CAS the entry index into the first empty slot of the probe chain
/// starting at `p` (rule 2). Slots taken meanwhile by writers of other
/// buckets are skipped.
fn publish(t: &Table, mut p: Probe, ix: u32) {
    loop {
        if t.indices[p.slot].compare_exchange(EMPTY, ix, Release, Relaxed).is_ok() {
            return;
        }
        p.advance();
    }
}

/// Moves all live references out of a table the caller has exclusive use of.
fn take_entries(t: &Table, n: usize) -> Vec<Value> {
    let mut out = Vec::new();
    for e in t.live_entries(n) {
        for w in [e.key.swap(0, AcqRel), e.value.swap(0, AcqRel)] {
            if w != 0 {
                // SAFETY: the table owned this reference and we cleared it.
                out.push(unsafe { Value::from_raw_steal(w) });
            }
        }
    }
    out
}

/// `get_by_hint_fast`'s non-owner value: the full `try_incref`, the
/// re-check, and the deferral of a global another thread owns.
#[cold]
#[inline(never)]
fn get_by_hint_slow(e: &Entry, v: usize) -> Option<Value> {
    let val = try_incref_word(v)?;
    if e.value.load(Acquire) != v {
        return None;
    }
    crate::gc::deferred::note_global_read(&val);
    Some(val)
}

/// `try_incref` on a raw word loaded from a shared slot.
#[inline]
fn try_incref_word(w: usize) -> Option<Value> {
    if w & 1 == 0 {
        // SAFETY: the word was loaded from a slot of a table we may read;
        // the header stays readable for a grace period (QSBR).
        let h = unsafe { &*(w as *const crate::object::header::ObjHeader) };
        if !h.try_incref() {
            return None;
        }
    }
    // SAFETY: we own the reference try_incref took (or it is a tagged int).
    Some(unsafe { Value::from_raw_steal(w) })
}

fn eq_outside_lock(a: &Value, b: &Value) -> PyResult<bool> {
    #[cfg(not(weft_loom))]
    {
        crate::object::ops::eq(a, b)
    }
    #[cfg(weft_loom)]
    {
        Ok(a.is(b))
    }
}

impl Drop for DictCore {
    fn drop(&mut self) {
        let p = self.table.load(Acquire);
        // SAFETY: we have exclusive access (`&mut self`); the table is ours.
        let t = unsafe { &*p };
        let n = t.nentries(Relaxed).min(t.usable);
        // Release the references in place (no Vec). Each word is cleared
        // before its reference is dropped, as `take_entries` does, so a
        // lock-free reader still inside its grace period re-checks and
        // misses (rule 4) instead of reading an object being freed. A
        // `__del__` run by a release cannot reach this dict.
        for e in t.live_entries(n) {
            for a in [&e.key, &e.value] {
                let w = a.load(Relaxed);
                if w != 0 {
                    a.store(0, Release);
                    // SAFETY: the table owned this reference and we cleared
                    // the word that held it.
                    drop(unsafe { Value::from_raw_steal(w) });
                }
            }
        }
        retire_table(p);
    }
}

#[cfg(not(weft_loom))]
pub use pydict::*;

#[cfg(not(weft_loom))]
mod pydict {
    //! The `dict` type around `DictCore`.
    use super::*;
    use crate::error::{ExcKind, PyErr};
    use crate::object::handle::{PyObject, PyPayload};
    use crate::object::header::ObjHeader;
    use crate::object::singletons::{OBJECT_TYPE, TYPE_TYPE};
    use crate::object::typeobj::{type_flags, CmpOp, NumberSlots, PyType, Slots};
    use crate::object::{ops, str as pystr};

    pub struct PyDict {
        pub core: DictCore,
    }

    impl PyPayload for PyDict {
        fn class() -> &'static PyType {
            &DICT_TYPE
        }
    }

    pub static DICT_TYPE: PyType = PyType {
        head: ObjHeader::new_static(&TYPE_TYPE),
        name: "dict",
        base: &OBJECT_TYPE,
        flags: type_flags::BASETYPE | type_flags::HAVE_GC,
        slots: Slots {
            repr: Some(dict_repr),
            richcompare: Some(dict_richcompare),
            len: Some(dict_len),
            getitem: Some(dict_getitem),
            setitem: Some(dict_setitem),
            contains: Some(dict_contains),
            iter: Some(dict_iter),
            traverse: Some(dict_traverse),
            number: NumberSlots { or: Some(dict_or), ..NumberSlots::EMPTY },
            new: Some(crate::builtins::ctors::dict_new),
            init: Some(crate::builtins::ctors::dict_init),
            ..Slots::EMPTY
        },
        free: PyObject::<PyDict>::free,
        methods: crate::object::methods::containers::DICT_METHODS,
        dict: crate::sync::OnceLock::new(),
    };

    pub fn new_dict() -> Value {
        PyObject::alloc(&DICT_TYPE, PyDict { core: DictCore::new() })
    }

    /// A dict whose first table holds `n` items without resizing (instance
    /// dicts sized by their class's hint, DESIGN.md#classes).
    pub fn new_dict_with_capacity(n: usize) -> Value {
        PyObject::alloc(&DICT_TYPE, PyDict { core: DictCore::with_capacity(n) })
    }

    /// The core of a dict (or dict subclass) value.
    pub fn core(v: &Value) -> Option<&DictCore> {
        v.downcast_sub::<PyDict>().map(|d| &d.core)
    }

    fn this(v: &Value) -> &DictCore {
        let d = core(v).expect("dict slot called on a dict");
        // Rule 4's shared marking: a read by a thread that does not own the
        // dict makes later stores mark values MAYBE_WEAKREF.
        if let Some(h) = v.header() {
            if !d.is_shared() && !h.is_owned_by_current_thread() {
                d.mark_shared();
            }
        }
        d
    }

    pub fn dict_get(d: &Value, key: &Value) -> PyResult<Option<Value>> {
        this(d).get(key)
    }

    pub fn dict_set(d: &Value, key: Value, value: Value) -> PyResult<()> {
        this(d).set(key, value)
    }

    /// `del d[key]`, KeyError if absent.
    pub fn dict_del(d: &Value, key: &Value) -> PyResult<()> {
        match this(d).remove(key)? {
            Some(_) => Ok(()),
            None => Err(PyErr::key_error(key.clone())),
        }
    }

    /// `d.pop(key[, default])`.
    pub fn dict_pop(d: &Value, key: &Value, default: Option<Value>) -> PyResult<Value> {
        match this(d).remove(key)? {
            Some(v) => Ok(v),
            None => default.ok_or_else(|| PyErr::key_error(key.clone())),
        }
    }

    /// `d.popitem()`.
    pub fn dict_popitem(d: &Value) -> PyResult<Value> {
        match this(d).popitem() {
            Some((k, v)) => Ok(crate::object::tuple::new_tuple(vec![k, v])),
            None => Err(PyErr::new(ExcKind::KeyError, "'popitem(): dictionary is empty'")),
        }
    }

    pub fn dict_setdefault(d: &Value, key: Value, default: Value) -> PyResult<Value> {
        this(d).setdefault(key, default)
    }

    /// `d.update(other)` for a dict or an iterable of pairs.
    pub fn dict_update(d: &Value, other: &Value) -> PyResult<()> {
        let dst = this(d);
        if let Some(src) = core(other) {
            for (k, v) in src.items() {
                dst.set(k, v)?;
            }
            return Ok(());
        }
        let it = ops::iter(other)?;
        let mut i = 0usize;
        while let Some(item) = ops::next(&it)? {
            let pair = ops::collect(&item).map_err(|_| {
                PyErr::type_error(format!(
                    "cannot convert dictionary update sequence element #{} to a sequence",
                    i
                ))
            })?;
            if pair.len() != 2 {
                return Err(PyErr::value_error(format!(
                    "dictionary update sequence element #{} has length {}; 2 is required",
                    i,
                    pair.len()
                )));
            }
            let mut pair = pair.into_iter();
            let (k, v) = (pair.next().unwrap(), pair.next().unwrap());
            dst.set(k, v)?;
            i += 1;
        }
        Ok(())
    }

    pub fn dict_copy(d: &Value) -> Value {
        PyObject::alloc(&DICT_TYPE, PyDict { core: this(d).copy() })
    }

    pub fn dict_clear(d: &Value) {
        this(d).clear()
    }

    pub fn dict_keys(d: &Value) -> Vec<Value> {
        this(d).keys()
    }

    pub fn dict_values(d: &Value) -> Vec<Value> {
        this(d).values()
    }

    pub fn dict_items(d: &Value) -> Vec<(Value, Value)> {
        this(d).items()
    }

    fn dict_len(v: &Value) -> PyResult<usize> {
        Ok(this(v).len())
    }

    fn dict_getitem(v: &Value, k: &Value) -> PyResult<Value> {
        match this(v).get(k)? {
            Some(x) => Ok(x),
            None => {
                // Subclasses may define __missing__ (CPython's dict_subscript).
                if !v.is_type(&DICT_TYPE) {
                    if let Some(m) = crate::object::attr::lookup_special(v, &pystr::intern("__missing__"))? {
                        return ops::call(&m, std::slice::from_ref(k), None);
                    }
                }
                Err(PyErr::key_error(k.clone()))
            }
        }
    }

    fn dict_setitem(v: &Value, k: &Value, x: Option<&Value>) -> PyResult<()> {
        match x {
            Some(x) => this(v).set(k.clone(), x.clone()),
            None => dict_del(v, k),
        }
    }

    fn dict_contains(v: &Value, k: &Value) -> PyResult<bool> {
        this(v).contains(k)
    }

    fn dict_or(a: &Value, b: &Value) -> PyResult<Value> {
        if core(a).is_none() || core(b).is_none() {
            return Ok(Value::not_implemented());
        }
        let r = dict_copy(a);
        dict_update(&r, b)?;
        Ok(r)
    }

    fn dict_repr(v: &Value) -> PyResult<Value> {
        let Some(_guard) = crate::object::dict::ReprGuard::enter(v) else {
            return Ok(pystr::new_str("{...}"));
        };
        let mut s = String::from("{");
        for (i, (k, x)) in this(v).items().into_iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&ops::repr_string(&k)?);
            s.push_str(": ");
            s.push_str(&ops::repr_string(&x)?);
        }
        s.push('}');
        Ok(pystr::new_str(&s))
    }

    fn dict_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        let (Some(x), Some(y)) = (core(a), core(b)) else {
            return Ok(Value::not_implemented());
        };
        if op != CmpOp::Eq && op != CmpOp::Ne {
            return Ok(Value::not_implemented());
        }
        crate::vm::stack::check_for(" in comparison")?;
        let mut equal = x.len() == y.len();
        if equal {
            for (k, v) in x.items() {
                match y.get(&k)? {
                    Some(w) if ops::eq(&v, &w)? => {}
                    _ => {
                        equal = false;
                        break;
                    }
                }
            }
        }
        Ok(Value::bool(equal == (op == CmpOp::Eq)))
    }

    fn dict_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
        let b = Value::from_header_borrowed(h);
        if let Some(d) = core(b.as_value()) {
            d.traverse(visit);
        }
    }

    // ---- iteration ---------------------------------------------------------

    /// What a dict iterator yields.
    #[derive(Clone, Copy, PartialEq, Eq)]
    pub enum IterKind {
        Keys,
        Values,
        Items,
    }

    pub struct PyDictIter {
        dict: Value,
        kind: IterKind,
        /// Next entry position; `usize::MAX` once exhausted or failed.
        pos: AtomicUsize,
        /// `len(d)` when the iterator was made.
        used: usize,
    }

    impl PyPayload for PyDictIter {
        fn class() -> &'static PyType {
            &DICT_ITER_TYPE
        }
    }

    pub static DICT_ITER_TYPE: PyType = PyType {
        head: ObjHeader::new_static(&TYPE_TYPE),
        name: "dict_keyiterator",
        base: &OBJECT_TYPE,
        flags: type_flags::HAVE_GC,
        slots: Slots {
            iter: Some(iter_self),
            next: Some(dict_iter_next),
            traverse: Some(dict_iter_traverse),
            ..Slots::EMPTY
        },
        free: PyObject::<PyDictIter>::free,
        methods: &[],
        dict: crate::sync::OnceLock::new(),
    };

    fn iter_self(v: &Value) -> PyResult<Value> {
        Ok(v.clone())
    }

    fn dict_iter(v: &Value) -> PyResult<Value> {
        Ok(new_dict_iter(v, IterKind::Keys))
    }

    pub fn new_dict_iter(d: &Value, kind: IterKind) -> Value {
        let used = this(d).len();
        PyObject::alloc(&DICT_ITER_TYPE, PyDictIter { dict: d.clone(), kind, pos: AtomicUsize::new(0), used })
    }

    /// One step of a dict iterator (`DictCore::next_shared`: threads sharing
    /// one iterator each get distinct items).
    fn dict_iter_next(v: &Value) -> PyResult<Option<Value>> {
        let it = v.downcast::<PyDictIter>().expect("dict iterator");
        match this(&it.dict).next_shared(&it.pos, it.used) {
            Err(()) => Err(PyErr::runtime_error("dictionary changed size during iteration")),
            Ok(None) => Ok(None),
            Ok(Some((k, x))) => Ok(Some(match it.kind {
                IterKind::Keys => k,
                IterKind::Values => x,
                IterKind::Items => crate::object::tuple::new_tuple(vec![k, x]),
            })),
        }
    }

    fn dict_iter_traverse(h: &ObjHeader, visit: &mut dyn FnMut(&Value)) {
        let b = Value::from_header_borrowed(h);
        if let Some(it) = b.as_value().downcast::<PyDictIter>() {
            visit(&it.dict);
        }
    }
}

/// Per-thread guard against infinite recursion in repr of self-containing
/// containers (CPython's `Py_ReprEnter`): the same per-thread set as
/// lists, tuples and sets use.
#[cfg(not(weft_loom))]
pub struct ReprGuard(#[allow(dead_code)] crate::object::list::ReprGuard);

#[cfg(not(weft_loom))]
impl ReprGuard {
    /// `None` if `v` is already being repr'd on this thread.
    pub fn enter(v: &Value) -> Option<ReprGuard> {
        crate::object::list::repr_enter(v).map(ReprGuard)
    }
}

#[cfg(all(test, not(weft_loom)))]
mod tests {
    use super::*;
    use crate::object::ops;

    fn int(i: i64) -> Value {
        Value::from_i64(i)
    }
    fn ints(v: &[Value]) -> Vec<i64> {
        v.iter().map(|x| crate::object::int::to_i64(x).unwrap()).collect()
    }

    /// The index of the bucket lock `t` gives `hash` (rule 1d).
    fn lock_index(t: &Table, hash: i64) -> usize {
        let l = t.lock_for(hash) as *const ByteLock as usize;
        (l - t.locks.as_ptr() as usize) / core::mem::size_of::<ByteLock>() >> t.lock_shift
    }

    #[test]
    fn disjoint_key_ranges_and_residues_take_disjoint_locks() {
        // par_shared_dict's table: 65,536 slots, 128 padded locks.
        let t = Table::new(30_000);
        assert_eq!((t.mask + 1, t.lock_shift), (65_536, PAD_SHIFT));
        let locks = |keys: &mut dyn Iterator<Item = i64>| {
            keys.map(|k| lock_index(&t, hash_small(k))).collect::<std::collections::BTreeSet<_>>()
        };
        let a = locks(&mut (1_000_000..1_004_096));
        let b = locks(&mut (2_000_000..2_004_096));
        assert!(a.is_disjoint(&b), "{a:?} / {b:?}");
        let even = locks(&mut (0..8192).map(|k| 2 * k));
        let odd = locks(&mut (0..8192).map(|k| 2 * k + 1));
        assert!(even.is_disjoint(&odd));
        // Every lock is used by some key, and small tables use all of theirs.
        assert_eq!(locks(&mut (0..65_536)).len(), 128);
        let small = Table::new(5);
        let n = (0..64).map(|k| lock_index(&small, hash_small(k))).collect::<std::collections::BTreeSet<_>>();
        assert_eq!(n.len(), small.all_locks().count());
    }

    #[test]
    fn removal_stripes_count_len_from_many_threads() {
        let d = std::sync::Arc::new(DictCore::new());
        for k in 0..40_000 {
            d.set(int(k), int(k)).unwrap();
        }
        assert!(d.load_table().far.is_some(), "a padded table");
        let hs: Vec<_> = (0..4)
            .map(|t| {
                let d = d.clone();
                std::thread::spawn(move || {
                    for k in (t..40_000).step_by(4) {
                        if k % 3 == 0 {
                            assert!(d.remove(&int(k)).unwrap().is_some());
                        }
                    }
                    // re-insert a few: insertions and removals interleave
                    for k in (t..300).step_by(4) {
                        d.set(int(100_000 + k), int(k)).unwrap();
                    }
                })
            })
            .collect();
        for h in hs {
            h.join().unwrap();
        }
        let removed = (0..40_000).filter(|k| k % 3 == 0).count();
        assert_eq!(d.len(), 40_000 - removed + 300);
        assert_eq!(d.items().len(), d.len());
        // A resize copies the live count; the stripes start again at 0.
        for k in 200_000..260_000 {
            d.set(int(k), int(k)).unwrap();
        }
        assert_eq!(d.len(), 40_000 - removed + 300 + 60_000);
    }

    #[test]
    fn order_after_deletes_and_reinserts() {
        // CPython 3.13: d = {1:1, 2:2, 3:3}; del d[1]; d[4]=4; d[1]=5
        // list(d) == [2, 3, 4, 1]
        let d = new_dict();
        for i in 1..=3 {
            dict_set(&d, int(i), int(i)).unwrap();
        }
        dict_del(&d, &int(1)).unwrap();
        dict_set(&d, int(4), int(4)).unwrap();
        dict_set(&d, int(1), int(5)).unwrap();
        assert_eq!(ints(&dict_keys(&d)), vec![2, 3, 4, 1]);
        assert_eq!(ints(&dict_values(&d)), vec![2, 3, 4, 5]);
        // replacing a value keeps the position
        dict_set(&d, int(3), int(30)).unwrap();
        assert_eq!(ints(&dict_keys(&d)), vec![2, 3, 4, 1]);
    }

    #[test]
    fn absent_stamp_moves_on_insert_only_and_survives_resize_and_clear() {
        let d = DictCore::new();
        d.set(int(1), int(1)).unwrap();
        let s0 = d.absent_stamp_init().expect("stamp");
        // Replacing a value or deleting a key keeps the stamp.
        d.set(int(1), int(2)).unwrap();
        d.remove(&int(1)).unwrap();
        assert_eq!(d.absent_stamp(), Some(s0));
        assert_eq!(d.len(), 0);
        // Re-inserting after a delete (len back where it was) moves it.
        d.set(int(1), int(3)).unwrap();
        let s1 = d.absent_stamp().expect("stamp");
        assert_ne!(s1, s0);
        assert_eq!(d.len(), 1);
        // Resizes carry the count: every insert moves the stamp on.
        let mut last = s1;
        for i in 2..2000 {
            d.set(int(i), int(i)).unwrap();
            let s = d.absent_stamp().expect("stamp");
            assert!(s > last, "stamp did not move on insert {i}");
            last = s;
        }
        assert_eq!(d.len(), 1999);
        // clear() keeps the count: as many new inserts as before the stamp
        // must not bring it back.
        let before = d.absent_stamp().expect("stamp");
        d.clear();
        assert_eq!(d.len(), 0);
        assert_eq!(d.absent_stamp(), Some(before));
        d.set(int(7), int(7)).unwrap();
        assert_ne!(d.absent_stamp(), Some(before));
        assert_ne!(d.absent_stamp(), Some(s0));
        assert_eq!(d.len(), 1);
    }

    #[test]
    fn many_inserts_resize_and_keep_order() {
        let d = new_dict();
        for i in 0..10_000 {
            dict_set(&d, int(i * 7919 % 10_007), int(i)).unwrap();
        }
        for i in 0..5_000 {
            dict_del(&d, &int(i * 7919 % 10_007)).unwrap();
        }
        let keys = ints(&dict_keys(&d));
        let want: Vec<i64> = (5_000..10_000).map(|i| i * 7919 % 10_007).collect();
        assert_eq!(keys, want);
        assert_eq!(ops::len(&d).unwrap(), 5_000);
    }

    /// The cache lines entry `ix` of `t` touches.
    fn entry_lines(t: &Table, ix: usize) -> [usize; 2] {
        let a = t.entry(ix) as *const Entry as usize;
        [a / 64, (a + core::mem::size_of::<Entry>() - 1) / 64]
    }

    /// Rule 1c: two threads inserting into one large table by turns (the
    /// worst interleaving) get entries on disjoint cache lines, before and
    /// after a resize, while iteration keeps the global insertion order and
    /// deletions and re-insertions keep CPython's order semantics.
    #[test]
    fn alternating_inserters_get_disjoint_entry_lines() {
        const N: usize = 6000;
        let d = std::sync::Arc::new(DictCore::with_capacity(N));
        let tids = std::sync::Arc::new([AtomicUsize::new(0), AtomicUsize::new(0)]);
        let turn = std::sync::Arc::new(crate::sync::AtomicUsize::new(0));
        // The same two workers run three phases; the main thread checks
        // the layout between them (barrier: workers idle).
        let phases: [(usize, usize, bool); 3] = [(0, N, false), (0, N / 2, true), (N, 3 * N, false)];
        let bar = std::sync::Arc::new(std::sync::Barrier::new(3));
        let workers: Vec<_> = (0..2)
            .map(|w| {
                let (d, turn, tids, bar) = (d.clone(), turn.clone(), tids.clone(), bar.clone());
                std::thread::spawn(move || {
                    tids[w].store(crate::vm::thread::current_tid(), Relaxed);
                    for (from, to, del) in phases {
                        bar.wait();
                        for i in (from + w..to).step_by(2) {
                            while turn.load(Acquire) != i {
                                std::hint::spin_loop();
                            }
                            if del {
                                assert!(d.remove(&int(i as i64)).unwrap().is_some());
                            }
                            d.set(int(i as i64), int(i as i64 * 2)).unwrap();
                            turn.store(i + 1, Release);
                        }
                        bar.wait();
                    }
                })
            })
            .collect();
        let check = |d: &DictCore| {
            let t = d.load_table();
            assert!(t.ord.is_some(), "a table with blocks");
            let s0 = tids[0].load(Relaxed) % NSTRIPES;
            let s1 = tids[1].load(Relaxed) % NSTRIPES;
            if s0 == s1 {
                return; // other tests' threads took ids in between: no claim
            }
            let mut lines = [std::collections::HashSet::new(), std::collections::HashSet::new()];
            for ix in t.live_ixs(t.nentries(Relaxed)) {
                let k = t.entry(ix).key.load(Relaxed);
                if k != 0 {
                    // SAFETY: a live key of the table, borrowed.
                    let i = unsafe { Value::borrow_raw(&k) }.as_small_int().unwrap() as usize;
                    lines[i % 2].extend(entry_lines(t, ix));
                }
            }
            assert!(lines[0].is_disjoint(&lines[1]), "entries of two threads share a cache line");
        };
        let phase = |from: usize| {
            turn.store(from, Release);
            bar.wait();
            bar.wait();
            check(&d);
        };
        phase(0);
        assert_eq!(d.len(), N);
        let items = d.items();
        assert_eq!(items.len(), N);
        for (i, (k, v)) in items.iter().enumerate() {
            assert_eq!(ints(&[k.clone(), v.clone()]), vec![i as i64, 2 * i as i64]);
        }
        // Deleted and re-inserted keys go last.
        phase(0);
        let want: Vec<i64> = (N / 2..N).chain(0..N / 2).map(|i| i as i64).collect();
        assert_eq!(ints(&d.keys()), want);
        // Past the capacity: the resize keeps each entry in its inserting
        // stripe's blocks, and the order.
        phase(N);
        for w in workers {
            w.join().unwrap();
        }
        let want: Vec<i64> = (N / 2..N).chain(0..N / 2).chain(N..3 * N).map(|i| i as i64).collect();
        assert_eq!(ints(&d.keys()), want);
        for i in (0..3 * N).step_by(3) {
            assert!(d.remove(&int(i as i64)).unwrap().is_some());
        }
        assert_eq!(d.len(), 3 * N - N);
        let want: Vec<i64> = want.into_iter().filter(|i| i % 3 != 0).collect();
        assert_eq!(ints(&d.keys()), want);
        let last = *want.last().unwrap();
        let (k, _) = d.popitem().unwrap();
        assert_eq!(ints(&[k]), vec![last]);
    }

    #[test]
    fn missing_key_raises_key_error() {
        let d = new_dict();
        let e = ops::getitem(&d, &int(42)).unwrap_err();
        assert_eq!(e.kind, crate::error::ExcKind::KeyError);
        assert_eq!(e.to_string(), "KeyError: 42");
        let e = dict_del(&d, &int(1)).unwrap_err();
        assert_eq!(e.kind, crate::error::ExcKind::KeyError);
    }

    #[test]
    fn popitem_is_lifo() {
        let d = new_dict();
        for i in 0..3 {
            dict_set(&d, int(i), int(i * 10)).unwrap();
        }
        let t = dict_popitem(&d).unwrap();
        let pair = t.downcast::<crate::object::tuple::PyTuple>().unwrap();
        assert_eq!(ints(&pair.items), vec![2, 20]);
        assert_eq!(ints(&dict_keys(&d)), vec![0, 1]);
        dict_clear(&d);
        assert_eq!(dict_popitem(&d).unwrap_err().to_string(), "KeyError: 'popitem(): dictionary is empty'");
    }

    #[test]
    fn hash_equal_keys_collapse() {
        // {1: 'a', 1.0: 'b', True: 'c'} == {1: 'c'}: True and 1 are equal keys
        let d = new_dict();
        dict_set(&d, int(1), int(100)).unwrap();
        dict_set(&d, Value::bool(true), int(300)).unwrap();
        assert_eq!(ops::len(&d).unwrap(), 1);
        let k = &dict_keys(&d)[0];
        assert!(k.is_small_int(), "the first key object is kept");
        assert_eq!(ints(&dict_values(&d)), vec![300]);
        assert!(dict_get(&d, &Value::bool(true)).unwrap().is_some());
    }

    #[test]
    fn iteration_detects_size_change() {
        let d = new_dict();
        for i in 0..3 {
            dict_set(&d, int(i), int(i)).unwrap();
        }
        let it = ops::iter(&d).unwrap();
        assert!(ops::next(&it).unwrap().is_some());
        dict_set(&d, int(99), int(0)).unwrap();
        let e = ops::next(&it).unwrap_err();
        assert_eq!(e.to_string(), "RuntimeError: dictionary changed size during iteration");
        // and it stays exhausted afterwards
        assert!(ops::next(&it).unwrap().is_none());
    }

    #[test]
    fn iteration_yields_insertion_order() {
        let d = new_dict();
        for i in [5, 3, 9, 1] {
            dict_set(&d, int(i), int(i)).unwrap();
        }
        let it = ops::iter(&d).unwrap();
        let mut got = Vec::new();
        while let Some(k) = ops::next(&it).unwrap() {
            got.push(k);
        }
        assert_eq!(ints(&got), vec![5, 3, 9, 1]);
    }

    #[test]
    fn setdefault_and_pop() {
        let d = new_dict();
        let v = dict_setdefault(&d, int(1), int(10)).unwrap();
        assert_eq!(crate::object::int::to_i64(&v), Some(10));
        let v = dict_setdefault(&d, int(1), int(20)).unwrap();
        assert_eq!(crate::object::int::to_i64(&v), Some(10));
        assert_eq!(crate::object::int::to_i64(&dict_pop(&d, &int(1), None).unwrap()), Some(10));
        assert!(dict_pop(&d, &int(1), None).is_err());
        assert_eq!(crate::object::int::to_i64(&dict_pop(&d, &int(1), Some(int(7))).unwrap()), Some(7));
    }

    #[test]
    fn unhashable_key_is_type_error() {
        let d = new_dict();
        let e = dict_set(&d, new_dict(), int(1)).unwrap_err();
        assert_eq!(e.to_string(), "TypeError: unhashable type: 'dict'");
    }

    #[test]
    fn equality() {
        let (a, b) = (new_dict(), new_dict());
        for i in 0..4 {
            dict_set(&a, int(i), int(i)).unwrap();
            dict_set(&b, int(3 - i), int(3 - i)).unwrap();
        }
        assert!(ops::eq(&a, &b).unwrap());
        dict_set(&b, int(0), int(9)).unwrap();
        assert!(!ops::eq(&a, &b).unwrap());
    }

    #[test]
    fn big_int_keys_equal_by_value() {
        let d = new_dict();
        let k1 = Value::from_i64(i64::MAX);
        let k2 = Value::from_i64(i64::MAX);
        assert!(!k1.is(&k2));
        dict_set(&d, k1, int(1)).unwrap();
        assert_eq!(crate::object::int::to_i64(&dict_get(&d, &k2).unwrap().unwrap()), Some(1));
    }
}
