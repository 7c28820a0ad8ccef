// One ingest in a process of its own (the evidence-ingest benchmark's child), bundled on its own so
// that its peak memory is the ingest's and not that of the libraries other benchmarks load.
import { randomBytes } from 'node:crypto';
import { Vault } from '../assessments/evidence/vault';

const [file, vaultDir] = process.argv.slice(2);
if (!file || !vaultDir) throw new Error('usage: ingestChild.js FILE VAULT_DIR');
const vault = new Vault({ dir: vaultDir, key: randomBytes(32) });
const start = performance.now();
await vault.ingestFile(file);
const ms = performance.now() - start;
process.stdout.write(JSON.stringify({ ms, maxRssKiB: process.resourceUsage().maxRSS }));
