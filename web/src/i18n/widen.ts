// A catalogue's shape with every string widened: the English catalogue must have exactly the
// French one's keys, with any text.
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
