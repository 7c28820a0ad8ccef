import { toAssayClientError } from './AssayClientError';
import type { AssayBridge } from './bridge';
import type { Transport } from './transport';

export function createElectronTransport(bridge: AssayBridge): Transport {
  return {
    kind: 'electron',
    async invoke(op, input) {
      try {
        return await bridge.invoke(op, input);
      } catch (error) {
        throw toAssayClientError(error);
      }
    },
    on(event, cb) {
      return bridge.on(event, cb);
    },
  };
}
