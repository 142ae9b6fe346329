import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { VFile } from 'vfile';
import { RULE_IDS, RULE_REGISTRY, type RuleId, RULES_DOCS } from '../rules/registry.js';

/** What SARIF's `level` is for a message: fatal is an error, `fatal: false` a warning, else a note. */
function level(fatal: boolean | null | undefined): Result['level'] {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'note';
}

/**
 * Format files' messages as a SARIF 2.1.0 log, the format code-scanning services (GitHub's
 * among them) read to annotate lines. No maintained vfile reporter writes SARIF, so this is the
 * reporter `newsmark check --format sarif` uses, with the same signature as `vfile-reporter`.
 *
 * @param files The checked files.
 * @param options `cwd` paths are made relative to (defaults to each file's own `cwd`), and the
 *   tool's `version`.
 * @returns The log as JSON text.
 */
export function reporterSarif(files: readonly VFile[], options: { cwd?: string; version?: string | undefined } = {}): string {
  const ids = RULE_IDS;
  const rules: ReportingDescriptor[] = ids.map((id) => ({
    id,
    shortDescription: { text: RULE_REGISTRY[id].description },
    helpUri: RULE_REGISTRY[id].url,
    defaultConfiguration: { level: RULE_REGISTRY[id].severity === 'error' ? 'error' : 'warning' },
  }));
  const results: Result[] = [];
  for (const file of files) {
    const uri = relativeUri(file.path, options.cwd ?? file.cwd);
    for (const message of file.messages) {
      const index = message.ruleId ? ids.indexOf(message.ruleId as RuleId) : -1;
      const start = message.place && 'start' in message.place ? message.place.start : message.place;
      const end = message.place && 'end' in message.place ? message.place.end : undefined;
      results.push({
        ...(message.ruleId ? { ruleId: message.ruleId } : {}),
        ...(index >= 0 ? { ruleIndex: index } : {}),
        level: level(message.fatal),
        message: { text: message.reason },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              // SARIF lines and columns are 1-based like unist points; a file-level message
              // (no place) gets line 1.
              region: {
                startLine: start?.line ?? 1,
                ...(start?.column ? { startColumn: start.column } : {}),
                ...(end?.line ? { endLine: end.line } : {}),
                ...(end?.column ? { endColumn: end.column } : {}),
              },
            },
          },
        ],
      });
    }
  }
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'newsmark', ...(options.version ? { version: options.version } : {}), informationUri: RULES_DOCS, rules } }, results }],
  };
  return JSON.stringify(log, null, 2);
}

/** A file's path as a URI reference relative to `cwd`, with forward slashes. */
function relativeUri(path: string | undefined, cwd: string): string {
  if (!path) return 'stdin';
  const normal = path.replaceAll('\\', '/');
  const base = cwd.replaceAll('\\', '/').replace(/\/?$/u, '/');
  const relative = normal.startsWith(base) ? normal.slice(base.length) : normal;
  return relative.split('/').map(encodeURIComponent).join('/');
}
