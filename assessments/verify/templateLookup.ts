import { compileTemplate, type CompiledTemplate } from '../questionnaire/compile';
import { bundleFromCanonical } from '../templates/loadTemplate';

/**
 * Turns an embedded template (already checked to hash to `hash`) into a compiled template. The
 * default validates it from scratch; a verifier checking many reports shares one cached lookup.
 */
export type TemplateLookup = (hash: string, canonical: string) => CompiledTemplate;

export function compileEmbeddedTemplate(hash: string, canonical: string): CompiledTemplate {
  return compileTemplate(bundleFromCanonical(canonical, hash).template);
}

/** Validates and compiles each distinct template once; safe because the key is the content hash. */
export function cachedTemplateLookup(): TemplateLookup {
  const cache = new Map<string, CompiledTemplate>();
  return (hash, canonical) => {
    let compiled = cache.get(hash);
    if (!compiled) {
      compiled = compileEmbeddedTemplate(hash, canonical);
      cache.set(hash, compiled);
    }
    return compiled;
  };
}
