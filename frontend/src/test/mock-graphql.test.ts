import { describe, expect, it } from 'vitest';
import { ClusterOptionsDocument, MeDocument } from '@/gql/graphql';
import { postGraphql } from '@/lib/graphql/transport';
import { graphqlFailure, graphqlMock, onePage } from './mock-graphql';

const CLUSTER = { id: 'Q2x1c3Rlcjox', name: 'CCN Đồng Sóc' };

describe('the mock GraphQL endpoint', () => {
  it('answers a generated document with data and keeps the variables it was sent', async () => {
    graphqlMock.on(ClusterOptionsDocument, ({ after }) => ({ clusters: onePage(after === null ? [CLUSTER] : []) }));

    const data = await postGraphql(ClusterOptionsDocument, { first: 100, after: null }, 'token-1');

    expect(data.clusters.nodes).toEqual([CLUSTER]);
    expect(graphqlMock.calls(ClusterOptionsDocument)).toEqual([{ first: 100, after: null }]);
    expect(graphqlMock.requests()[0]?.headers.authorization).toBe('Bearer token-1');
  });

  it('answers with a GraphQL error when told to', async () => {
    graphqlMock.on(MeDocument, graphqlFailure('FORBIDDEN', 'not yours'));

    await expect(postGraphql(MeDocument, {}, null)).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'not yours' });
  });

  it('type-checks answers against what the document selects', () => {
    // @ts-expect-error: a cluster option has a string id and a name; this fixture is refused.
    graphqlMock.on(ClusterOptionsDocument, { clusters: onePage([{ id: 1 }]) });
    // @ts-expect-error: ClusterOptions asks for `clusters`, not `firms`.
    graphqlMock.on(ClusterOptionsDocument, { firms: onePage([CLUSTER]) });
    // @ts-expect-error: its variables are `first` and `after`; there is no `search`.
    graphqlMock.on(ClusterOptionsDocument, ({ search }) => ({ clusters: onePage(search ? [] : [CLUSTER]) }));
  });

  it('refuses an operation nobody answers and reports it when the test ends', async () => {
    await expect(postGraphql(MeDocument, {}, null)).rejects.toMatchObject({ code: 'NETWORK' });

    expect(() => graphqlMock.verify()).toThrow(/the operation Me \(answer it with graphqlMock\.on\(MeDocument/);
    // Reported once: the check after this test finds nothing left.
    expect(() => graphqlMock.verify()).not.toThrow();
  });

  // The check setup.ts runs after every test is what fails it: this test sends an operation it
  // does not answer and swallows the error, as a component would, and still fails.
  it.fails('fails a test that sends an operation it does not answer, even when the app swallows the error', async () => {
    await postGraphql(MeDocument, {}, null).catch(() => undefined);
  });
});
