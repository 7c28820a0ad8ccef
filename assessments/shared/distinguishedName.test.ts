import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSelfSignedCertificate } from '../signing/selfSignedCertificate';
import { subjectAttribute, unescapeDnValue } from './distinguishedName';

describe('distinguished names for display', () => {
  it('reads back the organisation and name node:crypto escapes', () => {
    const subject = {
      name: 'Dr. Lena "L." Brandt + Partner',
      organisation: 'Export Control Office, Helix; Unit <3> = \\ ops',
      email: 'lena+export@example.org',
    };
    const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const certificate = createSelfSignedCertificate(subject, keys, {
      notBefore: new Date('2026-01-01T00:00:00Z'),
      notAfter: new Date('2027-01-01T00:00:00Z'),
    });
    const printed = new X509Certificate(certificate).subject;
    expect(printed).toContain('O=Export Control Office\\, Helix');
    expect(subjectAttribute(printed, 'O')).toBe(subject.organisation);
    expect(subjectAttribute(printed, 'CN')).toBe(subject.name);
    expect(subjectAttribute(printed, 'emailAddress')).toBe(subject.email);
    expect(subjectAttribute(printed, 'OU')).toBe('');
  });

  it('decodes every RFC 4514 escape and hex-encoded UTF-8, and leaves anything else alone', () => {
    expect(unescapeDnValue('Export Control Office\\, Helix')).toBe('Export Control Office, Helix');
    expect(unescapeDnValue('\\#1 \\"A\\" \\+ \\; \\< \\> \\= \\\\ end\\ ')).toBe('#1 "A" + ; < > = \\ end ');
    expect(unescapeDnValue('\\2C and \\C3\\A9 and \\e4\\b8\\ad')).toBe(', and é and 中');
    expect(unescapeDnValue('\\\\41')).toBe('\\41');
    expect(unescapeDnValue('C:\\path and a trailing \\')).toBe('C:\\path and a trailing \\');
    expect(unescapeDnValue('Министерство, 中文 😀')).toBe('Министерство, 中文 😀');
  });
});
