import { Aws, Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  OAuthScope,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

/**
 * The staff directory: district admins, desk and window staff, section managers and provincial officers.
 * Citizens never sign in (they hold a booking code), so accounts are created by administrators only.
 */
export class StaffUserPool extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  /** The managed login's domain, where the staff pages send the browser to sign in. */
  readonly domain: UserPoolDomain;
  /** The `iss` claim of this pool's tokens. */
  readonly issuer: string;

  /**
   * `siteUrl`: where the API and pages are served; the staff pages' hosted sign-in comes back to
   * `{siteUrl}/auth/callback` and a sign-out to `{siteUrl}/auth/signed-out`.
   */
  constructor(scope: Construct, id: string, props: { stage: string; siteUrl: string }) {
    super(scope, id);

    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      // E-mail only: phone sign-in would need an SMS role allowed to publish to any SNS target.
      signInAliases: { email: true },
      autoVerify: { email: true },
      signInCaseSensitive: false,
      featurePlan: FeaturePlan.ESSENTIALS,
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      passwordPolicy: { minLength: 12, requireSymbols: false },
      customAttributes: {
        // A tenant is a district (区县); someone who moves district gets a new account, so it never changes.
        tenant_id: new StringAttribute({ minLen: 2, maxLen: 64, mutable: false }),
        // Roles change with promotions and A/B rotations (AB角), so an admin may update them.
        role: new StringAttribute({ minLen: 1, maxLen: 32, mutable: true }),
        // Only provincial officers (省级) carry a province; an account serves one province for its whole life.
        province: new StringAttribute({ minLen: 2, maxLen: 32, mutable: false }),
        // Every role of a member, comma-separated (a section manager who also serves at a window).
        roles: new StringAttribute({ minLen: 1, maxLen: 100, mutable: true }),
        // The staff directory id (the token's `sub` is an opaque UUID); fixed for the account's life.
        staff_id: new StringAttribute({ minLen: 2, maxLen: 64, mutable: false }),
      },
      deletionProtection: true,
      // Losing the pool locks every hall out; never let a stack update or delete take it.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.client = this.userPool.addClient('WebClient', {
      generateSecret: false,
      authFlows: { userSrp: true },
      // The staff pages sign in through the managed login: authorization code with PKCE, a public
      // client (no secret), and only the site's own callback and sign-out URLs.
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [`${props.siteUrl}/auth/callback`],
        logoutUrls: [`${props.siteUrl}/auth/signed-out`],
      },
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(7),
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes('tenant_id', 'role', 'province', 'roles', 'staff_id'),
      // The custom attributes decide what a token may touch, so a signed-in user must not be able to
      // rewrite them through UpdateUserAttributes; only administrators (admin APIs) set them.
      writeAttributes: new ClientAttributes().withStandardAttributes({ email: true, fullname: true }),
    });

    this.domain = this.userPool.addDomain('Login', {
      // Globally unique per region: the stage and the account make it so.
      cognitoDomain: { domainPrefix: `openhall-${props.stage}-${Aws.ACCOUNT_ID}` },
    });

    // ProviderURL is the issuer without its scheme (cognito-idp.<region>.<suffix>/<pool id>).
    this.issuer = `https://${this.userPool.userPoolProviderUrl}`;
  }
}
