import type { Driver } from 'neo4j-driver';
import type { Logger } from '../logger.js';
import { nameKeys } from './nameKey.js';
import type { NamedQuery } from './queries.js';
import type { QueryRunner } from './runner.js';
import { loadScripts, type CypherScript } from './scripts.js';

export interface SeedOptions {
  readonly driver: Driver;
  readonly runner: QueryRunner;
  readonly queries: ReadonlyMap<string, NamedQuery>;
  readonly database: string | undefined;
  readonly logger: Logger;
  /** Re-apply every script even when its checksum is unchanged (tests of idempotence). */
  readonly force?: boolean;
}

export interface SeedReport {
  readonly applied: readonly string[];
  readonly skipped: readonly string[];
}

/**
 * Applies cypher/schema then cypher/seed in order, each file in one transaction together with
 * the record of its checksum, so a file is either wholly applied and recorded or not at all.
 * Unchanged files are skipped; every script MERGEs, so re-applying one changes nothing.
 */
export async function applySeed(options: SeedOptions): Promise<SeedReport> {
  const { driver, runner, queries, database, logger } = options;
  const recordText = queries.get('recordSeedScript')?.text;
  if (!recordText) throw new Error('cypher/queries/recordSeedScript.cypher is missing');

  const applied = new Map(
    (await runner.read<{ name: string; checksum: string }>('seedScriptsApplied')).map((row) => [row.name, row.checksum]),
  );
  const report = { applied: [] as string[], skipped: [] as string[] };
  const sessionConfig = database ? { database } : {};

  for (const script of loadScripts()) {
    if (!options.force && applied.get(script.name) === script.checksum) {
      report.skipped.push(script.name);
      continue;
    }
    const session = driver.session(sessionConfig);
    try {
      if (script.kind === 'schema') {
        await applySchemaScript(session, script);
        await session.run(recordText, { name: script.name, checksum: script.checksum });
      } else {
        await session.executeWrite(async (tx) => {
          for (const statement of script.statements) await tx.run(statement);
          await tx.run(recordText, { name: script.name, checksum: script.checksum });
        });
      }
    } catch (error) {
      throw new Error(`applying cypher/${script.name} failed: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    } finally {
      await session.close();
    }
    report.applied.push(script.name);
  }

  if (report.applied.length > 0) {
    await runner.write('labelNodes');
    await deriveNameKeys(runner);
    // Full-text indexes fill asynchronously; wait so the first search sees the whole graph.
    await runner.read('awaitIndexes');
  }
  logger.info('cypher scripts applied', { applied: report.applied.length, skipped: report.skipped.length });
  return report;
}

/** Schema commands cannot share a transaction with data writes, so each runs on its own. */
async function applySchemaScript(session: ReturnType<Driver['session']>, script: CypherScript): Promise<void> {
  for (const statement of script.statements) await session.run(statement);
}

async function deriveNameKeys(runner: QueryRunner): Promise<void> {
  const sources = await runner.read<{ id: string; names: string[] }>('nameKeySources');
  const rows = sources.map((row) => ({ id: row.id, keys: nameKeys(row.names.filter(Boolean)) }));
  await runner.write('setNameKeys', { rows });
}
