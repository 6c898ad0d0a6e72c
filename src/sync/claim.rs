//! Design: DESIGN.md#eval-loop (generators)
//!
//! `ClaimCell<T>`: a value owned by whoever holds its claim. The claim is one
//! flag taken with a compare-exchange (Acquire) and given back with a store (Release),
//! never waited for: a thread that finds it taken is told so (a generator
//! answers "generator already executing"). Unlike a mutex guard, a claim
//! may be held across frames of the eval loop (taken at a generator's
//! inline resume, given back at its yield), so access is split: the holder
//! reads and writes the value with `with_claimed` (unsafe: the caller
//! promises it holds the claim), everybody else with `try_with`, which
//! claims, runs, and releases. Modelled in loom-tests/tests/gen_claim.rs.

use crate::sync::{AtomicBool, Ordering::*};

#[cfg(not(weft_loom))]
struct Cell<T>(core::cell::UnsafeCell<T>);
#[cfg(not(weft_loom))]
impl<T> Cell<T> {
    fn new(v: T) -> Self {
        Cell(core::cell::UnsafeCell::new(v))
    }
    #[inline(always)]
    fn with_mut<R>(&self, f: impl FnOnce(*mut T) -> R) -> R {
        f(self.0.get())
    }
    fn get_mut(&mut self) -> &mut T {
        self.0.get_mut()
    }
}

#[cfg(weft_loom)]
struct Cell<T>(loom::cell::UnsafeCell<T>);
#[cfg(weft_loom)]
impl<T> Cell<T> {
    fn new(v: T) -> Self {
        Cell(loom::cell::UnsafeCell::new(v))
    }
    fn with_mut<R>(&self, f: impl FnOnce(*mut T) -> R) -> R {
        self.0.with_mut(f)
    }
    fn get_mut(&mut self) -> &mut T {
        // SAFETY: `&mut self` excludes every other access.
        self.0.with_mut(|p| unsafe { &mut *p })
    }
}

pub struct ClaimCell<T> {
    claimed: AtomicBool,
    value: Cell<T>,
}

// SAFETY: the value is only reached by the claim holder (`with_claimed`'s
// contract, `try_with` claims first) or through `&mut self`; the claim's
// Acquire compare-exchange / Release store order one holder's accesses before the
// next holder's, so sharing the cell between threads moves `T` between
// them, which `T: Send` allows.
unsafe impl<T: Send> Sync for ClaimCell<T> {}
// SAFETY: as above, the cell owns its `T`.
unsafe impl<T: Send> Send for ClaimCell<T> {}

impl<T> ClaimCell<T> {
    pub fn new(v: T) -> Self {
        ClaimCell { claimed: AtomicBool::new(false), value: Cell::new(v) }
    }

    /// Takes the claim (one compare-exchange); false when another holder
    /// has it (a failed attempt writes nothing).
    #[inline(always)]
    pub fn try_claim(&self) -> bool {
        self.claimed.compare_exchange(false, true, Acquire, Relaxed).is_ok()
    }

    /// Gives back a claim taken with `try_claim`.
    #[inline(always)]
    pub fn release(&self) {
        self.claimed.store(false, Release);
    }

    /// Is the claim held (by anyone; a racy snapshot)?
    #[inline]
    pub fn is_claimed(&self) -> bool {
        self.claimed.load(Relaxed)
    }

    /// Runs `f` on the value.
    ///
    /// # Safety
    /// The calling thread holds the claim (took it with `try_claim` and has
    /// not released it), and `f` does not reach this cell again.
    #[inline(always)]
    pub unsafe fn with_claimed<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        // SAFETY: the caller holds the claim, so no other thread is inside
        // the cell (every access claims first), and `f` does not re-enter.
        self.value.with_mut(|p| f(unsafe { &mut *p }))
    }

    /// The value, for the claim holder.
    ///
    /// # Safety
    /// The calling thread holds the claim (took it with `try_claim` and has
    /// not released it) and does not use the reference after releasing
    /// it, nor make a second one while this one is live.
    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn claimed_mut(&self) -> &mut T {
        // SAFETY: the caller holds the claim, so no other thread is inside
        // the cell, and it makes no second reference (our contract).
        self.value.with_mut(|p| unsafe { &mut *p })
    }

    /// Claims, runs `f` on the value and releases; `None` (without running
    /// `f`) when the claim is held elsewhere.
    pub fn try_with<R>(&self, f: impl FnOnce(&mut T) -> R) -> Option<R> {
        if !self.try_claim() {
            return None;
        }
        // SAFETY: we just took the claim and release it below.
        let r = unsafe { self.with_claimed(f) };
        self.release();
        Some(r)
    }

    pub fn get_mut(&mut self) -> &mut T {
        self.value.get_mut()
    }
}
