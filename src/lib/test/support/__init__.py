"""The parts of CPython's test.support that weft provides."""
