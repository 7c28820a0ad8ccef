import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../shared/errors';
import { canonicalJson } from '../shared/canonicalJson';
import { formatProblems, type TemplateProblem } from '../questionnaire/templateErrors';
import type { Template, Translation } from '../questionnaire/templateSchema';
import { validateTemplate, type TranslationInput } from '../questionnaire/validateTemplate';
import { compareVersions } from './compareVersions';

export interface TemplateBundle {
  template: Template;
  translations: Translation[];
  /** SHA-256 of the canonical JSON of the files as written ({ template, translations by locale }). */
  hash: string;
  /** `id@version#hash`, how an assessment pins its template. */
  ref: string;
  /** The canonical JSON that was hashed; stored with assessments so the pin can be re-verified. */
  canonical: string;
}

export class TemplateInvalidError extends AppError {
  constructor(
    readonly location: string,
    readonly problems: TemplateProblem[],
  ) {
    super(
      'invalid_input',
      `${location} is not a valid template (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${formatProblems(problems)}`,
      {
        problems,
      },
    );
    this.name = 'TemplateInvalidError';
  }
}

function readJson(file: string, label: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new TemplateInvalidError(file, [
      { file: label, path: '$', message: `cannot read: ${(error as Error).message}` },
    ]);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new TemplateInvalidError(file, [
      { file: label, path: '$', message: `not valid JSON: ${(error as Error).message}` },
    ]);
  }
}

/** Builds the bundle from already-parsed documents (files, an import, a database copy). */
export function bundleTemplate(
  templateJson: unknown,
  translationInputs: readonly TranslationInput[],
  location: string,
  file = 'template.json',
): TemplateBundle {
  const result = validateTemplate(templateJson, translationInputs, file);
  if (!result.ok) throw new TemplateInvalidError(location, result.problems);
  const byLocale = Object.fromEntries(
    translationInputs
      .map((input) => [(input.json as { locale: string }).locale, input.json] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  const canonical = canonicalJson({ template: templateJson, translations: byLocale });
  const hash = createHash('sha256').update(canonical, 'utf8').digest('hex');
  const { template } = result;
  return {
    template,
    translations: result.translations,
    hash,
    ref: `${template.id}@${template.version}#${hash}`,
    canonical,
  };
}

/** A template folder: `template.json` and `translations/<locale>.json`. Also accepts a lone template file. */
export function loadTemplate(path: string): TemplateBundle {
  if (!existsSync(path)) throw new AppError('not_found', `${path} does not exist.`, { path });
  if (statSync(path).isFile()) {
    const folder = join(path, '..');
    const translationsDir = join(folder, 'translations');
    return bundleTemplate(
      readJson(path, basename(path)),
      readTranslations(translationsDir),
      path,
      basename(path),
    );
  }
  const templateFile = join(path, 'template.json');
  if (!existsSync(templateFile)) {
    const newest = versionFolders(path).at(-1);
    if (newest) return loadTemplate(join(path, newest));
    throw new AppError('not_found', `${path} has no template.json and no version folder (e.g. 1.0.0/).`, {
      path,
    });
  }
  return bundleTemplate(
    readJson(templateFile, 'template.json'),
    readTranslations(join(path, 'translations')),
    path,
  );
}

function readTranslations(dir: string): TranslationInput[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({
      file: `translations/${name}`,
      json: readJson(join(dir, name), `translations/${name}`),
    }));
}

/** Rebuilds a bundle from its stored canonical JSON and checks it still hashes to the pin. */
export function bundleFromCanonical(canonical: string, expectedHash: string): TemplateBundle {
  const parsed = JSON.parse(canonical) as { template: unknown; translations: Record<string, unknown> };
  const inputs = Object.entries(parsed.translations).map(([locale, json]) => ({
    file: `translations/${locale}.json`,
    json,
  }));
  const bundle = bundleTemplate(parsed.template, inputs, `stored template ${expectedHash.slice(0, 12)}`);
  if (bundle.hash !== expectedHash) {
    throw new AppError(
      'workspace_corrupt',
      `The stored template no longer matches its pinned hash ${expectedHash}.`,
    );
  }
  return bundle;
}

const VERSION_FOLDER = /^\d+\.\d+\.\d+$/;

/** A template's version folders (`1.0.0/`, `1.1.0/`, each with a template.json), oldest first. */
function versionFolders(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((name) => VERSION_FOLDER.test(name) && existsSync(join(dir, name, 'template.json')))
    .sort(compareVersions);
}

/**
 * Every template under `root` (the templates shipped with the app): `<id>/template.json`, or one
 * folder per released version, `<id>/<version>/template.json`, because a released version is frozen
 * and ships beside its successors (DESIGN §2a). Invalid ones throw.
 */
export function loadTemplateLibrary(root: string): TemplateBundle[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .flatMap((name) => {
      const dir = join(root, name);
      if (existsSync(join(dir, 'template.json'))) return [dir];
      return versionFolders(dir).map((version) => join(dir, version));
    })
    .map((dir) => loadTemplate(dir));
}
