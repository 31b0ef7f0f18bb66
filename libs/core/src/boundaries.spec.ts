import { ESLint } from 'eslint';

/** The library boundaries of DESIGN.md are lint rules; this proves they bite. */
describe('library boundary lint rules', () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const lint = async (code: string, filePath: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  };

  it('refuses a library reaching into another library’s internals', async () => {
    expect(await lint("import { AuthService } from '@buurtbrug/auth/auth.service.js';\nexport { AuthService };\n", 'libs/wijken/src/wijk.service.ts')).toHaveLength(1);
    expect(await lint("import { AuthService } from '../../auth/src/auth.service.js';\nexport { AuthService };\n", 'libs/wijken/src/wijk.service.ts')).toHaveLength(1);
  });

  it('refuses a library importing from apps/', async () => {
    expect(await lint("import { createApp } from '../../../apps/api/src/bootstrap.js';\nexport { createApp };\n", 'libs/wijken/src/wijk.service.ts')).not.toHaveLength(0);
  });

  it('refuses test helpers in production code but allows them in tests', async () => {
    const code = "import { createTestRuntime } from '@buurtbrug/core/testing';\nexport { createTestRuntime };\n";
    expect(await lint(code, 'libs/wijken/src/wijk.service.ts')).toHaveLength(1);
    expect(await lint(code, 'libs/wijken/src/wijk.service.integration-spec.ts')).toHaveLength(0);
  });

  it('allows the public entry of another library and files inside its own', async () => {
    const code = "import { AuthService } from '@buurtbrug/auth';\nimport { x } from './dto/x.js';\nexport { AuthService, x };\n";
    expect(await lint(code, 'libs/wijken/src/wijk.service.ts')).toEqual([]);
  });
});
