import type { Handlers } from '../api/dispatch';
import type { TemplateBundle } from './loadTemplate';
import type { TemplateLibrary } from './templateLibrary';

export function templateOperations({
  library,
}: {
  library: TemplateLibrary;
}): Pick<Handlers, 'template.list' | 'template.get'> {
  return {
    'template.list': () => library.list().map(summariseTemplate),
    'template.get': ({ id, version }) => {
      const bundle = library.get(id, version);
      return {
        ref: bundle.ref,
        hash: bundle.hash,
        template: bundle.template,
        translations: bundle.translations,
      };
    },
  };
}

function summariseTemplate(bundle: TemplateBundle) {
  const { template } = bundle;
  return {
    id: template.id,
    version: template.version,
    hash: bundle.hash,
    title: template.title,
    titles: Object.fromEntries(
      bundle.translations.flatMap(({ locale, texts }) =>
        typeof texts.title === 'string' ? [[locale, texts.title]] : [],
      ),
    ),
    locales: template.locales,
    sections: template.sections.length,
    questions: template.sections.reduce((sum, section) => sum + section.questions.length, 0),
  };
}
