import type { Handlers } from '../api/dispatch';
import type { Clock } from '../shared/clock';
import type { TemplateLookup } from '../verify/templateLookup';
import type { WorkspaceSession } from '../workspace/session';
import { countersignReport } from './countersignReport';
import { createIdentity, exportCertificate, importIdentity, listIdentities } from './identityService';
import { writeTimestampedPdfFile, writeTimestampRequestFile } from './timestampFiles';

type SigningOps =
  | 'identity.create'
  | 'identity.import'
  | 'identity.list'
  | 'identity.exportCertificate'
  | 'report.timestampRequest'
  | 'report.timestampApply'
  | 'report.countersign';

export interface SigningOperationDeps {
  session: WorkspaceSession;
  clock: Clock;
  /** The embedded templates a countersigning verifies against; shared with `pdf.verify`. */
  templates: TemplateLookup;
}

/**
 * Identities and countersigning need an unlocked workspace (the key, the audit log); timestamping
 * a PDF needs none.
 */
export function signingOperations({
  session,
  clock,
  templates,
}: SigningOperationDeps): Pick<Handlers, SigningOps> {
  const deps = () => ({ ws: session.require(), clock });
  return {
    'identity.create': (input) => createIdentity(deps(), input),
    'identity.import': ({ path, password }) => importIdentity(deps(), path, password),
    'identity.list': () => listIdentities(deps()),
    'identity.exportCertificate': ({ fingerprint, path }) => exportCertificate(deps(), fingerprint, path),
    'report.timestampRequest': (input) => writeTimestampRequestFile(input),
    'report.timestampApply': (input) => writeTimestampedPdfFile(input),
    'report.countersign': (input) => countersignReport({ ...deps(), templates }, input),
  };
}
