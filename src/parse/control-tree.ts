import type { Paragraph, Root, RootContent } from 'mdast';
import type { Point, Position } from 'unist';
import type { LineParagraph } from '../model/blocks.js';

/** Turns an offset into a unist point (from `vfile-location`). */
export type ToPoint = (offset: number) => Point | undefined;

// Every runtime newsmark supports has it (browsers, Node 17+, Deno, Bun, workers); the ES
// library typings the core compiles against do not declare it.
declare const structuredClone: <T>(value: T) => T;

/**
 * micromark reads past a byte order mark and counts offsets from after it; messages are placed
 * by the input as given, so every position moves one code unit on, in a copy of the tree.
 *
 * @param tree The mdast tree (not changed).
 * @param input The source text the tree was parsed from.
 * @returns The tree itself without a byte order mark, else a copy with its positions moved.
 */
function alignAfterByteOrderMark(tree: Root, input: string): Root {
  if (input.charCodeAt(0) !== 0xfeff) return tree;
  const aligned = structuredClone(tree);
  // A stack of its own rather than recursion: the tree is as deep as the text nests it.
  const stack: Array<{ position?: Position; children?: unknown[] }> = [aligned];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.position) {
      for (const point of [node.position.start, node.position.end]) {
        if (point.offset !== undefined) point.offset += 1;
        if (point.line === 1) point.column += 1;
      }
    }
    for (const child of node.children ?? []) stack.push(child as typeof node);
  }
  return aligned;
}

/** A paragraph node's lines as paragraphs of their own, each holding the inline nodes that start on it. */
function lineNodes(node: Paragraph, lines: LineParagraph['lines'], toPoint: ToPoint): Paragraph[] {
  return lines.map((line, index) => {
    // A line owns the line break after it, and the whitespace before the next line.
    const from = index === 0 ? -Infinity : line.start;
    const to = lines[index + 1]?.start ?? Infinity;
    const children = node.children.filter((child) => {
      const start = child.position?.start.offset ?? -1;
      return start >= from && start < to;
    });
    return { type: 'paragraph', children, position: { start: toPoint(line.start)!, end: toPoint(line.end)! } };
  });
}

/**
 * The tree as control comments see it: where the document model reads a paragraph node as one
 * paragraph a line, each line is a block of its own, so `newsmark-ignore` covers the next line
 * of plain text, not all of them. The tree given is not changed; the result shares its nodes.
 *
 * @param tree The tree remark made.
 * @param input The source text.
 * @param lines The paragraph nodes the document model read line by line.
 * @param toPoint Offset to point, for the lines' positions.
 * @returns The tree itself when nothing differs, else a new root.
 */
export function controlTree(tree: Root, input: string, lines: readonly LineParagraph[], toPoint: ToPoint): Root {
  const aligned = alignAfterByteOrderMark(tree, input);
  if (lines.length === 0) return aligned;
  // The copy made for a byte order mark holds other nodes: the lines are found by place in the tree.
  const byIndex = new Map(lines.map((paragraph) => [tree.children.indexOf(paragraph.node), paragraph.lines]));
  const children = aligned.children.flatMap((node, index): RootContent[] => {
    const split = byIndex.get(index);
    return split && node.type === 'paragraph' ? lineNodes(node, split, toPoint) : [node];
  });
  return { ...aligned, children };
}
