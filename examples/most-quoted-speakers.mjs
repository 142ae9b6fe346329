#!/usr/bin/env node
// The most quoted people across an archive: `newsmark batch` output loaded into DuckDB.
//   node dist/cli/index.js batch <archive> --fields quotes,entities --out batch.jsonl
//   node examples/most-quoted-speakers.mjs batch.jsonl [limit]
// DuckDB reads the JSON Lines as they are (`read_json`), so the archive is never in memory here.
// A quote's speaker points at an entity by `entityId`; people are counted under their entity's
// name (so "Blair" and "Tony Blair" are one person), anonymous and unresolved speakers are left out.
import { DuckDBInstance } from '@duckdb/node-api';

const MOST_QUOTED_SQL = `
WITH quotes AS (
  SELECT id, unnest(article.quotes) AS quote, article.entities AS entities
  FROM read_json($path, format = 'newline_delimited')
  WHERE article IS NOT NULL
), speakers AS (
  SELECT id, list_filter(entities, entity -> entity.id = quote.speaker.entityId)[1] AS entity
  FROM quotes
  WHERE quote.speaker.entityId IS NOT NULL
)
SELECT entity.name AS speaker, count(*) AS quotes, count(DISTINCT id) AS articles
FROM speakers
WHERE entity.type = 'person'
GROUP BY speaker
ORDER BY quotes DESC, speaker
LIMIT $limit`;

const [path, limit = '20'] = process.argv.slice(2);
if (!path) {
  console.error('Usage: node examples/most-quoted-speakers.mjs <batch.jsonl> [limit]');
  process.exit(2);
}
const db = await DuckDBInstance.create(':memory:');
const connection = await db.connect();
const reader = await connection.runAndReadAll(MOST_QUOTED_SQL, { path, limit: Number(limit) });
console.log('quotes\tarticles\tspeaker');
for (const row of reader.getRowObjectsJson()) console.log(`${row.quotes}\t${row.articles}\t${row.speaker}`);
