import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restrictedImportErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((message) => message.message);
}

/** The dependency direction of the architecture is enforced by lint; this proves the lint bites. */
describe('import boundaries', () => {
  it.each([
    ['assessments/workspace/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['assessments/store/x.ts', "import { useState } from 'react';\nexport const a = useState;\n"],
    ['assessments/scoring/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n"],
    ['assessments/questionnaire/x.ts', "import path from 'path';\nexport const a = path;\n"],
    ['renderer/src/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n"],
    [
      'renderer/src/x.ts',
      "import { createHandlers } from '../../assessments/api/handlers';\nexport const a = createHandlers;\n",
    ],
    [
      'renderer/src/x.ts',
      "import { openDatabase } from '../../assessments/store/openDatabase';\nexport const a = openDatabase;\n",
    ],
    [
      'assessments/reference/x.ts',
      "import { createHandlers } from '../api/handlers';\nexport const a = createHandlers;\n",
    ],
    [
      'assessments/workspace/backup/x.ts',
      "import type { Handlers } from '../../api/dispatch';\nexport type A = Handlers;\n",
    ],
    ['assessments/scoring/x.ts', "import { contract } from '../api/contract';\nexport const a = contract;\n"],
    [
      'assessments/reference/operations.ts',
      "import { dispatch } from '../api/dispatch';\nexport const a = dispatch;\n",
    ],
  ])('%s may not import what this does', async (file, code) => {
    expect(await restrictedImportErrors(file, code)).toHaveLength(1);
  });

  it.each([
    [
      'renderer/src/x.ts',
      "import { contract } from '../../assessments/api/contract';\nexport const a = contract;\n",
    ],
    [
      'renderer/src/x.ts',
      "import type { Handlers } from '../../assessments/api/dispatch';\nexport type A = Handlers;\n",
    ],
    [
      'renderer/src/x.ts',
      "import { createAssessmentInputSchema } from '../../assessments/assessment/schemas';\nexport const a = createAssessmentInputSchema;\n",
    ],
    [
      'renderer/src/x.ts',
      "import { visibleQuestions } from '../../assessments/questionnaire/visibility';\nexport const a = visibleQuestions;\n",
    ],
    [
      'renderer/src/x.ts',
      "import { inFlagOrder } from '../../assessments/scoring/flagOrder';\nexport const a = inFlagOrder;\n",
    ],
    [
      'renderer/src/x.ts',
      "import { subjectAttribute } from '../../assessments/shared/distinguishedName';\nexport const a = subjectAttribute;\n",
    ],
    [
      'renderer/src/x.ts',
      "import { judgeListAge } from '../../assessments/screening/listAge';\nexport const a = judgeListAge;\n",
    ],
    [
      'renderer/src/x.ts',
      "import { maxListAgeDaysSchema } from '../../assessments/settings/schemas';\nexport const a = maxListAgeDaysSchema;\n",
    ],
    [
      'assessments/workspace/x.ts',
      "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n",
    ],
    [
      'assessments/reference/operations.ts',
      "import type { Handlers } from '../api/dispatch';\nexport type A = Handlers;\n",
    ],
    ['assessments/cli/x.ts', "import { dispatch } from '../api/dispatch';\nexport const a = dispatch;\n"],
    ['electron/main/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
  ])('%s may import what this does', async (file, code) => {
    expect(await restrictedImportErrors(file, code)).toEqual([]);
  });
});
