import type { OperationOutput } from '../../../assessments/api/contract';

/** A template as the core hands it to the window: the pinned version, its hash and translations. */
export type TemplateBundle = OperationOutput<'template.get'>;
