import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dispatch, type Handlers } from '../../assessments/api/dispatch';
import { createHandlers } from '../../assessments/api/handlers';
import type { AssessmentDeps } from '../../assessments/assessment/assessmentService';
import { PinnedTemplates } from '../../assessments/templates/pinnedTemplates';
import { TemplateLibrary } from '../../assessments/templates/templateLibrary';
import type { WorkspaceSession } from '../../assessments/workspace/session';
import { unwrapEnvelope } from './envelope';
import { newSession, REPO_TEMPLATES, steppingClock, TEST_PASSPHRASE } from './workspace';

export const EXAMPLE_ANSWERS = fileURLToPath(new URL('../fixtures/answers/', import.meta.url));

export interface ReportWorkspace {
  session: WorkspaceSession;
  handlers: Handlers;
  deps: Pick<AssessmentDeps, 'ws' | 'pinned' | 'clock'>;
  assessmentId: string;
}

/**
 * A workspace holding one realistic assessment for report tests: a worked example's answers against
 * the shipped template, two evidence files (one restricted) linked to questions, and a decision.
 */
export async function reportWorkspace(
  root: string,
  options: {
    example?: string;
    /** Where the example answer files are (bundled benchmarks resolve it from their own location). */
    answersDir?: string;
    title?: string;
    endUserName?: string;
    productDescription?: string;
    rationale?: string;
    decide?: boolean;
    /** Runs after the evidence is in and before the decision (answers changed later make it stale). */
    beforeDecision?: (handlers: Handlers, assessmentId: string) => Promise<void>;
  } = {},
): Promise<ReportWorkspace> {
  const clock = steppingClock();
  const session = newSession(root, clock);
  const handlers = createHandlers({
    session,
    clock,
    library: new TemplateLibrary(REPO_TEMPLATES),
  });
  await unwrapEnvelope(
    dispatch(handlers, 'workspace.create', { passphrase: TEST_PASSPHRASE, assessorName: 'Dr. Lena Brandt' }),
  );
  const file = JSON.parse(
    readFileSync(
      join(options.answersDir ?? EXAMPLE_ANSWERS, options.example ?? 'example-1-spyware.json'),
      'utf8',
    ),
  ) as {
    answers: Record<string, unknown>;
  };
  const { id: assessmentId } = await unwrapEnvelope<{ id: string }>(
    dispatch(handlers, 'assessment.import', {
      title: options.title ?? 'Remote-intrusion platform for the national intelligence service',
      destinationCountry: 'EG',
      endUserName: options.endUserName ?? 'General Intelligence Directorate',
      productDescription:
        options.productDescription ??
        'Remote device-intrusion platform (4D004) with training and two years of updates',
      templateId: 'surveillance-export-hria',
      // The worked examples are answered against 1.0.0; without a version the newest (1.1.0) is used.
      templateVersion: '1.0.0',
      answers: file.answers,
    }),
  );
  const evidence = [
    {
      name: 'terms-of-reference.txt',
      body: 'Terms of reference, version 2, signed 2025-03-14.',
      questionIds: ['A5'],
    },
    {
      name: 'source-interview.txt',
      body: 'Interview notes with a confidential source.',
      questionIds: ['C8', 'D3'],
      restricted: true,
    },
  ];
  for (const item of evidence) {
    const path = join(root, item.name);
    writeFileSync(path, item.body);
    await unwrapEnvelope(
      dispatch(handlers, 'evidence.ingest', {
        assessmentId,
        path,
        questionIds: item.questionIds,
        metadata: {
          source: item.restricted ? 'Confidential source S-4' : 'Applicant',
          acquiredAt: '2025-03-20',
          acquiredHow: item.restricted ? 'Interview' : 'Sent by the applicant',
          acquiredBy: 'Dr. Lena Brandt',
          reliability: 'B',
          credibility: 2,
          restricted: item.restricted ?? false,
        },
      }),
    );
  }
  await options.beforeDecision?.(handlers, assessmentId);
  if (options.decide !== false) {
    const evaluated = await unwrapEnvelope<{ result: { recommendation: string } }>(
      dispatch(handlers, 'assessment.evaluate', { id: assessmentId }),
    );
    const computed = evaluated.result.recommendation;
    const final = computed === 'deny' ? 'deny' : 'refer';
    await unwrapEnvelope(
      dispatch(handlers, 'decision.record', {
        assessmentId,
        finalRecommendation: final,
        rationale:
          options.rationale ??
          'Documented misuse of intrusion tools against journalists by the end user; no safeguard can contain the risk.',
        overrideJustification:
          final === computed ? null : 'Referred to the export-control committee for a final decision.',
        conditions: [
          {
            category: 'reporting-duty',
            text: 'Report any renewed application to the committee within 30 days.',
          },
        ],
        reviewDate: '2026-03-01',
      }),
    );
  }
  return {
    session,
    handlers,
    deps: { ws: session.require(), pinned: new PinnedTemplates(), clock },
    assessmentId,
  };
}
