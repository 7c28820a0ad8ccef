import { UNKNOWN } from './answers';
import { duplicates } from './duplicates';
import type { Question } from './templateSchema';

type Add = (segments: readonly PropertyKey[], message: string) => void;

const SCORABLE = new Set(['single', 'multi', 'yesno', 'scale']);
const WITH_OPTIONS = new Set(['single', 'multi', 'yesno']);

/** Shape rules of one question that the schema alone cannot express. */
export function checkQuestion(
  q: Question,
  at: readonly PropertyKey[],
  add: Add,
  sourceIds: ReadonlySet<string>,
): void {
  const options = q.options ?? [];
  if (q.type === 'single' || q.type === 'multi') {
    if (options.length < 2) add([...at, 'options'], `a ${q.type} question needs at least two options`);
  }
  if (q.type === 'yesno' && q.options) {
    const values = options.map((o) => o.value).sort();
    if (values.join(',') !== 'no,yes')
      add([...at, 'options'], 'a yesno question has exactly the options "yes" and "no"');
  }
  if (!WITH_OPTIONS.has(q.type) && q.options) add([...at, 'options'], `a ${q.type} question has no options`);
  if (q.type === 'scale') {
    if (!q.scale) add([...at, 'scale'], 'a scale question needs "scale": { min, max }');
    else {
      if (q.scale.min >= q.scale.max)
        add([...at, 'scale', 'max'], `must be greater than min (${q.scale.min})`);
      const points = q.scale.max - q.scale.min + 1;
      if (q.scale.risk && q.scale.risk.length !== points)
        add([...at, 'scale', 'risk'], `needs one risk per scale point: ${points} values`);
      for (const point of Object.keys(q.scale.labels)) {
        const n = Number(point);
        if (n < q.scale.min || n > q.scale.max)
          add([...at, 'scale', 'labels', point], `point ${point} is outside ${q.scale.min}–${q.scale.max}`);
      }
    }
  } else if (q.scale) add([...at, 'scale'], `only scale questions have "scale" (this is ${q.type})`);
  if (q.aggregate && q.type !== 'multi')
    add([...at, 'aggregate'], `only multi questions aggregate (this is ${q.type})`);
  if (q.multiple && q.type !== 'entity')
    add([...at, 'multiple'], `only entity questions take several values (this is ${q.type})`);
  if (q.unknownRisk !== undefined && !q.allowUnknown)
    add([...at, 'unknownRisk'], 'set only where "allowUnknown" is true');

  duplicates(
    options.map((o) => o.value),
    (i, v) => add([...at, 'options', i, 'value'], `option "${v}" appears twice in ${q.id}`),
  );
  options.forEach((option, i) => {
    if (option.value === UNKNOWN)
      add([...at, 'options', i, 'value'], `"${UNKNOWN}" is reserved; use "allowUnknown": true`);
    if (option.notApplicable && q.type !== 'single') {
      add(
        [...at, 'options', i, 'notApplicable'],
        'only options of a single question can be "not applicable"',
      );
    }
    if (option.notApplicable && option.risk !== undefined) {
      add(
        [...at, 'options', i, 'risk'],
        'a "not applicable" option takes the question out of the score: it has no risk',
      );
    }
    if (option.exclusive && q.type !== 'multi')
      add([...at, 'options', i, 'exclusive'], 'only options of a multi question can be exclusive');
  });

  if (q.importance !== undefined) {
    if (!SCORABLE.has(q.type))
      add([...at, 'importance'], `a ${q.type} question cannot be scored; remove "importance"`);
    // A count aggregate turns how many options are chosen into risk; per-option weights play no part.
    if (WITH_OPTIONS.has(q.type) && q.aggregate?.kind !== 'count') {
      if (options.length === 0)
        add([...at, 'options'], `scored ${q.type} question ${q.id} needs options with risk weights`);
      options.forEach((option, i) => {
        if (option.risk === undefined && !option.notApplicable)
          add(
            [...at, 'options', i, 'risk'],
            `${q.id} is scored (importance ${q.importance}): option "${option.value}" needs a risk weight 0–4`,
          );
      });
    }
    if (q.type === 'scale' && q.scale && !q.scale.risk)
      add([...at, 'scale', 'risk'], `${q.id} is scored: give a risk for each scale point`);
  }

  q.mapsTo.forEach((mapping, i) => {
    if (!sourceIds.has(mapping.source))
      add([...at, 'mapsTo', i, 'source'], `unknown source "${mapping.source}": add it to "sources"`);
  });
  q.redFlags.forEach((flag, fi) =>
    flag.basis.forEach((mapping, i) => {
      if (!sourceIds.has(mapping.source))
        add(
          [...at, 'redFlags', fi, 'basis', i, 'source'],
          `unknown source "${mapping.source}": add it to "sources"`,
        );
    }),
  );
}
