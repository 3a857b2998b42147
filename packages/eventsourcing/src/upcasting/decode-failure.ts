/** What a decoder reports when stored data is not a valid event: anything with a message. */
export interface DecodeFailure {
  readonly message: string;
}
