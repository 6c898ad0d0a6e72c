//! Design: DESIGN.md#channels-and-queues
//!
//! Queues, channel ends and Shareable values as arguments and results of
//! the embedding API: `rt.set("inbox", &recv_end)`, `handle.extract::<Queue>()`,
//! `f.call((shareable,))`. Converting builds the object in the calling
//! thread's current interpreter (the embed API attaches the thread first).

#![forbid(unsafe_code)]

use crate::embed::{FromPy, IntoPy};
use crate::error::PyResult;
use crate::object::Value;
use crate::xi::{Queue, RecvChannel, SendChannel, Shareable};

impl IntoPy for Shareable {
    fn into_py(self) -> Value {
        // Data kinds and handles always convert (`to_value` has no failing
        // case); None stands in should a future kind fail.
        self.into_value().unwrap_or_else(|_| Value::none())
    }
}

impl FromPy for Shareable {
    fn from_py(v: &Value) -> PyResult<Shareable> {
        Shareable::from_value(v)
    }
}

macro_rules! handle_conv {
    ($t:ty) => {
        impl IntoPy for $t {
            fn into_py(self) -> Value {
                Shareable::from(self).into_py()
            }
        }
        impl IntoPy for &$t {
            fn into_py(self) -> Value {
                Shareable::from(self).into_py()
            }
        }
        impl FromPy for $t {
            fn from_py(v: &Value) -> PyResult<$t> {
                Ok(<$t>::try_from(Shareable::from_value(v)?)?)
            }
        }
    };
}

handle_conv!(Queue);
handle_conv!(SendChannel);
handle_conv!(RecvChannel);

impl TryFrom<Shareable> for Queue {
    type Error = crate::xi::KindMismatch;
    fn try_from(s: Shareable) -> Result<Queue, Self::Error> {
        match s {
            Shareable::Queue(q) => Ok(Queue::from_core(q)),
            o => Err(crate::xi::KindMismatch { expected: "Queue", found: o.kind_name() }),
        }
    }
}
