/**
 * One small interface over the two PostgreSQL engines the gateway runs on:
 * PGlite (embedded, the default) and a server through `pg` (`DATABASE_URL`).
 * The same SQL runs on both; parameters are always `$n` placeholders.
 */
import pg from 'pg';
import {PGlite} from '@electric-sql/pglite';

export type Sql = {
  /** One statement with `$n` parameters; the rows it returns. */
  query: <Row = Record<string, unknown>>(text: string, params?: readonly unknown[]) => Promise<Row[]>;
  /** Several statements without parameters (a migration). */
  exec: (text: string) => Promise<void>;
};

export type Database = Sql & {
  engine: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed if it returns, rolled back if it throws. */
  transaction: <T>(work: (tx: Sql) => Promise<T>) => Promise<T>;
  close: () => Promise<void>;
};

export async function openDatabase(target: {databaseUrl: string | null; dataDir: string | null}): Promise<Database> {
  return target.databaseUrl ? openPostgres(target.databaseUrl) : openPglite(target.dataDir);
}

/** PGlite in `dataDir` (in memory when null): one connection, so transactions queue behind each other. */
async function openPglite(dataDir: string | null): Promise<Database> {
  const db = new PGlite(dataDir ?? undefined);
  await db.waitReady;
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Sql => ({
    query: async <Row,>(text: string, params: readonly unknown[] = []) => (await q.query<Row>(text, [...params])).rows,
    exec: async (text) => void (await q.exec(text)),
  });
  return {
    engine: 'pglite',
    ...wrap(db),
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    close: () => db.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({connectionString: url, max: 10});
  // An idle client's error (the server restarted) must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const wrap = (q: pg.Pool | pg.PoolClient): Sql => ({
    query: async <Row,>(text: string, params: readonly unknown[] = []) => (await q.query(text, [...params])).rows as Row[],
    exec: async (text) => void (await q.query(text)),
  });
  return {
    engine: 'postgres',
    ...wrap(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
