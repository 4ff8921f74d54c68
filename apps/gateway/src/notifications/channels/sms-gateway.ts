/**
 * Sends a text message to a mainland mobile number (issue #18). The simulated gateway is the one
 * there is (SMS_GATEWAY=simulated); a provider's (Aliyun SMS, Tencent Cloud SMS…) plugs in as
 * another implementation chosen by SMS_GATEWAY, with nothing else changed. `send` throws when the
 * provider refuses or fails, and the delivery is tried again with backoff.
 */
export abstract class SmsGateway {
  /** Whether texts are sent at all. */
  abstract readonly available: boolean;

  /** Sends `text` to `mobile` (11 digits); the provider's reference for it. */
  abstract send(mobile: string, text: string): Promise<string>;
}
