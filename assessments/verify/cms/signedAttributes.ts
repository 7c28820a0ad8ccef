import type { Attribute } from 'pkijs';
import { OID } from './oids';
import { octetStringValue, oidValue, timeValue } from './berValues';
import { CmsFormatError } from './cmsFormatError';

/**
 * The signed attributes by type. CMS allows each type once; a second one would let two readers
 * see two different values under one signature, so it is refused.
 */
export function attributesByType(attributes: readonly Attribute[]): Map<string, Attribute> {
  const byType = new Map<string, Attribute>();
  for (const attribute of attributes) {
    if (byType.has(attribute.type))
      throw new CmsFormatError('sigSignedAttributeRepeated', { oid: attribute.type });
    byType.set(attribute.type, attribute);
  }
  return byType;
}

/** The one value of an attribute (RFC 5652 §11 makes these single-valued), or undefined if absent. */
export function singleValue(byType: ReadonlyMap<string, Attribute>, type: string): unknown {
  const attribute = byType.get(type);
  if (!attribute) return undefined;
  if (attribute.values.length !== 1) throw new CmsFormatError('sigSignedAttributeValues', { oid: type });
  return attribute.values[0] as unknown;
}

export const messageDigestOf = (byType: ReadonlyMap<string, Attribute>): Buffer | null =>
  octetStringValue(singleValue(byType, OID.messageDigest));

export const contentTypeOf = (byType: ReadonlyMap<string, Attribute>): string | null =>
  oidValue(singleValue(byType, OID.contentType));

/** The CMS signing-time attribute: the signer's claim, used only when /M is absent. */
export function signingTimeOf(byType: ReadonlyMap<string, Attribute>): Date | undefined {
  try {
    return timeValue(singleValue(byType, OID.signingTime)) ?? undefined;
  } catch {
    return undefined;
  }
}
