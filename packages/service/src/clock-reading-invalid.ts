/** The service clock gave text that is not an instant, so no command can be held against it. */
export class ClockReadingInvalid extends Error {
  override readonly name = 'ClockReadingInvalid';
  /** What the clock gave. */
  readonly reading: string;

  constructor(reading: string) {
    super(`the service clock read ${JSON.stringify(reading)}, which is not an ISO 8601 instant`);
    this.reading = reading;
  }
}
