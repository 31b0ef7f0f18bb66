import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { AuthService, Role } from '@buurtbrug/auth';
import { runCli } from './cli-context.js';

/** `npm run admin:create -- --email you@example.nl [--name "…"] [--password …]`: the first admin. */
const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string', default: 'Beheerder' },
    password: { type: 'string' },
  },
});

if (!values.email) {
  process.stderr.write('Usage: npm run admin:create -- --email you@example.nl [--name "Name"] [--password secret]\n');
  process.exit(2);
}

await runCli(async (app) => {
  const password = values.password ?? randomBytes(12).toString('base64url');
  if (password.length < 8) throw new Error('The password must be at least 8 characters');
  const account = await app.get(AuthService).createAccount({
    email: values.email!,
    password,
    displayName: values.name!,
    role: Role.ADMIN,
  });
  process.stdout.write(`Admin ${account.email} created.${values.password ? '' : ` Password (shown once): ${password}`}\n`);
});
