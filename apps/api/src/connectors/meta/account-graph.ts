import type { ConnectorContext } from "../context.ts";
import { ConnectorError, type ConnectorAccount, type Credentials } from "../types.ts";
import { type MetaPlatformName } from "./graph-errors.ts";
import { type GraphRequest, graphRequest } from "./graph-request.ts";

/**
 * Graph calls made as one connected account, with its page token.
 * Meta page tokens do not expire and have no refresh grant: when Meta answers 190, the only
 * way back is a newer token someone saved by reconnecting while we were working.
 */
export class AccountGraph {
  private constructor(
    private readonly ctx: ConnectorContext,
    readonly platform: MetaPlatformName,
    private readonly account: ConnectorAccount,
    private credentials: Credentials,
  ) {}

  static async open(ctx: ConnectorContext, platform: MetaPlatformName, account: ConnectorAccount): Promise<AccountGraph> {
    if (!account.connection) throw new ConnectorError("permanent", `${account.handle} is not connected to ${platform}: connect it on the account's page.`);
    return new AccountGraph(ctx, platform, account, await account.connection.credentials());
  }

  get remoteAccountId(): string {
    return this.credentials.remoteAccountId;
  }

  get remoteHandle(): string | undefined {
    return this.credentials.remoteHandle;
  }

  get baseUrl(): string {
    return this.account.connection!.baseUrl;
  }

  async call<T>(request: Omit<GraphRequest, "token">): Promise<T> {
    try {
      return await graphRequest<T>(this.ctx, this.platform, this.baseUrl, { ...request, token: this.credentials.accessToken });
    } catch (error) {
      if (!(error instanceof ConnectorError) || error.kind !== "auth") throw error;
      const latest = await this.account.connection!.credentials();
      if (latest.accessToken === this.credentials.accessToken) throw error;
      this.credentials = latest;
      return graphRequest<T>(this.ctx, this.platform, this.baseUrl, { ...request, token: latest.accessToken });
    }
  }
}
