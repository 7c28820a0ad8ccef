import { OID } from './oids';
import { octetStringOf, oidOf } from './berNodeValues';
import { timeOf } from './berTime';
import { CmsFormatError } from './cmsFormatError';
import type { CmsAttribute } from './signedDataTypes';

/**
 * The signed attributes by type. CMS allows each type once; a second one would let two readers
 * see two different values under one signature, so it is refused.
 */
export function attributesByType(attributes: readonly CmsAttribute[]): Map<string, CmsAttribute> {
  const byType = new Map<string, CmsAttribute>();
  for (const attribute of attributes) {
    if (byType.has(attribute.type))
      throw new CmsFormatError('sigSignedAttributeRepeated', { oid: attribute.type });
    byType.set(attribute.type, attribute);
  }
  return byType;
}

/** The one value of an attribute (RFC 5652 §11 makes these single-valued), or undefined if absent. */
export function singleValue(byType: ReadonlyMap<string, CmsAttribute>, type: string): unknown {
  const attribute = byType.get(type);
  if (!attribute) return undefined;
  if (attribute.values.length !== 1) throw new CmsFormatError('sigSignedAttributeValues', { oid: type });
  return attribute.values[0];
}

export const messageDigestOf = (byType: ReadonlyMap<string, CmsAttribute>): Buffer | null =>
  octetStringOf(singleValue(byType, OID.messageDigest));

export const contentTypeOf = (byType: ReadonlyMap<string, CmsAttribute>): string | null =>
  oidOf(singleValue(byType, OID.contentType));

/** The CMS signing-time attribute: the signer's claim, used only when /M is absent. */
export function signingTimeOf(byType: ReadonlyMap<string, CmsAttribute>): Date | undefined {
  try {
    return timeOf(singleValue(byType, OID.signingTime)) ?? undefined;
  } catch {
    return undefined;
  }
}
