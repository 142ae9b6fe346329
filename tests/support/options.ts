// The options of parseArticle and remarkNewsmark, by name: tests/types.test-d.ts checks these
// are exactly the interfaces' keys, and tests/docs.test.ts that the README documents each.
export const PARSE_OPTIONS = ['path', 'rules', 'schema', 'maxLength', 'entities', 'lexicon'] as const;
export const REMARK_OPTIONS = ['rules', 'schema', 'maxLength', 'entities', 'lexicon', 'fail', 'source'] as const;
