import { useEffect, useState } from 'react';
import type { OperationOutput } from '../../../assessments/api/contract';
import { useClient } from '../client/ClientContext';

export type Identity = OperationOutput<'identity.list'>[number];

/**
 * The workspace's signing identities (null while loading) and the one chosen to sign with, the
 * first by default. A failure to list them goes to `onError`, which must be stable (a state setter).
 */
export function useIdentityChoice(onError: (error: unknown) => void) {
  const client = useClient();
  const [identities, setIdentities] = useState<Identity[] | null>(null);
  const [identity, setIdentity] = useState('');
  useEffect(() => {
    let current = true;
    client.invoke('identity.list', {}).then(
      (list) => {
        if (!current) return;
        setIdentities(list);
        setIdentity((chosen) => chosen || (list[0]?.fingerprint ?? ''));
      },
      (error: unknown) => {
        if (current) onError(error);
      },
    );
    return () => {
      current = false;
    };
  }, [client, onError]);
  return { identities, identity, setIdentity };
}
