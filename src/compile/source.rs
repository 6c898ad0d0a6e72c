//! Design: DESIGN.md#compiler
//!
//! Maps byte offsets of the source to CPython's positions: 1-based lines,
//! 0-based UTF-8 byte columns for `co_positions`, 1-based character columns
//! for SyntaxError offsets.

#![forbid(unsafe_code)]

pub struct SourceMap<'a> {
    pub text: &'a str,
    /// Byte offset of the start of each line.
    line_starts: Vec<u32>,
}

impl<'a> SourceMap<'a> {
    pub fn new(text: &'a str) -> SourceMap<'a> {
        let mut line_starts = vec![0u32];
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\n' => line_starts.push(i as u32 + 1),
                b'\r' => {
                    if i + 1 < b.len() && b[i + 1] == b'\n' {
                        i += 1;
                    }
                    line_starts.push(i as u32 + 1);
                }
                _ => {}
            }
            i += 1;
        }
        SourceMap { text, line_starts }
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// (1-based line, 0-based byte column) of a byte offset.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = self.line_of(offset);
        (line, offset - self.line_starts[line as usize - 1])
    }

    /// (1-based line, 1-based character column) of a byte offset.
    pub fn line_char_col(&self, offset: u32) -> (u32, u32) {
        let line = self.line_of(offset);
        let start = self.line_starts[line as usize - 1] as usize;
        let end = (offset as usize).min(self.text.len());
        let chars = self.text.get(start..end).map(|s| s.chars().count()).unwrap_or(end - start);
        (line, chars as u32 + 1)
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text(&self, line: u32) -> Option<&'a str> {
        let i = line.checked_sub(1)? as usize;
        let start = *self.line_starts.get(i)? as usize;
        let end = self.line_starts.get(i + 1).map(|e| *e as usize).unwrap_or(self.text.len());
        let s = self.text.get(start..end)?;
        Some(s.trim_end_matches(['\n', '\r']))
    }

    pub fn line_count(&self) -> u32 {
        self.line_starts.len() as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions() {
        let m = SourceMap::new("a = 1\r\nbé = 2\nc");
        assert_eq!(m.line_col(0), (1, 0));
        assert_eq!(m.line_col(7), (2, 0));
        assert_eq!(m.line_char_col(11), (2, 4));
        assert_eq!(m.line_text(2), Some("bé = 2"));
        assert_eq!(m.line_text(3), Some("c"));
    }
}
