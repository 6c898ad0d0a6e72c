//! dict STUB
