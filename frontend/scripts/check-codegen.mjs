// Regenerates the GraphQL types into a temporary folder and fails when they differ from the
// checked-in src/gql/, so a schema or document change without `npm run codegen` breaks `check`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const checkedIn = join(root, 'src', 'gql');
const fresh = mkdtempSync(join(tmpdir(), 'clusterkeep-gql-'));

function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

let exitCode = 0;
try {
  const codegen = spawnSync(
    join(root, 'node_modules', '.bin', 'graphql-codegen'),
    ['--config', 'codegen.ts', '--silent'],
    { cwd: root, env: { ...process.env, CODEGEN_OUT_DIR: `${fresh}/` }, stdio: 'inherit' },
  );
  if (codegen.status !== 0) {
    console.error('codegen:check: graphql-codegen failed (see above).');
    exitCode = 1;
  } else {
    const expected = listFiles(fresh);
    const actual = listFiles(checkedIn);
    const problems = [];
    for (const file of expected) {
      if (!actual.includes(file)) problems.push(`missing: src/gql/${file}`);
      else if (readFileSync(join(fresh, file), 'utf8') !== readFileSync(join(checkedIn, file), 'utf8'))
        problems.push(`stale:   src/gql/${file}`);
    }
    for (const file of actual) {
      if (!expected.includes(file)) problems.push(`extra:   src/gql/${file}`);
    }
    if (problems.length > 0) {
      console.error(
        [
          'codegen:check: the generated GraphQL types in src/gql/ are out of date with',
          '../backend/schema.graphql or the documents in src/. Run `npm run codegen` and commit the result.',
          ...problems.map((p) => `  ${p}`),
        ].join('\n'),
      );
      exitCode = 1;
    } else {
      console.info('codegen:check: src/gql/ is up to date.');
    }
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
process.exit(exitCode);
