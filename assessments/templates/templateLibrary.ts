import { NotFoundError } from '../shared/errors';
import { compareVersions } from './compareVersions';
import { loadTemplateLibrary, type TemplateBundle } from './loadTemplate';

export const DEFAULT_TEMPLATE_ID = 'surveillance-export-hria';

/**
 * The templates shipped with the app (the `templates/` folder, or the packaged resources copy).
 * Loaded and validated on first use; a broken shipped template is an error, never silently skipped.
 */
export class TemplateLibrary {
  private bundles: TemplateBundle[] | null = null;

  constructor(private readonly root: string) {}

  list(): readonly TemplateBundle[] {
    this.bundles ??= loadTemplateLibrary(this.root);
    return this.bundles;
  }

  /** The newest version of `id`, or exactly `version` when given. */
  get(id: string, version?: string): TemplateBundle {
    const matches = this.list().filter(
      (bundle) => bundle.template.id === id && (version === undefined || bundle.template.version === version),
    );
    const newest = matches.sort((a, b) => compareVersions(b.template.version, a.template.version))[0];
    if (!newest) throw new NotFoundError('Template', version ? `${id}@${version}` : id);
    return newest;
  }

  defaultTemplate(): TemplateBundle | null {
    return this.list().some((bundle) => bundle.template.id === DEFAULT_TEMPLATE_ID)
      ? this.get(DEFAULT_TEMPLATE_ID)
      : null;
  }
}
