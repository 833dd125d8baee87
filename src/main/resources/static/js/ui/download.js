import { apiFile } from '../api.js';
import { h } from '../dom.js';
import { busy, fieldError } from './feedback.js';

// A file from the API needs the session's token (never in a URL), so it is fetched with it and
// handed to the browser as a download from a short-lived object URL.
export async function downloadFile(path, fileName, button) {
  await busy(button, async () => {
    try {
      const url = URL.createObjectURL(await apiFile(path));
      const link = h('a', { href: url, download: fileName });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    } catch (err) { fieldError(button, err); }
  });
}
