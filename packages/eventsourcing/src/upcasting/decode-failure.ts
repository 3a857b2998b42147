/**
 * What a decoder reports when stored data is not a valid event: anything with a message, and
 * where it can tell, the JSON paths of what is wrong in the recorded event read as
 * `{ type, data, metadata }` (`$.type`, `$.data.amount`, `$.metadata.schemaVersion`).
 */
export interface DecodeFailure {
  readonly message: string;
  readonly paths?: readonly string[];
}
