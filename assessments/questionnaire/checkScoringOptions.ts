import { UNKNOWN } from './answers';
import { collectQuestionRefs, collectVariables, type Expr } from './expression/ast';
import { ExpressionError, parseExpression } from './expression/parse';
import { duplicates } from './duplicates';
import type { Question, Template } from './templateSchema';

type Add = (segments: readonly PropertyKey[], message: string) => void;

/**
 * The optional methodology-1.1 parts of the scoring block: severity caps, decisive answers and
 * revisit prompts. Each must name real questions of the right kind, use unique ids and carry a
 * condition that parses and names only what exists. Absent parts are not checked (nothing to check).
 */
export function checkScoringOptions(template: Template, add: Add): void {
  const scoring = template.scoring;
  if (!scoring) return;
  const questions = new Map<string, Question>(
    template.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)),
  );
  const dimensions = new Set(scoring.severity.dimensions);

  const caps = scoring.severity.caps ?? [];
  duplicates(
    caps.map((cap) => cap.id),
    (i, v) => add(['scoring', 'severity', 'caps', i, 'id'], `cap id "${v}" is used twice`),
  );
  caps.forEach((cap, i) => {
    const at = ['scoring', 'severity', 'caps', i];
    if (!questions.has(cap.dimension)) add([...at, 'dimension'], `no question "${cap.dimension}"`);
    else if (!dimensions.has(cap.dimension))
      add(
        [...at, 'dimension'],
        `${cap.dimension} is not a severity dimension (scoring.severity.dimensions: ${[...dimensions].join(', ')})`,
      );
    checkCondition(questions, cap.when, (message) => add([...at, 'when'], message));
  });

  const decisive = scoring.decisive ?? [];
  duplicates(
    decisive.map((answer) => answer.question),
    (i, v) => add(['scoring', 'decisive', i, 'question'], `question "${v}" is listed as decisive twice`),
  );
  decisive.forEach((answer, i) => {
    const question = questions.get(answer.question);
    if (!question) add(['scoring', 'decisive', i, 'question'], `no question "${answer.question}"`);
    else if (question.importance === undefined)
      add(
        ['scoring', 'decisive', i, 'question'],
        `${answer.question} is not scored (no importance), so no answer to it can be decisive`,
      );
  });

  const revisit = scoring.revisit ?? [];
  duplicates(
    revisit.map((prompt) => prompt.id),
    (i, v) => add(['scoring', 'revisit', i, 'id'], `revisit prompt id "${v}" is used twice`),
  );
  revisit.forEach((prompt, i) => {
    const at = ['scoring', 'revisit', i];
    if (!questions.has(prompt.question)) add([...at, 'question'], `no question "${prompt.question}"`);
    checkCondition(questions, prompt.when, (message) => add([...at, 'when'], message));
  });
}

/**
 * Parses a condition and checks what it names, as `checkExpressions` does for the other scoring
 * rules: a syntax error with its position, unknown questions, computed values (scoring rules read
 * answers only) and option literals a question does not have (a typo would silently never match).
 */
function checkCondition(
  questions: ReadonlyMap<string, Question>,
  source: string,
  report: (message: string) => void,
): void {
  let expr: Expr;
  try {
    expr = parseExpression(source);
  } catch (error) {
    if (error instanceof ExpressionError) {
      report(`${error.message} at character ${error.position + 1} of ${JSON.stringify(source)}`);
      return;
    }
    throw error;
  }
  for (const ref of collectQuestionRefs(expr))
    if (!questions.has(ref)) report(`refers to question "${ref}", which does not exist`);
  const variables = collectVariables(expr);
  if (variables.size > 0)
    report(`a scoring rule cannot use computed values (${[...variables].join(', ')}): it reads answers only`);
  checkLiterals(expr, questions, report);
}

function checkLiterals(
  expr: Expr,
  questions: ReadonlyMap<string, Question>,
  report: (message: string) => void,
): void {
  if (expr.kind === 'not') checkLiterals(expr.operand, questions, report);
  if (expr.kind === 'logical') {
    checkLiterals(expr.left, questions, report);
    checkLiterals(expr.right, questions, report);
  }
  if (expr.kind !== 'compare') return;
  for (const [side, other] of [
    [expr.left, expr.right],
    [expr.right, expr.left],
  ] as const) {
    const question = side.kind === 'question' ? questions.get(side.id) : undefined;
    if (!question || (!question.options && question.type !== 'yesno')) continue;
    const allowed = new Set((question.options ?? []).map((o) => o.value));
    if (question.type === 'yesno') ['yes', 'no'].forEach((v) => allowed.add(v));
    if (question.allowUnknown) allowed.add(UNKNOWN);
    const literals = other.kind === 'literal' ? [other.value] : other.kind === 'list' ? other.items : [];
    for (const literal of literals)
      if (typeof literal === 'string' && !allowed.has(literal))
        report(`"${literal}" is not an option of ${question.id} (options: ${[...allowed].join(', ')})`);
  }
}
