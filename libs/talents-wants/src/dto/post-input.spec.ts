import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CreatePostInput } from './create-post.input.js';
import { FilterPostsInput } from './filter-posts.input.js';
import { UpdatePostInput } from './update-post.input.js';

/** The same steps as the global ValidationPipe: transform (trim), then validate. */
async function failures<T extends object>(type: new () => T, plain: object): Promise<{ input: T; fields: string[] }> {
  const input = plainToInstance(type, plain);
  const errors = await validate(input, { whitelist: true, forbidUnknownValues: false });
  return { input, fields: errors.map((e) => e.property).sort() };
}

describe('post input rules', () => {
  const valid = { kind: 'OFFER', title: 'Ik help graag met de computer', text: 'Op dinsdagmiddag.', tags: ['computer'] };

  it('accepts a plain offer and trims title, text and tags', async () => {
    const { input, fields } = await failures(CreatePostInput, { ...valid, title: '  Samen koken  ', text: ' Gezellig \n', tags: [' koken '] });
    expect(fields).toEqual([]);
    expect(input.title).toBe('Samen koken');
    expect(input.text).toBe('Gezellig');
    expect(input.tags).toEqual(['koken']);
  });

  it('needs a title of 3 to 80 characters, counted after trimming', async () => {
    expect((await failures(CreatePostInput, { ...valid, title: '  ab  ' })).fields).toEqual(['title']);
    expect((await failures(CreatePostInput, { ...valid, title: 'abc' })).fields).toEqual([]);
    expect((await failures(CreatePostInput, { ...valid, title: 'x'.repeat(80) })).fields).toEqual([]);
    expect((await failures(CreatePostInput, { ...valid, title: 'x'.repeat(81) })).fields).toEqual(['title']);
  });

  it('allows at most 1000 characters of text, and no text at all', async () => {
    expect((await failures(CreatePostInput, { ...valid, text: 'x'.repeat(1000) })).fields).toEqual([]);
    expect((await failures(CreatePostInput, { ...valid, text: 'x'.repeat(1001) })).fields).toEqual(['text']);
    expect((await failures(CreatePostInput, { kind: 'REQUEST', title: 'Wie wil er wandelen?' })).fields).toEqual([]);
  });

  it('knows only offers and requests', async () => {
    expect((await failures(CreatePostInput, { ...valid, kind: 'SELL' })).fields).toEqual(['kind']);
  });

  it('caps tags at 10, each 1 to 40 characters', async () => {
    expect((await failures(CreatePostInput, { ...valid, tags: Array.from({ length: 11 }, (_, i) => `tag${i}`) })).fields).toEqual(['tags']);
    expect((await failures(CreatePostInput, { ...valid, tags: ['x'.repeat(41)] })).fields).toEqual(['tags']);
    expect((await failures(CreatePostInput, { ...valid, tags: ['  '] })).fields).toEqual(['tags']);
  });

  it('names every failing field at once', async () => {
    expect((await failures(CreatePostInput, { kind: 'X', title: '', text: 'x'.repeat(2000), wijkCode: 'drop table' })).fields).toEqual([
      'kind',
      'text',
      'title',
      'wijkCode',
    ]);
  });

  it('lets an update leave everything out but still checks what is given', async () => {
    expect((await failures(UpdatePostInput, {})).fields).toEqual([]);
    expect((await failures(UpdatePostInput, { title: 'no' })).fields).toEqual(['title']);
  });

  it('validates the board filter', async () => {
    expect((await failures(FilterPostsInput, { kind: 'REQUEST', status: 'EXPIRED', tags: ['koken'] })).fields).toEqual([]);
    expect((await failures(FilterPostsInput, { status: 'GONE' })).fields).toEqual(['status']);
  });
});
