/**
 * The shape of a domain event: a type name and its payload.
 *
 * @example
 * type Deposited = DomainEvent<'Deposited', { readonly amount: number }>;
 */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}
