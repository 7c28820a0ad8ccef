import { AppError } from '../shared/errors';

export interface ImportErrorLocation {
  file: string;
  /** 1-based line of a text file, when the problem is on one line. */
  line?: number;
  /** A record number or identifier (XML element, spreadsheet row) when lines do not apply. */
  record?: string;
  field?: string;
}

/**
 * A reference file that cannot be imported as the chosen kind. The message always names the file
 * and, where known, the line or record and the field, so the user can find the fault.
 */
export class ImportError extends AppError {
  constructor(location: ImportErrorLocation, problem: string) {
    const where = [
      location.file,
      location.line !== undefined ? `line ${location.line}` : null,
      location.record !== undefined ? `record ${location.record}` : null,
      location.field !== undefined ? `field "${location.field}"` : null,
    ]
      .filter((part): part is string => part !== null)
      .join(', ');
    super('invalid_input', `${where}: ${problem}`, { ...location, problem });
    this.name = 'ImportError';
  }
}
