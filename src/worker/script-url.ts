// The worker's script address under the page's Content-Security-Policy, which requires Trusted Types for
// script sinks (`new Worker(url)` is one): a policy that lets through only addresses of the page's own origin.

/** The part of the Trusted Types API used here (TypeScript's DOM library does not carry it yet). */
interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL(input: string): string },
  ): { createScriptURL(input: string): unknown };
}

/** `url` resolved against the page, or an error when it leaves the page's origin. */
export function sameOriginScriptUrl(url: string, page: string): string {
  const resolved = new URL(url, page);
  if (resolved.origin !== new URL(page).origin) {
    throw new TypeError(`refused a worker script from another origin: ${resolved.origin}`);
  }
  return resolved.href;
}

let policy: ReturnType<TrustedTypesLike['createPolicy']> | undefined;

/** What `new Worker` may take: a TrustedScriptURL where the browser has Trusted Types, else the checked string. */
export function workerScriptUrl(url: string): string | URL {
  const page = globalThis.location.href;
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!trustedTypes) return sameOriginScriptUrl(url, page);
  policy ??= trustedTypes.createPolicy('tabayyun-worker', {
    createScriptURL: (input) => sameOriginScriptUrl(input, globalThis.location.href),
  });
  // A TrustedScriptURL stands where a string would; the DOM typings do not know it.
  return policy.createScriptURL(url) as string;
}
