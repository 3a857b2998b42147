/** What a projection runner is doing; `idle` between runs (also after a stop or a failure). */
export type ProjectionActivity = 'idle' | 'catching-up' | 'rebuilding' | 'live';

/**
 * A runner was asked to catch up, rebuild or go live while it was already doing one of those:
 * two runs over one sink would apply the same events twice.
 */
export class ProjectionBusy extends Error {
  override readonly name = 'ProjectionBusy';
  readonly projection: string;
  readonly activity: ProjectionActivity;

  constructor(details: { readonly projection: string; readonly activity: ProjectionActivity }) {
    super(`Projection "${details.projection}" is busy: ${details.activity}`);
    this.projection = details.projection;
    this.activity = details.activity;
  }
}
