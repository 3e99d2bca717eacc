// A small RFC 4180 CSV reader: comma-separated fields, CRLF or LF records, double-quoted fields that may
// hold commas, quotes ("") and line breaks. Excel's "CSV UTF-8" adds a byte-order mark; it is dropped.

export interface CsvRecord {
  /** 1-based line where the record starts (a quoted field can span lines). */
  line: number;
  fields: string[];
}

export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = "CsvError";
  }
}

export function parseCsv(text: string): CsvRecord[] {
  const src = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let i = 0;
  // True once the current field started with a quote and that quote has been closed.
  let closedQuote = false;

  const endRecord = () => {
    fields.push(field);
    // A blank line is not a record (Excel and editors leave them at the end).
    if (!(fields.length === 1 && fields[0] === "" && !closedQuote))
      records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    closedQuote = false;
  };

  while (i < src.length) {
    const ch = src[i] as string;
    if (ch === '"' && field === "" && !closedQuote) {
      // A quoted field: read to the closing quote, unescaping "".
      const start = line;
      i++;
      for (;;) {
        if (i >= src.length) throw new CsvError(start, "unclosed quoted field");
        const c = src[i] as string;
        if (c === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === "\n") line++;
        field += c;
        i++;
      }
      closedQuote = true;
      const next = src[i];
      if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
        throw new CsvError(line, 'text after a closing quote (a quote inside a field must be doubled: "")');
      }
      continue;
    }
    if (ch === ",") {
      fields.push(field);
      field = "";
      closedQuote = false;
      i++;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      endRecord();
      i += ch === "\r" && src[i + 1] === "\n" ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    if (ch === '"')
      throw new CsvError(line, 'a quote inside an unquoted field (quote the field and double the ")');
    field += ch;
    i++;
  }
  if (field !== "" || fields.length > 0 || closedQuote) endRecord();
  return records;
}
