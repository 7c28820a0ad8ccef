import { useEffect, useState } from 'react';
import type { OperationOutput } from '../../../assessments/api/contract';
import { useCoreQuery } from '../hooks/useCoreQuery';

export type Identity = OperationOutput<'identity.list'>[number];

/**
 * The workspace's signing identities (null while loading) and the one chosen to sign with, the
 * first by default. A failure to list them goes to `onError`, which must be stable (a state setter).
 */
export function useIdentityChoice(onError: (error: unknown) => void) {
  const query = useCoreQuery((client) => client.invoke('identity.list', {}), []);
  const [chosen, setIdentity] = useState('');
  const error = query.kind === 'failed' ? query.error : undefined;
  useEffect(() => {
    if (query.kind === 'failed') onError(error);
  }, [query.kind, error, onError]);
  const identities = query.kind === 'loaded' ? query.data : null;
  const identity = chosen || (identities?.[0]?.fingerprint ?? '');
  return { identities, identity, setIdentity };
}
