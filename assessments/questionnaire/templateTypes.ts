import type { z } from 'zod';
import type { redFlagRuleSchema } from './templateSchema';

export type {
  Question,
  Section,
  Template,
  ScoringConfig,
  SeverityCap,
  DecisiveAnswer,
  RevisitPrompt,
  Aggregate,
  Tier,
  Recommendation,
  RedFlagCode,
  Locale,
  AnswerType,
} from './templateSchema';
export type RedFlagRuleSchemaOut = z.infer<typeof redFlagRuleSchema>;
