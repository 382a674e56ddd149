//! A large archive streams through the writer and the reader in bounded memory: the document
//! is generated while it is read and never exists whole.

mod common;

use bitext_tmx::{Reader, Unit, Writer};
use std::cell::RefCell;
use std::io::{self, BufReader, Read, Write};
use std::rc::Rc;

const UNITS: usize = 200_000;

/// The writer's output, shared with the generator that hands it to the reader.
#[derive(Clone, Default)]
struct Pipe(Rc<RefCell<Vec<u8>>>);

impl Write for Pipe {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn nth(i: usize) -> Unit {
    let mut unit = common::unit(
        &format!("第{i}段：海关总署发布公告，调整进口商品关税 <税率> & \"配额\"。"),
        &format!("Paragraph {i}: customs announces tariff changes on <rates> & \"quotas\". "),
    );
    unit.note = Some(format!("unit {i}"));
    unit.properties = vec![("x-bitext-article".into(), format!("article-{}", i / 10))];
    unit
}

/// Writes units with the real writer as the reader asks for bytes.
struct Generator {
    writer: Option<Writer<Pipe>>,
    pipe: Pipe,
    next: usize,
    offset: usize,
    produced: u64,
}

impl Read for Generator {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        loop {
            let mut pending = self.pipe.0.borrow_mut();
            if self.offset < pending.len() {
                let n = (pending.len() - self.offset).min(out.len());
                out[..n].copy_from_slice(&pending[self.offset..self.offset + n]);
                self.offset += n;
                self.produced += n as u64;
                return Ok(n);
            }
            pending.clear();
            self.offset = 0;
            drop(pending);
            match self.writer.as_mut() {
                None => return Ok(0),
                Some(writer) if self.next < UNITS => {
                    writer.write(&nth(self.next)).map_err(io::Error::other)?;
                    self.next += 1;
                }
                Some(_) => {
                    self.writer.take().unwrap().finish()?;
                }
            }
        }
    }
}

/// The process's peak resident memory in KiB (Linux).
fn peak_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("Linux /proc");
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

#[test]
fn two_hundred_thousand_units_stream_through_in_bounded_memory() {
    let before = peak_kib();
    let pipe = Pipe::default();
    let generator = Generator {
        writer: Some(Writer::new(pipe.clone(), &common::header("zh-CN")).unwrap()),
        pipe,
        next: 0,
        offset: 0,
        produced: 0,
    };
    let mut reader = Reader::new(BufReader::new(generator)).unwrap();
    let mut count = 0;
    for read in &mut reader {
        let unit = read.unwrap();
        if count % 49_999 == 0 {
            assert_eq!(unit, nth(count));
        }
        count += 1;
    }
    assert_eq!(count, UNITS);
    let size = reader.position();
    let grown_kib = peak_kib().saturating_sub(before);
    eprintln!(
        "{} MiB of TMX read; peak memory grew by {grown_kib} KiB",
        size >> 20
    );
    assert!(size > 40 << 20, "the document is {size} bytes");
    assert!(grown_kib < 16 * 1024, "peak memory grew by {grown_kib} KiB");
}
