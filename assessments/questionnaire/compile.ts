import type { Expr } from './expression/ast';
import { parseExpression } from './expression/parse';
import type { Question, RedFlagRuleSchemaOut, Section, Template } from './templateTypes';

export interface CompiledFlag {
  rule: RedFlagRuleSchemaOut;
  question: Question;
  section: Section;
  when: Expr;
}

/** A validated template with every expression parsed once and indexes for the engine and scoring. */
export interface CompiledTemplate {
  template: Template;
  /** Question ids in document order. */
  order: readonly string[];
  questions: ReadonlyMap<string, { question: Question; section: Section }>;
  showIf: ReadonlyMap<string, Expr>;
  flags: readonly CompiledFlag[];
  rules: ReadonlyMap<string, Expr>;
}

/**
 * Parses a template's expressions. Call only on a template that `validateTemplate` accepted; a parse
 * error here means that step was skipped, and is thrown.
 */
export function compileTemplate(template: Template): CompiledTemplate {
  const order: string[] = [];
  const questions = new Map<string, { question: Question; section: Section }>();
  const showIf = new Map<string, Expr>();
  const flags: CompiledFlag[] = [];
  const rules = new Map<string, Expr>();
  for (const section of template.sections) {
    for (const question of section.questions) {
      order.push(question.id);
      questions.set(question.id, { question, section });
      if (question.showIf) showIf.set(question.id, parseExpression(question.showIf));
      for (const rule of question.redFlags)
        flags.push({ rule, question, section, when: parseExpression(rule.when) });
    }
  }
  const scoring = template.scoring;
  if (scoring) {
    for (const floor of scoring.severity.floors) rules.set(`floor:${floor.id}`, parseExpression(floor.when));
    for (const cap of scoring.severity.caps ?? []) rules.set(`cap:${cap.id}`, parseExpression(cap.when));
    for (const actual of scoring.likelihood.actual)
      rules.set(`actual:${actual.id}`, parseExpression(actual.when));
    if (scoring.mitigation) rules.set('mitigation', parseExpression(scoring.mitigation.when));
    for (const prompt of scoring.revisit ?? [])
      rules.set(`revisit:${prompt.id}`, parseExpression(prompt.when));
  }
  return { template, order, questions, showIf, flags, rules };
}
