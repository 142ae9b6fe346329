/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A regular expression written in a source file. */
export interface SourceRegex {
  file: string;
  line: number;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/**
 * Every regular expression literal in the `.ts` files under `dir`, found by the TypeScript
 * parser (not by a pattern), and every `new RegExp(…)` whose pattern is not a literal string,
 * which a test cannot check and so must not exist.
 */
export function regexesIn(dir: string, root: string): { literals: SourceRegex[]; dynamic: string[] } {
  const literals: SourceRegex[] = [];
  const dynamic: string[] = [];
  for (const file of sourceFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const name = relative(root, file);
    const visit = (node: ts.Node): void => {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      if (ts.isRegularExpressionLiteral(node)) {
        const slash = node.text.lastIndexOf('/');
        literals.push({ file: name, line, source: node.text.slice(1, slash), flags: node.text.slice(slash + 1) });
      } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
          literals.push({ file: name, line, source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '' });
        } else dynamic.push(`${name}:${line}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, dynamic };
}
