import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bytesChunks } from '../byteSource';
import { parseReferenceFile } from './parseReferenceFile';

/** Written from OFAC's SDN data specification (legacy CSV): sdn.csv, alt.csv, add.csv, sdn_comments.csv. */
const PACKAGE = fileURLToPath(new URL('../../../test/fixtures/reference/ofac_package/', import.meta.url));
const part = (name: string, bytes: Uint8Array = readFileSync(`${PACKAGE}${name}`)) => ({
  source: bytesChunks(bytes),
  file: name,
});

describe("OFAC's full SDN package", () => {
  it('takes aliases from alt.csv, addresses from add.csv and the rest of long remarks from sdn_comments.csv', async () => {
    const parsed = await parseReferenceFile('ofac', readFileSync(`${PACKAGE}sdn.csv`), 'sdn.csv', {
      alt: part('alt.csv'),
      add: part('add.csv'),
      comments: part('sdn_comments.csv'),
    });
    expect(parsed.records).toBe(3);
    const [airline, abbas, vessel] = parsed.entries;
    expect(airline).toMatchObject({
      aliases: ['AERO-CARIBBEAN'],
      addresses: ['Havana', 'Calle 23 No. 64, Vedado, Havana, Cuba'],
    });
    expect(abbas).toMatchObject({
      aliases: ['ZAYDAN, Muhammad', 'ABU AL-ABBAS'],
      addresses: ['Syria'],
      birthPlaces: ['Safad, Syria'],
    });
    // "alt. DOB 1947" is past OFAC's 1,000-character cut of Remarks, in sdn_comments.csv.
    expect(abbas?.birthDates).toEqual(['1948-12-10', '1947']);
    expect(vessel?.aliases).toEqual([]);
    // alt.csv marks ABU AL-ABBAS "Low quality a.k.a.".
    expect(abbas?.weakAliases).toEqual(['ABU AL-ABBAS']);
    expect(airline?.weakAliases).toBeUndefined();
  });

  it('reads sdn.csv alone when the other files are absent', async () => {
    const parsed = await parseReferenceFile('ofac', readFileSync(`${PACKAGE}sdn.csv`), 'sdn.csv');
    expect(parsed.entries[1]?.birthDates).toEqual(['1948-12-10']);
    expect(parsed.entries[0]?.addresses).toBeUndefined();
  });

  it('refuses an alias of an entry sdn.csv does not have, and a companion cut short', async () => {
    const sdn = readFileSync(`${PACKAGE}sdn.csv`);
    const alt = readFileSync(`${PACKAGE}alt.csv`);
    await expect(
      parseReferenceFile('ofac', sdn, 'sdn.csv', {
        alt: part('alt.csv', Buffer.from('999,1,"aka","X",-0- \r\n\x1a')),
      }),
    ).rejects.toThrow(/alt\.csv, line 1, field "ent_num": ent_num "999" is not in sdn\.csv/);
    await expect(
      parseReferenceFile('ofac', sdn, 'sdn.csv', { alt: part('alt.csv', alt.subarray(0, alt.length - 1)) }),
    ).rejects.toThrow(
      /alt\.csv, line 4: the file ends without OFAC's end-of-file marker .*3 rows.*complete alt\.csv/,
    );
    await expect(
      parseReferenceFile('ofac', sdn, 'sdn.csv', {
        add: part('add.csv', Buffer.from('36,25,"Havana"\r\n\x1a')),
      }),
    ).rejects.toThrow(/add\.csv, line 1: expected the 6 columns of OFAC add\.csv/);
  });
});
