import { useState } from 'react';
import type { SortDirection } from '@/gql/graphql';

/** A list's order as the GraphQL `orderBy` arguments take it: a field and a direction. */
export interface Sort<Field extends string> {
  field: Field;
  direction: SortDirection;
}

/** The order a list's user picked, and how a header click changes it. */
export interface SortControl<Field extends string> {
  /** The picked order, or null for the server's default order. */
  orderBy: Sort<Field> | null;
  /** Sorts by `field` ascending, or flips the direction when the list is already sorted by it. */
  toggle: (field: Field) => void;
}

/** Sort state for one list; pass `orderBy` to the query and put it in the query key. */
export function useSort<Field extends string>(initial: Sort<Field> | null = null): SortControl<Field> {
  const [orderBy, setOrderBy] = useState(initial);
  const toggle = (field: Field) =>
    setOrderBy((current) =>
      current?.field === field
        ? { field, direction: current.direction === 'ASC' ? 'DESC' : 'ASC' }
        : { field, direction: 'ASC' },
    );
  return { orderBy, toggle };
}
