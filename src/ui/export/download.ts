// Saves text as a file without a server: a Blob, an object URL, and a click on a temporary <a download>.
// The link is a same-document blob: URL, which the app's Content-Security-Policy does not restrict (downloads
// are not fetches, and an anchor's href is no Trusted Types sink); the e2e test downloads under that policy.

/** How long the object URL outlives the click: the browser reads the Blob after the click returns. */
const REVOKE_AFTER_MS = 30_000;

export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
