export type { ClaimsModelCommand } from './commands.js';
export type { ClaimModel, ClaimsModel, DocumentModel, ParcelModel, SentCommand } from './parcel-model.js';
export {
  type AssertClaimsModelOptions,
  assertClaimsModel,
  type ClaimsModelProperty,
  type ClaimsModelPropertyOptions,
  type ClaimsModelStoreFactory,
  claimsModelProperty,
} from './property.js';
export type { ClaimsReal } from './real-system.js';
