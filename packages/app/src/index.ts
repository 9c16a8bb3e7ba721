export type { AppDeps } from './app-deps.js';
export type { AuthEnv } from './auth/authenticate.js';
export {
  createDevVerifier,
  DEV_AUDIENCE,
  DEV_ISSUER,
  type DevIssuerKeys,
  generateDevIssuerKeys,
  signDevToken,
} from './auth/dev-issuer.js';
export {
  COGNITO_CLAIMS,
  createCognitoVerifier,
  createJwtVerifier,
  PLAIN_CLAIMS,
} from './auth/jwt-verifier.js';
export type { TokenVerifier } from './auth/token-verifier.js';
export {
  type AvailabilityView,
  AvailabilityViewSchema,
  type AvailableSlot,
  AvailableSlotSchema,
} from './booking/availability-of.js';
export {
  BookingBusyError,
  BookingNotActiveError,
  InvalidBookingInputError,
} from './booking/booking-app-errors.js';
export {
  type BookingNotice,
  BookingNoticeSchema,
  bookingNotice,
  noticeSnapshot,
} from './booking/booking-notice.js';
export type {
  AvailabilityQuery,
  BookingApiService,
  BookingService,
  ChangeBookingOptions,
  CreateBookingOptions,
} from './booking/booking-service.js';
export { BookingUseCases, type BookingUseCasesDeps } from './booking/booking-use-cases.js';
export { type BookingView, BookingViewSchema, bookingView } from './booking/booking-view.js';
export { clientAddressOf, clientIdOf } from './booking/client-id.js';
export {
  createDynamoBookingService,
  type DynamoBookingServiceOptions,
} from './booking/dynamo-booking-service.js';
export { createKeyedHasher, type KeyedHasher, MIN_HASH_SECRET_LENGTH } from './booking/keyed-hasher.js';
export { createApp } from './create-app.js';
