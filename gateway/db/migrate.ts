/**
 * The migration runner: the `.sql` files of `migrations/`, in name order, each
 * applied once, in its own transaction together with its row in
 * `gateway_migrations`. An advisory lock makes instances starting together
 * take turns, so each file runs once whichever instance gets there first.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Database} from './database';

export const MIGRATIONS_DIR = path.join(__dirname, 'migrations');
/** Any constant: the key of the gateway's advisory lock for migrations. */
const MIGRATION_LOCK = 1_505_001;

export type Migration = {name: string; sql: string};

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => ({name, sql: fs.readFileSync(path.join(dir, name), 'utf8')}));
}

/** Applies the migrations not yet applied; returns their names. */
export async function migrate(db: Database, migrations: readonly Migration[] = readMigrations()): Promise<string[]> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec('CREATE TABLE IF NOT EXISTS gateway_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  });
  const applied: string[] = [];
  for (const migration of migrations) {
    const ran = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const done = await tx.query('SELECT 1 FROM gateway_migrations WHERE name = $1', [migration.name]);
      if (done.length > 0) return false;
      try {
        await tx.exec(migration.sql);
      } catch (error) {
        throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, {cause: error});
      }
      await tx.query('INSERT INTO gateway_migrations (name) VALUES ($1)', [migration.name]);
      return true;
    });
    if (ran) applied.push(migration.name);
  }
  return applied;
}
