/**
 * Put text on the clipboard without writing it into the page: the async
 * Clipboard API first; where the browser refuses it (no focus, no user
 * activation), a `copy` event whose data we fill ourselves, fired by
 * execCommand('copy') (allowed to extensions with clipboardWrite). No
 * textarea, no selection: the text never touches the DOM.
 */
export async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // fall through to the copy event
  }
  let written = false;
  const onCopy = (event: ClipboardEvent): void => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
    // Page listeners after ours never see the data.
    event.stopImmediatePropagation();
    written = true;
  };
  document.addEventListener('copy', onCopy, { capture: true });
  try {
    const ran = document.execCommand('copy');
    return ran && written;
  } catch {
    return false;
  } finally {
    document.removeEventListener('copy', onCopy, { capture: true });
  }
}
