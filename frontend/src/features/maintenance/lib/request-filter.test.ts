import { describe, expect, it } from 'vitest';
import { filterFromSearch, NO_REQUEST_FILTER, OPEN_REQUEST_STATUSES, searchFromFilter } from './request-filter';

describe('the queue filter in the address', () => {
  it('means the open states when the address names none, and every state with status=all', () => {
    expect(filterFromSearch(new URLSearchParams('')).status).toEqual(OPEN_REQUEST_STATUSES);
    expect(filterFromSearch(new URLSearchParams('status=all')).status).toEqual([]);
  });

  it('drops what it does not understand', () => {
    expect(filterFromSearch(new URLSearchParams('status=SUBMITTED,NOPE&priority=P9&overdue=yes'))).toEqual({
      ...NO_REQUEST_FILTER,
      status: ['SUBMITTED'],
    });
  });

  it('writes back what it reads', () => {
    for (const search of ['', 'status=all', 'status=SUBMITTED%2CDEFERRED&priority=P1&cluster=C&assignee=U&overdue=1']) {
      expect(searchFromFilter(filterFromSearch(new URLSearchParams(search))).toString()).toBe(search);
    }
  });
});
