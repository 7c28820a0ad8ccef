/** Every string a pdfmake node would print, in document order (runs of a line joined). */
export function definitionTexts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(definitionTexts);
  if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (Array.isArray(record.text)) return [record.text.flatMap(definitionTexts).join('')];
    if (typeof record.text === 'string') return [record.text];
    return ['stack', 'columns', 'table', 'body'].flatMap((key) => definitionTexts(record[key]));
  }
  return [];
}
