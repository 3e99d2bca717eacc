// Build-time errors for the corpus. They never reach HTTP: the build script prints them and stops, so
// they name the file and the field or heading a clinic editor has to fix.

export class CorpusError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: ${field}: ${detail}`);
    this.name = "CorpusError";
  }
}
