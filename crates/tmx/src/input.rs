//! The bytes under the XML parser: UTF-16 decoded to UTF-8 (quick-xml reads only
//! ASCII-compatible encodings), and lines and bytes counted as the parser consumes them.

use encoding_rs::{Decoder, DecoderResult, Encoding, UTF_16BE, UTF_16LE};
use std::io::{self, BufRead, Read};

/// Counts what the parser has consumed; `lines` is the number of line feeds passed.
pub(crate) struct Input<R> {
    source: Source<R>,
    pub(crate) lines: u64,
    pub(crate) bytes: u64,
}

enum Source<R> {
    Utf8(R),
    Utf16(Utf16<R>),
}

impl<R: BufRead> Input<R> {
    /// Looks at the first bytes: a UTF-16 byte order mark, or `<` as UTF-16 without one,
    /// switches to decoding UTF-16.
    pub(crate) fn new(mut inner: R) -> io::Result<Self> {
        let start = inner.fill_buf()?;
        let encoding = match start {
            [0xFF, 0xFE, ..] | [b'<', 0, ..] => Some(UTF_16LE),
            [0xFE, 0xFF, ..] | [0, b'<', ..] => Some(UTF_16BE),
            _ => None,
        };
        let source = match encoding {
            Some(encoding) => Source::Utf16(Utf16::new(inner, encoding)),
            None => Source::Utf8(inner),
        };
        Ok(Self {
            source,
            lines: 0,
            bytes: 0,
        })
    }
}

impl<R: BufRead> Read for Input<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(out.len());
        out[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Input<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        match &mut self.source {
            Source::Utf8(r) => r.fill_buf(),
            Source::Utf16(r) => r.fill_buf(),
        }
    }

    fn consume(&mut self, amount: usize) {
        // The bytes being consumed are still at the front of the buffer.
        if let Ok(available) = self.fill_buf() {
            let taken = &available[..amount.min(available.len())];
            self.lines += taken.iter().filter(|b| **b == b'\n').count() as u64;
        }
        self.bytes += amount as u64;
        match &mut self.source {
            Source::Utf8(r) => r.consume(amount),
            Source::Utf16(r) => r.consume(amount),
        }
    }
}

/// UTF-16 bytes in, UTF-8 out, a buffer at a time.
struct Utf16<R> {
    inner: R,
    decoder: Decoder,
    out: Vec<u8>,
    start: usize,
    end: usize,
    finished: bool,
}

impl<R: BufRead> Utf16<R> {
    fn new(inner: R, encoding: &'static Encoding) -> Self {
        Self {
            inner,
            decoder: encoding.new_decoder_with_bom_removal(),
            out: vec![0; 16 * 1024],
            start: 0,
            end: 0,
            finished: false,
        }
    }

    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        while self.start == self.end && !self.finished {
            let input = self.inner.fill_buf()?;
            let last = input.is_empty();
            let (result, read, written) =
                self.decoder
                    .decode_to_utf8_without_replacement(input, &mut self.out, last);
            self.inner.consume(read);
            if let DecoderResult::Malformed(_, _) = result {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    "malformed UTF-16",
                ));
            }
            self.start = 0;
            self.end = written;
            self.finished = last && matches!(result, DecoderResult::InputEmpty);
        }
        Ok(&self.out[self.start..self.end])
    }

    fn consume(&mut self, amount: usize) {
        self.start = (self.start + amount).min(self.end);
    }
}
