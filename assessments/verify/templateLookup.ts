import { compileTemplate, type CompiledTemplate } from '../questionnaire/compile';
import { bundleFromCanonical } from '../templates/loadTemplate';
import { SHIPPED_TEMPLATE_HASHES, shippedTemplateOf } from './shippedTemplates';

/** A template a verifier has already checked, kept to recognise it in the next report. */
export interface KnownTemplate {
  hash: string;
  canonical: string;
  /** `canonical` as assessment.json carries it: a JSON string value, in UTF-8. */
  json: Buffer;
  compiled: CompiledTemplate;
}

/**
 * Turns an embedded template (already checked to hash to `hash`) into a compiled template. A
 * verifier checking many reports shares one lookup, so each distinct template is validated once and
 * its text is recognised byte for byte in later reports instead of being decoded and hashed again.
 */
export interface TemplateLookup {
  compile(hash: string, canonical: string): CompiledTemplate;
  /** Templates checked so far, most recent first. */
  readonly known: readonly KnownTemplate[];
}

/** More distinct templates than a licensing office sees in one batch; bounds what is kept. */
export const MAX_KNOWN_TEMPLATES = 16;

export function compileEmbeddedTemplate(hash: string, canonical: string): CompiledTemplate {
  if (SHIPPED_TEMPLATE_HASHES.has(hash)) return compileTemplate(shippedTemplateOf(canonical));
  return compileTemplate(bundleFromCanonical(canonical, hash).template);
}

/** Validates nothing twice: safe because the key is the content hash the caller has checked. */
export function cachedTemplateLookup(): TemplateLookup {
  const known: KnownTemplate[] = [];
  return {
    known,
    compile(hash, canonical) {
      const at = known.findIndex((entry) => entry.hash === hash);
      const entry = at >= 0 ? known.splice(at, 1)[0] : undefined;
      const kept = entry ?? {
        hash,
        canonical,
        json: Buffer.from(JSON.stringify(canonical), 'utf8'),
        compiled: compileEmbeddedTemplate(hash, canonical),
      };
      known.unshift(kept);
      if (known.length > MAX_KNOWN_TEMPLATES) known.length = MAX_KNOWN_TEMPLATES;
      return kept.compiled;
    },
  };
}

/** A lookup that keeps nothing: every report's template is validated from scratch. */
export const uncachedTemplateLookup: TemplateLookup = { known: [], compile: compileEmbeddedTemplate };
