import { describe, expect, it } from 'vitest';
import { readWholeBerNode } from './berReader';
import { octetStringOf, oidOf } from './berNodeValues';
import { timeOf } from './berTime';
import { octetStringValue, oidValue, readWholeBer, timeValue } from './berValues';

const hex = (text: string) => Buffer.from(text.replace(/\s/g, ''), 'hex');
const element = (tag: number, content: Buffer) =>
  Buffer.concat([Buffer.from([tag, content.length]), content]);

/** The value as the lean readers give it and as asn1js does, for the same bytes. */
function both<T>(bytes: Buffer, lean: (value: unknown) => T, asn1js: (value: unknown) => T): [T, T] {
  return [lean(readWholeBerNode(bytes)), asn1js(readWholeBer(bytes))];
}

const time = (value: Date | null) => (value ? value.getTime() : null);

describe('values of BER nodes, as asn1js gives them', () => {
  it.each([
    '06 09 2a 86 48 86 f7 0d 01 07 02',
    '06 03 55 04 03',
    '06 01 00',
    '06 01 4f',
    '06 02 81 00',
    '06 00',
    // Sub-identifiers too long to decode: asn1js prints their digits in hex.
    '06 0b 2a 81 81 81 81 81 81 81 81 81 01',
    '06 0a 81 81 81 81 81 81 81 81 81 01',
  ])('prints the OID %s', (encoding) => {
    const [lean, asn1js] = both(hex(encoding), oidOf, oidValue);
    expect(lean).toBe(asn1js);
  });

  it.each([
    '04 03 aa bb cc',
    '04 00',
    '24 80 04 01 aa 04 01 bb 00 00',
    '24 80 04 01 aa 24 80 04 01 bb 00 00 00 00',
    '02 01 05',
  ])('reads the OCTET STRING %s', (encoding) => {
    const [lean, asn1js] = both(hex(encoding), octetStringOf, octetStringValue);
    expect(lean?.toString('hex')).toBe(asn1js?.toString('hex'));
  });

  it.each([
    [23, '250101120000Z'],
    [23, '490101120000Z'],
    [23, '500101120000Z'],
    [23, 'not a time at all'],
    [23, 'x250101120000Zy'],
    [24, '20250101120000Z'],
    [24, '20250101120000.25Z'],
    [24, '202501011200Z'],
    [24, '2025010112.5Z'],
    [24, '20250101Z'],
    [24, '20250101120000'],
    [24, '20250101120000+0130'],
    [24, '20250101120000-05'],
    [24, '20250101120000.5+01'],
    [24, '99991231235959Z'],
    [24, '20251341256161Z'],
  ])('reads the time (tag %i) %s', (tag, text) => {
    const [lean, asn1js] = both(element(tag, Buffer.from(text, 'latin1')), timeOf, timeValue);
    expect(time(lean)).toBe(time(asn1js));
  });

  it('gives nothing for other types, or for nothing', () => {
    expect(oidOf(readWholeBerNode(hex('02 01 05')))).toBeNull();
    expect(timeOf(readWholeBerNode(hex('0c 01 41')))).toBeNull();
    expect([oidOf(undefined), octetStringOf('04 01 aa'), timeOf(null)]).toEqual([null, null, null]);
  });
});
