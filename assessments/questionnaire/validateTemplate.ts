import { checkExpressions } from './checkExpressions';
import { collectCalls, ENTITY_FUNCTIONS } from './expression/ast';
import { ExpressionError, parseExpression } from './expression/parse';
import { checkQuestion } from './checkQuestion';
import { checkScoring } from './checkScoring';
import { checkScoringOptions } from './checkScoringOptions';
import { duplicates } from './duplicates';
import { issuesToProblems, jsonPath, type TemplateProblem } from './templateErrors';
import { templateSchema, translationSchema, type Template, type Translation } from './templateSchema';
import { translationKeys } from './translationKeys';

export interface TranslationInput {
  file: string;
  json: unknown;
}

export type TemplateValidation =
  { ok: true; template: Template; translations: Translation[] } | { ok: false; problems: TemplateProblem[] };

/**
 * Checks a template and its translations completely and reports every problem at once, each with
 * the JSON path of the offending value and what was expected.
 */
export function validateTemplate(
  json: unknown,
  translationInputs: readonly TranslationInput[] = [],
  file = 'template.json',
): TemplateValidation {
  const parsed = templateSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problems: issuesToProblems(parsed.error.issues, file),
    };
  }
  const template = parsed.data;
  const problems: TemplateProblem[] = [];
  const add = (segments: readonly PropertyKey[], message: string) =>
    problems.push({ file, path: jsonPath(segments), message });

  checkStructure(template, add);
  checkExpressions(template, add);
  checkEntityFunctions(template, add);
  checkScoring(template, add);
  checkScoringOptions(template, add);
  const translations = checkTranslations(template, translationInputs, problems);
  return problems.length === 0 ? { ok: true, template, translations } : { ok: false, problems };
}

type Add = (segments: readonly PropertyKey[], message: string) => void;

function checkStructure(template: Template, add: Add): void {
  if (!template.locales.includes(template.sourceLocale)) {
    add(['locales'], `must include the source locale "${template.sourceLocale}"`);
  }
  duplicates(template.locales, (i, v) => add(['locales', i], `locale "${v}" is listed twice`));
  duplicates(
    template.sources.map((s) => s.id),
    (i, v) => add(['sources', i, 'id'], `source id "${v}" is used twice`),
  );
  const sourceIds = new Set(template.sources.map((s) => s.id));
  duplicates(
    template.sections.map((s) => s.id),
    (i, v) => add(['sections', i, 'id'], `section id "${v}" is used twice`),
  );
  const seenQuestions = new Map<string, string>();
  const seenFlags = new Map<string, string>();
  template.sections.forEach((section, si) => {
    section.questions.forEach((question, qi) => {
      const at = ['sections', si, 'questions', qi];
      const first = seenQuestions.get(question.id);
      if (first) add([...at, 'id'], `question id "${question.id}" is already used at ${first}`);
      else seenQuestions.set(question.id, jsonPath(at));
      if (!question.id.startsWith(section.id)) {
        add(
          [...at, 'id'],
          `question "${question.id}" is in section "${section.id}": its id must start with "${section.id}"`,
        );
      }
      checkQuestion(question, at, add, sourceIds);
      question.redFlags.forEach((flag, fi) => {
        const firstFlag = seenFlags.get(flag.id);
        if (firstFlag)
          add([...at, 'redFlags', fi, 'id'], `red-flag id "${flag.id}" is already used at ${firstFlag}`);
        else seenFlags.set(flag.id, jsonPath([...at, 'redFlags', fi]));
      });
    });
  });
}

/** `unidentified(Q)` asks about Q's parties, so Q must be an entity question. */
function checkEntityFunctions(template: Template, add: Add): void {
  const questions = new Map(
    template.sections.flatMap((section) => section.questions.map((q) => [q.id, q] as const)),
  );
  for (const { at, source } of expressionSources(template)) {
    let calls;
    try {
      calls = collectCalls(parseExpression(source));
    } catch (error) {
      if (error instanceof ExpressionError) continue; // checkExpressions reports it
      throw error;
    }
    for (const { fn, arg } of calls) {
      const question = questions.get(arg);
      if (!ENTITY_FUNCTIONS.includes(fn) || !question || question.type === 'entity') continue;
      add(
        at,
        `${fn}(${arg}) needs an entity question (a list of parties), but ${arg} is a ${question.type} question`,
      );
    }
  }
}

/**
 * Every expression in the template: each `showIf` and `when` wherever it sits (questions, red
 * flags, and every rule of the scoring block, including parts added later).
 */
function expressionSources(template: Template): { at: PropertyKey[]; source: string }[] {
  const found: { at: PropertyKey[]; source: string }[] = [];
  const visit = (node: unknown, at: PropertyKey[]): void => {
    if (Array.isArray(node)) node.forEach((item, i) => visit(item, [...at, i]));
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'when' || key === 'showIf') && typeof value === 'string')
          found.push({ at: [...at, key], source: value });
        else visit(value, [...at, key]);
      }
  };
  visit(template.sections, ['sections']);
  visit(template.scoring, ['scoring']);
  return found;
}

function checkTranslations(
  template: Template,
  inputs: readonly TranslationInput[],
  problems: TemplateProblem[],
): Translation[] {
  const keys = translationKeys(template);
  const byLocale = new Map<string, Translation>();
  for (const input of inputs) {
    const parsed = translationSchema.safeParse(input.json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({ file: input.file, path: jsonPath(issue.path), message: issue.message });
      continue;
    }
    const translation = parsed.data;
    const add = (segments: readonly PropertyKey[], message: string) =>
      problems.push({ file: input.file, path: jsonPath(segments), message });
    if (translation.template !== template.id)
      add(['template'], `expected "${template.id}", the template this file translates`);
    if (translation.version !== template.version)
      add(['version'], `expected "${template.version}", the template's version`);
    if (translation.locale === template.sourceLocale)
      add(['locale'], `"${translation.locale}" is the source locale; its texts are in the template itself`);
    else if (!template.locales.includes(translation.locale))
      add(
        ['locale'],
        `"${translation.locale}" is not one of the template's locales (${template.locales.join(', ')})`,
      );
    if (byLocale.has(translation.locale)) add(['locale'], `a second translation for "${translation.locale}"`);
    byLocale.set(translation.locale, translation);
    for (const key of keys.keys()) {
      if (!(key in translation.texts))
        add(
          ['texts', key],
          `missing translation (source text: ${JSON.stringify(truncate(keys.get(key) ?? ''))})`,
        );
    }
    for (const key of Object.keys(translation.texts)) {
      if (!keys.has(key)) add(['texts', key], 'no such text in the template (stale or misspelt key)');
    }
  }
  for (const locale of template.locales) {
    if (locale !== template.sourceLocale && !byLocale.has(locale)) {
      problems.push({
        file: `translations/${locale}.json`,
        path: '$',
        message: `missing: the template lists locale "${locale}" but has no translation for it`,
      });
    }
  }
  return [...byLocale.values()].sort((a, b) => (a.locale < b.locale ? -1 : 1));
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
