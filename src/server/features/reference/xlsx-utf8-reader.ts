import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';

type Chunks = AsyncIterable<Buffer | string>;

interface ReaderInternals {
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: Chunks, sheetNo: string): Generator<unknown>;
}

/** Decodes a byte stream as UTF-8 across chunk boundaries. */
async function* utf8Chunks(chunks: Chunks): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) yield typeof chunk === 'string' ? chunk : decoder.write(chunk);
  const rest = decoder.end();
  if (rest) yield rest;
}

const Base = ExcelJS.stream.xlsx.WorkbookReader as unknown as new (
  input: string,
  options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>,
) => ExcelJS.stream.xlsx.WorkbookReader & ReaderInternals;

/**
 * exceljs 4.4's streaming reader decodes each zip chunk on its own, so a Khmer character (3 bytes in UTF-8)
 * that straddles two chunks turns into U+FFFD: about one name in 1,500 of the NCDD sheet came out broken
 * (exceljs issues 2063, 2084, still open). This subclass hands exceljs text that is already decoded; the
 * NCDD import test checks that no name contains U+FFFD.
 */
export class Utf8WorkbookReader extends Base {
  override _parseSharedStrings(entry: Readable) {
    entry.setEncoding('utf8');
    return super._parseSharedStrings(entry);
  }

  override _parseWorkbook(entry: Readable) {
    entry.setEncoding('utf8');
    return super._parseWorkbook(entry);
  }

  override _parseWorksheet(iterator: Chunks, sheetNo: string) {
    return super._parseWorksheet(utf8Chunks(iterator), sheetNo);
  }
}
