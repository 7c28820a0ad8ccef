import type { OperationOutput } from '../../../assessments/api/contract';

export type EvidenceItem = OperationOutput<'evidence.list'>[number];
export type CustodyEvent = OperationOutput<'evidence.custody'>[number];
