//! Loom models live in tests/; see DESIGN.md#loom.
