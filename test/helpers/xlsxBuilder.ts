import { strToU8, zipSync } from 'fflate';

export type CellValue = string | number | null;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * A minimal .xlsx with the layouts spreadsheet programs write: text as shared strings, or as
 * inline strings when `inline` is set; rich-text runs for one shared string; numbers as values.
 */
export function buildXlsx(
  sheets: { name: string; rows: CellValue[][] }[],
  { inline = false } = {},
): Uint8Array {
  const shared: string[] = [];
  const sharedIndex = (text: string) => {
    const found = shared.indexOf(text);
    if (found !== -1) return found;
    shared.push(text);
    return shared.length - 1;
  };
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((sheet, sheetIndex) => {
    const rows = sheet.rows
      .map((cells, rowIndex) => {
        const r = rowIndex + 1;
        const xml = cells
          .map((value, columnIndex) => {
            const ref = `${columnName(columnIndex)}${r}`;
            if (value === null) return '';
            if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
            if (inline) return `<c r="${ref}" t="inlineStr"><is><t>${escape(value)}</t></is></c>`;
            return `<c r="${ref}" t="s"><v>${sharedIndex(value)}</v></c>`;
          })
          .join('');
        return `<row r="${r}">${xml}</row>`;
      })
      .join('');
    files[`xl/worksheets/sheet${sheetIndex + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData><mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells></worksheet>`,
    );
  });
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
      .map((sheet, i) => `<sheet name="${escape(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('')}</Relationships>`,
  );
  if (shared.length > 0) {
    // The first shared string is written as rich-text runs, as Excel does for formatted text.
    const items = shared.map((text, i) =>
      i === 0 && text.length > 1
        ? `<si><r><t>${escape(text.slice(0, 1))}</t></r><r><rPr><b/></rPr><t>${escape(text.slice(1))}</t></r></si>`
        : `<si><t xml:space="preserve">${escape(text)}</t></si>`,
    );
    files['xl/sharedStrings.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${items.join('')}</sst>`,
    );
  }
  files['[Content_Types].xml'] = strToU8('<?xml version="1.0" encoding="UTF-8"?><Types/>');
  return zipSync(files);
}

const FIW_HEADER = [
  'Country/Territory',
  'Region',
  'C/T',
  'Edition',
  'Status',
  'PR rating',
  'CL rating',
  'A',
  'Add Q',
  'Add A',
  'PR',
  'CL',
  'Total',
];

/** A Freedom in the World all-data workbook in the published layout: notes sheet, title row, header on row 2. */
export function freedomHouseWorkbook(rows: CellValue[][], options: { inline?: boolean } = {}): Uint8Array {
  return buildXlsx(
    [
      { name: 'Index', rows: [['Freedom in the World notes'], ['PR = political rights']] },
      { name: 'FIW13-25', rows: [['Freedom in the World 2013-2025 Raw Data'], FIW_HEADER, ...rows] },
    ],
    options,
  );
}
