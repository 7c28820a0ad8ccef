import { describe, expect, it } from 'vitest';
import { REPO_TEMPLATES } from '../../test/helpers/workspace';
import { bundleFromCanonical, loadTemplateLibrary } from '../templates/loadTemplate';
import { SHIPPED_TEMPLATE_HASHES, shippedTemplateOf } from './shippedTemplates';

describe('the verifier knows the templates this release ships', () => {
  const bundles = loadTemplateLibrary(REPO_TEMPLATES);

  it('by exactly their hashes', () => {
    expect(new Set(bundles.map((bundle) => bundle.hash))).toEqual(SHIPPED_TEMPLATE_HASHES);
  });

  it.each(bundles.map((bundle) => [bundle.ref, bundle] as const))(
    'reads %s as full validation does',
    (_ref, bundle) => {
      expect(shippedTemplateOf(bundle.canonical)).toEqual(
        bundleFromCanonical(bundle.canonical, bundle.hash).template,
      );
    },
  );
});
