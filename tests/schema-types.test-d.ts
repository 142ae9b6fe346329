import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  type Article,
  ArticleSchema,
  type Cue,
  CueSchema,
  type Entity,
  EntitySchema,
  type EntityType,
  EntityTypeSchema,
  type Mention,
  MentionSchema,
  type MentionKind,
  MentionKindSchema,
  type Meta,
  MetaSchema,
  type Paragraph,
  ParagraphSchema,
  type PiecewiseText,
  PiecewiseTextSchema,
  type Quote,
  QuoteSchema,
  type QuoteKind,
  QuoteKindSchema,
  type Section,
  SectionSchema,
  type SectionRole,
  SectionRoleSchema,
  type Sentence,
  SentenceSchema,
  type Snippet,
  SnippetSchema,
  type Span,
  SpanSchema,
  type Speaker,
  SpeakerSchema,
  type StanceByHolder,
  StanceByHolderSchema,
  type StanceCount,
  StanceCountSchema,
  type StanceHolder,
  StanceHolderSchema,
  type StanceKind,
  StanceKindSchema,
  type StanceKindTally,
  StanceKindTallySchema,
  type StanceMarker,
  StanceMarkerSchema,
  type StanceSummary,
  StanceSummarySchema,
  type StanceTally,
  StanceTallySchema,
  type Via,
  ViaSchema,
  type StanceSectionTally,
} from '../src/schema/index.ts';

// The types are written out as interfaces, with a comment on each field, so that editors and the
// typedoc pages show named fields rather than zod's inferred types; these tests keep each one
// exactly what its schema reads and gives. tests/schema-types.test.ts checks every schema is here.
describe('each schema type is what its schema infers', () => {
  it('X is z.output and z.input of XSchema', () => {
    expectTypeOf<Article>().toEqualTypeOf<z.output<typeof ArticleSchema>>();
    expectTypeOf<Article>().toEqualTypeOf<z.input<typeof ArticleSchema>>();
    expectTypeOf<Cue>().toEqualTypeOf<z.output<typeof CueSchema>>();
    expectTypeOf<Cue>().toEqualTypeOf<z.input<typeof CueSchema>>();
    expectTypeOf<Entity>().toEqualTypeOf<z.output<typeof EntitySchema>>();
    expectTypeOf<Entity>().toEqualTypeOf<z.input<typeof EntitySchema>>();
    expectTypeOf<EntityType>().toEqualTypeOf<z.output<typeof EntityTypeSchema>>();
    expectTypeOf<EntityType>().toEqualTypeOf<z.input<typeof EntityTypeSchema>>();
    expectTypeOf<MentionKind>().toEqualTypeOf<z.output<typeof MentionKindSchema>>();
    expectTypeOf<MentionKind>().toEqualTypeOf<z.input<typeof MentionKindSchema>>();
    expectTypeOf<Mention>().toEqualTypeOf<z.output<typeof MentionSchema>>();
    expectTypeOf<Mention>().toEqualTypeOf<z.input<typeof MentionSchema>>();
    expectTypeOf<Meta>().toEqualTypeOf<z.output<typeof MetaSchema>>();
    expectTypeOf<Meta>().toEqualTypeOf<z.input<typeof MetaSchema>>();
    expectTypeOf<Paragraph>().toEqualTypeOf<z.output<typeof ParagraphSchema>>();
    expectTypeOf<Paragraph>().toEqualTypeOf<z.input<typeof ParagraphSchema>>();
    expectTypeOf<PiecewiseText>().toEqualTypeOf<z.output<typeof PiecewiseTextSchema>>();
    expectTypeOf<PiecewiseText>().toEqualTypeOf<z.input<typeof PiecewiseTextSchema>>();
    expectTypeOf<QuoteKind>().toEqualTypeOf<z.output<typeof QuoteKindSchema>>();
    expectTypeOf<QuoteKind>().toEqualTypeOf<z.input<typeof QuoteKindSchema>>();
    expectTypeOf<Quote>().toEqualTypeOf<z.output<typeof QuoteSchema>>();
    expectTypeOf<Quote>().toEqualTypeOf<z.input<typeof QuoteSchema>>();
    expectTypeOf<SectionRole>().toEqualTypeOf<z.output<typeof SectionRoleSchema>>();
    expectTypeOf<SectionRole>().toEqualTypeOf<z.input<typeof SectionRoleSchema>>();
    expectTypeOf<Section>().toEqualTypeOf<z.output<typeof SectionSchema>>();
    expectTypeOf<Section>().toEqualTypeOf<z.input<typeof SectionSchema>>();
    expectTypeOf<Sentence>().toEqualTypeOf<z.output<typeof SentenceSchema>>();
    expectTypeOf<Sentence>().toEqualTypeOf<z.input<typeof SentenceSchema>>();
    expectTypeOf<Snippet>().toEqualTypeOf<z.output<typeof SnippetSchema>>();
    expectTypeOf<Snippet>().toEqualTypeOf<z.input<typeof SnippetSchema>>();
    expectTypeOf<Span>().toEqualTypeOf<z.output<typeof SpanSchema>>();
    expectTypeOf<Span>().toEqualTypeOf<z.input<typeof SpanSchema>>();
    expectTypeOf<Speaker>().toEqualTypeOf<z.output<typeof SpeakerSchema>>();
    expectTypeOf<Speaker>().toEqualTypeOf<z.input<typeof SpeakerSchema>>();
    expectTypeOf<StanceByHolder>().toEqualTypeOf<z.output<typeof StanceByHolderSchema>>();
    expectTypeOf<StanceByHolder>().toEqualTypeOf<z.input<typeof StanceByHolderSchema>>();
    expectTypeOf<StanceCount>().toEqualTypeOf<z.output<typeof StanceCountSchema>>();
    expectTypeOf<StanceCount>().toEqualTypeOf<z.input<typeof StanceCountSchema>>();
    expectTypeOf<StanceHolder>().toEqualTypeOf<z.output<typeof StanceHolderSchema>>();
    expectTypeOf<StanceHolder>().toEqualTypeOf<z.input<typeof StanceHolderSchema>>();
    expectTypeOf<StanceKind>().toEqualTypeOf<z.output<typeof StanceKindSchema>>();
    expectTypeOf<StanceKind>().toEqualTypeOf<z.input<typeof StanceKindSchema>>();
    expectTypeOf<StanceKindTally>().toEqualTypeOf<z.output<typeof StanceKindTallySchema>>();
    expectTypeOf<StanceKindTally>().toEqualTypeOf<z.input<typeof StanceKindTallySchema>>();
    expectTypeOf<StanceMarker>().toEqualTypeOf<z.output<typeof StanceMarkerSchema>>();
    expectTypeOf<StanceMarker>().toEqualTypeOf<z.input<typeof StanceMarkerSchema>>();
    expectTypeOf<StanceSummary>().toEqualTypeOf<z.output<typeof StanceSummarySchema>>();
    expectTypeOf<StanceSummary>().toEqualTypeOf<z.input<typeof StanceSummarySchema>>();
    expectTypeOf<StanceTally>().toEqualTypeOf<z.output<typeof StanceTallySchema>>();
    expectTypeOf<StanceTally>().toEqualTypeOf<z.input<typeof StanceTallySchema>>();
    expectTypeOf<Via>().toEqualTypeOf<z.output<typeof ViaSchema>>();
    expectTypeOf<Via>().toEqualTypeOf<z.input<typeof ViaSchema>>();
  });

  it('a section tally is a tally with the section id', () => {
    expectTypeOf<StanceSectionTally>().toEqualTypeOf<z.output<typeof StanceSummarySchema>['sections'][number]>();
  });
});
