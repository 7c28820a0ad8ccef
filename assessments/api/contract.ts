import * as z from 'zod';
import { writePath } from '../files/pathFields';
import {
  archivableSummarySchema,
  archiveAssessmentInputSchema,
  assessmentDetailSchema,
  assessmentIdSchema,
  assessmentListItemSchema,
  assessmentSummarySchema,
  createAssessmentInputSchema,
  importAssessmentInputSchema,
  renameAssessmentInputSchema,
  saveAnswerInputSchema,
  storedAnswerSchema,
} from '../assessment/schemas';
import {
  upgradeAssessmentInputSchema,
  upgradePlanSchema,
  upgradeResultSchema,
} from '../assessment/upgradeSchemas';
import { decisionSchema, recordDecisionInputSchema } from '../decision/schemas';
import {
  evidenceItemSchema,
  ingestEvidenceInputSchema,
  linkEvidenceBatchInputSchema,
  linkEvidenceInputSchema,
  updateEvidenceInputSchema,
  vaultReportSchema,
} from '../evidence/schemas';
import { blockersSchema, progressSchema } from '../questionnaire/progress';
import { templateSummarySchema } from '../questionnaire/templateSummary';
import { scoringResultSchema } from '../scoring/resultSchema';
import { assumptionSchema, sensitivitySchema } from '../scoring/sensitivitySchema';
import { trailMessageSchema } from '../scoring/trail/trailMessage';
import { templateSchema, translationSchema } from '../questionnaire/templateSchema';
import {
  assessPassphraseInputSchema,
  auditVerificationSchema,
  changePassphraseInputSchema,
  createWorkspaceInputSchema,
  unlockWorkspaceInputSchema,
  workspaceStatusSchema,
  passphraseAssessmentSchema,
  workspaceVerificationSchema,
} from '../workspace/schemas';
import {
  compareDatasetsInputSchema,
  datasetComparisonSchema,
  datasetSummarySchema,
  importDatasetInputSchema,
  importDatasetOutputSchema,
  importProgressSchema,
  screenNamesInputSchema,
  screenNamesOutputSchema,
} from '../reference/schemas';
import { suggestionSchema } from '../reference/suggestionSchemas';
import {
  disposeHitInputSchema,
  disposeHitOutputSchema,
  runScreeningInputSchema,
  screeningRunSchema,
} from '../screening/schemas';
import {
  createIdentityInputSchema,
  exportCertificateInputSchema,
  exportCertificateOutputSchema,
  identitySummarySchema,
  importIdentityInputSchema,
} from '../signing/schemas';
import { countersignInputSchema, countersignOutputSchema } from '../signing/countersignSchemas';
import {
  timestampApplyInputSchema,
  timestampApplyOutputSchema,
  timestampRequestInputSchema,
  timestampRequestOutputSchema,
} from '../signing/timestampSchemas';
import { pdfVerificationSchema, verifyPdfInputSchema } from '../verify/verificationSchema';
import { workspaceSettingsSchema } from '../settings/schemas';
import {
  backupInputSchema,
  backupListSchema,
  restoreInputSchema,
  restoreResultSchema,
  writtenBackupSchema,
} from '../workspace/backup/schemas';
import { exportReportInputSchema, reportExportSchema } from '../report/schemas';
import type { EventName, OperationName } from './operationNames';

export { isEventName, isOperationName, type EventName, type OperationName } from './operationNames';

const none = z.object({}).strict();

const custodyEventSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  payload: z.record(z.string(), z.unknown()),
  hash: z.string(),
});

/**
 * Every operation the UI (or any transport) may call, with the schema its input must pass and the
 * schema its result is checked against. Transports, the preload allowlist and the typed client are
 * all derived from this object.
 */
export const contract = {
  'workspace.status': { input: none, output: workspaceStatusSchema },
  'workspace.create': { input: createWorkspaceInputSchema, output: workspaceStatusSchema },
  'workspace.unlock': { input: unlockWorkspaceInputSchema, output: workspaceStatusSchema },
  'workspace.lock': { input: none, output: workspaceStatusSchema },
  'workspace.changePassphrase': { input: changePassphraseInputSchema, output: workspaceStatusSchema },
  'workspace.verify': { input: none, output: workspaceVerificationSchema },
  'passphrase.assess': { input: assessPassphraseInputSchema, output: passphraseAssessmentSchema },
  'workspace.backup': { input: backupInputSchema, output: writtenBackupSchema },
  'workspace.backups': { input: none, output: backupListSchema },
  'workspace.restore': { input: restoreInputSchema, output: restoreResultSchema },
  'audit.verify': { input: none, output: auditVerificationSchema },
  'settings.get': { input: none, output: workspaceSettingsSchema },
  'settings.set': { input: workspaceSettingsSchema, output: workspaceSettingsSchema },
  'template.list': { input: none, output: z.array(templateSummarySchema) },
  'template.get': {
    input: z.object({ id: z.string().max(63), version: z.string().max(20).optional() }),
    output: z.object({
      ref: z.string(),
      hash: z.string(),
      template: templateSchema,
      translations: z.array(translationSchema),
    }),
  },
  'assessment.create': { input: createAssessmentInputSchema, output: assessmentSummarySchema },
  'assessment.import': { input: importAssessmentInputSchema, output: assessmentSummarySchema },
  'assessment.list': { input: none, output: z.array(assessmentListItemSchema) },
  'assessment.get': { input: z.object({ id: assessmentIdSchema }), output: assessmentDetailSchema },
  'assessment.evaluate': {
    input: z.object({ id: assessmentIdSchema }),
    output: z.object({
      templateRef: z.string(),
      result: scoringResultSchema,
      /** Each explanation step as a message for the reader's language; null where only English says it. */
      trail: z.array(trailMessageSchema.nullable()),
      progress: progressSchema,
      blockers: blockersSchema,
      /** What the result takes for granted because answers are missing or Unknown. */
      assumptions: z.array(assumptionSchema),
    }),
  },
  /** Which single answers would change the tier; slower than `assessment.evaluate`, so asked apart. */
  'assessment.sensitivity': { input: z.object({ id: assessmentIdSchema }), output: sensitivitySchema },
  'assessment.planUpgrade': { input: upgradeAssessmentInputSchema, output: upgradePlanSchema },
  'assessment.upgrade': { input: upgradeAssessmentInputSchema, output: upgradeResultSchema },
  'assessment.rename': { input: renameAssessmentInputSchema, output: archivableSummarySchema },
  'assessment.archive': { input: archiveAssessmentInputSchema, output: archivableSummarySchema },
  'answers.save': {
    input: saveAnswerInputSchema,
    output: storedAnswerSchema.omit({ value: true, note: true }),
  },
  'decision.record': { input: recordDecisionInputSchema, output: decisionSchema },
  'decision.get': {
    input: z.object({ assessmentId: assessmentIdSchema }),
    output: decisionSchema.nullable(),
  },
  'evidence.ingest': {
    input: ingestEvidenceInputSchema.extend({ ingestId: z.uuid().optional() }),
    output: evidenceItemSchema,
  },
  'evidence.cancel': {
    input: z.object({ ingestId: z.uuid() }),
    output: z.object({ cancelled: z.boolean() }),
  },
  'evidence.update': { input: updateEvidenceInputSchema, output: evidenceItemSchema },
  'evidence.link': { input: linkEvidenceInputSchema, output: evidenceItemSchema },
  /** Many links changed at once, all or none; returns every evidence item of the assessment. */
  'evidence.linkMany': { input: linkEvidenceBatchInputSchema, output: z.array(evidenceItemSchema) },
  'evidence.list': {
    input: z.object({ assessmentId: assessmentIdSchema }),
    output: z.array(evidenceItemSchema),
  },
  'evidence.custody': { input: z.object({ evidenceId: z.uuid() }), output: z.array(custodyEventSchema) },
  'evidence.exportCopy': {
    input: z.object({ evidenceId: z.uuid(), path: writePath('choose where to save the copy') }),
    output: z.object({ path: z.string(), sha256: z.string() }),
  },
  'evidence.remove': {
    input: z.object({ evidenceId: z.uuid() }),
    output: z.object({ erasedBlob: z.boolean() }),
  },
  'vault.verify': { input: none, output: vaultReportSchema },
  /** Desktop only: the native save dialog; the chosen path may then be written once by an export. */
  'dialogs.saveFile': {
    input: z.object({ title: z.string().max(200).optional(), defaultName: z.string().max(255) }),
    output: z.object({ canceled: z.boolean(), path: z.string().nullable() }),
  },
  /** Browser only: a reference an export may write to, for the window to download afterwards. */
  'files.prepareDownload': {
    input: z.object({ name: z.string().trim().min(1, 'name the file').max(255) }),
    output: z.object({ path: z.string() }),
  },
  /** Browser only: a single-use link, valid for a minute, to a file an export wrote. */
  'files.download': {
    /** The reference files.prepareDownload returned, once an export has written to it. */
    input: z.object({ ref: z.string().min(1).max(200) }),
    output: z.object({ url: z.string(), name: z.string(), sizeBytes: z.number().int() }),
  },
  'reference.import': { input: importDatasetInputSchema, output: importDatasetOutputSchema },
  'reference.list': { input: none, output: z.array(datasetSummarySchema) },
  'reference.compare': { input: compareDatasetsInputSchema, output: datasetComparisonSchema },
  'reference.remove': { input: z.object({ datasetId: z.uuid() }), output: datasetSummarySchema },
  'reference.screen': { input: screenNamesInputSchema, output: screenNamesOutputSchema },
  'reference.suggestions': {
    input: z.object({ assessmentId: assessmentIdSchema }),
    output: z.array(suggestionSchema),
  },
  'reference.acceptSuggestion': {
    input: z.object({ assessmentId: assessmentIdSchema, questionId: z.string().min(1).max(40) }),
    output: z.object({ suggestion: suggestionSchema, revision: z.number().int() }),
  },
  'screening.run': { input: runScreeningInputSchema, output: screeningRunSchema },
  'screening.list': {
    input: z.object({ assessmentId: assessmentIdSchema }),
    output: z.array(screeningRunSchema),
  },
  'screening.dispose': { input: disposeHitInputSchema, output: disposeHitOutputSchema },
  'identity.create': { input: createIdentityInputSchema, output: identitySummarySchema },
  'identity.import': { input: importIdentityInputSchema, output: identitySummarySchema },
  'identity.list': { input: none, output: z.array(identitySummarySchema) },
  'identity.exportCertificate': {
    input: exportCertificateInputSchema,
    output: exportCertificateOutputSchema,
  },
  'pdf.verify': { input: verifyPdfInputSchema, output: pdfVerificationSchema },
  'report.export': { input: exportReportInputSchema, output: reportExportSchema },
  'report.timestampRequest': { input: timestampRequestInputSchema, output: timestampRequestOutputSchema },
  'report.timestampApply': { input: timestampApplyInputSchema, output: timestampApplyOutputSchema },
  'report.countersign': { input: countersignInputSchema, output: countersignOutputSchema },
} as const satisfies Record<OperationName, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type OperationInput<K extends OperationName> = z.input<Contract[K]['input']>;
export type OperationOutput<K extends OperationName> = z.output<Contract[K]['output']>;

/** Events pushed from the core to every window. */
export const contractEvents = {
  'workspace.changed': workspaceStatusSchema,
  'evidence.progress': z.object({ ingestId: z.uuid(), done: z.number().int(), total: z.number().int() }),
  'reference.progress': importProgressSchema,
} as const satisfies Record<EventName, z.ZodType>;

export type EventPayload<K extends EventName> = z.output<(typeof contractEvents)[K]>;
