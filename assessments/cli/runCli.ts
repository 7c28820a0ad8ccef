import { CommandError, UsageError, type CliIo } from './io';

export const USAGE = `Usage: assay <command> [options]

Commands:
  workspace init DIR [--name NAME] [--json] Create an encrypted workspace in DIR
  workspace verify DIR [--json]             Encryption self-test, integrity check and audit chain
  workspace backup DIR --out FILE [--json]  One encrypted, verified backup file (database, vault, header)
  workspace restore FILE --into NEWDIR [--json]
                                            Restore a backup into a new or empty folder, verified first
  assessment create --workspace DIR --title T [--destination CC] [--end-user NAME] [--product TEXT] [--json]
                                            Create an assessment; prints its id
  assessment list --workspace DIR [--archived] [--json]
                                            List assessments (archived ones only with --archived)
  assessment rename --workspace DIR --assessment ID --title T [--json]
                                            Rename an assessment (audited; the old title stays on record)
  assessment archive --workspace DIR --assessment ID [--undo] [--json]
                                            Archive an assessment, or bring it back with --undo (audited)
  assessment upgrade --workspace DIR --assessment ID [--to VERSION] [--dry-run] [--json]
                                            A new version of the assessment on a newer version of its template
                                            (the newest in the library by default): prints what is carried,
                                            dropped, new and changed and the result before and after; then,
                                            unless --dry-run, makes it and prints its id
  serve-web --workspace DIR [--port N]      Serve the app on 127.0.0.1 for use in a browser
  template validate PATH [--json]           Check a template folder (or template.json) and its translations
  assess --workspace DIR --template ID[@VERSION] --answers FILE [--title T] [--destination CC] [--json]
                                            Create an assessment from an answers file; prints its id
  decide --workspace DIR --assessment ID --recommendation approve|approve-with-conditions|refer|deny
         --rationale-file FILE [--override-justification-file FILE] [--condition CATEGORY:TEXT]...
         [--trigger coup|sanctions|misuse|endUser|renewal]... [--review-date YYYY-MM-DD] [--json]
                                            Record the decision (a justification is required when the
                                            recommendation differs from the computed one); prints it
  evidence add --workspace DIR --assessment ID [--question Q]... [--json] FILE...
                                            Add files as evidence (encrypted into the vault); prints their SHA-256
  vault verify --workspace DIR [--json]     Re-hash every evidence blob; report missing, corrupted, orphaned
  score --template PATH --answers FILE [--json]
                                            Score an answers file against a template (no workspace)
  import --workspace DIR --kind un|ofac|uk|opensanctions|freedomhouse|rsf|csv [--vintage DATE] [--dry-run] [--accept-change REASON] [--alt FILE --add FILE --comments FILE] [--json] FILE...
                                            Import reference data as a new dataset version
  screen --workspace DIR [--dataset ID]... [--threshold 0.85] [--type individual|entity] [--birth-year YYYY|YYYY-MM-DD] [--country CC]... [--id NUMBER]... [--alias NAME]... [--json] NAME...
                                            Screen names against the imported lists, each with the party
                                            details given (--birth-date is another name for --birth-year);
                                            prints JSON (with or without --json)
  screen --workspace DIR --batch PARTIES.json [--dataset ID]... [--threshold 0.85] [--json]
                                            Screen the parties of a JSON array, each with its own details
                                            ({ name, aliases, type, birthDate, countries, identifiers })
  settings get --workspace DIR [--json]     The workspace's settings
  settings set --workspace DIR --max-list-age-days N [--json]
                                            Warn in reports when a screening list is more than N days old
                                            at the decision (1 to 3650; 90 by default)
  identity create --workspace DIR --name N --org O --email E [--validity-years N] [--json]
                                            Create a self-signed signing identity; prints its fingerprint
  identity import --workspace DIR FILE.p12 [--json]
                                            Import a PKCS#12 identity (password from ASSAY_P12_PASSWORD)
  identity list --workspace DIR [--json]    List signing identities by SHA-256 fingerprint
  identity export --workspace DIR FINGERPRINT [--out FILE] [--json]
                                            The identity's certificate as PEM, to hand to a regulator
  report --workspace DIR --assessment ID --identity FINGERPRINT [--lang en|fr|es|ar|ru|zh] --out FILE [--json]
                                            Export the signed PDF report of a decided assessment
  countersign --workspace DIR --identity FINGERPRINT IN.pdf --out OUT.pdf --conclusion concur|do-not-concur [--comment TEXT] [--json]
                                            Verify a signed report, then sign it as its reviewer into the next
                                            empty reviewer box (Reviewer1, Reviewer2) with your conclusion
  verify FILE... [--json] [--trust CERTS.pem]...
                                            Verify signed reports (no workspace); exit 0 only if all are valid
  timestamp request FILE.pdf --out REQUEST.tsq [--json]
                                            An RFC 3161 request for a document timestamp, to send to a TSA later (no workspace)
  timestamp apply FILE.pdf RESPONSE.tsr --out OUT.pdf [--json]
                                            Add the TSA's response to the same PDF as a document timestamp (no workspace)

--json prints the command's result as JSON instead of text; exit codes are listed in docs/cli.md.
The passphrase is read from the ASSAY_PASSPHRASE environment variable or from
--passphrase-file FILE; it is never accepted as an argument.
`;

type Command = (args: string[], io: CliIo) => Promise<number>;

// Each command's module (and the libraries it needs) loads only when that command runs: `assay
// --help` parses none of them, `assay verify` none of the report renderer or the database.
const COMMANDS: Record<string, () => Promise<Command>> = {
  workspace: async () => (await import('./commands/workspace')).workspaceCommand,
  assessment: async () => (await import('./commands/assessment')).assessmentCommand,
  assess: async () => (await import('./commands/assess')).assessCommand,
  decide: async () => (await import('./commands/decide')).decideCommand,
  score: async () => (await import('./commands/score')).scoreCommand,
  evidence: async () => (await import('./commands/evidence')).evidenceCommand,
  vault: async () => (await import('./commands/evidence')).vaultCommand,
  'serve-web': async () => (await import('./commands/serveWeb')).serveWebCommand,
  template: async () => (await import('./commands/template')).templateCommand,
  import: async () => (await import('./commands/reference')).importCommand,
  screen: async () => (await import('./commands/screen')).screenCommand,
  settings: async () => (await import('./commands/settings')).settingsCommand,
  identity: async () => (await import('./commands/identity')).identityCommand,
  verify: async () => (await import('./commands/verify')).verifyCommand,
  report: async () => (await import('./commands/report')).reportCommand,
  countersign: async () => (await import('./commands/countersign')).countersignCommand,
  timestamp: async () => (await import('./commands/timestamp')).timestampCommand,
};

/** Runs one command line; returns the exit code. Never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (argv.some((arg) => arg === '--passphrase' || arg.startsWith('--passphrase='))) {
    io.stderr(
      'assay: the passphrase is never taken from the command line; use ASSAY_PASSPHRASE or --passphrase-file FILE.\n',
    );
    return 2;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  try {
    if (!load) throw new UsageError(`Unknown command "${command}".`);
    return await (
      await load()
    )(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`assay: ${(error as Error).message}\nRun "assay --help" for usage.\n`);
      return 2;
    }
    if (error instanceof CommandError) {
      io.stderr(`assay: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(
      `assay: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 1;
  }
}
