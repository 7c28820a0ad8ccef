import { ExtKeyUsage, type RelativeDistinguishedNames, type TSTInfo } from 'pkijs';
import type { Checks } from '../checks';
import { directoryNameText } from './parseTimestampToken';
import type { TokenCertificate } from './readTimestampToken';
import { TS_OID } from './timestampOids';

const iso = (date: Date) => date.toISOString();

/**
 * RFC 3161 §2.3: the TSA certificate has exactly one extendedKeyUsage extension, critical, whose
 * only purpose is id-kp-timeStamping. A certificate made for anything else does not speak for time.
 */
export function checkTsaKeyUsage(tsa: TokenCertificate, checks: Checks): void {
  const extensions = tsa.pkijs.extensions?.filter((ext) => ext.extnID === TS_OID.extKeyUsage) ?? [];
  const [extension] = extensions;
  if (!extension) {
    checks.fail('timestamp-tsa-usage', 'tsTsaUsageMissing');
    return;
  }
  const purposes = extension.parsedValue instanceof ExtKeyUsage ? extension.parsedValue.keyPurposes : [];
  if (extensions.length > 1 || !purposes.includes(TS_OID.timeStamping))
    checks.fail('timestamp-tsa-usage', 'tsTsaUsageMissing');
  else if (purposes.length > 1)
    checks.fail('timestamp-tsa-usage', 'tsTsaUsageOtherPurposes', { purposes: purposes.join(', ') });
  else if (!extension.critical) checks.fail('timestamp-tsa-usage', 'tsTsaUsageNotCritical');
  else checks.pass('timestamp-tsa-usage', 'tsTsaUsageOk');
}

/** The TSA certificate must have been valid when it signed: at genTime, not now. */
export function checkTsaValidityAtGenTime(tsa: TokenCertificate, genTime: Date, checks: Checks): void {
  const { validFromDate: from, validToDate: to } = tsa.x509;
  const params = { time: iso(genTime), from: iso(from), to: iso(to) };
  if (genTime < from || genTime > to) checks.fail('timestamp-tsa-validity', 'tsTsaNotValidAtGenTime', params);
  else checks.pass('timestamp-tsa-validity', 'tsTsaValidAtGenTime', params);
}

/**
 * RFC 3161 §2.4.2: a `tsa` name in the TSTInfo must be one of the TSA certificate's names. Only the
 * directory-name form is compared; another form is reported, not guessed at.
 */
export function checkTsaName(tstInfo: TSTInfo, tsa: TokenCertificate, checks: Checks): void {
  const name = tstInfo.tsa;
  if (!name) return;
  if (name.type !== 4) {
    checks.skip('timestamp-tsa-name', 'tsTsaNameNotCompared', { type: name.type });
    return;
  }
  const directoryName = name.value as RelativeDistinguishedNames;
  if (directoryName.isEqual(tsa.pkijs.subject))
    checks.pass('timestamp-tsa-name', 'tsTsaNameMatches', { name: directoryNameText(directoryName) });
  else
    checks.fail('timestamp-tsa-name', 'tsTsaNameMismatch', {
      name: directoryNameText(directoryName),
      subject: directoryNameText(tsa.pkijs.subject),
    });
}
