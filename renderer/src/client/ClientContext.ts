import { createContext, useContext } from 'react';
import type { AssayClient } from './createClient';

export const ClientContext = createContext<AssayClient | null>(null);

export function useClient(): AssayClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient must be used inside <ClientContext value={client}>.');
  return client;
}
