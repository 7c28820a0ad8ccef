import { compileTemplate } from '../../questionnaire/compile';
import { scoreAssessment } from '../../scoring/scoreAssessment';
import { trailLookup } from '../../scoring/trail/trailLookup';
import { formatTrail } from '../../scoring/trail/trailMessage';
import { trailMessages } from '../../scoring/trail/trailMessages';
import type { EmbeddedAssessment } from '../../verify/embeddedAssessment';
import type { ReportContext } from '../layout/reportContext';
import type { TemplateTexts } from '../templateTexts';

/**
 * Each step of the embedded result's trail as a sentence in the report's language, or null where
 * only the engine's English can say it (the report then prints that, marked as English). The
 * embedded result itself is never changed: a verifier compares it byte for byte.
 */
export function trailSentences(
  ctx: ReportContext,
  doc: EmbeddedAssessment,
  texts: TemplateTexts,
): (string | null)[] {
  let messages;
  try {
    const compiled = compileTemplate(texts.template);
    const evidenceCounts = Object.fromEntries(
      Object.entries(doc.evidenceLinks).map(([questionId, ids]) => [questionId, ids.length]),
    );
    messages = trailMessages(doc.result, () =>
      scoreAssessment(compiled, doc.answers, {
        evidenceCounts,
        evidenceLinks: doc.evidenceLinks,
        messages: true,
      }),
    );
  } catch {
    // A result this version cannot score again still has its own English trail to print.
    return doc.result.explanation.map(() => null);
  }
  const lookup = trailLookup(ctx.locale, texts.template, {
    tier: (tier) => ctx.t(`tier.${tier}`),
    text: (key, source) => {
      const text = texts.text(key);
      return text === key ? source : text;
    },
    unknown: ctx.t('answers.unknown'),
    yes: ctx.t('answers.yes'),
    no: ctx.t('answers.no'),
  });
  return messages.map((msg) => (msg ? formatTrail(msg, lookup) : null));
}
