import { spawnSync } from 'node:child_process';

const MiB = 1024 * 1024;

/**
 * This CPU's own hashing or cipher rate in MiB/s, from `openssl speed` on 1 MiB blocks (its last
 * column is in thousands of bytes/s): the yardstick that lets figures from different machines compare.
 */
export function opensslSpeed(algorithm: 'sha256' | 'aes-256-gcm'): number {
  const result = spawnSync('openssl', ['speed', '-evp', algorithm, '-bytes', String(MiB), '-seconds', '1'], {
    encoding: 'utf8',
  });
  const name = algorithm.replace(/[-]/g, '\\-');
  const kilobytes = new RegExp(`^${name}\\s+([\\d.]+)k`, 'im').exec(result.stdout)?.[1];
  return kilobytes ? (Number(kilobytes) * 1000) / MiB : Number.NaN;
}

/** One line for a benchmark's output naming this CPU's SHA-256 and AES-256-GCM rates. */
export function cpuSpeedLine(): string {
  return `this CPU: openssl speed sha256 ${opensslSpeed('sha256').toFixed(0)} MiB/s, aes-256-gcm ${opensslSpeed('aes-256-gcm').toFixed(0)} MiB/s`;
}
