import { UNKNOWN } from './answers';
import { collectQuestionRefs, collectVariables, type Expr } from './expression/ast';
import { ExpressionError, parseExpression } from './expression/parse';
import type { Question, Template } from './templateSchema';

type Add = (segments: readonly PropertyKey[], message: string) => void;

interface Located {
  at: readonly PropertyKey[];
  source: string;
  /** Show-if conditions run before scoring, so they may not read computed variables. */
  allowVariables: boolean;
  owner?: Question;
  code?: string;
}

/** Parses every expression, checks what it names, and refuses show-if cycles. */
export function checkExpressions(template: Template, add: Add): void {
  const questions = new Map<string, Question>();
  for (const section of template.sections) for (const q of section.questions) questions.set(q.id, q);
  const showIfRefs = new Map<string, Set<string>>();

  const check = ({ at, source, allowVariables, owner, code }: Located): Expr | null => {
    let expr: Expr;
    try {
      expr = parseExpression(source);
    } catch (error) {
      if (error instanceof ExpressionError) {
        add(at, `${error.message} at character ${error.position + 1} of ${JSON.stringify(source)}`);
        return null;
      }
      throw error;
    }
    for (const ref of collectQuestionRefs(expr)) {
      if (!questions.has(ref)) add(at, `refers to question "${ref}", which does not exist`);
    }
    const variables = collectVariables(expr);
    if (!allowVariables && variables.size > 0) {
      add(
        at,
        `a show-if condition cannot use computed values (${[...variables].join(', ')}): visibility is decided before scoring`,
      );
    }
    if (variables.has('tier') && code !== undefined && code !== 'GAP' && code !== 'NOTIFY') {
      add(at, `only GAP and NOTIFY rules may read "tier" (this is ${code}): other flags decide the tier`);
    }
    checkOptionLiterals(expr, questions, (message) => add(at, message));
    if (owner && !allowVariables) showIfRefs.set(owner.id, collectQuestionRefs(expr));
    return expr;
  };

  template.sections.forEach((section, si) =>
    section.questions.forEach((q, qi) => {
      const at = ['sections', si, 'questions', qi];
      if (q.showIf) check({ at: [...at, 'showIf'], source: q.showIf, allowVariables: false, owner: q });
      q.redFlags.forEach((flag, fi) =>
        check({
          at: [...at, 'redFlags', fi, 'when'],
          source: flag.when,
          allowVariables: true,
          code: flag.code,
        }),
      );
    }),
  );
  const scoring = template.scoring;
  if (scoring) {
    scoring.severity.floors.forEach((floor, i) =>
      check({ at: ['scoring', 'severity', 'floors', i, 'when'], source: floor.when, allowVariables: false }),
    );
    scoring.likelihood.actual.forEach((rule, i) =>
      check({ at: ['scoring', 'likelihood', 'actual', i, 'when'], source: rule.when, allowVariables: false }),
    );
    if (scoring.mitigation)
      check({
        at: ['scoring', 'mitigation', 'when'],
        source: scoring.mitigation.when,
        allowVariables: false,
      });
  }
  reportCycles(template, showIfRefs, add);
}

/** `B2 == 'non-listed'` must name an option B2 really has; a typo would silently never match. */
function checkOptionLiterals(
  expr: Expr,
  questions: ReadonlyMap<string, Question>,
  report: (message: string) => void,
): void {
  const visit = (node: Expr): void => {
    if (node.kind === 'not') visit(node.operand);
    if (node.kind === 'logical') {
      visit(node.left);
      visit(node.right);
    }
    if (node.kind !== 'compare') return;
    const pairs: [Expr, Expr][] = [
      [node.left, node.right],
      [node.right, node.left],
    ];
    for (const [side, other] of pairs) {
      if (side.kind !== 'question') continue;
      const question = questions.get(side.id);
      if (!question?.options && question?.type !== 'yesno') continue;
      const allowed = new Set((question.options ?? []).map((o) => o.value));
      if (question.type === 'yesno') ['yes', 'no'].forEach((v) => allowed.add(v));
      if (question.allowUnknown) allowed.add(UNKNOWN);
      const literals = other.kind === 'literal' ? [other.value] : other.kind === 'list' ? other.items : [];
      for (const literal of literals) {
        if (typeof literal === 'string' && !allowed.has(literal)) {
          report(`"${literal}" is not an option of ${question.id} (options: ${[...allowed].join(', ')})`);
        }
      }
    }
  };
  visit(expr);
}

function reportCycles(template: Template, refs: ReadonlyMap<string, Set<string>>, add: Add): void {
  const state = new Map<string, 'visiting' | 'done'>();
  const location = new Map<string, PropertyKey[]>();
  template.sections.forEach((section, si) =>
    section.questions.forEach((q, qi) => location.set(q.id, ['sections', si, 'questions', qi, 'showIf'])),
  );
  const reported = new Set<string>();
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      const cycle = [...path.slice(path.indexOf(id)), id];
      const key = [...cycle].sort().join(',');
      if (!reported.has(key)) {
        reported.add(key);
        add(location.get(id) ?? ['sections'], `show-if conditions form a cycle: ${cycle.join(' → ')}`);
      }
      return;
    }
    state.set(id, 'visiting');
    for (const next of refs.get(id) ?? []) visit(next, [...path, id]);
    state.set(id, 'done');
  };
  for (const id of refs.keys()) visit(id, []);
}
