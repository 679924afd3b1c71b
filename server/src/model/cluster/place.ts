/** A place in a workspace file: offsets into the file's text as the model read it. */
export interface Place {
  path: string;
  start: number;
  end: number;
}

/** A value read from a file, with where it was written (no place when it is a default nobody wrote). */
export interface Placed<T> {
  value: T;
  place?: Place;
}
