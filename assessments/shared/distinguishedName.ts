/**
 * node:crypto prints a certificate subject one attribute a line ("CN=…\nO=…") with the value
 * escaped as in RFC 4514: "Export Control Office, Helix" comes out as "Export Control Office\,
 * Helix". People read the value, not the escaped form, so anything shown is decoded first.
 */

const HEX_PAIR = /^[0-9a-fA-F]{2}$/;
const SPECIAL = new Set([...',+"\\<>;=# ']);

/**
 * A value with its RFC 4514 escapes decoded: a backslash before a special character (`,+"\<>;=`,
 * `#`, space) stands for that character, and a run of `\XX` hex pairs for those UTF-8 bytes. A
 * backslash that starts neither is kept as it is.
 */
export function unescapeDnValue(value: string): string {
  if (!value.includes('\\')) return value;
  const encoder = new TextEncoder();
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const char = value[i] ?? '';
    const pair = value.slice(i + 1, i + 3);
    if (char === '\\' && HEX_PAIR.test(pair)) {
      bytes.push(Number.parseInt(pair, 16));
      i += 2;
    } else if (char === '\\' && SPECIAL.has(value[i + 1] ?? '')) {
      bytes.push(...encoder.encode(value[i + 1]));
      i += 1;
    } else {
      const point = value.codePointAt(i) ?? 0;
      bytes.push(...encoder.encode(String.fromCodePoint(point)));
      if (point > 0xffff) i++;
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** The decoded value of attribute `key` ("CN", "O", "emailAddress") of a node:crypto subject; '' when absent. */
export function subjectAttribute(subject: string, key: string): string {
  const line = subject.split('\n').find((candidate) => candidate.startsWith(`${key}=`));
  return line === undefined ? '' : unescapeDnValue(line.slice(key.length + 1));
}
