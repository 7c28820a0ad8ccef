import type { Handlers } from '../api/dispatch';
import type { Clock } from '../shared/clock';
import { cachedTemplateLookup } from '../verify/checkEmbeddedAssessment';
import { verifyPdfInput } from '../verify/verifyPdfFile';
import type { WorkspaceSession } from '../workspace/session';
import { countersignReport } from './countersignReport';
import { createIdentity, exportCertificate, importIdentity, listIdentities } from './identityService';
import { writeTimestampedPdfFile, writeTimestampRequestFile } from './timestampFiles';

type SigningOps =
  | 'identity.create'
  | 'identity.import'
  | 'identity.list'
  | 'identity.exportCertificate'
  | 'pdf.verify'
  | 'report.timestampRequest'
  | 'report.timestampApply'
  | 'report.countersign';

/**
 * Identities and countersigning need an unlocked workspace (the key, the audit log); verifying or
 * timestamping a PDF needs none.
 */
export function createSigningHandlers({
  session,
  clock,
}: {
  session: WorkspaceSession;
  clock: Clock;
}): Pick<Handlers, SigningOps> {
  const deps = () => ({ ws: session.require(), clock });
  const templates = cachedTemplateLookup();
  return {
    'identity.create': (input) => createIdentity(deps(), input),
    'identity.import': ({ path, password }) => importIdentity(deps(), path, password),
    'identity.list': () => listIdentities(deps()),
    'identity.exportCertificate': ({ fingerprint, path }) => exportCertificate(deps(), fingerprint, path),
    'pdf.verify': (input) => verifyPdfInput(input, templates),
    'report.timestampRequest': (input) => writeTimestampRequestFile(input),
    'report.timestampApply': (input) => writeTimestampedPdfFile(input),
    'report.countersign': (input) => countersignReport({ ...deps(), templates }, input),
  };
}
