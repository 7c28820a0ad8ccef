import { request } from 'node:http';

export interface LoopbackReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export interface LoopbackRequest {
  method?: string;
  /** Sent as given (a Host header among them), so a test can present a foreign one. */
  headers?: Record<string, string>;
  body?: Buffer | string;
  /** Send only this many bytes of `body`, then cut the connection (an upload cut short). */
  cutAfter?: number;
}

/**
 * One raw HTTP request to a server on 127.0.0.1, its path sent unnormalised (`/../x` reaches the
 * server as written). A cut connection resolves with status 0.
 */
export function loopbackRequest(
  port: number,
  path: string,
  init: LoopbackRequest = {},
): Promise<LoopbackReply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    const body = typeof init.body === 'string' ? Buffer.from(init.body) : init.body;
    if (init.cutAfter !== undefined && body) {
      // The connection is cut on purpose: its end, however it is reported, is the outcome.
      const cut = () => resolve({ status: 0, headers: {}, body: Buffer.alloc(0) });
      req.on('error', cut);
      req.on('close', cut);
      req.write(body.subarray(0, init.cutAfter), () => setTimeout(() => req.destroy(), 50));
      return;
    }
    req.on('error', reject);
    req.end(body);
  });
}
