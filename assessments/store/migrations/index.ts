import createCore from './0001_create_core.sql';
import pinTemplates from './0002_pin_templates.sql';
import createDecisions from './0003_create_decisions.sql';
import createEvidence from './0004_create_evidence.sql';
import createReference from './0005_create_reference.sql';
import createSigning from './0006_create_signing.sql';
import createWorkspaceSettings from './0007_create_workspace_settings.sql';
import linkAssessmentVersions from './0008_link_assessment_versions.sql';
import backupKeepCount from './0009_backup_keep_count.sql';
import idleLockMinutes from './0010_idle_lock_minutes.sql';
import archiveAssessments from './0011_archive_assessments.sql';
import decisionTriggers from './0012_decision_triggers.sql';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Append-only: never edit a shipped migration, add the next number. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '0001_create_core', sql: createCore },
  { version: 2, name: '0002_pin_templates', sql: pinTemplates },
  { version: 3, name: '0003_create_decisions', sql: createDecisions },
  { version: 4, name: '0004_create_evidence', sql: createEvidence },
  { version: 5, name: '0005_create_reference', sql: createReference },
  { version: 6, name: '0006_create_signing', sql: createSigning },
  { version: 7, name: '0007_create_workspace_settings', sql: createWorkspaceSettings },
  { version: 8, name: '0008_link_assessment_versions', sql: linkAssessmentVersions },
  { version: 9, name: '0009_backup_keep_count', sql: backupKeepCount },
  { version: 10, name: '0010_idle_lock_minutes', sql: idleLockMinutes },
  { version: 11, name: '0011_archive_assessments', sql: archiveAssessments },
  { version: 12, name: '0012_decision_triggers', sql: decisionTriggers },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
